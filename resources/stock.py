"""Stock in the warehouse: the one owner of reservations, the stock ledger and low-stock alerts.

Reserve, release, reduce, consume and fill back-orders live here; so do receiving and adjusting
stock (each a ledger line). Nothing outside this module adds to or subtracts from
`StockItem.reserved`, `StockItem.on_hand` or `OrderLine.reserved`: callers lock the rows, then call
these verbs (as django-oscar's StockRecord.allocate / consume_allocation / cancel_allocation).

Lock order. Every transaction that locks several of these rows takes them in this order, and only
in this order, so two transactions never wait for each other in a circle:

1. the officer's Basket, then their Agency (placing an order only; FOR NO KEY UPDATE on the agency,
   so that staff creating a follow-up order, which only needs FOR KEY SHARE on it, never wait);
2. the one Order being changed (`workflow.locked_order`), or the one being placed; never a second
   Order;
3. StockItems, in primary-key order (`lock_items`);
4. OrderLines: the order's own, then, to fill back-orders, other orders' lines of an item already
   locked in step 3 (`select_for_update(of=("self",))`, so the join to their Order locks nothing).

Step 4 is safe without locking the other orders: an OrderLine's reservation only changes while its
StockItem is locked, and every status change locks all of its order's StockItems before it reads
its lines. So a line read under its item's lock is up to date, and an order whose status changes
meanwhile sees the filled pieces once it gets the item.

A deadlock or serialization failure that still happens (another path, a future bug) is retried
once by `website.transactions.retry_once_on_conflict`, then answered with "try again".
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from resources.emails import queue_email
from resources.models import Order, OrderingSettings, OrderLine, RestockRequest, StockItem, StockMovement
from website.transactions import retry_once_on_conflict


def lock_items(ids):
    """The StockItems with these primary keys, locked in primary-key order: {pk: item}."""
    items = StockItem.objects.select_for_update(of=("self",)).filter(pk__in=set(ids)).order_by("pk")
    return {item.pk: item for item in items}


def lock_order_stock(order):
    """Lock what changing `order` (already locked) touches, in the documented order; returns (items, lines).

    A line's stock item never changes, so the ids can be read before anything is locked.
    """
    items = lock_items(OrderLine.objects.filter(order=order).values_list("stock_item_id", flat=True))
    lines = list(OrderLine.objects.select_for_update(of=("self",)).filter(order=order).order_by("pk"))
    return items, lines


def reserve(item, wanted):
    """Hold up to `wanted` free pieces of a locked item; returns how many it holds (the rest is back-ordered)."""
    pieces = min(wanted, max(item.available, 0))
    item.reserved += pieces
    item.save(update_fields=["reserved"])
    return pieces


def release(item, line, pieces=None):
    """Give `pieces` (by default all) that a line holds back to the item's free stock."""
    pieces = line.reserved if pieces is None else pieces
    item.reserved -= pieces
    item.save(update_fields=["reserved"])
    line.reserved -= pieces
    line.save(update_fields=["reserved"])


def reduce_line(item, line, quantity):
    """The line now needs only `quantity` pieces: what it holds beyond that goes back to free stock."""
    released = max(line.reserved - quantity, 0)
    item.reserved -= released
    item.save(update_fields=["reserved"])
    line.quantity, line.reserved = quantity, line.reserved - released
    line.save(update_fields=["quantity", "reserved"])


def consume(item, line, order, by):
    """The pieces a line holds leave the warehouse: a ledger line, and on hand and reserved both go down."""
    if not line.reserved:
        return
    StockMovement.objects.create(
        stock_item=item, quantity=-line.reserved, reason=StockMovement.Reason.SHIPPED, order=order, created_by=by
    )
    item.on_hand -= line.reserved
    item.reserved -= line.reserved
    item.save(update_fields=["on_hand", "reserved"])
    line.shipped, line.reserved = line.reserved, 0
    line.save(update_fields=["shipped", "reserved"])


@retry_once_on_conflict
@transaction.atomic
def move_stock(stock_item, quantity, reason, by, note=""):
    """Add a ledger line and keep on hand equal to the ledger's sum.

    Receiving stock then reserves it for back-ordered lines, oldest order first, and tells the agencies
    that asked to be told. Returns what it reserved for back-orders: [(order number, pieces)], oldest first.
    """
    item = lock_items([stock_item.pk])[stock_item.pk]
    if quantity == 0:
        raise ValidationError(_("Enter a number of pieces other than 0."), code="zero")
    if reason == StockMovement.Reason.RECEIVED and quantity < 0:
        raise ValidationError(_("Received stock is a positive number of pieces."), code="negative")
    if item.on_hand + quantity < item.reserved:
        raise ValidationError(
            _("Only %(free)s pieces of %(sku)s are not reserved: cancel or reduce orders first.")
            % {"free": number_format(item.on_hand - item.reserved, force_grouping=True), "sku": item.sku},
            code="reserved",
        )
    available_before = item.available
    StockMovement.objects.create(stock_item=item, quantity=quantity, reason=reason, note=note, created_by=by)
    item.on_hand += quantity
    item.save(update_fields=["on_hand"])
    filled = []
    if quantity > 0:
        filled = fill_back_orders(item)
        notify_restock(item)
    alert_if_low(item, before=available_before)
    return filled


def back_ordered_lines(item):
    """The lines of waiting orders still owed pieces of `item`, in the order received stock fills them."""
    return OrderLine.objects.filter(
        stock_item=item, order__status__in=Order.WAITING, reserved__lt=F("quantity")
    ).order_by("order__created_at", "pk")


def fill_back_orders(item):
    """Reserve free pieces of a locked item for the oldest waiting back-ordered lines.

    Locks those lines only, not their orders (see the lock order above). Returns [(order number, pieces)].
    """
    filled = []
    lines = back_ordered_lines(item).select_for_update(of=("self",)).select_related("order")
    for line in lines:
        if item.available <= 0:
            break
        more = min(line.quantity - line.reserved, item.available)
        line.reserved += more
        line.save(update_fields=["reserved"])
        item.reserved += more
        filled.append((line.order.number, more))
    item.save(update_fields=["reserved"])
    return filled


def notify_restock(item):
    if item.available <= 0:
        return
    waiting = RestockRequest.objects.select_related("user__agency_member").filter(stock_item=item, notified_at=None)
    for request in waiting:
        member = getattr(request.user, "agency_member", None)
        if member is None:
            continue
        queue_email(request.user.email, "resources/emails/restocked", {"item": item, "member": member}, member.language)
    waiting.update(notified_at=timezone.now())


def alert_if_low(item, before):
    """Email the order team when an item's free stock falls to or below its threshold.

    Only when it crosses the threshold (`before` is the free stock before the change), so stock
    that stays low after a small receipt or adjustment does not alert the team again.
    """
    is_low = item.low_stock_threshold and item.available <= item.low_stock_threshold
    if is_low and before > item.low_stock_threshold:
        # Staff read both languages: the alert is written in both.
        queue_email(OrderingSettings.load().staff_email, "resources/emails/low_stock", {"item": item}, "en")


def low_stock_items():
    """Items whose free stock is at or below their threshold, for the admin's notice."""
    items = StockItem.objects.filter(low_stock_threshold__gt=0)
    return [item for item in items if item.available <= item.low_stock_threshold]
