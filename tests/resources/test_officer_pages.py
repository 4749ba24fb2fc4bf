"""What an officer sees: the bar on every page, how ordering works, adding without leaving the page, and an
order's page that tells where the order is (timeline, approved pieces, the team's notes, tracking)."""

import pytest
from django.urls import reverse
from django.utils import translation

from resources.models import Order, OutgoingEmail
from resources.workflow import change_status
from tests.helpers import soup
from tests.resources import test_back_office
from tests.resources.conftest import edition
from tests.resources.test_back_office import place

pytestmark = pytest.mark.django_db
# The order team's fixtures, shared with the back-office tests.
manager = test_back_office.manager
Status = Order.Status


def officer_bar(response):
    return soup(response).select_one("nav.officer-bar")


@pytest.mark.parametrize("url", ["/en/", "/en/about/", "/fr/a-propos/", "/en/search/?q=safety"])
def test_a_signed_in_officer_sees_basket_orders_and_sign_out_on_every_page(officer_client, shop, url):
    officer_client.post(
        reverse("resources:add_to_basket"), {"edition": edition(shop.brochure, "NB-SXT-BR-FR").pk, "quantity": 100}
    )
    bar = officer_bar(officer_client.get(url))
    links = {a.get_text(" ", strip=True): a["href"] for a in bar.select("a")}
    language = url[1:3]
    if language == "en":
        assert links == {"Basket 1 item": "/en/agency/basket/", "My orders": "/en/agency/orders/"}
    else:
        assert links == {
            "Panier 1 article": "/fr/services-de-police/panier/",
            "Mes commandes": "/fr/services-de-police/commandes/",
        }
    sign_out = bar.select_one("form")
    sign_out_path = {"en": "/en/agency/sign-out/", "fr": "/fr/services-de-police/deconnexion/"}[language]
    assert (sign_out["method"], sign_out["action"]) == ("post", sign_out_path)
    assert sign_out.select_one("input[name=csrfmiddlewaretoken]") is not None


def test_readers_and_staff_without_an_agency_see_no_officer_bar(client, shop, manager):
    assert officer_bar(client.get("/en/about/")) is None
    client.force_login(manager)
    assert officer_bar(client.get("/en/about/")) is None


def test_catalogue_says_how_ordering_works_to_readers_and_officers(client, shop):
    signed_out = soup(client.get(shop.catalogue.url)).select_one(".how-to-order")
    links = {a.get_text(strip=True): a["href"] for a in signed_out.select("a")}
    assert links["Sign in to order"].startswith(reverse("resources:sign_in"))
    assert links["Request an account for your agency"] == reverse("resources:request_account")
    client.force_login(shop.officer)
    signed_in = soup(client.get(shop.catalogue.url)).select_one(".how-to-order")
    assert f"You are signed in for {shop.agency.name}" in signed_in.get_text()
    assert not signed_in.select("a")


def test_adding_to_the_basket_keeps_the_officer_on_the_page_with_a_confirmation_and_a_basket_link(officer_client, shop):
    page_url = shop.brochure.url
    response = officer_client.post(
        reverse("resources:add_to_basket"),
        {"edition": edition(shop.brochure, "NB-SXT-BR-FR").pk, "quantity": 100, "next": page_url},
    )
    assert response["Location"] == page_url
    status = soup(officer_client.get(page_url)).select_one("main [role=status]")
    assert status.get_text(" ", strip=True) == "In your basket: 100 pieces, French edition. View your basket"
    assert status.find("a")["href"] == reverse("resources:basket")


@pytest.mark.parametrize("elsewhere", ["https://evil.example/", "//evil.example/", "/\\evil.example/", ""])
def test_adding_to_the_basket_never_sends_the_officer_to_another_site(officer_client, shop, elsewhere):
    response = officer_client.post(
        reverse("resources:add_to_basket"),
        {"edition": edition(shop.brochure, "NB-SXT-BR-FR").pk, "quantity": 100, "next": elsewhere},
    )
    assert response["Location"] == reverse("resources:basket")


def order_page(client, order):
    return soup(client.get(reverse("resources:order", args=[order.number]))).select_one("main")


def timeline(main):
    return [
        (step.select_one(".timeline__label").get_text(), step.get("aria-current"))
        for step in main.select(".timeline li")
    ]


def test_order_page_shows_a_timeline_approved_pieces_and_the_teams_note(officer_client, shop, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 100)])
    main = order_page(officer_client, order)
    assert timeline(main) == [
        ("Placed", None),
        ("Needs review", "step"),
        ("Approved", None),
        ("Packing", None),
        ("Shipped", None),
        ("Delivered", None),
    ]
    assert "reviews this order before it ships" in main.get_text()

    change_status(order, Status.APPROVED, manager, quantities={order.lines.get().pk: 50}, note="50 is our limit.")
    main = order_page(officer_client, order)
    assert ("Approved", "step") in timeline(main)
    assert "50 of 100 approved" in main.select_one(".order-table").get_text()
    assert "50 is our limit." in main.select_one("#team-notes-heading").parent.get_text()


def test_shipped_order_shows_carrier_and_tracking_and_no_longer_the_review_box(officer_client, shop, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 100)])
    main = order_page(officer_client, order)
    assert main.select_one(".facts--shipping") is None
    change_status(order, Status.APPROVED, manager)
    change_status(order, Status.PACKING, manager)
    change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="7301 2026 0009")
    main = order_page(officer_client, order)
    shipping = main.select_one(".facts--shipping").get_text(" ", strip=True)
    assert shipping == "Carrier Canada Post Tracking number 7301 2026 0009"
    assert "reviews this order before it ships" not in main.get_text()
    assert ("Shipped", "step") in timeline(main)


def test_cancelled_order_timeline_ends_with_the_cancellation(officer_client, shop, manager):
    order = place(shop.officer, [("NB-SXT-BR-FR", 100)])
    change_status(order, Status.CANCELLED, manager, note="Ordered twice")
    assert timeline(order_page(officer_client, order)) == [
        ("Placed", None),
        ("Approved", None),
        ("Cancelled", "step"),
    ]


def test_every_order_email_links_to_the_orders_page_in_the_officers_language(shop, manager, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://northbridge.example"
    order = place(shop.officer, [("NB-GAM-PO-EN", 100)])
    change_status(order, Status.APPROVED, manager)
    change_status(order, Status.PACKING, manager)
    change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="1")
    other = place(shop.officer, [("NB-SXT-BR-FR", 100)])
    change_status(other, Status.CANCELLED, manager)
    emails = OutgoingEmail.objects.filter(to=shop.officer.email)
    assert emails.count() >= 5
    for email in emails:
        number = order.number if order.number in email.subject else other.number
        url = f"https://northbridge.example/en/agency/orders/{number}/"
        assert url in email.body, email.subject
        assert f'href="{url}"' in email.html_body, email.subject


def test_a_french_officers_order_emails_link_to_the_french_order_page(shop, manager, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://northbridge.example"
    member = shop.officer.agency_member
    member.language = "fr"
    member.save()
    order = place(shop.officer, [("NB-GAM-PO-EN", 100)])
    change_status(order, Status.APPROVED, manager)
    with translation.override("fr"):
        url = "https://northbridge.example" + reverse("resources:order", args=[order.number])
    assert url.startswith("https://northbridge.example/fr/")
    emails = OutgoingEmail.objects.filter(to=shop.officer.email)
    assert emails.count() >= 3  # received, needs review, approved
    for email in emails:
        assert url in email.body, email.subject
        assert f'href="{url}"' in email.html_body, email.subject
