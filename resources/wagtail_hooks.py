"""Admin registrations for print orders: the order team's screens, agency requests, agencies and addresses."""

from django import forms
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from resources import admin_views, back_office
from resources.accounts import users_who_may_join_an_agency
from resources.models import Agency, AgencyAddress, AgencyMember, EditionLanguage, Order
from resources.stock import low_stock_items


@hooks.register("register_admin_urls")
def print_order_urls():
    return [
        path("agency-requests/", admin_views.agency_requests, name="resources_agency_requests"),
        path("agency-requests/<int:pk>/decide/", admin_views.decide_agency, name="resources_decide_agency"),
        path("print-orders/", back_office.order_queue, name="resources_order_queue"),
        path("print-orders/bulk/", back_office.bulk_action, name="resources_bulk_action"),
        path("print-orders/packing-slips/", back_office.packing_slips, name="resources_packing_slips"),
        path("print-orders/<int:pk>/", back_office.order_detail, name="resources_order_detail"),
        path("print-orders/stock/", back_office.stock_list, name="resources_stock_list"),
        path("print-orders/stock/<int:pk>/", back_office.stock_detail, name="resources_stock_detail"),
        path("print-orders/report/", back_office.distribution_report, name="resources_distribution_report"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class PrintOrdersMenu(SubmenuMenuItem):
    def is_shown(self, request):
        return request.user.has_perm("resources.manage_orders") or request.user.has_perm("resources.change_agency")


@hooks.register("register_admin_menu_item")
def print_orders_menu():
    manage, decide = "resources.manage_orders", "resources.change_agency"
    entries = [
        (_("Orders"), "resources_order_queue", "list-ul", manage),
        (_("Stock"), "resources_stock_list", "box", manage),
        (_("Distribution report"), "resources_distribution_report", "table", manage),
        (_("Agency requests"), "resources_agency_requests", "group", decide),
    ]
    menu = Menu(
        items=[
            PermissionMenuItem(label, reverse(url), icon_name=icon, order=order, permission=permission)
            for order, (label, url, icon, permission) in enumerate(entries)
        ]
    )
    return PrintOrdersMenu(_("Print orders"), menu, icon_name="mail", order=250)


class WorkQueuePanel(Component):
    """What waits for the team: orders to review and agency requests to decide, each linked to its list."""

    name = "print_orders_waiting"
    order = 40

    def __init__(self, orders_to_review, agency_requests):
        self.orders_to_review = orders_to_review
        self.agency_requests = agency_requests

    def render_html(self, parent_context=None):
        context = {"orders_to_review": self.orders_to_review, "agency_requests": self.agency_requests}
        return render_to_string("resources/admin/work_queue_panel.html", context)


@hooks.register("construct_homepage_panels")
def work_queue_counts(request, panels):
    can_manage = request.user.has_perm("resources.manage_orders")
    can_decide = request.user.has_perm("resources.change_agency")
    if can_manage or can_decide:
        orders = Order.objects.filter(status=Order.Status.NEEDS_REVIEW).count() if can_manage else None
        requests = Agency.objects.filter(status=Agency.Status.PENDING).count() if can_decide else None
        panels.append(WorkQueuePanel(orders, requests))


class LowStockPanel(Component):
    name = "low_stock"
    order = 50

    def render_html(self, parent_context=None):
        return render_to_string("resources/admin/low_stock_panel.html", {"items": low_stock_items()})


@hooks.register("construct_homepage_panels")
def low_stock_notice(request, panels):
    if request.user.has_perm("resources.manage_orders") and low_stock_items():
        panels.append(LowStockPanel())


class AgencyViewSet(ModelViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")
    form_fields = ["name", "agency_type", "province", "status", "decision_note"]
    list_display = ["name", "agency_type", "province", "status"]
    list_filter = ["status", "province", "agency_type"]
    search_fields = ["name"]


class AgencyAddressViewSet(ModelViewSet):
    model = AgencyAddress
    icon = "site"
    menu_label = _("Shipping addresses")
    form_fields = ["agency", "label", "is_main", "line1", "line2", "city", "province", "postal_code"]
    list_display = ["label", "agency", "city", "province"]
    list_filter = ["province"]
    search_fields = ["label", "city"]


class AgencyMemberForm(forms.ModelForm):
    class Meta:
        model = AgencyMember
        fields = ["user", "agency", "phone", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = users_who_may_join_an_agency(self.instance)


class AgencyMemberViewSet(ModelViewSet):
    model = AgencyMember
    icon = "user"
    menu_label = _("Officers")
    # The language named in the reader's language, as any staff screen names it (locale/fr/STYLE.md).
    list_display = [
        "user",
        "agency",
        Column("language", label=_("Language for emails"), accessor=lambda m: EditionLanguage(m.language).label),
    ]

    def get_form_class(self, for_update=False):
        return AgencyMemberForm


class PrintOrdersViewSetGroup(ModelViewSetGroup):
    menu_label = _("Police agencies")
    menu_icon = "group"
    menu_order = 260
    items = (AgencyViewSet, AgencyAddressViewSet, AgencyMemberViewSet)


@hooks.register("register_admin_viewset")
def register_agency_viewsets():
    return PrintOrdersViewSetGroup()
