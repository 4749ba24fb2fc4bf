"""Admin registrations for the tipline: its screens, the figures, the service providers' directory and their
menu items, for "Tipline analysts" only."""

from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tipline import admin_views
from tipline.models import ANALYSTS_GROUP, ServiceProvider


@hooks.register("register_admin_urls")
def tipline_urls():
    return [
        path("tipline/", admin_views.queue, name="tipline_queue"),
        path("tipline/<int:pk>/", admin_views.report_detail, name="tipline_report"),
        path("tipline/figures/", admin_views.figures, name="tipline_figures"),
    ]


class AnalystsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.is_analyst(request.user)


@hooks.register("register_admin_menu_item")
def tipline_menu():
    return AnalystsMenuItem(_("Tipline"), reverse("tipline_queue"), icon_name="warning", order=240)


@hooks.register("register_admin_menu_item")
def tipline_figures_menu():
    return AnalystsMenuItem(_("Tipline figures"), reverse("tipline_figures"), icon_name="table", order=241)


class AnalystsOnlyPolicy(BasePermissionPolicy):
    """Members of "Tipline analysts" may do everything with the model; nobody else anything, superusers included."""

    def user_has_permission(self, user, action):
        return admin_views.is_analyst(user)

    def user_has_any_permission(self, user, actions):
        return admin_views.is_analyst(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, groups__name=ANALYSTS_GROUP)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


class ServiceProviderViewSet(SnippetViewSet):
    model = ServiceProvider
    icon = "site"
    menu_label = _("Service providers")
    add_to_admin_menu = True
    menu_order = 242
    list_display = ["name", "domains", "abuse_email", "language", "removal_flag"]

    @property
    def permission_policy(self):
        return AnalystsOnlyPolicy(self.model)


register_snippet(ServiceProviderViewSet)
