"""The print catalogue (resources, editions, stock) and the agencies that order from it (accounts, baskets, orders)."""

import re
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from education.models import LibraryItemPage
from resources import review
from website.blocks import RICH_TEXT_FEATURES
from website.models import SitePage, language_field

# --- Canada -----------------------------------------------------------------


class Province(models.TextChoices):
    AB = "AB", _("Alberta")
    BC = "BC", _("British Columbia")
    MB = "MB", _("Manitoba")
    NB = "NB", _("New Brunswick")
    NL = "NL", _("Newfoundland and Labrador")
    NS = "NS", _("Nova Scotia")
    NT = "NT", _("Northwest Territories")
    NU = "NU", _("Nunavut")
    ON = "ON", _("Ontario")
    PE = "PE", _("Prince Edward Island")
    QC = "QC", _("Quebec")
    SK = "SK", _("Saskatchewan")
    YT = "YT", _("Yukon")


# The first letter of a postal code says which province or territory it is in.
POSTAL_CODE_FIRST_LETTERS = {
    "NL": "A", "NS": "B", "PE": "C", "NB": "E", "QC": "GHJ", "ON": "KLMNP", "MB": "R",
    "SK": "S", "AB": "T", "BC": "V", "NT": "X", "NU": "X", "YT": "Y",
}  # fmt: skip
POSTAL_CODE = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$")


def normalize_postal_code(value):
    """ "k1a0b1" or "K1A 0B1" → "K1A 0B1"; anything that is not a Canadian postal code is refused."""
    compact = re.sub(r"\s+", "", value or "").upper()
    if not POSTAL_CODE.match(compact):
        raise ValidationError(_("Enter a Canadian postal code, such as K1A 0B1."), code="postal_code")
    return f"{compact[:3]} {compact[3:]}"


def check_postal_code_province(postal_code, province):
    if postal_code and province and postal_code[0] not in POSTAL_CODE_FIRST_LETTERS[province]:
        raise ValidationError(
            _("Postal code %(code)s is not in %(province)s.")
            % {"code": postal_code, "province": Province(province).label},
            code="postal_code_province",
        )


class Address(models.Model):
    line1 = models.CharField(max_length=120, verbose_name=_("address"))
    line2 = models.CharField(max_length=120, blank=True, verbose_name=_("address line 2"))
    city = models.CharField(max_length=80, verbose_name=_("city or town"))
    province = models.CharField(max_length=2, choices=Province.choices, verbose_name=_("province or territory"))
    postal_code = models.CharField(max_length=7, verbose_name=_("postal code"))

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.postal_code:
            self.postal_code = normalize_postal_code(self.postal_code)
            check_postal_code_province(self.postal_code, self.province)

    @property
    def address_lines(self):
        return [
            line
            for line in (self.line1, self.line2, f"{self.city} {self.province}  {self.postal_code}")
            if line.strip()
        ]


# --- Catalogue --------------------------------------------------------------


class PrintFormat(models.TextChoices):
    BROCHURE = "brochure", _("Brochure")
    POSTER = "poster", _("Poster")
    BOOKLET = "booklet", _("Booklet")
    CARD = "card", _("Wallet card")
    BOOKMARK = "bookmark", _("Bookmark")


# Carriers whose names differ in English and French, however staff typed them.
CARRIER_NAMES = {"canada post": _("Canada Post"), "postes canada": _("Canada Post")}


class EditionLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    BILINGUAL = "bilingual", _("Bilingual")


# The edition's language inside a sentence or a parenthesis, where French writes it in lower case: "(français)".
EDITION_LANGUAGES_IN_TEXT = {
    EditionLanguage.ENGLISH: pgettext_lazy("in running text", "English"),
    EditionLanguage.FRENCH: pgettext_lazy("in running text", "French"),
    EditionLanguage.BILINGUAL: pgettext_lazy("in running text", "bilingual"),
}


EDITION_NAMES = {
    EditionLanguage.ENGLISH: _("English edition"),
    EditionLanguage.FRENCH: _("French edition"),
    EditionLanguage.BILINGUAL: _("Bilingual edition"),
}


class PrintCataloguePage(SitePage):
    """The list of printed resources, with filters that work without JavaScript."""

    intro = models.TextField(verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    promote_panels = Page.promote_panels
    parent_page_types = ["website.HomePage"]
    subpage_types = ["resources.PrintResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("print catalogue")

    def get_context(self, request, *args, **kwargs):
        from resources.catalogue import catalogue_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_listing(request, self.locale_id))
        return context


class PrintResourcePage(LibraryItemPage):
    """One printed title: its description, the PDF of the same material, and its printed editions."""

    description = RichTextField(features=RICH_TEXT_FEATURES, verbose_name=_("description"))
    print_format = models.CharField(max_length=20, choices=PrintFormat.choices, verbose_name=_("format"))
    size = models.CharField(max_length=80, blank=True, verbose_name=_("size"))
    page_count = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("pages or panels"))
    preview_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("preview image"),
    )
    pdf = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF to download"),
        help_text=_("In the French translation, choose the French PDF."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("print_format"), FieldPanel("page_count")]),
                FieldPanel("size"),
                FieldPanel("preview_image"),
                FieldPanel("pdf"),
            ],
            heading=_("The printed piece"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what it is for"),
        ),
        InlinePanel("editions", heading=_("Printed editions"), label=_("edition"), min_num=1),
    ]
    promote_panels = Page.promote_panels
    search_fields = LibraryItemPage.search_fields + [index.SearchField("description")]
    parent_page_types = ["resources.PrintCataloguePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("printed resource")
        verbose_name_plural = _("printed resources")

    def get_context(self, request, *args, **kwargs):
        from resources.catalogue import resource_editions
        from resources.services import agency_of

        context = super().get_context(request, *args, **kwargs)
        context["editions"] = resource_editions(self)
        context["ordering"] = OrderingSettings.current()
        context["agency"] = agency_of(request.user)
        return context


class PrintEdition(Orderable):
    """A printed edition (English, French or bilingual) of a resource: one stock item, found by its SKU.

    Editions belong to the page, and wagtail-localize copies them to each translation unchanged (codes
    and numbers are synchronised, never translated); both copies share the stock item of their SKU.
    """

    page = ParentalKey(PrintResourcePage, on_delete=models.CASCADE, related_name="editions")
    language = models.CharField(max_length=10, choices=EditionLanguage.choices, verbose_name=_("language"))
    sku = models.CharField(max_length=30, verbose_name=_("SKU"), help_text=_("The warehouse code, e.g. NB-SXT-BR-FR."))
    pack_size = models.PositiveIntegerField(
        default=1, validators=[MinValueValidator(1)], verbose_name=_("pack size"), help_text=_("Pieces per pack.")
    )
    max_per_order = models.PositiveIntegerField(
        validators=[MinValueValidator(1)],
        verbose_name=_("maximum per order"),
        help_text=_("Pieces. Larger orders are accepted for staff review."),
    )
    discontinued = models.BooleanField(default=False, verbose_name=_("discontinued"))

    panels = [
        FieldRowPanel([FieldPanel("language"), FieldPanel("sku")]),
        FieldRowPanel([FieldPanel("pack_size"), FieldPanel("max_per_order"), FieldPanel("discontinued")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("printed edition")
        verbose_name_plural = _("printed editions")

    def __str__(self):
        return f"{self.sku} ({self.get_language_display()})"

    @property
    def edition_name(self):
        """ "English edition" / "édition anglaise": French names agree with « édition », so each is its own string."""
        return EDITION_NAMES[self.language]

    def clean(self):
        super().clean()
        self.sku = (self.sku or "").strip().upper()
        if self.max_per_order and self.pack_size and self.max_per_order % self.pack_size:
            raise ValidationError({"max_per_order": _("Use a whole number of packs.")})
        page = getattr(self, "page", None)
        same_sku = PrintEdition.objects.filter(sku=self.sku).exclude(pk=self.pk)
        if page is not None and page.translation_key:
            same_sku = same_sku.exclude(page__translation_key=page.translation_key)
        if same_sku.exists():
            raise ValidationError({"sku": _("Another resource already uses this SKU.")})

    def save(self, *args, **kwargs):
        self.sku = self.sku.strip().upper()
        super().save(*args, **kwargs)
        StockItem.objects.get_or_create(sku=self.sku)


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


# --- Agencies ----------------------------------------------------------------


class Agency(models.Model):
    """A police agency that orders printed resources; several officers may share it."""

    class Type(models.TextChoices):
        MUNICIPAL = "municipal", _("Municipal police service")
        PROVINCIAL = "provincial", _("Provincial police service")
        RCMP = "rcmp", _("RCMP detachment")
        FIRST_NATIONS = "first_nations", _("First Nations police service")
        OTHER = "other", _("Other law-enforcement agency")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    name = models.CharField(max_length=150, verbose_name=_("agency name"))
    agency_type = models.CharField(max_length=20, choices=Type.choices, verbose_name=_("type of agency"))
    province = models.CharField(max_length=2, choices=Province.choices, verbose_name=_("province or territory"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, verbose_name=_("status"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=pgettext_lazy("date", "requested"))
    decided_at = models.DateTimeField(null=True, blank=True, verbose_name=pgettext_lazy("date", "decided"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_note = models.TextField(blank=True, verbose_name=_("note"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("police agency")
        verbose_name_plural = _("police agencies")

    def __str__(self):
        return self.name

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED


class AgencyAddress(Address):
    """Where an agency's orders can be shipped: its main address and any detachment."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="addresses")
    label = models.CharField(max_length=80, verbose_name=_("name of this address"))
    is_main = models.BooleanField(default=False, verbose_name=_("main address"))

    class Meta:
        ordering = ["-is_main", "label"]
        verbose_name = _("shipping address")
        verbose_name_plural = _("shipping addresses")

    def __str__(self):
        return f"{self.label}: {', '.join(self.address_lines)}"

    def clean(self):
        super().clean()
        if self.province and self.agency_id and self.province != self.agency.province:
            raise ValidationError({"province": _("Shipping addresses must be in the agency’s province or territory.")})


class AgencyMember(models.Model):
    """An officer's account: the agency it orders for, and how to reach them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agency_member")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="members")
    phone = models.CharField(max_length=30, verbose_name=_("phone"))
    language = models.CharField(
        max_length=2, choices=settings.LANGUAGES, default="en", verbose_name=_("language for emails")
    )
    # When the officer opened the link we emailed on their request: proof that the mailbox is theirs.
    email_confirmed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("email confirmed"))

    class Meta:
        verbose_name = _("agency member")
        verbose_name_plural = _("agency members")

    def __str__(self):
        return f"{self.user.get_full_name()} ({self.agency})"


# --- Baskets and orders -----------------------------------------------------------


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
    ship_to_province = models.CharField(max_length=2, choices=Province.choices)
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


class OutgoingEmail(models.Model):
    """An email saved in the same transaction as the change it tells about, so an outage never loses it.

    A task sends it after the commit; until it is sent it stays pending and is tried again.
    """

    to = models.EmailField()
    subject = models.CharField(max_length=255)
    body = models.TextField()
    html_body = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")

    def __str__(self):
        return f"{self.to}: {self.subject}"


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


# --- Settings ------------------------------------------------------------------


@register_setting(icon="mail")
class OrderingSettings(BaseGenericSetting):
    ordering_open = models.BooleanField(
        default=True,
        verbose_name=_("ordering is open"),
        help_text=_("Untick to close ordering (during stock-taking, say); the catalogue stays readable."),
    )
    closed_message_en = models.CharField(
        max_length=255,
        blank=True,
        default="Ordering is closed for stock-taking. Please come back in a few days.",
        verbose_name=_("message while closed (English)"),
    )
    closed_message_fr = models.CharField(
        max_length=255,
        blank=True,
        default="Les commandes sont fermées pendant l’inventaire. Veuillez revenir dans quelques jours.",
        verbose_name=_("message while closed (French)"),
    )
    auto_approve_domains = models.TextField(
        blank=True,
        verbose_name=_("email domains approved automatically"),
        help_text=_("One per line, e.g. rcmp-grc.gc.ca. Requests from these addresses need no staff approval."),
    )
    quota_pieces = models.PositiveIntegerField(
        default=5000,
        verbose_name=_("pieces per agency per period"),
        help_text=_("Orders beyond this are accepted for staff review."),
    )
    staff_email = models.EmailField(
        default="orders@northbridge.example",
        verbose_name=_("order team email"),
        help_text=_("Where low-stock alerts go."),
    )
    quota_period_months = models.PositiveSmallIntegerField(
        default=3,
        choices=[(1, _("Month")), (3, _("Quarter")), (12, _("Year"))],
        verbose_name=_("quota period"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("ordering_open"), FieldPanel("closed_message_en"), FieldPanel("closed_message_fr")],
            heading=_("Ordering"),
        ),
        FieldPanel("auto_approve_domains"),
        FieldPanel("staff_email"),
        FieldRowPanel([FieldPanel("quota_pieces"), FieldPanel("quota_period_months")], heading=_("Quota")),
    ]

    class Meta:
        verbose_name = _("ordering settings")

    @classmethod
    def current(cls):
        """The settings, from the cache most of the time (saving them clears it)."""
        from website.chrome import cached

        return cached("ordering-settings", cls.load)

    @property
    def closed_message(self):
        return language_field(self, "closed_message")

    def approves_automatically(self, email):
        domain = email.rsplit("@", 1)[-1].strip().lower()
        domains = {line.strip().lower().lstrip("@") for line in self.auto_approve_domains.splitlines() if line.strip()}
        return domain in domains
