"""Baskets and orders: what an officer asks for, what staff decide, and each status change."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from resources import review
from resources.models.agencies import Agency
from resources.models.canada import province_choices
from resources.models.catalogue import CARRIER_NAMES, EDITION_LANGUAGES_IN_TEXT, EditionLanguage
from resources.models.stock import StockItem


class Basket(models.Model):
    """A signed-in officer's basket, kept in the database so it follows them to another device.

    `token` changes whenever the basket does: the checkout form carries it, so submitting the same
    basket twice (a double click, a refresh, a second tab) is recognised and makes one order.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="basket")
    token = models.UUIDField(default=uuid.uuid4)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("basket")

    def __str__(self):
        return str(self.user)

    def touch(self):
        self.token = uuid.uuid4()
        self.save(update_fields=["token", "updated_at"])


class BasketLine(models.Model):
    basket = models.ForeignKey(Basket, on_delete=models.CASCADE, related_name="lines")
    stock_item = models.ForeignKey(StockItem, on_delete=models.CASCADE, related_name="+")
    quantity = models.PositiveIntegerField()

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["basket", "stock_item"], name="one_line_per_item_per_basket")]

    def __str__(self):
        return f"{self.stock_item_id} × {self.quantity}"


class Order(models.Model):
    class Status(models.TextChoices):
        NEEDS_REVIEW = "needs_review", _("Needs review")
        APPROVED = "approved", _("Approved")
        PACKING = "packing", _("Packing")
        SHIPPED = "shipped", _("Shipped")
        DELIVERED = "delivered", _("Delivered")
        CANCELLED = "cancelled", _("Cancelled")
        DECLINED = "declined", _("Declined")

    # Orders that hold or wait for stock: received stock is reserved for their back-orders, oldest first.
    WAITING = [Status.NEEDS_REVIEW, Status.APPROVED, Status.PACKING]

    number = models.CharField(max_length=20, unique=True, null=True, blank=True, verbose_name=_("order number"))
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="orders", verbose_name=_("agency"))
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("placed by")
    )
    status = models.CharField(max_length=20, choices=Status.choices, verbose_name=_("status"))
    # Codes with their figures (resources/review.py), worded in each reader's language when shown.
    review_reason_codes = models.JSONField(default=list, blank=True, verbose_name=_("why it needs review"))
    note = models.TextField(blank=True, verbose_name=_("note from the agency"))
    language = models.CharField(max_length=2, choices=settings.LANGUAGES, default="en", verbose_name=_("language"))
    submission_token = models.UUIDField(unique=True, editable=False)
    ship_to_label = models.CharField(max_length=80, verbose_name=_("ship to"))
    ship_to_line1 = models.CharField(max_length=120)
    ship_to_line2 = models.CharField(max_length=120, blank=True)
    ship_to_city = models.CharField(max_length=80)
    ship_to_province = models.CharField(max_length=2, choices=province_choices)
    ship_to_postal_code = models.CharField(max_length=7)
    follow_up_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        verbose_name=_("back-ordered pieces of"),
    )
    carrier = models.CharField(max_length=80, blank=True, verbose_name=_("carrier"))
    tracking_number = models.CharField(max_length=80, blank=True, verbose_name=_("tracking number"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("placed"))
    updated_at = models.DateTimeField(auto_now=True)
    # Bumped by every change of status, so two staff acting at once cannot both succeed.
    version = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        permissions = [("manage_orders", _("Can review, pack, ship and report on print orders"))]

    def __str__(self):
        return self.number or str(_("New order"))

    @property
    def carrier_name(self):
        """The carrier as the reader's language names it, when it is one whose name differs by language."""
        return CARRIER_NAMES.get(self.carrier.strip().casefold(), self.carrier)

    @property
    def review_reasons(self):
        """Why the order needs review, in the active language: one sentence per reason."""
        if not self.review_reason_codes:
            return []
        titles = {}
        if any(reason.get("sku") for reason in self.review_reason_codes):
            # The titles of the order's lines, in their edition's language, as the rest of the order shows them.
            titles = dict(self.lines.values_list("stock_item__sku", "title"))
        return [review.describe(reason, titles) for reason in self.review_reason_codes]

    def assign_number(self):
        """A number people can read out on the phone, from the year and the primary key: PR-2026-000123."""
        self.number = f"PR-{self.created_at.year}-{self.pk:06d}"
        self.save(update_fields=["number"])

    @property
    def is_waiting(self):
        return self.status in self.WAITING

    @property
    def ship_to_lines(self):
        return [
            line
            for line in (
                self.ship_to_label,
                self.ship_to_line1,
                self.ship_to_line2,
                f"{self.ship_to_city} {self.ship_to_province}  {self.ship_to_postal_code}",
            )
            if line.strip()
        ]

    @property
    def total_pieces(self):
        return sum(line.quantity for line in self.lines.all())


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    stock_item = models.ForeignKey(StockItem, on_delete=models.PROTECT, related_name="order_lines")
    title = models.CharField(max_length=255, verbose_name=_("title"))
    edition_language = models.CharField(max_length=10, choices=EditionLanguage.choices)
    requested = models.PositiveIntegerField(default=0, verbose_name=_("requested"))
    quantity = models.PositiveIntegerField(verbose_name=_("quantity"))
    reserved = models.PositiveIntegerField(default=0, verbose_name=_("reserved"))
    shipped = models.PositiveIntegerField(default=0, verbose_name=_("shipped"))

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.title} × {self.quantity}"

    @property
    def reduced(self):
        return self.requested - self.quantity if self.requested > self.quantity else 0

    @property
    def edition_language_in_text(self):
        return EDITION_LANGUAGES_IN_TEXT.get(self.edition_language, self.edition_language)

    @property
    def backordered(self):
        """Pieces neither reserved nor shipped: while the order waits, they ship when stock arrives."""
        return max(self.quantity - self.reserved - self.shipped, 0)


class OrderEvent(models.Model):
    """One change of an order's status: who, when, from, to and why. Shown on the order."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=20, choices=Order.Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Order.Status.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("order event")
        verbose_name_plural = _("order events")

    def __str__(self):
        return f"{self.order}: {self.from_status or '-'} → {self.to_status}"
