"""Site-wide models: pages, navigation snippets, site settings, and our image and document models."""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from website import page_context
from website.blocks import AudienceLinkBlock, HelpPageBlocks, HomePageBlocks, StandardBlocks
from website.cache import cached
from website.localization import active_language, language_field, localized, translations


def https_only(value):
    URLValidator(schemes=["https"], message=_("Enter a full address that starts with https://."))(value)


# --- Images and documents -------------------------------------------------


class SiteImage(AbstractImage):
    """An image whose alt text is required when it is uploaded."""

    description = models.CharField(
        max_length=255,
        verbose_name=_("alt text"),
        help_text=_("Describe the image for people who cannot see it. Required."),
    )

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class SiteImageRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteDocument(AbstractDocument):
    """A downloadable file that knows which language it is written in."""

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        FRENCH = "fr", _("French")
        BILINGUAL = "bilingual", _("Bilingual")

    language = models.CharField(
        max_length=10, choices=Language.choices, default=Language.ENGLISH, verbose_name=_("language")
    )

    admin_form_fields = Document.admin_form_fields + ("language",)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def format_label(self):
        return self.file_extension.upper()


# --- Pages ----------------------------------------------------------------


def untranslated_segments(translation):
    """The strings of a page still waiting for their translation, the slug aside.

    The slug only shapes the URL: a French page whose every visible string is translated reads fully
    in French even if its URL still uses the English slug, so it must not say it is partly in English.
    """
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        has_error=False,
    )
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(context__path="slug")
        .exclude(Exists(translated))
    )


class SitePage(Page):
    """Behaviour every public page shares: translation links and the "not yet translated" notice."""

    summary = models.TextField(
        blank=True,
        verbose_name=_("summary"),
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    promote_panels = Page.promote_panels + [FieldPanel("summary")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_context.context_for(self, request))
        return context

    def route(self, request, path_components):
        """Wagtail's routing, with the page found at each address kept with the page chrome.

        Wagtail asks the database twice per level of the address. A page's address changes only when it is
        published, moved or deleted, which forget the chrome, so a request fetches only the page itself.
        An address with no page below this one (or one that an override of `route()` answers) goes Wagtail's way.
        """
        if not path_components:
            return super().route(request, path_components)
        address = hashlib.sha256("/".join(path_components).encode()).hexdigest()
        try:
            page_id, content_type_id = cached(f"route:{self.pk}:{address}", lambda: self.find_below(path_components))
        except Page.DoesNotExist:
            return super().route(request, path_components)
        page = ContentType.objects.get_for_id(content_type_id).model_class().objects.filter(pk=page_id).first()
        if page is None:
            return super().route(request, path_components)
        return page.route(request, [])

    def find_below(self, path_components):
        """The id and type of the page at this address below this one; raises Page.DoesNotExist (never cached)."""
        url_path = self.url_path + "/".join(path_components) + "/"
        return Page.objects.values_list("pk", "content_type_id").get(path__startswith=self.path, url_path=url_path)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The same for every reader (website.pagecache makes it private again for one who sends cookies).
        patch_cache_control(response, public=True)
        return response

    @cached_property
    def live_translations(self):
        """Every live version of this page, this one included, with its locale.

        Kept with the page chrome, which is rebuilt whenever a page is published, unpublished, moved or deleted.
        """
        return cached(f"translations:{self.translation_key}", self.find_live_translations)

    def find_live_translations(self):
        return list(translations([self]).get(self.translation_key, {}).values())

    @cached_property
    def untranslated_status(self):
        """ "" when the page reads fully in its own language; "alias" or "partial" when it does not.

        wagtail-localize serves a page nobody has translated yet as an alias of the source page,
        and a translation in progress as a synchronised copy with the source text for missing strings.
        Kept with the page chrome, which is rebuilt whenever a page is published.
        """
        return cached(f"untranslated:{self.pk}", self.find_untranslated_status)

    def find_untranslated_status(self):
        # The locale comes with live_translations, saving a query; a draft being previewed is not among them.
        own_version = next((page for page in self.live_translations if page.pk == self.pk), self)
        if own_version.locale.language_code == settings.LANGUAGE_CODE:
            return ""  # pages in the default language are the sources of translations
        if self.alias_of_id:
            source_locale = Page.objects.filter(pk=self.alias_of_id).values_list("locale_id", flat=True).first()
            return "alias" if source_locale != self.locale_id else ""
        translation = (
            Translation.objects.filter(
                source__object_id=self.translation_key, target_locale_id=self.locale_id, enabled=True
            )
            .only("id", "source_id", "target_locale_id")
            .first()
        )
        if translation is None:
            return ""
        return "partial" if untranslated_segments(translation).exists() else ""


class HomePage(SitePage):
    intro = models.TextField(verbose_name=_("introduction"))
    audience_links = StreamField(
        [("link", AudienceLinkBlock())],
        blank=True,
        verbose_name=_("“Find guides for me” links"),
        help_text=_("The audiences offered at the top of the home page, beside “Get help now”."),
    )
    body = StreamField(HomePageBlocks(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("audience_links"), FieldPanel("body")]
    search_fields = SitePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Page choosers are synchronised between languages: show each card's page in this page's language.
        card_pages = [
            card["page"] for block in self.body if block.block_type == "cards" for card in block.value["cards"]
        ]
        card_pages = [page for page in card_pages + [link.value["page"] for link in self.audience_links] if page]
        context["localized_pages"] = {
            page.pk: version for page, version in zip(card_pages, localized(card_pages), strict=True)
        }
        return context


class StandardPage(SitePage):
    """About, privacy, contact, the safety pages: a title, a summary and a body of blocks."""

    body = StreamField(StandardBlocks(), verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    promote_panels = Page.promote_panels
    search_fields = SitePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class HelpPage(SitePage):
    """ "Get help now": emergency numbers, the report line and help lines, linked from every page's header."""

    body = StreamField(HelpPageBlocks(), verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    promote_panels = Page.promote_panels
    search_fields = SitePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["website.HomePage"]
    subpage_types = []
    # One per language: the header links to it.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("get help page")


# --- Navigation snippets --------------------------------------------------


class LinkItem(TranslatableMixin, Orderable):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    label = models.CharField(
        max_length=80, blank=True, verbose_name=_("label"), help_text=_("Leave empty to use the page title.")
    )

    panels = [PageChooserPanel("page"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class MainMenu(TranslatableMixin, ClusterableModel):
    """The links in the site header, one menu per language."""

    panels = [InlinePanel("items", label=_("links"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")

    def __str__(self):
        return str(_("Main menu (%(language)s)") % {"language": self.locale.get_display_name()})


class MainMenuItem(LinkItem):
    menu = ParentalKey(MainMenu, on_delete=models.CASCADE, related_name="items")


class Footer(TranslatableMixin, ClusterableModel):
    """The footer's short description of the organization and its links, one per language."""

    about = models.TextField(verbose_name=_("about the organization"))

    panels = [FieldPanel("about"), InlinePanel("links", label=_("links"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})


class FooterLink(LinkItem):
    footer = ParentalKey(Footer, on_delete=models.CASCADE, related_name="links")


# --- Site settings --------------------------------------------------------


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    organization_name_en = models.CharField(
        max_length=120, default="Northbridge Child Protection Foundation", verbose_name=_("organization name (English)")
    )
    organization_name_fr = models.CharField(
        max_length=120,
        default="Fondation Northbridge pour la protection de l’enfance",
        verbose_name=_("organization name (French)"),
    )
    contact_email = models.EmailField(default="info@northbridge.example", verbose_name=_("contact email"))
    tipline_name_en = models.CharField(
        max_length=80,
        default="Cybertip.ca",
        verbose_name=_("tipline name (English)"),
        help_text=_("The national tipline for reporting the online sexual exploitation of children."),
    )
    tipline_name_fr = models.CharField(max_length=80, default="Cyberaide.ca", verbose_name=_("tipline name (French)"))
    tipline_url_en = models.URLField(
        default="https://www.cybertip.ca/en/", validators=[https_only], verbose_name=_("tipline address (English)")
    )
    tipline_url_fr = models.URLField(
        default="https://www.cybertip.ca/fr/", validators=[https_only], verbose_name=_("tipline address (French)")
    )
    exit_url_en = models.URLField(
        default="https://weather.gc.ca/canada_e.html",
        validators=[https_only],
        verbose_name=_("Leave quickly destination (English)"),
        help_text=_("A neutral https page that shows no personal history, such as a weather forecast."),
    )
    exit_url_fr = models.URLField(
        default="https://meteo.gc.ca/canada_f.html",
        validators=[https_only],
        verbose_name=_("Leave quickly destination (French)"),
        help_text=_("A neutral https page that shows no personal history, such as a weather forecast."),
    )

    safety_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("safety page"),
        help_text=_("The “Staying safe online” page, linked beside the Leave quickly button."),
    )

    # Every page's chrome links the safety page in the reader's language: fetch it with the settings.
    select_related = ["safety_page"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("organization_name_en"), FieldPanel("organization_name_fr"), FieldPanel("contact_email")],
            heading=_("Organization"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("tipline_name_en"),
                FieldPanel("tipline_name_fr"),
                FieldPanel("tipline_url_en"),
                FieldPanel("tipline_url_fr"),
            ],
            heading=_("Report line"),
        ),
        MultiFieldPanel(
            [FieldPanel("exit_url_en"), FieldPanel("exit_url_fr"), PageChooserPanel("safety_page")],
            heading=_("Leave quickly"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def organization_name(self):
        return language_field(self, "organization_name")

    @property
    def tipline_name(self):
        return language_field(self, "tipline_name")

    @property
    def tipline_url(self):
        return language_field(self, "tipline_url")

    @property
    def exit_url(self):
        return language_field(self, "exit_url")

    @classmethod
    def default_exit_url(cls):
        """The built-in destination, for when the settings cannot be read (the 500 page)."""
        return cls._meta.get_field(f"exit_url_{active_language()}").default
