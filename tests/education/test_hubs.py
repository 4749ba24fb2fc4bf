"""Audience hubs: pinned items first, then guides, lesson plans and printed resources, each format once."""

import pytest

from education.models import Audience, HubPin
from tests.factories import T, make_catalogue, make_guide, make_hub, make_lesson, make_resource
from tests.helpers import ok_soup
from website.bilingual import publish_french

pytestmark = pytest.mark.django_db

HUB_CONTENT = {"title": T("For parents", "Pour parents"), "slug": T("parents", "parents-fr"),
               "intro": T("Material for parents.", "Du matériel pour parents.")}  # fmt: skip


def sections(response):
    """Each section heading of the hub, with the titles of its cards."""
    return [
        (section.h2.get_text(strip=True), [a.get_text(strip=True) for a in section.select(".card__title a")])
        for section in ok_soup(response).select("main section")
    ]


def for_audiences(pages, *codes):
    """Give the page and its translation these audiences, as wagtail-localize's sync would."""
    pages = [type(page).objects.get(pk=page.pk) for page in pages]  # as published
    for page in pages:
        page.audiences.set(Audience.objects.filter(code__in=codes))
        page.save()
    return pages[0]


def test_hub_lists_guides_then_lessons_each_under_one_plural_heading_whatever_the_titles(client, site_pages, library):
    make_hub(site_pages.home, "educators", T("teachers", "enseignants"))
    # Sorted by title these alternate guide, lesson, guide, lesson: the old listing made four sections.
    make_guide(library, 1, audiences=("educators",), title=T("B guide", "B guide"))
    make_guide(library, 2, audiences=("educators",), title=T("D guide", "D guide"))
    make_lesson(library, 1, title=T("A lesson", "A leçon"))
    make_lesson(library, 2, title=T("C lesson", "C leçon"))

    assert sections(client.get("/en/teachers/")) == [
        ("Guides", ["B guide", "D guide"]),
        ("Lesson plans", ["A lesson", "C lesson"]),
    ]
    assert sections(client.get("/fr/enseignants/")) == [
        ("Guides", ["B guide", "D guide"]),
        ("Plans de leçon", ["A leçon", "C leçon"]),
    ]


def test_printed_resources_come_last_on_the_hubs_of_teachers(client, site_pages, library):
    make_hub(site_pages.home, "educators", T("teachers", "enseignants"))
    for_audiences(
        make_resource(make_catalogue(site_pages.home), 1, [("en", "NB-TST-BR-EN", 10, 100, 100)]), "educators"
    )
    make_guide(library, 1, audiences=("educators",), title=T("Z guide", "Z guide"))
    make_lesson(library, 1, title=T("Y lesson", "Y leçon"))

    headings = [heading for heading, _titles in sections(client.get("/en/teachers/"))]
    assert headings == ["Guides", "Lesson plans", "Printed resources"]
    assert [heading for heading, _ in sections(client.get("/fr/enseignants/"))][-1] == "Ressources imprimées"


def test_printed_resources_stay_off_the_parents_hub_unless_an_editor_pins_them(client, site_pages, library):
    hub, _ = make_hub(site_pages.home, "parents", HUB_CONTENT["slug"])
    resource = for_audiences(
        make_resource(make_catalogue(site_pages.home), 1, [("en", "NB-TST-BR-EN", 10, 100, 100)]),
        "parents",
        "educators",
    )
    make_guide(library, 1, audiences=("parents",))

    assert sections(client.get("/en/parents/")) == [("Guides", ["Guide number 1"])]

    hub.pins = [HubPin(item=resource)]
    hub.save_revision().publish()
    assert sections(client.get("/en/parents/")) == [
        ("Start here", ["Resource number 1"]),
        ("Guides", ["Guide number 1"]),
    ]


def test_pinned_items_come_first_in_the_editors_order_in_both_languages_and_are_not_listed_twice(
    client, site_pages, library
):
    hub, _ = make_hub(site_pages.home, "parents", HUB_CONTENT["slug"])
    first, _ = make_guide(library, 1, audiences=("parents",))
    second, _ = make_guide(library, 2, audiences=("parents",))
    make_guide(library, 3, audiences=("parents",))
    hub.pins = [HubPin(item=second, sort_order=0), HubPin(item=first, sort_order=1)]
    hub.save_revision().publish()
    publish_french(hub, HUB_CONTENT)  # as a translator syncing the French hub would

    assert sections(client.get("/en/parents/")) == [
        ("Start here", ["Guide number 2", "Guide number 1"]),
        ("Guides", ["Guide number 3"]),
    ]
    # The French hub shows the French translations of the same pinned pages.
    assert sections(client.get("/fr/parents-fr/")) == [
        ("Pour commencer", ["Guide numéro 2", "Guide numéro 1"]),
        ("Guides", ["Guide numéro 3"]),
    ]
