"""The public catalogue: download and order on one page, availability without counts, filters (query budgets:
test_query_budget.py)."""

import pytest

from resources.models import PrintResourcePage
from tests.factories import T, make_library, make_resource, make_topic
from tests.helpers import QUERY_BUDGETS, listing_outline, queries_for
from tests.helpers import ok_soup as soup
from website.covers import cover_image

pytestmark = pytest.mark.django_db


def test_resource_page_offers_the_pdf_beside_printed_copies_with_availability(client, shop):
    page = soup(client.get(shop.brochure.url))
    assert page.find(id="download-heading").get_text() == "Download the PDF"
    assert page.find(id="order-heading").get_text() == "Order printed copies"
    rows = {
        row.th.get_text(" ", strip=True): [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in page.select(".editions tbody tr")
    }
    assert rows == {
        "English NB-SXT-BR-EN": ["In stock", "1,000 pieces (packs of 50)"],
        "French NB-SXT-BR-FR": ["In stock", "1,000 pieces (packs of 50)"],
    }
    # The count on hand is never shown.
    assert "5000" not in page.get_text()
    assert "5,000" not in page.get_text()
    assert page.find("a", string="Sign in to order") is not None


def test_out_of_stock_edition_says_so_and_discontinued_edition_is_not_offered(client, shop):
    page = soup(client.get(shop.card.url))
    rows = [row.get_text(" ", strip=True) for row in page.select(".editions tbody tr")]
    assert rows == ["Bilingual NB-HLP-CA-BI Out of stock: orders are back-ordered 2,000 pieces (packs of 100)"]


def test_french_resource_page_is_in_french(client, shop):
    page = soup(client.get(shop.brochure_fr.url))
    assert page.find(id="order-heading").get_text() == "Commander des exemplaires imprimés"
    assert page.select_one(".editions tbody tr th").get_text(" ", strip=True).startswith("Anglais")
    # Thousands take a no-break space in French.
    assert (
        page.select_one(".editions tbody tr td:last-child").get_text() == "1\u00a0000\u00a0exemplaires (paquets de 50)"
    )


def test_signed_in_officer_gets_an_add_to_basket_form_per_edition(officer_client, shop):
    page = soup(officer_client.get(shop.brochure.url))
    assert len(page.select("form.add-to-basket")) == 2


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Resource number 1", "Resource number 2", "Resource number 3"]),
        ({"format": "poster"}, ["Resource number 2"]),
        ({"edition": "fr"}, ["Resource number 1"]),
        ({"edition": "bilingual"}, ["Resource number 3"]),
        ({"in_stock": "on"}, ["Resource number 1", "Resource number 2"]),
        ({"edition": "en", "in_stock": "on"}, ["Resource number 1", "Resource number 2"]),
        ({"format": "nonsense", "page": "x"}, ["Resource number 1", "Resource number 2", "Resource number 3"]),
    ],
)
def test_catalogue_filters(client, shop, params, expected):
    page = soup(client.get(shop.catalogue.url, params))
    assert [a.get_text() for a in page.select(".card__title a")] == expected


def test_library_lists_printed_resources_and_filters_those_that_can_be_ordered(client, shop, site_pages):
    make_library(site_pages.home)
    page = soup(client.get("/en/library/", {"printed": "on"}))
    assert [a.get_text() for a in page.select(".card__title a")] == [
        "Resource number 1",
        "Resource number 2",
        "Resource number 3",
    ]
    printable = soup(client.get("/en/library/", {"format": "printable", "audience": "parents"}))
    assert printable.select_one(".card__kicker").get_text(strip=True) == "Printed resource · Brochure"


def titles_on(response):
    return [a.get_text() for a in soup(response).select(".card-grid .card__title a")]


EVERYTHING = ["Resource number 1", "Resource number 2", "Resource number 3"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"audience": "parents"}, EVERYTHING),
        ({"audience": "youth"}, []),
        ({"topic": "sextortion"}, ["Resource number 1"]),
        ({"topic": "sextortion", "format": "poster"}, []),
        ({"audience": "parents", "format": "card", "edition": "bilingual"}, ["Resource number 3"]),
        # The discontinued English edition of resource 3 does not count.
        ({"format": "card", "edition": "en"}, []),
        ({"edition": "fr", "in_stock": "on"}, ["Resource number 1"]),
        ({"edition": "bilingual", "in_stock": "on"}, []),
    ],
)
def test_catalogue_filters_combine(client, shop, params, expected):
    topic = make_topic("sextortion", T("Sextortion", "Sextorsion"))
    brochure = type(shop.brochure).objects.get(pk=shop.brochure.pk)
    brochure.topics.add(topic)
    brochure.save()
    assert titles_on(client.get(shop.catalogue.url, params)) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"audience": "martians"}, EVERYTHING),
        ({"topic": "x" * 3000}, EVERYTHING),
        ({"edition": "de"}, EVERYTHING),
        ({"format": "<script>"}, EVERYTHING),
        ({"page": "99999"}, EVERYTHING),
        ({"page": "-1"}, EVERYTHING),
        # A checkbox is ticked whatever its value, as browsers send it.
        ({"in_stock": "maybe"}, ["Resource number 1", "Resource number 2"]),
    ],
)
def test_unknown_catalogue_filter_values_are_ignored(client, shop, params, expected):
    page = soup(client.get(shop.catalogue.url, params))
    assert [a.get_text() for a in page.select(".card-grid .card__title a")] == expected
    assert page.select_one(".result-count").get_text() == f"{len(expected)} resources"
    if expected == EVERYTHING:
        assert page.select(".active-filters a") == []


def test_french_catalogue_lists_french_resources_and_filters_by_the_same_codes(client, shop):
    page = soup(client.get("/fr/ressources-imprimees/", {"format": "poster"}))
    assert [a.get_text() for a in page.select(".card-grid .card__title a")] == ["Ressource numéro 2"]
    assert page.select_one(".result-count").get_text() == "1\u00a0ressource"
    assert page.select_one(".card__kicker").get_text() == "Affiche"
    assert page.find("option", value="poster").get_text() == "Affiche"


def test_catalogue_cards_show_each_orderable_edition_with_its_availability(client, shop):
    page = soup(client.get(shop.catalogue.url))
    cards = {
        card.select_one(".card__title").get_text(): [li.get_text(" ", strip=True) for li in card.select("li")]
        for card in page.select(".card-grid > .card")
    }
    assert cards == {
        "Resource number 1": ["English: In stock", "French: In stock"],
        "Resource number 2": ["English: In stock"],
        "Resource number 3": ["Bilingual: Out of stock: orders are back-ordered"],
    }
    assert [p.get_text() for p in page.select(".card-grid > .card > p")][:2] == ["Brochure", "What resource 1 is."]


def test_catalogue_active_filters_can_be_removed_one_by_one(client, shop):
    page = soup(client.get(shop.catalogue.url, {"format": "brochure", "edition": "fr", "in_stock": "on", "page": "1"}))
    assert [item.get_text(" ", strip=True) for item in page.select(".active-filters li")] == [
        "Format: Brochure Remove filter “Format”",
        "Language of the printed edition: French Remove filter “Language of the printed edition”",
        "In stock now Remove filter “In stock now”",
    ]
    assert [a["href"] for a in page.select(".active-filters a")] == [
        "/en/print-resources/?edition=fr&in_stock=on",
        "/en/print-resources/?format=brochure&in_stock=on",
        "/en/print-resources/?format=brochure&edition=fr",
    ]
    french = soup(client.get("/fr/ressources-imprimees/", {"edition": "bilingual"}))
    assert [item.get_text(" ", strip=True) for item in french.select(".active-filters li")] == [
        "Langue de l’édition imprimée\u00a0: Bilingue Retirer le filtre «\u00a0Langue de l’édition imprimée\u00a0»"
    ]


def test_catalogue_shows_twelve_resources_a_page_and_keeps_the_filters(client, shop):
    for number in range(10, 22):
        make_resource(shop.catalogue, number, [("en", f"NB-T{number}-BR-EN", 50, 500, 1000)], translate=False)
    first = soup(client.get(shop.catalogue.url, {"format": "brochure"}))
    assert len(first.select(".card-grid > .card")) == 12
    assert first.select_one(".result-count").get_text() == "13 resources"
    assert first.select_one(".pagination a[rel=next]")["href"] == "?format=brochure&page=2"
    second = soup(client.get(shop.catalogue.url, {"format": "brochure", "page": "2"}))
    assert [a.get_text() for a in second.select(".card-grid .card__title a")] == ["Resource number 21"]


CATALOGUE_FILTERS = {
    "en": [
        ("Audience", "select", "audience", ["", "parents", "youth", "educators", "organizations"]),
        ("Topic", "select", "topic", [""]),
        ("Format", "select", "format", ["", "brochure", "poster", "booklet", "card", "bookmark"]),
        ("Language of the printed edition", "select", "edition", ["", "en", "fr", "bilingual"]),
        ("In stock now", "checkbox", "in_stock", []),
    ],
    "fr": [
        ("Public", "select", "audience", ["", "parents", "youth", "educators", "organizations"]),
        ("Sujet", "select", "topic", [""]),
        ("Format", "select", "format", ["", "brochure", "poster", "booklet", "card", "bookmark"]),
        ("Langue de l’édition imprimée", "select", "edition", ["", "en", "fr", "bilingual"]),
        ("En stock maintenant", "checkbox", "in_stock", []),
    ],
}


@pytest.mark.parametrize(
    ("url", "language", "headings", "empty"),
    [
        (
            "/en/print-resources/",
            "en",
            ["h1: Printed resources", "h2: How ordering works", "h2: Filter the catalogue", "h2: 3 resources"],
            None,
        ),
        (
            "/fr/ressources-imprimees/",
            "fr",
            ["h1: Ressources imprimées", "h2: Comment commander", "h2: Filtrer le catalogue", "h2: 3\u00a0ressources"],
            None,
        ),
        (
            "/en/print-resources/?audience=youth",
            "en",
            ["h1: Printed resources", "h2: How ordering works", "h2: Filter the catalogue", "h2: 0 resources"],
            "Nothing matches all of these filters. Remove one of the filters above, or choose “All” in a list, "
            "to see more resources.",
        ),
        (
            "/fr/ressources-imprimees/?audience=youth",
            "fr",
            ["h1: Ressources imprimées", "h2: Comment commander", "h2: Filtrer le catalogue", "h2: 0\u00a0ressource"],
            "Aucun élément ne correspond à tous ces filtres. Retirez l’un des filtres ci-dessus, ou choisissez "
            "«\u00a0Tous\u00a0» dans une liste, pour voir plus de ressources.",
        ),
    ],
)
def test_catalogue_headings_filters_and_empty_state_in_each_language(client, shop, url, language, headings, empty):
    assert listing_outline(client.get(url)) == (headings, CATALOGUE_FILTERS[language], empty)


@pytest.mark.usefixtures("page_cache_off")
def test_filtered_catalogue_uses_a_fixed_number_of_queries(client, shop):
    urls = [
        f"{shop.catalogue.url}?audience=parents&format=brochure&edition=fr&in_stock=on",
        "/fr/ressources-imprimees/?topic=sextortion&edition=en&page=2",
    ]
    make_topic("sextortion", T("Sextortion", "Sextorsion"))
    few = {url: queries_for(client, url) for url in urls}
    for number in range(10, 30):
        make_resource(shop.catalogue, number, [("fr", f"NB-T{number}-BR-FR", 50, 500, 1000)], translate=False)
    many = {url: queries_for(client, url) for url in urls}
    assert few == many
    assert max(many.values()) <= QUERY_BUDGETS["print catalogue"], many


def test_catalogue_cards_show_the_printed_resource_preview(client, shop):
    image = cover_image("Resource 1 cover", "The brochure’s cover.", "resource-1")
    PrintResourcePage.objects.filter(pk__in=[shop.brochure.pk, shop.brochure_fr.pk]).update(preview_image=image)
    for url in (shop.catalogue.url, "/fr/ressources-imprimees/"):
        previews = [card.select_one(".card__media img") for card in soup(client.get(url)).select(".card-grid > .card")]
        assert previews[0]["srcset"].startswith(image.get_rendition("width-96").url)
        assert (previews[0]["alt"], previews[0]["loading"]) == ("", "lazy")
        assert previews[1:] == [None, None]  # the other two have none: their format's icon instead
