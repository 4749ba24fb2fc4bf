"""Finding library items: the library's filters and the listings of hubs and related content, in fixed queries."""

from django import forms
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from education.models import GRADE_BAND_AGES, Audience, GradeBand, GuidePage, LessonPlanPage, LibraryItemPage, Topic
from website.models import active_language

ITEMS_PER_PAGE = 12


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


class FilterForm(forms.Form):
    """Filters of a listing: a plain GET form where an unknown value is ignored rather than an error."""

    def __init__(self, data):
        super().__init__(data, label_suffix="")

    def valid_filters(self):
        """The filters that hold a known value; an unknown one (an old link, an edited URL) is dropped."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def active_filters(self, request, filters):
        """Each filter in use, with the address of the same listing without it."""
        return [
            {
                "label": self.fields[name].label,
                "value": "" if isinstance(value, bool) else dict(self.fields[name].choices).get(value, value),
                "remove_url": url_without(request, name),
            }
            for name, value in filters.items()
        ]


class LibraryFilterForm(FilterForm):
    """The library's filters."""

    audience = forms.ChoiceField(label=_("Audience"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    grade = forms.ChoiceField(label=_("Grade or age"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False)
    translated = forms.BooleanField(required=False)
    printed = forms.BooleanField(label=_("Printed copies can be ordered"), required=False)

    def __init__(self, data, topics):
        super().__init__(data)
        self.fields["audience"].choices = [("", _("All audiences")), *Audience.Code.choices]
        self.fields["topic"].choices = [("", _("All topics"))] + sorted(
            ((topic.slug, topic.name) for topic in topics.values()), key=lambda choice: choice[1]
        )
        self.fields["grade"].choices = [("", _("All grades and ages")), *GradeBand.choices]
        self.fields["format"].choices = [("", _("All formats"))] + [
            (code, label) for code, (_model, label) in formats().items()
        ]
        other_language = _("Also available in English") if active_language() == "fr" else _("Also available in French")
        self.fields["translated"].label = other_language


def apply_filters(items, filters):
    if audience := filters.get("audience"):
        items = items.filter(audiences__code=audience)
    if topic := filters.get("topic"):
        items = items.filter(topics__slug=topic)
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
    filters = form.valid_filters()
    items = apply_filters(library_items(locale_id), filters)
    page_of_items = Paginator(items, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "active_filters": form.active_filters(request, filters),
        "page_of_items": page_of_items,
        "items": with_localized_topics(list(page_of_items.object_list), topics),
    }


def url_without(request, name):
    """This listing's address without one filter (and back on the first page)."""
    query = request.GET.copy()
    for key in (name, "page"):
        query.pop(key, None)
    return f"{request.path}?{query.urlencode()}" if query else request.path


def topics_of(page):
    """The page's topics in the active language, in one query (pages link the source-language topics)."""
    chosen = LibraryItemPage.topics.through.objects.filter(libraryitempage_id=page.pk).values("topic__translation_key")
    return list(Topic.objects.filter(locale__language_code=active_language(), translation_key__in=chosen))
