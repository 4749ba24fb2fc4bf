"""What an audience hub lists: its pinned "start here" items, then guides, lesson plans and printed resources."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, IntegerField, Q, Value, When

from education.library import FORMATS, for_cards, library_items
from education.models import LibraryIndexPage

HUB_ITEMS = 24
# The sections of a hub, always in this order, whatever the titles.
SECTION_ORDER = ["guide", "lesson", "printable"]
# Printed resources are made for police and classrooms to hand out; on the hubs of parents and youth they
# would crowd out what those readers came for, so they show there only when an editor pins one.
AUDIENCES_WITHOUT_PRINT = {"parents", "youth"}


def hub_listing(hub):
    """The hub's pinned items and its sections, in a fixed number of queries."""
    found = FORMATS
    content_types = ContentType.objects.get_for_models(*(library_format.model for library_format in found.values()))
    section_of = {content_types[library_format.model].pk: code for code, library_format in found.items()}
    pinned_keys = list(hub.pins.order_by("sort_order").values_list("item__translation_key", flat=True))
    listed = library_items(hub.locale_id).filter(audiences__code=hub.audience)
    if hub.audience in AUDIENCES_WITHOUT_PRINT and "printable" in found:
        listed = listed.exclude(content_type=content_types[found["printable"].model])
    listed = listed.exclude(translation_key__in=pinned_keys)
    # Pinned and listed items in one query: the pinned ones first, then each format's section.
    sections_in_order = Case(
        When(translation_key__in=pinned_keys, then=Value(-1)),
        *(When(content_type=pk, then=Value(SECTION_ORDER.index(code))) for pk, code in section_of.items()),
        default=Value(len(SECTION_ORDER)),
        output_field=IntegerField(),
    )
    shown = (
        library_items(hub.locale_id)
        .filter(Q(translation_key__in=pinned_keys) | Q(pk__in=listed.values("pk")))
        .annotate(section=sections_in_order)
        .order_by("section", "title", "pk")[: len(pinned_keys) + HUB_ITEMS]
    )

    # In the order they show (pinned ones in their editor's order), as a card's icon depends on the card before it.
    shown = sorted(
        shown, key=lambda item: (item.section, pinned_keys.index(item.translation_key) if item.section == -1 else 0)
    )
    shown = for_cards(shown)
    pinned = {item.translation_key: item for item in shown if item.section == -1}
    sections = []
    for code in SECTION_ORDER:
        section_items = [item for item in shown if item.section == SECTION_ORDER.index(code)]
        if section_items:
            sections.append({"code": code, "heading": found[code].label, "items": section_items})
    library = LibraryIndexPage.objects.live().filter(locale_id=hub.locale_id).first()
    return {
        "pinned_items": [pinned[key] for key in pinned_keys if key in pinned],
        "sections": sections,
        "item_count": listed.count(),
        "library_url": library.url if library else None,
    }


def audience_hub_context(page, request):
    """What an audience hub shows beyond its fields (registered in EducationConfig.ready())."""
    return hub_listing(page)
