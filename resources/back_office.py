"""The order team's screens in the Wagtail admin: queue, order, packing slips, stock, distribution report.

Every view needs the `resources.manage_orders` permission (the "Order managers" group); views parse
input and call resources.workflow, resources.stock or resources.reports.
"""

from datetime import date
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Sum, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext, pgettext_lazy
from django.views.decorators.http import require_POST

from resources import reports
from resources.models import Agency, Order, OrderLine, StockItem, StockMovement, province_choices
from resources.stock import back_ordered_lines, low_stock_items, move_stock
from resources.stock_overview import with_titles_and_backorders
from resources.workflow import OrderChanged, allowed_transitions, bulk_change_status, change_status
from website.charts import bar_chart
from website.csv_export import csv_response
from website.transactions import TryAgain

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
        self.fields["province"].choices = [("", _("All")), *province_choices()]
        self.fields["agency"].queryset = Agency.objects.filter(status=Agency.Status.APPROVED)
        self.fields["sku"].choices = [
            ("", _("All")),
            *((sku, sku) for sku in StockItem.objects.values_list("sku", flat=True)),
        ]

    def active_filters(self):
        """The filters that narrow the queue beyond its default ("not yet shipped"), as "label: value"."""
        if not self.is_valid():
            return []
        return [
            _("%(field)s: %(value)s") % {"field": field.label, "value": self.shown_value(field)}
            for field in self
            if field.value() and not (field.name == "status" and field.value() == "open")
        ]

    def shown_value(self, field):
        choices = dict(getattr(field.field, "choices", []))
        value = self.cleaned_data[field.name]
        return choices.get(value, value)

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
        {
            "form": form,
            "active_filters": form.active_filters(),
            "bulk_form": BulkActionForm(),
            "page": page,
            "query": query.urlencode(),
            "low_stock": low_stock_items(),
        },
    )


def max_length(field):
    return Order._meta.get_field(field).max_length


class ShippingForm(forms.Form):
    """Carrier and tracking number, checked against what the order can store before anything changes."""

    carrier = forms.CharField(label=gettext_lazy("Carrier"), required=False, max_length=max_length("carrier"))
    tracking = forms.CharField(
        label=gettext_lazy("Tracking number"), required=False, max_length=max_length("tracking_number")
    )

    def error_messages(self):
        """Each error once, with the label of its field, for the messages at the top of the page."""
        return [
            _("%(field)s: %(error)s") % {"field": self.fields[field].label, "error": message}
            if field != NON_FIELD_ERRORS
            else message
            for field, errors in self.errors.items()
            for message in errors
        ]


class BulkActionForm(ShippingForm):
    """What to do with the selected orders: the whole request is refused before any order changes."""

    ACTIONS = {"approve": Status.APPROVED, "packing": Status.PACKING, "shipped": Status.SHIPPED}

    action = forms.ChoiceField(
        label=gettext_lazy("Action"),
        choices=[("approve", gettext_lazy("Approve")), ("packing", gettext_lazy("Mark packing")),
                 ("shipped", gettext_lazy("Mark shipped"))],
    )  # fmt: skip
    carrier = forms.CharField(
        label=gettext_lazy("Carrier (for shipping)"), required=False, max_length=max_length("carrier")
    )
    tracking = forms.CharField(
        label=gettext_lazy("Tracking or manifest number (for shipping)"),
        required=False,
        max_length=max_length("tracking_number"),
    )

    def __init__(self, data=None):
        super().__init__(data, auto_id="bulk-%s")

    def clean(self):
        cleaned = super().clean()
        missing = not cleaned.get("carrier") or not cleaned.get("tracking")
        # An over-long value is already an error of its field: no second error for it.
        if cleaned.get("action") == "shipped" and missing and not self.errors:
            raise ValidationError(_("Enter the carrier and the tracking number."), code="tracking")
        return cleaned

    @property
    def to_status(self):
        return self.ACTIONS[self.cleaned_data["action"]]


@require_POST
@order_managers_only
def bulk_action(request):
    """Apply one action to each selected order, one transaction per order; say which moved and which did not."""
    back = redirect(reverse("resources_order_queue") + "?" + request.POST.get("query", ""))
    form = BulkActionForm(request.POST)
    ids = [value for value in request.POST.getlist("orders") if value.isdigit()]
    if not ids or form.has_error("action"):
        messages.error(request, _("Choose some orders and an action."))
        return back
    if not form.is_valid():
        for message in form.error_messages():
            messages.error(request, message)
        return back
    changed, refused = bulk_change_status(
        Order.objects.filter(pk__in=ids).order_by("pk"),
        form.to_status,
        request.user,
        carrier=form.cleaned_data["carrier"],
        tracking=form.cleaned_data["tracking"],
    )
    if changed:
        messages.success(
            request,
            _("%(count)s order(s) are now “%(status)s”: %(numbers)s.")
            % {
                "count": len(changed),
                "status": form.to_status.label,
                "numbers": ", ".join(order.number for order in changed),
            },
        )
    for order, reason in refused:
        messages.error(request, _("%(label)s: %(value)s") % {"label": order.number, "value": reason})
    return back


def orders_csv(orders):
    header = [_("Order"), _("Placed"), _("Status"), _("Agency"), _("Province or territory"), _("Pieces"),
              _("Ship to"), _("Carrier"), _("Tracking number")]  # fmt: skip
    rows = (
        [order.number, timezone.localdate(order.created_at).isoformat(), order.get_status_display(),
         order.agency.name, order.ship_to_province, order.pieces or 0, " / ".join(order.ship_to_lines),
         order.carrier_name, order.tracking_number]
        for order in orders
    )  # fmt: skip
    return csv_response("print-orders.csv", header, rows)


def lines_csv(orders):
    header = [_("Order"), _("Status"), _("SKU"), _("Title"), _("Edition"), _("Requested"),
              pgettext("pieces", "Approved"), _("Reserved"), pgettext("pieces", "Shipped")]  # fmt: skip
    lines = OrderLine.objects.filter(order__in=orders.values("pk")).select_related("order", "stock_item")
    rows = (
        [line.order.number, line.order.get_status_display(), line.stock_item.sku, line.title,
         line.get_edition_language_display(), line.requested, line.quantity, line.reserved, line.shipped]
        for line in lines.order_by("order__created_at", "pk")
    )  # fmt: skip
    return csv_response("print-order-lines.csv", header, rows)


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


# Decisions that end an order for good: the form's checkbox must be ticked, also when the browser skipped `required`.
NEEDS_CONFIRMATION = {
    Status.CANCELLED: gettext_lazy("Tick the box to confirm that you are cancelling this order."),
    Status.DECLINED: gettext_lazy("Tick the box to confirm that you are declining this order."),
}


def act_on_order(request, order):
    to_status = request.POST.get("to_status")
    if to_status in NEEDS_CONFIRMATION and request.POST.get("confirm") != "1":
        messages.error(request, str(NEEDS_CONFIRMATION[to_status]))
        return redirect("resources_order_detail", pk=order.pk)
    shipping = ShippingForm(request.POST)
    if not shipping.is_valid():
        for message in shipping.error_messages():
            messages.error(request, message)
        return redirect("resources_order_detail", pk=order.pk)
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
            carrier=shipping.cleaned_data["carrier"],
            tracking=shipping.cleaned_data["tracking"],
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
        label=pgettext_lazy("a change of stock", "What happened"),
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
    found = with_titles_and_backorders(StockItem.objects.filter(pk=pk))
    if not found:
        raise Http404
    item = found[0]
    move_form = StockMoveForm(request.POST if request.POST.get("form") == "move" else None)
    threshold_form = ThresholdForm(request.POST if request.POST.get("form") == "threshold" else None, instance=item)
    if request.method == "POST":
        if move_form.is_bound and move_form.is_valid():
            try:
                filled = move_stock(item, move_form.cleaned_data["quantity"], move_form.cleaned_data["reason"],
                                    request.user, move_form.cleaned_data["note"])  # fmt: skip
            except TryAgain as error:
                move_form.add_error(None, error)
            except ValidationError as error:
                move_form.add_error("quantity", error)
            else:
                messages.success(request, _("Stock of %(sku)s is updated.") % {"sku": item.sku})
                if filled:
                    orders = ", ".join(
                        ngettext("%(number)s (%(count)s piece)", "%(number)s (%(count)s pieces)", pieces)
                        % {"number": number, "count": pieces}
                        for number, pieces in filled
                    )
                    messages.info(request, _("Reserved for back-ordered orders: %(orders)s.") % {"orders": orders})
                return redirect("resources_stock_detail", pk=item.pk)
        elif threshold_form.is_bound and threshold_form.is_valid():
            threshold_form.save()
            messages.success(request, _("Threshold of %(sku)s is updated.") % {"sku": item.sku})
            return redirect("resources_stock_detail", pk=item.pk)
    return admin_page(
        request,
        "resources/admin/stock_detail.html",
        _("%(sku)s: %(title)s") % {"sku": item.sku, "title": item.title} if item.title else item.sku,
        {"item": item, "movements": item.movements.select_related("order", "created_by")[:200],
         "back_orders": back_ordered_lines(item).select_related("order__agency"),
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


def distribution_chart(report):
    return bar_chart(report.by_province, _("Pieces shipped by province or territory")) if report else ""


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
        {"form": form, "report": report, "chart": distribution_chart(report)},
        icon="table",
    )
