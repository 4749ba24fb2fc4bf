"""The order team's screens in the Wagtail admin: queue, order, packing slips, stock, distribution report.

Every view needs the `resources.manage_orders` permission (the "Order managers" group); views parse
input and call resources.workflow, resources.stock or resources.reports.
"""

import csv
from datetime import date
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Sum, Value, When
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from resources import reports
from resources.models import Agency, Order, Province, StockItem, StockMovement
from resources.stock import low_stock_items, move_stock
from resources.stock_overview import with_titles_and_backorders
from resources.workflow import OrderChanged, allowed_transitions, bulk_change_status, change_status

Status = Order.Status
QUEUE_PAGE_SIZE = 50


def order_managers_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.has_perm("resources.manage_orders"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def admin_page(request, template, title, context, icon="doc-full"):
    return render(request, template, {"header_title": title, "page_title": title, "header_icon": icon, **context})


# --- Queue ------------------------------------------------------------------------


class QueueFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Order number or agency"), required=False, max_length=100)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    province = forms.ChoiceField(label=gettext_lazy("Province or territory"), required=False)
    agency = forms.ModelChoiceField(label=gettext_lazy("Agency"), required=False, queryset=Agency.objects.none())
    sku = forms.ChoiceField(label=gettext_lazy("Resource (SKU)"), required=False)
    placed_from = forms.DateField(
        label=gettext_lazy("Placed from"), required=False, widget=forms.DateInput({"type": "date"})
    )
    placed_to = forms.DateField(
        label=gettext_lazy("Placed to"), required=False, widget=forms.DateInput({"type": "date"})
    )

    def __init__(self, data):
        super().__init__(data)
        self.fields["status"].choices = [("", _("All")), ("open", _("Not yet shipped")), *Status.choices]
        self.fields["province"].choices = [("", _("All")), *Province.choices]
        self.fields["agency"].queryset = Agency.objects.filter(status=Agency.Status.APPROVED)
        self.fields["sku"].choices = [
            ("", _("All")),
            *((sku, sku) for sku in StockItem.objects.values_list("sku", flat=True)),
        ]

    def orders(self):
        """The orders these filters select, what needs attention first: under review, then oldest first."""
        orders = Order.objects.select_related("agency", "placed_by").annotate(
            attention=Case(
                When(status=Status.NEEDS_REVIEW, then=Value(0)), default=Value(1), output_field=IntegerField()
            ),
            pieces=Sum("lines__quantity"),
        )
        self.is_valid()
        data = self.cleaned_data
        if data.get("q"):
            orders = orders.filter(Q(number__icontains=data["q"]) | Q(agency__name__icontains=data["q"]))
        if data.get("status") == "open":
            orders = orders.filter(status__in=Order.WAITING)
        elif data.get("status"):
            orders = orders.filter(status=data["status"])
        if data.get("province"):
            orders = orders.filter(ship_to_province=data["province"])
        if data.get("agency"):
            orders = orders.filter(agency=data["agency"])
        if data.get("sku"):
            orders = orders.filter(lines__stock_item__sku=data["sku"])
        if data.get("placed_from"):
            orders = orders.filter(created_at__date__gte=data["placed_from"])
        if data.get("placed_to"):
            orders = orders.filter(created_at__date__lte=data["placed_to"])
        return orders.order_by("attention", "created_at", "pk")


@order_managers_only
def order_queue(request):
    # A first visit shows what still has to ship; choosing "All" (status=) shows everything.
    form = QueueFilterForm(request.GET if "status" in request.GET else {**request.GET.dict(), "status": "open"})
    orders = form.orders()
    if request.GET.get("export") == "orders":
        return orders_csv(orders)
    if request.GET.get("export") == "lines":
        return lines_csv(orders)
    page = Paginator(orders, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return admin_page(
        request,
        "resources/admin/order_queue.html",
        _("Print orders"),
        {"form": form, "page": page, "query": query.urlencode(), "low_stock": low_stock_items()},
    )


@require_POST
@order_managers_only
def bulk_action(request):
    to_status = {"approve": Status.APPROVED, "packing": Status.PACKING, "shipped": Status.SHIPPED}.get(
        request.POST.get("action")
    )
    ids = [value for value in request.POST.getlist("orders") if value.isdigit()]
    if to_status is None or not ids:
        messages.error(request, _("Choose some orders and an action."))
        return redirect(reverse("resources_order_queue") + "?" + request.POST.get("query", ""))
    changed, refused = bulk_change_status(
        Order.objects.filter(pk__in=ids).order_by("pk"),
        to_status,
        request.user,
        carrier=request.POST.get("carrier", ""),
        tracking=request.POST.get("tracking", ""),
    )
    if changed:
        messages.success(
            request, _("%(count)s order(s) are now “%(status)s”.") % {"count": len(changed), "status": to_status.label}
        )
    for order, reason in refused:
        messages.error(request, f"{order.number}: {reason}")
    return redirect(reverse("resources_order_queue") + "?" + request.POST.get("query", ""))


def orders_csv(orders):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="print-orders.csv"'
    writer = csv.writer(response)
    writer.writerow(["number", "placed", "status", "agency", "province", "pieces", "ship_to", "carrier", "tracking"])
    for order in orders:
        writer.writerow([
            order.number, order.created_at.date().isoformat(), order.status, order.agency.name, order.ship_to_province,
            order.pieces or 0, " / ".join(order.ship_to_lines), order.carrier, order.tracking_number,
        ])  # fmt: skip
    return response


def lines_csv(orders):
    from resources.models import OrderLine

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="print-order-lines.csv"'
    writer = csv.writer(response)
    writer.writerow(["number", "status", "sku", "title", "edition", "requested", "approved", "reserved", "shipped"])
    lines = OrderLine.objects.filter(order__in=orders.values("pk")).select_related("order", "stock_item")
    for line in lines.order_by("order__created_at", "pk"):
        writer.writerow([
            line.order.number, line.order.status, line.stock_item.sku, line.title, line.edition_language,
            line.requested, line.quantity, line.reserved, line.shipped,
        ])  # fmt: skip
    return response


# --- One order ----------------------------------------------------------------------


@order_managers_only
def order_detail(request, pk):
    order = get_object_or_404(Order.objects.select_related("agency", "placed_by", "follow_up_of"), pk=pk)
    if request.method == "POST":
        return act_on_order(request, order)
    return admin_page(
        request,
        "resources/admin/order_detail.html",
        _("Order %(number)s") % {"number": order.number},
        {
            "order": order,
            "follow_up": order.follow_ups.first(),
            "lines": order.lines.select_related("stock_item"),
            "events": order.events.select_related("by"),
            "transitions": [Status(status) for status in Status.values if status in allowed_transitions(order)],
        },
    )


def act_on_order(request, order):
    to_status = request.POST.get("to_status")
    try:
        version = int(request.POST.get("version", ""))
        quantities = {
            int(key.removeprefix("quantity-")): int(value)
            for key, value in request.POST.items()
            if key.startswith("quantity-")
        }
    except ValueError:
        messages.error(request, _("Enter whole numbers."))
        return redirect("resources_order_detail", pk=order.pk)
    try:
        change_status(
            order,
            to_status if to_status in Status.values else "",
            request.user,
            expected_version=version,
            note=request.POST.get("note", "")[:2000],
            quantities=quantities,
            carrier=request.POST.get("carrier", "")[:80],
            tracking=request.POST.get("tracking", "")[:80],
        )
    except (ValidationError, ValueError) as error:
        messages.error(request, error.messages[0] if isinstance(error, ValidationError) else _("Choose an action."))
        if isinstance(error, OrderChanged):
            messages.info(request, _("The order below is as it is now."))
        return redirect("resources_order_detail", pk=order.pk)
    messages.success(request, _("Order %(number)s is updated.") % {"number": order.number})
    return redirect("resources_order_detail", pk=order.pk)


@order_managers_only
def packing_slips(request):
    ids = [value for value in request.GET.getlist("orders") if value.isdigit()]
    orders = Order.objects.filter(pk__in=ids).select_related("agency").prefetch_related("lines__stock_item")
    return render(request, "resources/admin/packing_slips.html", {"orders": orders.order_by("pk")})


# --- Stock ----------------------------------------------------------------------------------


class StockMoveForm(forms.Form):
    reason = forms.ChoiceField(
        label=gettext_lazy("What happened"),
        choices=[(StockMovement.Reason.RECEIVED, gettext_lazy("Stock received")),
                 (StockMovement.Reason.ADJUSTMENT, gettext_lazy("Adjustment (count, damage, loss)"))],
    )  # fmt: skip
    quantity = forms.IntegerField(
        label=gettext_lazy("Pieces"),
        help_text=gettext_lazy("Negative to take stock out."),
        min_value=-1_000_000,
        max_value=1_000_000,
    )
    note = forms.CharField(label=gettext_lazy("Reason or delivery note"), max_length=255)


class ThresholdForm(forms.ModelForm):
    class Meta:
        model = StockItem
        fields = ["low_stock_threshold"]


@order_managers_only
def stock_list(request):
    items = with_titles_and_backorders(StockItem.objects.order_by("sku"))
    return admin_page(request, "resources/admin/stock_list.html", _("Stock"), {"items": items}, icon="box")


@order_managers_only
def stock_detail(request, pk):
    item = get_object_or_404(StockItem, pk=pk)
    move_form = StockMoveForm(request.POST if request.POST.get("form") == "move" else None)
    threshold_form = ThresholdForm(request.POST if request.POST.get("form") == "threshold" else None, instance=item)
    if request.method == "POST":
        if move_form.is_bound and move_form.is_valid():
            try:
                move_stock(item, move_form.cleaned_data["quantity"], move_form.cleaned_data["reason"], request.user,
                           move_form.cleaned_data["note"])  # fmt: skip
            except ValidationError as error:
                move_form.add_error("quantity", error)
            else:
                messages.success(request, _("Stock of %(sku)s is updated.") % {"sku": item.sku})
                return redirect("resources_stock_detail", pk=item.pk)
        elif threshold_form.is_bound and threshold_form.is_valid():
            threshold_form.save()
            messages.success(request, _("Threshold of %(sku)s is updated.") % {"sku": item.sku})
            return redirect("resources_stock_detail", pk=item.pk)
    return admin_page(
        request,
        "resources/admin/stock_detail.html",
        item.sku,
        {"item": item, "movements": item.movements.select_related("order", "created_by")[:200],
         "move_form": move_form, "threshold_form": threshold_form},
        icon="box",
    )  # fmt: skip


# --- Report ----------------------------------------------------------------------------------


class ReportForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("From"), widget=forms.DateInput({"type": "date"}))
    end = forms.DateField(label=gettext_lazy("To"), widget=forms.DateInput({"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["start"] > cleaned["end"]:
            raise ValidationError(_("The start of the period must be before its end."))
        return cleaned


@order_managers_only
def distribution_report(request):
    today = date.today()
    form = ReportForm(request.GET or {"start": date(today.year, 1, 1), "end": date(today.year, 12, 31)})
    report = reports.distribution(form.cleaned_data["start"], form.cleaned_data["end"]) if form.is_valid() else None
    if report and request.GET.get("export") == "csv":
        return reports.as_csv(report)
    return admin_page(
        request,
        "resources/admin/distribution_report.html",
        _("Distribution report"),
        {"form": form, "report": report, "chart": reports.bar_chart(report.by_province) if report else ""},
        icon="table",
    )
