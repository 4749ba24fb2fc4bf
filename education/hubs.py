"""What an audience hub lists: its pinned "start here" items, then guides, lesson plans and printed resources."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, IntegerField, Value, When

from education.library import formats, library_items, localized_topics, with_localized_topics
from education.models import LibraryIndexPage

HUB_ITEMS = 24
# The sections of a hub, always in this order, whatever the titles.
SECTION_ORDER = ["guide", "lesson", "printable"]
# Printed resources are made for police and classrooms to hand out; on the hubs of parents and youth they
# would crowd out what those readers came for, so they show there only when an editor pins one.
AUDIENCES_WITHOUT_PRINT = {"parents", "youth"}


def hub_listing(hub):
    """The hub's pinned items and its sections, in a fixed number of queries."""
    found = formats()
    content_types = ContentType.objects.get_for_models(*(model for model, _label in found.values()))
    section_of = {content_types[model].pk: code for code, (model, _label) in found.items()}
    items = library_items(hub.locale_id)
    pinned_keys = list(hub.pins.order_by("sort_order").values_list("item__translation_key", flat=True))
    pinned = {item.translation_key: item for item in items.filter(translation_key__in=pinned_keys)}
    pinned = [pinned[key] for key in pinned_keys if key in pinned]

    listed = items.filter(audiences__code=hub.audience).exclude(translation_key__in=pinned_keys)
    if hub.audience in AUDIENCES_WITHOUT_PRINT and "printable" in found:
        listed = listed.exclude(content_type=content_types[found["printable"][0]])
    listed = listed.annotate(
        section=Case(
            *(When(content_type=pk, then=Value(SECTION_ORDER.index(code))) for pk, code in section_of.items()),
            default=Value(len(SECTION_ORDER)),
            output_field=IntegerField(),
        )
    ).order_by("section", "title", "pk")

    topics = localized_topics()
    shown = with_localized_topics(list(listed[:HUB_ITEMS]), topics)
    sections = []
    for code in SECTION_ORDER:
        section_items = [item for item in shown if section_of.get(item.content_type_id) == code]
        if section_items:
            sections.append({"code": code, "heading": found[code][1], "items": section_items})
    library = LibraryIndexPage.objects.live().filter(locale_id=hub.locale_id).first()
    return {
        "pinned_items": with_localized_topics(pinned, topics),
        "sections": sections,
        "item_count": listed.count(),
        "library_url": library.url if library else None,
    }
