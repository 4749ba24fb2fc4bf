"""The print catalogue: resource pages, their printed editions, and the switch that opens ordering."""

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

from education.models import FilteredListingPage, LibraryItemPage, preview_image_field
from resources.models.stock import StockItem
from website.blocks import RICH_TEXT_FEATURES
from website.cache import cached
from website.localization import language_field


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


class PrintCataloguePage(FilteredListingPage):
    """The list of printed resources, with filters that work without JavaScript."""

    subpage_types = ["resources.PrintResourcePage"]

    class Meta:
        verbose_name = _("print catalogue")


class PrintResourcePage(LibraryItemPage):
    """One printed title: its description, the PDF of the same material, and its printed editions."""

    description = RichTextField(features=RICH_TEXT_FEATURES, verbose_name=_("description"))
    print_format = models.CharField(max_length=20, choices=PrintFormat.choices, verbose_name=_("format"))
    size = models.CharField(max_length=80, blank=True, verbose_name=_("size"))
    page_count = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("pages or panels"))
    preview_image = preview_image_field()
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

    def load_files(self):
        """The PDF and the preview picture the page shows, in one query rather than one each."""
        if self.pk is None:
            return
        stored = (
            type(self)
            .objects.select_related("pdf", "preview_image")
            .filter(pk=self.pk, pdf_id=self.pdf_id, preview_image_id=self.preview_image_id)  # not a changed draft
            .first()
        )
        if stored is not None:
            self.pdf, self.preview_image = stored.pdf, stored.preview_image


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

    @property
    def language_in_text(self):
        """The language as a sentence names it: « (français) », not the capitalized label of a list."""
        return EDITION_LANGUAGES_IN_TEXT[self.language]

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
        return cached("ordering-settings", cls.load)

    @property
    def closed_message(self):
        return language_field(self, "closed_message")

    def approves_automatically(self, email):
        domain = email.rsplit("@", 1)[-1].strip().lower()
        domains = {line.strip().lower().lstrip("@") for line in self.auto_approve_domains.splitlines() if line.strip()}
        return domain in domains
