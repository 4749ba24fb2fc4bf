"""An officer orders printed copies: basket, checkout, limits, stock, back-orders, double submission, reorder."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from resources.models import AgencyMember, Basket, Order, OrderingSettings, StockItem
from tests.factories import make_agency
from tests.helpers import soup
from tests.resources.conftest import edition

pytestmark = pytest.mark.django_db


def add(client, page, sku, quantity):
    return client.post(
        reverse("resources:add_to_basket"), {"edition": edition(page, sku).pk, "quantity": quantity, "next": page.url}
    )


def review(client, address=None, note=""):
    response = client.get(reverse("resources:checkout"))
    form = soup(response).find("input", attrs={"name": "address", "checked": True})
    response = client.post(reverse("resources:checkout"), {"address": address or form["value"], "note": note})
    assert response.status_code == 200
    page = soup(response)
    return page, {field["name"]: field.get("value", "") for field in page.select("form[action$='submit/'] input")}


def check_out(client, note=""):
    _page, fields = review(client, note=note)
    return client.post(reverse("resources:submit_order"), fields)


def stock(sku):
    return StockItem.objects.get(sku=sku)


def test_officer_orders_french_brochures_and_english_posters(officer_client, shop):
    add(officer_client, shop.brochure, "NB-SXT-BR-FR", 200)
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 50)
    response = check_out(officer_client, note="For the school safety week")
    order = Order.objects.get(agency=shop.agency)
    assert response["Location"] == reverse("resources:order", args=[order.number])
    assert re.fullmatch(r"PR-\d{4}-\d{6}", order.number)
    assert order.status == Order.Status.APPROVED
    assert [(line.stock_item.sku, line.quantity, line.reserved) for line in order.lines.all()] == [
        ("NB-SXT-BR-FR", 200, 200),
        ("NB-GAM-PO-EN", 50, 50),
    ]
    assert [line.title for line in order.lines.all()] == ["Ressource numéro 1", "Resource number 2"]
    assert stock("NB-SXT-BR-FR").reserved == 200
    assert not Basket.objects.get(user=shop.officer).lines.exists()
    confirmation = soup(officer_client.get(response["Location"]))
    assert f"order {order.number} is placed" in confirmation.get_text()


def test_orders_list_shows_the_agencys_orders_with_status(officer_client, shop):
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 20)
    check_out(officer_client)
    page = soup(officer_client.get(reverse("resources:orders")))
    rows = [row.get_text(" ", strip=True) for row in page.select("tbody tr")]
    assert len(rows) == 1
    assert rows[0].endswith("20 Approved")


def test_basket_is_kept_in_the_database_across_sign_out(client, shop):
    client.force_login(shop.officer)
    add(client, shop.poster, "NB-GAM-PO-EN", 30)
    client.logout()
    client.force_login(shop.officer)
    page = soup(client.get(reverse("resources:basket")))
    assert page.find("input", attrs={"name": re.compile("^quantity-")})["value"] == "30"


def test_one_title_can_be_split_across_english_and_french_editions(officer_client, shop):
    add(officer_client, shop.brochure, "NB-SXT-BR-EN", 100)
    add(officer_client, shop.brochure, "NB-SXT-BR-FR", 150)
    check_out(officer_client)
    order = Order.objects.get(agency=shop.agency)
    assert {line.edition_language: line.quantity for line in order.lines.all()} == {"en": 100, "fr": 150}


def test_over_the_per_order_maximum_is_accepted_for_review_with_the_reason(officer_client, shop):
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 120)
    page, _fields = review(officer_client)
    assert "the maximum per order is 50" in page.get_text()
    check_out(officer_client)
    order = Order.objects.get(agency=shop.agency)
    assert order.status == Order.Status.NEEDS_REVIEW
    assert order.review_reason_codes == [
        {"code": "over_maximum", "sku": "NB-GAM-PO-EN", "title": "Resource number 2", "quantity": 120, "maximum": 50}
    ]
    assert order.review_reasons == [
        "Resource number 2 (NB-GAM-PO-EN): 120 pieces requested; the maximum per order is 50."
    ]
    assert stock("NB-GAM-PO-EN").reserved == 120


def test_over_the_agency_quota_is_accepted_for_review(officer_client, shop):
    settings = OrderingSettings.load()
    settings.quota_pieces = 300
    settings.save()
    add(officer_client, shop.brochure, "NB-SXT-BR-EN", 200)
    check_out(officer_client)
    add(officer_client, shop.brochure, "NB-SXT-BR-EN", 200)
    check_out(officer_client)
    first, second = Order.objects.filter(agency=shop.agency).order_by("pk")
    assert first.status == Order.Status.APPROVED
    assert second.status == Order.Status.NEEDS_REVIEW
    assert second.review_reason_codes == [{"code": "over_quota", "quota": 300, "total": 400}]
    assert second.review_reasons == [
        "Your agency’s quota is 300 pieces per period; with this order it would reach 400."
    ]


def test_a_line_without_enough_stock_is_back_ordered_not_dropped(officer_client, shop):
    add(officer_client, shop.card, "NB-HLP-CA-BI", 300)  # out of stock
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 40)
    StockItem.objects.filter(sku="NB-GAM-PO-EN").update(reserved=480)  # 20 left
    check_out(officer_client)
    order = Order.objects.get(agency=shop.agency)
    assert {line.stock_item.sku: (line.quantity, line.reserved) for line in order.lines.all()} == {
        "NB-HLP-CA-BI": (300, 0),
        "NB-GAM-PO-EN": (40, 20),
    }
    assert stock("NB-GAM-PO-EN").available == 0
    page = soup(officer_client.get(reverse("resources:order", args=[order.number])))
    assert "300 pieces: we ship them when stock arrives" in page.get_text()
    assert "20 pieces: we ship them when stock arrives" in page.get_text()


def test_submitting_the_same_basket_twice_creates_one_order(officer_client, shop):
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 10)
    _page, fields = review(officer_client)
    first = officer_client.post(reverse("resources:submit_order"), fields)
    second = officer_client.post(reverse("resources:submit_order"), fields)
    assert Order.objects.filter(agency=shop.agency).count() == 1
    assert first["Location"] == second["Location"]
    assert stock("NB-GAM-PO-EN").reserved == 10


def test_a_second_tab_with_an_older_review_creates_no_second_order(officer_client, shop):
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 10)
    _page, first_tab = review(officer_client)
    _page, second_tab = review(officer_client)
    officer_client.post(reverse("resources:submit_order"), first_tab)
    officer_client.post(reverse("resources:submit_order"), second_tab)
    assert Order.objects.filter(agency=shop.agency).count() == 1


def test_a_basket_changed_after_review_must_be_reviewed_again(officer_client, shop):
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 10)
    _page, fields = review(officer_client)
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 20)
    response = officer_client.post(reverse("resources:submit_order"), fields, follow=True)
    assert not Order.objects.exists()
    assert "Your basket changed since you reviewed it" in soup(response).get_text()


def test_quantity_must_be_whole_packs_and_the_error_is_in_french(client, shop):
    client.force_login(shop.officer)
    response = client.post(
        "/fr/services-de-police/panier/ajouter/",
        {
            "edition": edition(shop.brochure, "NB-SXT-BR-FR").pk,
            "quantity": 75,
            "next": "/fr/services-de-police/panier/",
        },
        follow=True,
    )
    assert "paquets de 50\u00a0: commandez un multiple de 50\u00a0exemplaires" in soup(response).get_text()
    assert not Basket.objects.get(user=shop.officer).lines.exists()


def test_a_discontinued_edition_cannot_be_added(officer_client, shop):
    response = add(officer_client, shop.card, "NB-HLP-CA-EN", 100)
    assert response.status_code == 302
    assert not Basket.objects.filter(user=shop.officer, lines__isnull=False).exists()


def test_closed_ordering_keeps_the_catalogue_readable_and_refuses_orders(officer_client, shop):
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 10)
    _page, fields = review(officer_client)
    settings = OrderingSettings.load()
    settings.ordering_open = False
    settings.save()
    page = soup(officer_client.get(shop.brochure.url))
    assert "Ordering is closed for stock-taking" in page.get_text()
    assert page.select("form.add-to-basket") == []
    response = officer_client.post(reverse("resources:submit_order"), fields, follow=True)
    assert not Order.objects.exists()
    assert "Ordering is closed for stock-taking" in soup(response).get_text()


def test_reorder_puts_a_past_order_back_in_the_basket(officer_client, shop):
    add(officer_client, shop.brochure, "NB-SXT-BR-FR", 200)
    check_out(officer_client)
    order = Order.objects.get(agency=shop.agency)
    officer_client.post(reverse("resources:reorder", args=[order.number]))
    lines = Basket.objects.get(user=shop.officer).lines.all()
    assert [(line.stock_item.sku, line.quantity) for line in lines] == [("NB-SXT-BR-FR", 200)]


def test_officers_of_one_agency_share_its_orders(client, shop):
    colleague = get_user_model().objects.create_user("colleague@riverbend.example", password="x-long-password-9")
    AgencyMember.objects.create(user=colleague, agency=shop.agency, phone="613-555-0100")
    client.force_login(shop.officer)
    add(client, shop.poster, "NB-GAM-PO-EN", 10)
    check_out(client)
    client.force_login(colleague)
    number = Order.objects.get().number
    assert client.get(reverse("resources:order", args=[number])).status_code == 200


@pytest.mark.parametrize("view", ["resources:order", "resources:reorder"])
def test_another_agencys_order_is_not_found(client, shop, view):
    client.force_login(shop.officer)
    add(client, shop.poster, "NB-GAM-PO-EN", 10)
    check_out(client)
    number = Order.objects.get().number
    client.force_login(shop.other_officer)
    response = (
        client.post(reverse(view, args=[number]))
        if view.endswith("reorder")
        else client.get(reverse(view, args=[number]))
    )
    assert response.status_code == 404
    assert not Basket.objects.filter(user=shop.other_officer, lines__isnull=False).exists()


def test_an_address_of_another_agency_cannot_be_used(officer_client, shop):
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 10)
    foreign = shop.other_agency.addresses.get()
    response = officer_client.post(reverse("resources:checkout"), {"address": foreign.pk})
    assert response.status_code == 400
    assert "Choose one of your agency’s addresses." in soup(response).get_text()


def test_pages_of_the_order_side_need_an_approved_agency(client, shop):
    assert client.get(reverse("resources:basket"))["Location"].startswith(reverse("resources:sign_in"))
    _agency, pending_officer = make_agency("Pending Police", status="pending")
    client.force_login(pending_officer)  # inactive until approved: not signed in at all
    assert client.get(reverse("resources:basket"))["Location"].startswith(reverse("resources:sign_in"))
    editor = get_user_model().objects.create_user("editor@northbridge.example", password="x-long-password-9")
    client.force_login(editor)
    response = client.get(reverse("resources:basket"))
    assert response.status_code == 403
    assert "not approved yet" in soup(response).get_text()


def test_signing_in_leads_back_to_the_page_asked_for_with_its_query(client, shop):
    response = client.get(reverse("resources:orders"), {"page": "2"})
    assert response["Location"] == f"{reverse('resources:sign_in')}?next=/en/agency/orders/%3Fpage%3D2"


def test_no_cache_keeps_an_agencys_pages(officer_client, shop):
    """Orders, an order, the basket and checkout hold names and addresses: never kept by any cache."""
    add(officer_client, shop.poster, "NB-GAM-PO-EN", 20)
    responses = {path: officer_client.get(reverse(path)) for path in ("resources:basket", "resources:checkout")}
    check_out(officer_client)
    order = Order.objects.get(agency=shop.agency)
    responses["resources:orders"] = officer_client.get(reverse("resources:orders"))
    responses["resources:order"] = officer_client.get(reverse("resources:order", args=[order.number]))
    for path, response in responses.items():
        assert response.status_code == 200, path
        directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
        assert {"private", "no-store"} <= directives, path


def test_french_checkout_names_each_address_with_a_no_break_space_before_the_colon(officer_client, shop):
    add(officer_client, shop.brochure, "NB-SXT-BR-FR", 100)
    with translation.override("fr"):
        url = reverse("resources:checkout")
    choice = soup(officer_client.get(url)).find("input", attrs={"name": "address"}).find_parent("label")
    assert "\u00a0: 100 Main Street" in choice.get_text()
