"""The public catalogue: download and order on one page, availability without counts, filters (query budgets:
test_query_budget.py)."""

import pytest

from tests.factories import make_library
from tests.helpers import ok_soup as soup

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
    assert page.select_one(".editions tbody tr td:last-child").get_text() == "1\u00a0000 exemplaires (paquets de 50)"


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
