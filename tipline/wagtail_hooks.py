"""Admin registrations for the tipline: its screens and menu item, for "Tipline analysts" only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tipline import admin_views


@hooks.register("register_admin_urls")
def tipline_urls():
    return [
        path("tipline/", admin_views.queue, name="tipline_queue"),
        path("tipline/<int:pk>/", admin_views.report_detail, name="tipline_report"),
    ]


class AnalystsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.is_analyst(request.user)


@hooks.register("register_admin_menu_item")
def tipline_menu():
    return AnalystsMenuItem(_("Tipline"), reverse("tipline_queue"), icon_name="warning", order=240)
