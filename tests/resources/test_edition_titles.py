"""Which title an edition goes by: on order lines (slips and emails) its own language's, in the basket the reader's."""

import pytest
from django.urls import reverse
from django.utils import translation

from resources.models import Basket, StockItem
from tests.factories import make_resource
from tests.helpers import ok_soup, place

pytestmark = pytest.mark.django_db


def line_titles(order):
    return [line.title for line in order.lines.order_by("pk")]


def test_order_lines_are_titled_in_their_editions_language_whatever_the_officers(shop):
    order = place(shop.officer, [("NB-SXT-BR-FR", 50), ("NB-SXT-BR-EN", 50)], language="en")
    assert line_titles(order) == ["Ressource numéro 1", "Resource number 1"]


def test_a_bilingual_edition_is_titled_in_both_languages(shop):
    order = place(shop.officer, [("NB-HLP-CA-BI", 100)], language="fr")
    assert line_titles(order) == ["Resource number 3 / Ressource numéro 3"]


def test_a_french_edition_of_a_resource_not_translated_yet_keeps_the_english_title(shop):
    make_resource(shop.catalogue, 4, [("fr", "NB-NEW-BR-FR", 1, 100, 100)], translate=False)
    order = place(shop.officer, [("NB-NEW-BR-FR", 5)], language="fr")
    assert line_titles(order) == ["Resource number 4"]


def test_the_basket_names_each_resource_in_the_readers_language_or_in_english(officer_client, shop):
    make_resource(shop.catalogue, 4, [("en", "NB-NEW-BR-EN", 1, 100, 100)], translate=False)
    basket, _ = Basket.objects.get_or_create(user=shop.officer)
    for sku, pieces in (("NB-SXT-BR-EN", 50), ("NB-NEW-BR-EN", 5)):
        basket.lines.create(stock_item=StockItem.objects.get(sku=sku), quantity=pieces)
    with translation.override("fr"):
        url = reverse("resources:basket")
    rows = ok_soup(officer_client.get(url)).select("main tbody th[scope=row] a")
    assert [(row.get_text(strip=True), row["href"]) for row in rows] == [
        ("Ressource numéro 1", shop.brochure_fr.url),
        ("Resource number 4", "/en/print-resources/resource-4/"),
    ]
