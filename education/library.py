"""Finding library items: the library's filters and the listings of hubs and related content, in fixed queries."""

from dataclasses import dataclass

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from education.listing import FilterForm, filtered_listing
from education.models import (
    GRADE_BAND_AGES,
    GradeBand,
    GuidePage,
    LessonPlanPage,
    LibraryIndexPage,
    LibraryItemPage,
    Topic,
)
from website.localization import active_language, localized, translated_into_another_language


@dataclass(frozen=True)
class LibraryFormat:
    """A kind of library item: its page model, its name in the format filter, and the choice field its cards show."""

    model: type
    label: str
    detail_field: str = ""
    icon: str = "document"  # drawn on its cards when it has no preview image (components/icon.html)

    @property
    def detail_path(self):
        """The detail field, reached from LibraryItemPage through the format's own table."""
        return f"{self.model._meta.model_name}__{self.detail_field}"


FORMATS = {
    "guide": LibraryFormat(GuidePage, _("Guides"), icon="book"),
    "lesson": LibraryFormat(LessonPlanPage, _("Lesson plans"), icon="lesson"),
}
# The drawn icon of a card without a preview image, by topic slug (components/icon.html), so a grid of guides does
# not repeat one picture. A card takes the first of these its item is about that the card before it does not show:
# the most specific topics come first, "reporting and getting help" (on most items) last. An item with none of them
# shows its format's icon.
TOPIC_ICONS = {
    "sextortion": "threat",
    "sharing-intimate-images": "share",
    "online-grooming": "stranger",
    "body-safety": "body",
    "healthy-relationships": "heart",
    "gaming-and-chat": "game",
    "screen-time": "clock",
    "privacy": "lock",
    "reporting-and-getting-help": "flag",
}
# The renditions of a card's preview image: at least 1x and 2x its width in site.css (.card__media img, 76 px).
CARD_PREVIEW_SPECS = ("width-96", "width-192")
# What makes an item orderable in print: a function returning a condition on LibraryItemPage rows.
ORDERABLE_IN_PRINT = []


def register_format(code, model, label, detail_field="", icon="document"):
    """Add a kind of item to the library; apps above education call this from their AppConfig.ready()."""
    FORMATS[code] = LibraryFormat(model, label, detail_field, icon)


def register_orderable_in_print(condition):
    """How to tell items with printed copies to order, for the "printed" filter (from an AppConfig.ready())."""
    ORDERABLE_IN_PRINT[:] = [condition]


def orderable_in_print():
    """Items with printed copies that can be ordered (none until an app says how to find them)."""
    return ORDERABLE_IN_PRINT[0]() if ORDERABLE_IN_PRINT else Q(pk__in=[])


def library_items(locale_id):
    """Live library items of one language, with what a listing card shows, in one query (plus prefetch)."""
    details = {
        f"{code}_detail": F(library_format.detail_path)
        for code, library_format in FORMATS.items()
        if library_format.detail_field
    }
    # The preview image of whichever format the item is (lessons and printed resources have one).
    previews = [
        F(f"{library_format.model._meta.model_name}__preview_image")
        for library_format in FORMATS.values()
        if any(field.name == "preview_image" for field in library_format.model._meta.get_fields())
    ]
    if previews:
        details["preview_image_id"] = Coalesce(*previews) if len(previews) > 1 else previews[0]
    return (
        LibraryItemPage.objects.live()
        .filter(locale_id=locale_id)
        .annotate(
            grade_band=F("lessonplanpage__grade_band"),
            duration_minutes=F("lessonplanpage__duration_minutes"),
            reading_minutes=F("guidepage__reading_minutes"),
            in_other_language=translated_into_another_language(locale_id),
            **details,
        )
        .prefetch_related("audiences", "topics")
        .order_by("title", "pk")
    )


def detail_label(item):
    """The label of the item's format detail (a printed resource's format), from its format's own field."""
    for code, library_format in FORMATS.items():
        if not library_format.detail_field:
            continue
        value = getattr(item, f"{code}_detail", None)
        if value is None and isinstance(item, library_format.model):
            value = getattr(item, library_format.detail_field)
        if value:
            return dict(library_format.model._meta.get_field(library_format.detail_field).choices).get(value, "")
    return ""


def with_labels(items):
    for item in items:
        grade_band = getattr(item, "grade_band", None)
        item.grade_band_label = GradeBand(grade_band).label if grade_band else ""
        item.format_detail_label = detail_label(item)
    return items


def with_topic_names(items):
    """Cards with their labels and topics in the reader's language (items link the source-language topics)."""
    chosen = [topic for item in items for topic in item.topics.all()]
    names = dict(zip(chosen, localized(chosen), strict=True))
    for item in with_labels(items):
        item.topic_list = [names[topic] for topic in item.topics.all()]
    return items


def with_previews(items):
    """Cards with their preview image (`preview`, None without one) and the icon drawn without one (`card_icon`):
    that of a topic when with_topic_names() has named them (TOPIC_ICONS), else that of their format.

    One query reads the card renditions with their images; an image whose renditions are not made yet (its first
    showing) is read on its own, and the template makes them.
    """
    ids = {item.preview_image_id for item in items if getattr(item, "preview_image_id", None)}
    images = {}
    if ids:
        renditions = get_image_model().get_rendition_model().objects.select_related("image")
        for rendition in renditions.filter(image_id__in=ids, filter_spec__in=CARD_PREVIEW_SPECS):
            image = images.setdefault(rendition.image_id, rendition.image)
            image.prefetched_renditions = [*getattr(image, "prefetched_renditions", []), rendition]
        if missing := ids - images.keys():
            images.update(get_image_model().objects.prefetch_renditions(*CARD_PREVIEW_SPECS).in_bulk(missing))
    icons = {library_format.model: library_format.icon for library_format in FORMATS.values()}
    previous = None
    for item in items:
        item.preview = images.get(getattr(item, "preview_image_id", None))
        slugs = {topic.slug for topic in getattr(item, "topic_list", [])}
        topic_icons = [icon for slug, icon in TOPIC_ICONS.items() if slug in slugs]
        topic_icons.sort(key=lambda icon: icon == previous)  # stable: in TOPIC_ICONS' order, the previous one last
        item.card_icon = previous = topic_icons[0] if topic_icons else icons.get(item.specific_class, "document")
    return items


def for_cards(items):
    """Everything a listing card shows: labels, topics in the reader's language, preview or icon."""
    return with_previews(with_topic_names(items))


def topics_in_language():
    """The topics a reader can filter by: those in their language, keyed by translation key."""
    return {topic.translation_key: topic for topic in Topic.objects.filter(locale__language_code=active_language())}


class LibraryFilterForm(FilterForm):
    """The library's filters."""

    grade = forms.ChoiceField(label=_("Grade or age"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False)
    translated = forms.BooleanField(required=False)
    printed = forms.BooleanField(label=_("Printed copies can be ordered"), required=False)

    def __init__(self, data, topics):
        super().__init__(data, topics)
        self.fields["grade"].choices = [("", _("All grades and ages")), *GradeBand.choices]
        self.fields["format"].choices = [("", _("All formats"))] + [
            (code, library_format.label) for code, library_format in FORMATS.items()
        ]
        other_language = _("Also available in English") if active_language() == "fr" else _("Also available in French")
        self.fields["translated"].label = other_language

    def apply(self, items, filters):
        items = super().apply(items, filters)
        if grade := filters.get("grade"):
            first, last = GRADE_BAND_AGES[grade]
            items = items.filter(Q(age_min__isnull=True) | Q(age_min__lte=last, age_max__gte=first))
        if item_format := filters.get("format"):
            items = items.filter(content_type=ContentType.objects.get_for_model(FORMATS[item_format].model))
        if filters.get("translated"):
            items = items.filter(in_other_language=True)
        if filters.get("printed"):
            items = items.filter(orderable_in_print())
        return items


def library_listing(request, locale_id):
    """Everything the library index shows for this request's filters and page number."""
    topics = topics_in_language()
    form = LibraryFilterForm(request.GET, topics)
    return filtered_listing(request, form, library_items(locale_id), for_cards)


# --- What the library index shows beyond its own fields (registered in EducationConfig.ready()) -------------


def library_index_context(page, request):
    return library_listing(request, page.locale_id)


PAGE_CONTEXTS = {LibraryIndexPage: library_index_context}
