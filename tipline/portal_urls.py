"""The investigators' referral pages in the agency portal, under /en/agency/referrals/ and /fr/agency/referrals/."""

from django.urls import path

from tipline import portal_views

app_name = "tipline_portal"

urlpatterns = [
    path("", portal_views.referrals_list, name="referrals"),
    path("<int:pk>/", portal_views.referral, name="referral"),
    path("<int:pk>/acknowledge/", portal_views.acknowledge, name="acknowledge"),
    path("<int:pk>/outcome/", portal_views.outcome, name="outcome"),
    path("<int:pk>/question/", portal_views.question, name="question"),
]
