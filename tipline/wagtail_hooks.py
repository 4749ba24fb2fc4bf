"""Admin registrations for the tipline: its screens, directories, figures and menu, for "Tipline analysts" only."""

from django import forms
from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from resources.models import Agency
from tipline import admin_views
from tipline.models import ANALYSTS_GROUP, CountryHotline, ReferralPartner, ServiceProvider


@hooks.register("register_admin_urls")
def tipline_urls():
    return [
        path("tipline/", admin_views.queue, name="tipline_queue"),
        path("tipline/<int:pk>/", admin_views.report_detail, name="tipline_report"),
        path("tipline/investigators/", admin_views.investigators, name="tipline_investigators"),
        path("tipline/figures/", admin_views.figures, name="tipline_figures"),
    ]


class AnalystsOnlyPolicy(ModelPermissionPolicy):
    """Membership of "Tipline analysts", not model permissions: superusers who are not members see nothing."""

    def user_has_permission(self, user, action):
        return admin_views.is_analyst(user)

    def user_has_any_permission(self, user, actions):
        return admin_views.is_analyst(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(groups__name=ANALYSTS_GROUP, is_active=True)


class ReferralPartnerForm(forms.ModelForm):
    class Meta:
        model = ReferralPartner
        fields = ["agency", "receives_referrals", "province", "postal_prefixes", "is_national_fallback"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(status=Agency.Status.APPROVED)


def yes_no_column(model, name):
    """A yes-or-no field as words in the reader's language (Wagtail's own column says "True" or "False")."""
    label = capfirst(model._meta.get_field(name).verbose_name)
    return Column(name, label=label, accessor=lambda item: _("Yes") if getattr(item, name) else _("No"), sort_key=name)


class ReferralPartnerViewSet(ModelViewSet):
    model = ReferralPartner
    icon = "group"
    add_to_admin_menu = False
    list_display = [
        "agency",
        "province",
        "postal_prefixes",
        yes_no_column(ReferralPartner, "receives_referrals"),
        yes_no_column(ReferralPartner, "is_national_fallback"),
    ]
    list_filter = ["province", "receives_referrals"]

    @property
    def permission_policy(self):
        return AnalystsOnlyPolicy(self.model)

    def get_form_class(self, for_update=False):
        return ReferralPartnerForm


class CountryHotlineViewSet(ModelViewSet):
    model = CountryHotline
    icon = "site"
    add_to_admin_menu = False
    form_fields = ["country_code", "country_name_en", "country_name_fr", "hotline_name", "contact_email"]
    # The country in the reader's language (the form has both names).
    list_display = [
        Column("country_name", label=_("Country")),
        "country_code",
        "hotline_name",
        "contact_email",
    ]
    search_fields = ["country_name_en", "country_name_fr", "hotline_name"]

    @property
    def permission_policy(self):
        return AnalystsOnlyPolicy(self.model)


class ServiceProviderViewSet(ModelViewSet):
    """The companies that host content, where notices go (tipline/notices.py flags the slow ones)."""

    model = ServiceProvider
    icon = "site"
    add_to_admin_menu = False
    form_fields = ["name", "domains", "abuse_email", "language"]
    list_display = ["name", "domains", "abuse_email", "language", "removal_flag"]

    @property
    def permission_policy(self):
        return AnalystsOnlyPolicy(self.model)


partner_viewset = ReferralPartnerViewSet("referral_partners")
hotline_viewset = CountryHotlineViewSet("country_hotlines")
provider_viewset = ServiceProviderViewSet("service_providers")


@hooks.register("register_admin_viewset")
def register_referral_viewsets():
    return [partner_viewset, hotline_viewset, provider_viewset]


class AnalystsMenu(SubmenuMenuItem):
    def is_shown(self, request):
        return admin_views.is_analyst(request.user)


@hooks.register("register_admin_menu_item")
def tipline_menu():
    menu = Menu(
        items=[
            MenuItem(_("Reports"), reverse("tipline_queue"), icon_name="warning", order=0),
            MenuItem(_("Investigators"), reverse("tipline_investigators"), icon_name="user", order=1),
            MenuItem(_("Referral partners"), reverse("referral_partners:index"), icon_name="group", order=2),
            MenuItem(_("Country hotlines"), reverse("country_hotlines:index"), icon_name="site", order=3),
            MenuItem(_("Service providers"), reverse("service_providers:index"), icon_name="site", order=4),
            MenuItem(_("Figures"), reverse("tipline_figures"), icon_name="table", order=5),
        ]
    )
    return AnalystsMenu(_("Tipline"), menu, icon_name="warning", order=240)
