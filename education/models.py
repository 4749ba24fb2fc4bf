"""The education library: topics, audiences, guides, lesson plans, audience hubs and the library index."""

import math

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel, Panel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from education.readability import reading_level
from website.blocks import RICH_TEXT_FEATURES, ActivityBlock, DownloadBlock, GuideBlocks
from website.models import SitePage

WORDS_PER_MINUTE = 200
LANGUAGE_NAMES = {"en": _("English"), "fr": _("French")}


def in_default_language():
    """Editors pick topics in the source language; pages in other languages show their translations."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class Topic(TranslatableMixin, models.Model):
    """What a guide or lesson is about (sextortion, online grooming, ...), translated in the admin."""

    name = models.CharField(max_length=80, verbose_name=_("name"))
    slug = models.SlugField(max_length=80, verbose_name=_("slug"), help_text=_("Used in filter addresses."))
    description = models.TextField(blank=True, verbose_name=_("description"))

    translatable_fields = [TranslatableField("name"), TranslatableField("description"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")]

    def __str__(self):
        return self.name


class Audience(models.Model):
    """Who the material is for. A fixed list: the names come from the interface translations."""

    class Code(models.TextChoices):
        PARENTS = "parents", _("Parents and caregivers")
        YOUTH = "youth", _("Youth")
        EDUCATORS = "educators", _("Teachers and educators")
        ORGANIZATIONS = "organizations", _("Child-serving organizations")

    code = models.CharField(max_length=20, choices=Code.choices, unique=True, verbose_name=_("code"))
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return str(self.get_code_display())


class GradeBand(models.TextChoices):
    K_3 = "k-3", _("Kindergarten to Grade 3")
    GRADES_4_6 = "4-6", _("Grades 4–6")
    GRADES_7_8 = "7-8", _("Grades 7–8")
    GRADES_9_12 = "9-12", _("Grades 9–12")


# The children's ages each grade band covers, so guides (by age) and lessons (by grade) filter together.
GRADE_BAND_AGES = {"k-3": (5, 8), "4-6": (9, 11), "7-8": (12, 13), "9-12": (14, 17)}


def preview_image_field(**options):
    """The optional picture a library item shows beside its summary (lessons, printed resources)."""
    return models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("preview image"),
        **options,
    )


class LibraryItemPage(SitePage):
    """What guides and lesson plans share, so the library lists and filters them in one query."""

    audiences = ParentalManyToManyField(Audience, related_name="+", verbose_name=_("audiences"))
    topics = ParentalManyToManyField(
        Topic, related_name="+", blank=True, limit_choices_to=in_default_language, verbose_name=_("topics")
    )
    age_min = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(18)], verbose_name=_("from age")
    )
    age_max = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(18)], verbose_name=_("to age")
    )

    # wagtail-localize leaves many-to-many fields alone unless told: these are the same in every language.
    override_translatable_fields = [SynchronizedField("audiences"), SynchronizedField("topics")]
    search_fields = SitePage.search_fields
    is_creatable = False

    class Meta:
        verbose_name = _("library item")

    def clean(self):
        super().clean()
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValidationError({"age_max": _("The last age must not be lower than the first.")})

    @property
    def format_label(self):
        return self.specific_class._meta.verbose_name if self.specific_class else ""

    @property
    def age_label(self):
        if self.age_min is not None and self.age_max is not None:
            return _("Ages %(first)s–%(last)s") % {"first": self.age_min, "last": self.age_max}
        return ""


class ReadingLevelPanel(Panel):
    """Shows editors the estimated reading grade of the page's text in its language (as last saved)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "education/panels/reading_level.html"

        def get_context_data(self, parent_context=None):
            """The level of this page's text and of each translation (translators work in another screen)."""
            context = super().get_context_data(parent_context)
            versions = []
            if self.instance.pk:
                pages = GuidePage.objects.filter(translation_key=self.instance.translation_key).select_related("locale")
                versions = [
                    (LANGUAGE_NAMES.get(page.locale.language_code, page.locale.language_code), page.reading_level)
                    for page in sorted(pages, key=lambda page: page.pk != self.instance.pk)
                ]
            context["versions"] = [(language, level) for language, level in versions if level]
            context["for_youth"] = self.instance.pk and self.instance.audiences.filter(code="youth").exists()
            return context


class GuidePage(LibraryItemPage):
    body = StreamField(GuideBlocks(), verbose_name=_("body"))
    last_reviewed = models.DateField(verbose_name=_("last reviewed"))
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        ReadingLevelPanel(heading=_("Reading level")),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Who and what it is for"),
        ),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels
    search_fields = LibraryItemPage.search_fields + [index.SearchField("body")]
    parent_page_types = ["education.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    @property
    def body_text(self):
        return " ".join(text for block in self.body for text in block.block.get_searchable_content(block.value) if text)

    @cached_property
    def reading_level(self):
        return reading_level(self.body_text, self.locale.language_code)

    def save(self, *args, **kwargs):
        self.reading_minutes = max(1, math.ceil(len(self.body_text.split()) / WORDS_PER_MINUTE))
        return super().save(*args, **kwargs)


class LessonPlanPage(LibraryItemPage):
    grade_band = models.CharField(max_length=5, choices=GradeBand.choices, verbose_name=_("grade band"))
    duration_minutes = models.PositiveSmallIntegerField(verbose_name=_("duration in minutes"))
    subjects = models.CharField(max_length=200, verbose_name=_("subject areas"))
    learning_outcomes = RichTextField(features=RICH_TEXT_FEATURES, verbose_name=_("learning outcomes"))
    materials = RichTextField(features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("materials"))
    adult_preparation = models.BooleanField(
        default=False,
        verbose_name=_("needs adult preparation"),
        help_text=_("For sensitive topics: the note is shown prominently before the activities."),
    )
    adult_preparation_note = models.TextField(blank=True, verbose_name=_("adult preparation note"))
    activities = StreamField([("activity", ActivityBlock())], verbose_name=_("activities"))
    assessment = RichTextField(features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("assessment ideas"))
    take_home = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("take-home activity for families")
    )
    preview_image = preview_image_field(
        help_text=_("A picture of the lesson's handout or slides, shown beside its summary.")
    )
    downloads = StreamField(
        [("download", DownloadBlock())],
        blank=True,
        verbose_name=_("downloads"),
        help_text=_("In the French translation, choose the French file for each download."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("grade_band"), FieldPanel("duration_minutes")]),
                FieldPanel("subjects"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Class"),
        ),
        MultiFieldPanel(
            [FieldPanel("adult_preparation"), FieldPanel("adult_preparation_note")], heading=_("Adult preparation")
        ),
        FieldPanel("preview_image"),
        FieldPanel("learning_outcomes"),
        FieldPanel("materials"),
        FieldPanel("activities"),
        FieldPanel("assessment"),
        FieldPanel("take_home"),
        FieldPanel("downloads"),
    ]
    promote_panels = Page.promote_panels
    search_fields = LibraryItemPage.search_fields + [
        index.SearchField("subjects"),
        index.SearchField("learning_outcomes"),
        index.SearchField("activities"),
        index.SearchField("take_home"),
    ]
    parent_page_types = ["education.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson plan")
        verbose_name_plural = _("lesson plans")

    def clean(self):
        super().clean()
        if self.adult_preparation and not self.adult_preparation_note.strip():
            raise ValidationError({"adult_preparation_note": _("Write the note adults should read first.")})

    def save(self, *args, **kwargs):
        # Lessons are for educators and cover their grade band's ages, so they filter with the guides.
        self.age_min, self.age_max = GRADE_BAND_AGES[self.grade_band]
        return super().save(*args, **kwargs)


class FilteredListingPage(SitePage):
    """A listing page (the library, the print catalogue): an introduction, then its items with filters that work
    without JavaScript (templates/components/filtered_listing.html). The items come from the app's listing
    (education.listing.filtered_listing), registered as the page type's context in its AppConfig.ready()."""

    intro = models.TextField(verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    promote_panels = Page.promote_panels
    parent_page_types = ["website.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class LibraryIndexPage(FilteredListingPage):
    """The library: every guide and lesson plan in this language, with filters that work without JavaScript."""

    subpage_types = ["education.GuidePage", "education.LessonPlanPage"]

    class Meta:
        verbose_name = _("library index")


class AudienceHubPage(SitePage):
    """The home of one audience (parents, youth, teachers, organizations): its guides, lessons and printed resources."""

    audience = models.CharField(max_length=20, choices=Audience.Code.choices, verbose_name=_("audience"))
    intro = models.TextField(verbose_name=_("introduction"))

    content_panels = Page.content_panels + [
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("intro"),
        InlinePanel(
            "pins",
            heading=_("Start here"),
            label=_("item"),
            help_text=_(
                "Shown first, in this order. A printed resource placed here also shows on the hubs "
                "of parents and youth."
            ),
        ),
    ]
    promote_panels = Page.promote_panels
    parent_page_types = ["website.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("audience hub")


class HubPin(Orderable):
    """A "start here" item an editor pins at the top of a hub. The same pins show in every language:
    wagtail-localize copies them unchanged and the hub shows each item's translation."""

    hub = ParentalKey(AudienceHubPage, on_delete=models.CASCADE, related_name="pins")
    item = models.ForeignKey(LibraryItemPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("item"))

    panels = [PageChooserPanel("item")]

    class Meta(Orderable.Meta):
        verbose_name = _("start here item")
        verbose_name_plural = _("start here items")
