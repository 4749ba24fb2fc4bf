"""The library index: filters that combine and work without JavaScript, counts, pages and bad input."""

import pytest

from tests.factories import make_guide, make_lesson
from tests.helpers import listing, listing_outline

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_shelf(module_library, django_db_blocker):
    """Guides for parents and youth on two topics, and lessons in two grade bands; one item only in English.

    Built once for the module (every test here only reads the library), inside module_database's transaction."""
    library, topics = module_library.library, module_library.topics
    with django_db_blocker.unblock():
        make_guide(library, 1, audiences=("parents",), topics=[topics.sextortion], ages=(11, 17))
        make_guide(library, 2, audiences=("youth",), topics=[topics.gaming], ages=(9, 11))
        make_guide(library, 3, audiences=("parents", "youth"), topics=[topics.gaming], ages=(5, 8), translate=False)
        make_lesson(library, 1, grade_band="7-8", topics=[topics.sextortion], adult_preparation=True)
        make_lesson(library, 2, grade_band="k-3", topics=[topics.gaming])


@pytest.fixture
def shelf(module_shelf, library):
    return library


def test_library_lists_everything_with_the_count(client, shelf):
    page, titles = listing(client, "/en/library/")
    assert page.select_one(".result-count").get_text() == "5 items"
    assert titles == ["Guide number 1", "Guide number 2", "Guide number 3", "Lesson number 1", "Lesson number 2"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"audience": "parents"}, ["Guide number 1", "Guide number 3"]),
        ({"audience": "educators"}, ["Lesson number 1", "Lesson number 2"]),
        ({"topic": "gaming-and-chat"}, ["Guide number 2", "Guide number 3", "Lesson number 2"]),
        ({"grade": "7-8"}, ["Guide number 1", "Lesson number 1"]),
        ({"grade": "k-3"}, ["Guide number 3", "Lesson number 2"]),
        ({"format": "lesson"}, ["Lesson number 1", "Lesson number 2"]),
        ({"format": "guide", "topic": "gaming-and-chat", "audience": "youth"}, ["Guide number 2", "Guide number 3"]),
        ({"translated": "on", "format": "guide"}, ["Guide number 1", "Guide number 2"]),
    ],
)
def test_filters_combine(client, shelf, params, expected):
    _, titles = listing(client, "/en/library/", params)
    assert titles == expected


def test_french_library_lists_french_items_and_filters_by_the_same_codes(client, shelf):
    page, titles = listing(client, "/fr/bibliotheque/", {"topic": "sextortion"})
    assert titles == ["Guide numéro 1", "Leçon numéro 1"]
    assert page.select_one(".result-count").get_text() == "2\u00a0éléments"
    assert page.find("option", value="sextortion").get_text() == "Sextorsion"


def test_active_filters_can_be_removed_one_by_one(client, shelf):
    page, _ = listing(client, "/en/library/", {"topic": "gaming-and-chat", "format": "guide", "page": "1"})
    links = {a.get_text(): a["href"] for a in page.select(".active-filters a")}
    assert links == {
        "Remove filter “Topic”": "/en/library/?format=guide",
        "Remove filter “Format”": "/en/library/?topic=gaming-and-chat",
    }


def test_empty_result_says_how_to_widen_the_search(client, shelf):
    page, titles = listing(client, "/en/library/", {"audience": "organizations"})
    assert titles == []
    assert page.select_one(".result-count").get_text() == "0 items"
    assert "Remove one of the filters" in page.select_one(".empty-state").get_text()


EVERYTHING = ["Guide number 1", "Guide number 2", "Guide number 3", "Lesson number 1", "Lesson number 2"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"audience": "martians"}, EVERYTHING),
        ({"topic": "x" * 3000}, EVERYTHING),
        ({"grade": "13-14"}, EVERYTHING),
        ({"format": "<script>"}, EVERYTHING),
        ({"page": "abc"}, EVERYTHING),
        ({"page": "99999"}, EVERYTHING),
        ({"page": "-1"}, EVERYTHING),
        # A checkbox is ticked whatever its value, as browsers send it.
        ({"translated": "maybe"}, ["Guide number 1", "Guide number 2", "Lesson number 1", "Lesson number 2"]),
    ],
)
def test_unknown_filter_values_and_bad_page_numbers_give_a_normal_page(client, shelf, params, expected):
    """The unknown value is ignored, not an error: the library as without it, on its first page."""
    page, titles = listing(client, "/en/library/", params)
    assert titles == expected
    assert page.select_one(".result-count").get_text() == f"{len(expected)} items"
    if expected == EVERYTHING:
        assert page.select(".active-filters a") == []


def test_active_filters_name_the_value_in_use_in_each_language(client, shelf):
    english, _ = listing(client, "/en/library/", {"topic": "gaming-and-chat", "grade": "7-8", "translated": "on"})
    assert [item.get_text(" ", strip=True) for item in english.select(".active-filters li")] == [
        "Topic: Gaming and chat Remove filter “Topic”",
        "Grade or age: Grades 7–8 Remove filter “Grade or age”",
        "Also available in French Remove filter “Also available in French”",
    ]
    french, _ = listing(client, "/fr/bibliotheque/", {"topic": "gaming-and-chat", "translated": "on"})
    assert [item.get_text(" ", strip=True) for item in french.select(".active-filters li")] == [
        "Sujet\u00a0: Jeux et clavardage Retirer le filtre «\u00a0Sujet\u00a0»",
        "Aussi offert en anglais Retirer le filtre «\u00a0Aussi offert en anglais\u00a0»",
    ]


LIBRARY_FILTERS = {
    "en": [
        ("Audience", "select", "audience", ["", "parents", "youth", "educators", "organizations"]),
        ("Topic", "select", "topic", ["", "gaming-and-chat", "sextortion"]),
        ("Grade or age", "select", "grade", ["", "k-3", "4-6", "7-8", "9-12"]),
        ("Format", "select", "format", ["", "guide", "lesson", "printable"]),
        ("Also available in French", "checkbox", "translated", []),
        ("Printed copies can be ordered", "checkbox", "printed", []),
    ],
    "fr": [
        ("Public", "select", "audience", ["", "parents", "youth", "educators", "organizations"]),
        ("Sujet", "select", "topic", ["", "gaming-and-chat", "sextortion"]),
        ("Année scolaire ou âge", "select", "grade", ["", "k-3", "4-6", "7-8", "9-12"]),
        ("Format", "select", "format", ["", "guide", "lesson", "printable"]),
        ("Aussi offert en anglais", "checkbox", "translated", []),
        ("Exemplaires imprimés offerts sur commande", "checkbox", "printed", []),
    ],
}


@pytest.mark.parametrize(
    ("url", "language", "headings", "empty"),
    [
        ("/en/library/", "en", ["h1: Library", "h2: Filter the library", "h2: 5 items"], None),
        ("/fr/bibliotheque/", "fr", ["h1: Bibliothèque", "h2: Filtrer la bibliothèque", "h2: 4\u00a0éléments"], None),
        (
            "/en/library/?audience=organizations",
            "en",
            ["h1: Library", "h2: Filter the library", "h2: 0 items"],
            "Nothing matches all of these filters. Remove one of the filters above, or choose “All” in a list, "
            "to see more of the library.",
        ),
        (
            "/fr/bibliotheque/?audience=organizations",
            "fr",
            ["h1: Bibliothèque", "h2: Filtrer la bibliothèque", "h2: 0\u00a0élément"],
            "Aucun élément ne correspond à tous ces filtres. Retirez l’un des filtres ci-dessus, ou choisissez "
            "«\u00a0Tous\u00a0» dans une liste, pour voir plus d’éléments de la bibliothèque.",
        ),
    ],
)
def test_library_headings_filters_and_empty_state_in_each_language(client, shelf, url, language, headings, empty):
    assert listing_outline(client.get(url)) == (headings, LIBRARY_FILTERS[language], empty)
