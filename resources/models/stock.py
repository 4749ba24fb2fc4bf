"""The warehouse: one stock item per SKU, its ledger, and officers waiting for a restock."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StockItem(models.Model):
    """Pieces of one SKU in the warehouse: the row locked whenever stock is reserved or moved.

    on_hand always equals the sum of the item's StockMovement rows; reserved is what orders hold.
    """

    sku = models.CharField(max_length=30, unique=True, verbose_name=_("SKU"))
    on_hand = models.IntegerField(default=0, verbose_name=_("on hand"))
    reserved = models.IntegerField(default=0, verbose_name=_("reserved"))
    low_stock_threshold = models.PositiveIntegerField(default=0, verbose_name=_("low-stock threshold"))

    class Meta:
        ordering = ["sku"]
        verbose_name = _("stock item")
        verbose_name_plural = _("stock items")
        constraints = [
            models.CheckConstraint(condition=models.Q(reserved__gte=0), name="stock_reserved_not_negative"),
            models.CheckConstraint(
                condition=models.Q(reserved__lte=models.F("on_hand")), name="stock_reserved_within_on_hand"
            ),
        ]

    def __str__(self):
        return self.sku

    @property
    def available(self):
        return self.on_hand - self.reserved

    @property
    def availability(self):
        """ "in_stock", "low" or "out": all a reader is told (never the count)."""
        if self.available <= 0:
            return "out"
        if self.available <= self.low_stock_threshold:
            return "low"
        return "in_stock"


class StockMovement(models.Model):
    """One line of the stock ledger: pieces in (positive) or out (negative), and why."""

    class Reason(models.TextChoices):
        # The first stock of an item: a reason rather than a typed note, so each reader sees it in their language.
        OPENING = "opening", _("Opening stock")
        RECEIVED = "received", _("Stock received")
        ADJUSTMENT = "adjustment", _("Adjustment")
        SHIPPED = "shipped", _("Shipped")

    stock_item = models.ForeignKey(StockItem, on_delete=models.PROTECT, related_name="movements")
    quantity = models.IntegerField(verbose_name=_("quantity"))
    reason = models.CharField(max_length=20, choices=Reason.choices, verbose_name=_("reason"))
    note = models.CharField(max_length=255, blank=True, verbose_name=_("note"))
    order = models.ForeignKey("resources.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("stock movement")
        verbose_name_plural = _("stock movements")

    def __str__(self):
        return f"{self.stock_item_id}: {self.quantity:+d} ({self.reason})"


class RestockRequest(models.Model):
    """An officer asked to be told when an out-of-stock edition is back."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    stock_item = models.ForeignKey(StockItem, on_delete=models.CASCADE, related_name="restock_requests")
    created_at = models.DateTimeField(auto_now_add=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("restock request")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "stock_item"], condition=models.Q(notified_at=None), name="one_waiting_request"
            )
        ]

    def __str__(self):
        return f"{self.user} ← {self.stock_item}"
