"""Print resource pages: a stock change is seen at once everywhere; officers' pages are never stored anywhere."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from resources.models import StockItem
from tests.resources.test_back_office import place
from tests.website.test_page_cache import both, get_counting_queries, is_private, warm

pytestmark = pytest.mark.django_db


def availability(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [cell.get_text(strip=True) for cell in page.select(".availability")]


def test_a_stock_change_is_seen_at_once_by_every_server(two_servers, shop):
    url = shop.poster.url
    warm(two_servers, url)
    assert [availability(response) for response in both(two_servers, url)] == [["In stock"]] * 2
    stock = StockItem.objects.get(sku="NB-GAM-PO-EN")
    stock.on_hand = stock.reserved
    stock.save()
    out = ["Out of stock: orders are back-ordered"]
    assert [availability(response) for response in both(two_servers, url)] == [out, out]


def test_a_signed_in_officer_gets_the_order_form_never_the_cached_page(client, shop):
    client.get(shop.brochure.url)  # cached for readers
    client.force_login(shop.officer)
    response, queries = get_counting_queries(client, shop.brochure.url)
    assert queries > 0
    assert BeautifulSoup(response.content, "html.parser").select("form.add-to-basket")
    assert response["Cache-Control"] == "private, no-store"


def agency_urls(order_number, language="en"):
    """Each agency page at its address in `language` (French pages have French addresses)."""
    with translation.override(language):
        return [
            reverse("resources:orders"),
            reverse("resources:order", args=[order_number]),
            reverse("resources:basket"),
            reverse("resources:checkout"),
            reverse("resources:sign_in"),
            reverse("resources:request_account"),
            reverse("resources:password_reset"),
            reverse("resources:password_reset_sent"),
            reverse("resources:password_reset_complete"),
            reverse("resources:password_reset_confirm", args=["MQ", "set-password"]),
        ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_agency_page_is_private_and_never_stored_for_a_signed_in_officer(client, shop, language):
    order = place(shop.officer, [("NB-GAM-PO-EN", 10)])
    place(shop.officer, [("NB-GAM-PO-EN", 10)])  # and a basket to check out: reorder the same
    client.force_login(shop.officer)
    client.post(reverse("resources:reorder", args=[order.number]))
    for url in agency_urls(order.number, language):
        response = client.get(url)
        assert response.status_code in {200, 302}, url
        assert is_private(response), url


def test_every_agency_page_is_private_and_never_stored_for_a_reader_without_cookies(client, shop):
    for url in agency_urls("PR-2026-000001"):
        assert is_private(client.get(url)), url
        assert is_private(client.get(url)), url


def test_the_admin_is_private_and_never_stored(admin_client, shop):
    for url in ("/admin/", reverse("resources_order_queue"), "/admin/login/"):
        assert is_private(admin_client.get(url)), url
