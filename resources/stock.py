"""Stock in the warehouse: receiving and adjusting it (each a ledger line), back-orders, low-stock alerts."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from resources.emails import queue_email
from resources.models import Order, OrderingSettings, OrderLine, RestockRequest, StockItem, StockMovement


@transaction.atomic
def move_stock(stock_item, quantity, reason, by, note=""):
    """Add a ledger line and keep on hand equal to the ledger's sum; returns the locked, updated item.

    Receiving stock then reserves it for back-ordered lines, oldest order first, and tells the agencies
    that asked to be told.
    """
    item = StockItem.objects.select_for_update().get(pk=stock_item.pk)
    if quantity == 0:
        raise ValidationError(_("Enter a number of pieces other than 0."), code="zero")
    if reason == StockMovement.Reason.RECEIVED and quantity < 0:
        raise ValidationError(_("Received stock is a positive number of pieces."), code="negative")
    if item.on_hand + quantity < item.reserved:
        raise ValidationError(
            _("Only %(free)s pieces of %(sku)s are not reserved: cancel or reduce orders first.")
            % {"free": item.on_hand - item.reserved, "sku": item.sku},
            code="reserved",
        )
    available_before = item.available
    StockMovement.objects.create(stock_item=item, quantity=quantity, reason=reason, note=note, created_by=by)
    item.on_hand += quantity
    item.save(update_fields=["on_hand"])
    if quantity > 0:
        fill_back_orders(item)
        notify_restock(item)
    alert_if_low(item, before=available_before)
    return item


def fill_back_orders(item):
    """Reserve newly received pieces for the oldest waiting back-ordered lines (item is locked)."""
    lines = (
        OrderLine.objects.select_for_update()
        .filter(stock_item=item, order__status__in=Order.WAITING, reserved__lt=F("quantity"))
        .order_by("order__created_at", "pk")
    )
    for line in lines:
        if item.available <= 0:
            break
        more = min(line.quantity - line.reserved, item.available)
        line.reserved += more
        line.save(update_fields=["reserved"])
        item.reserved += more
    item.save(update_fields=["reserved"])


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
