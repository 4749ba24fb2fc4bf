"""Finding library items: the library's filters and the listings of hubs and related content, in fixed queries."""

from django import forms
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from education.listing import FilterForm, filtered_listing
from education.models import GRADE_BAND_AGES, GradeBand, GuidePage, LessonPlanPage, LibraryItemPage, Topic
from website.models import active_language

HUB_ITEMS = 24
RELATED_ITEMS = 3


def formats():
    """The library's formats; printed resources join once the print catalogue is installed."""
    found = {"guide": (GuidePage, _("Guides")), "lesson": (LessonPlanPage, _("Lesson plans"))}
    if apps.is_installed("resources"):
        found["printable"] = (apps.get_model("resources", "PrintResourcePage"), _("Printed resources"))
    return found


def orderable_in_print():
    """Items with a printed edition police agencies can order (none before the print catalogue exists)."""
    if not apps.is_installed("resources"):
        return Q(pk__in=[])
    editions = apps.get_model("resources", "PrintEdition").objects.filter(page_id=OuterRef("pk"), discontinued=False)
    return Q(Exists(editions))


def library_items(locale_id):
    """Live guides and lessons of one language, with what a listing card shows, in one query (plus prefetch)."""
    translated = Page.objects.filter(translation_key=OuterRef("translation_key"), live=True, alias_of__isnull=True)
    print_fields = {"print_format": F("printresourcepage__print_format")} if apps.is_installed("resources") else {}
    return (
        LibraryItemPage.objects.live()
        .filter(locale_id=locale_id)
        .annotate(
            grade_band=F("lessonplanpage__grade_band"),
            duration_minutes=F("lessonplanpage__duration_minutes"),
            reading_minutes=F("guidepage__reading_minutes"),
            in_other_language=Exists(translated.exclude(locale_id=locale_id)),
            **print_fields,
        )
        .prefetch_related("audiences", "topics")
        .order_by("title", "pk")
    )


def localized_topics():
    """Topics in the active language, keyed by translation key (pages link the source-language topics)."""
    return {topic.translation_key: topic for topic in Topic.objects.filter(locale__language_code=active_language())}


def with_labels(items):
    print_formats = dict(formats()["printable"][0].print_format.field.choices) if "printable" in formats() else {}
    for item in items:
        grade_band = getattr(item, "grade_band", None)
        item.grade_band_label = GradeBand(grade_band).label if grade_band else ""
        item.print_format_label = print_formats.get(getattr(item, "print_format", None), "")
    return items


def with_localized_topics(items, topics):
    for item in with_labels(items):
        item.topic_list = [topics.get(topic.translation_key, topic) for topic in item.topics.all()]
    return items


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
            (code, label) for code, (_model, label) in formats().items()
        ]
        other_language = _("Also available in English") if active_language() == "fr" else _("Also available in French")
        self.fields["translated"].label = other_language

    def apply(self, items, filters):
        items = super().apply(items, filters)
        if grade := filters.get("grade"):
            first, last = GRADE_BAND_AGES[grade]
            items = items.filter(Q(age_min__isnull=True) | Q(age_min__lte=last, age_max__gte=first))
        if item_format := filters.get("format"):
            items = items.filter(content_type=ContentType.objects.get_for_model(formats()[item_format][0]))
        if filters.get("translated"):
            items = items.filter(in_other_language=True)
        if filters.get("printed"):
            items = items.filter(orderable_in_print())
        return items


def library_listing(request, locale_id):
    """Everything the library index shows for this request's filters and page number."""
    topics = localized_topics()
    form = LibraryFilterForm(request.GET, topics)
    return filtered_listing(request, form, library_items(locale_id), lambda items: with_localized_topics(items, topics))


def topics_of(page):
    """The page's topics in the active language, in one query (pages link the source-language topics)."""
    chosen = LibraryItemPage.topics.through.objects.filter(libraryitempage_id=page.pk).values("topic__translation_key")
    return list(Topic.objects.filter(locale__language_code=active_language(), translation_key__in=chosen))


def related_items(page):
    """Other live items of the page's language that share a topic with it, in one query."""
    shared_topic = LibraryItemPage.topics.through.objects.filter(libraryitempage_id=page.pk).values("topic_id")
    items = (
        library_items(page.locale_id)
        .prefetch_related(None)
        .filter(topics__in=shared_topic)
        .exclude(pk=page.pk)
        .distinct()[:RELATED_ITEMS]
    )
    return with_labels(list(items))
