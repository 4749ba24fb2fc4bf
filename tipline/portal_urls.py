"""Investigators' referral pages in the agency portal: /en/agency/referrals/, /fr/services-de-police/signalements/."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from tipline import portal_views

app_name = "tipline_portal"

urlpatterns = [
    path("", portal_views.referrals_list, name="referrals"),
    path("<int:pk>/", portal_views.referral, name="referral"),
    path(_("<int:pk>/acknowledge/"), portal_views.acknowledge, name="acknowledge"),
    path(_("<int:pk>/outcome/"), portal_views.outcome, name="outcome"),
    path("<int:pk>/question/", portal_views.question, name="question"),
]
