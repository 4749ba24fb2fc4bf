"""The tipline's public pages: /en/report/ and /fr/signaler/."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from tipline import views

app_name = "tipline"

urlpatterns = [
    path(_("report/"), views.report, name="report"),
    path(_("report/follow-up/"), views.follow_up, name="follow_up"),
]
