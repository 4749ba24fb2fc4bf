"""The life of an order after it is placed: the one list of allowed status changes, and what each change does.

Every change locks the order, checks the version the staff member saw (so two people acting on one
order cannot both succeed), moves stock, records an OrderEvent and saves the officer's email, all in
one transaction. Rows are locked in the order documented in resources/stock.py, and the stock
arithmetic itself is done there.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from resources import stock as stock_rules
from resources.emails import queue_email
from resources.models import Order, OrderEvent, OrderLine
from website.transactions import retry_once_on_conflict

Status = Order.Status

# The only status changes there are. Anything else is refused.
TRANSITIONS = {
    Status.NEEDS_REVIEW: {Status.APPROVED, Status.DECLINED, Status.CANCELLED},
    Status.APPROVED: {Status.PACKING, Status.CANCELLED},
    Status.PACKING: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
    Status.DECLINED: set(),
}

# Which email (templates/resources/emails/order_<name>) tells the officer about each status.
EMAIL_FOR_STATUS = {
    Status.NEEDS_REVIEW: "needs_review",
    Status.APPROVED: "approved",
    Status.SHIPPED: "shipped",
    Status.CANCELLED: "cancelled",
    Status.DECLINED: "cancelled",
}


class OrderChanged(ValidationError):
    """Someone else changed the order since this page was loaded."""


def allowed_transitions(order):
    return TRANSITIONS[Status(order.status)]


def locked_order(order, expected_version):
    locked = Order.objects.select_for_update(of=("self",)).get(pk=order.pk)
    if expected_version is not None and locked.version != expected_version:
        raise OrderChanged(_("Order %(number)s changed since you opened it. Reload it and try again.") % {
            "number": locked.number}, code="changed")  # fmt: skip
    return locked


@retry_once_on_conflict
@transaction.atomic
def change_status(order, to_status, by, expected_version=None, note="", quantities=None, carrier="", tracking=""):
    """Move an order to `to_status`, doing what that change means for the stock; returns the saved order.

    quantities: for approving an order under review, the approved pieces per line id (never more than
    requested); the pieces no longer needed go back to stock.
    """
    order = locked_order(order, expected_version)
    to_status = Status(to_status)
    if to_status not in allowed_transitions(order):
        raise ValidationError(
            _("An order that is “%(current)s” cannot become “%(next)s”.")
            % {"current": order.get_status_display(), "next": to_status.label},
            code="not_allowed",
        )
    stock, lines = stock_rules.lock_order_stock(order)

    if to_status == Status.APPROVED and quantities:
        reduce_quantities(lines, stock, quantities)
    elif to_status in {Status.CANCELLED, Status.DECLINED}:
        release(lines, stock)
    elif to_status == Status.SHIPPED:
        if not carrier.strip() or not tracking.strip():
            raise ValidationError(_("Enter the carrier and the tracking number."), code="tracking")
        if not any(line.reserved for line in lines):
            raise ValidationError(
                _("No piece of order %(number)s is in stock yet: it can ship when stock arrives.")
                % {"number": order.number},
                code="nothing_to_ship",
            )
        ship(order, lines, stock, by)
        order.carrier, order.tracking_number = carrier.strip(), tracking.strip()

    from_status = order.status
    order.status = to_status
    order.version = F("version") + 1
    order.save(update_fields=["status", "version", "carrier", "tracking_number", "updated_at"])
    order.refresh_from_db()
    OrderEvent.objects.create(order=order, from_status=from_status, to_status=to_status, by=by, note=note)
    if to_status in {Status.CANCELLED, Status.DECLINED} or (to_status == Status.APPROVED and quantities):
        # Pieces this order gave up go to the oldest back-orders at once, not at the next delivery.
        for item in stock.values():
            stock_rules.fill_back_orders(item)
    follow_up = follow_up_order(order, lines, by) if to_status == Status.SHIPPED else None
    email_officer(order, to_status, note, follow_up)
    return order


def reduce_quantities(lines, stock, quantities):
    for line in lines:
        approved = quantities.get(line.pk, line.quantity)
        if not 0 <= approved <= line.quantity:
            raise ValidationError(
                _("Approve between 0 and %(requested)s pieces of %(title)s.")
                % {"requested": number_format(line.quantity, force_grouping=True), "title": line.title},
                code="quantity",
            )
        stock_rules.reduce_line(stock[line.stock_item_id], line, approved)


def release(lines, stock):
    for line in lines:
        stock_rules.release(stock[line.stock_item_id], line)


def ship(order, lines, stock, by):
    """Reserved pieces leave the warehouse: a ledger line each, and on hand and reserved both go down."""
    for line in lines:
        stock_rules.consume(stock[line.stock_item_id], line, order, by)


SHIP_TO_FIELDS = [
    "ship_to_label",
    "ship_to_line1",
    "ship_to_line2",
    "ship_to_city",
    "ship_to_province",
    "ship_to_postal_code",
]


def follow_up_order(order, lines, by):
    """The pieces a shipped order could not include, as a new approved order that waits for stock; or None.

    Back-ordered pieces are never dropped. The follow-up keeps the first order's date, so received
    stock reaches it in turn, and its pieces do not count twice against the agency's quota.
    """
    remaining = [line for line in lines if line.backordered]
    if not remaining:
        return None
    follow_up = Order.objects.create(
        follow_up_of=order,
        agency=order.agency,
        placed_by=order.placed_by,
        status=Status.APPROVED,
        language=order.language,
        submission_token=uuid.uuid4(),
        **{field: getattr(order, field) for field in SHIP_TO_FIELDS},
    )
    Order.objects.filter(pk=follow_up.pk).update(created_at=order.created_at)
    follow_up.created_at = order.created_at
    follow_up.assign_number()
    OrderLine.objects.bulk_create(
        OrderLine(
            order=follow_up,
            stock_item_id=line.stock_item_id,
            title=line.title,
            edition_language=line.edition_language,
            requested=line.backordered,
            quantity=line.backordered,
        )
        for line in remaining
    )
    note = _("The back-ordered pieces of order %(number)s.") % {"number": order.number}
    OrderEvent.objects.create(order=follow_up, from_status="", to_status=Status.APPROVED, by=by, note=note)
    return follow_up


def email_officer(order, status, note="", follow_up=None):
    template = EMAIL_FOR_STATUS.get(status)
    if template is None:
        return None
    member = order.placed_by.agency_member
    lines = list(order.lines.all())
    if status == Status.SHIPPED:
        lines = [line for line in lines if line.shipped]
    context = {"order": order, "lines": lines, "note": note, "member": member, "follow_up": follow_up}
    return queue_email(order.placed_by.email, f"resources/emails/order_{template}", context, member.language)


def order_placed(order):
    """What placing an order records: its first event and the "received" (or "needs review") email."""
    OrderEvent.objects.create(order=order, from_status="", to_status=order.status, by=order.placed_by)
    member = order.placed_by.agency_member
    context = {"order": order, "lines": list(order.lines.all()), "member": member}
    queue_email(order.placed_by.email, "resources/emails/order_received", context, member.language)
    if order.status == Status.NEEDS_REVIEW:
        email_officer(order, Status.NEEDS_REVIEW)


def bulk_change_status(orders, to_status, by, **details):
    """Change many orders (`details`: carrier and tracking for shipping); returns (changed, refused with reasons)."""
    changed, refused = [], []
    for order in orders:
        try:
            changed.append(change_status(order, to_status, by, **details))
        except ValidationError as error:
            refused.append((order, error.messages[0]))
    return changed, refused
