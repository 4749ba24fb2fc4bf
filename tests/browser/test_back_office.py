"""The order team in a real browser: approve an order in part, print its slip, ship it, see it in the report;
and an admin that asks no other site for anything."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from education.models import GuidePage
from resources.models import Basket, BasketLine, StockItem
from resources.services import submit_order
from tests.browser.test_ordering import ADMIN_PASSWORD, MARIE_JOSEE


@pytest.fixture
def order_under_review(put_back):
    """Marie-Josée (who reads her emails in French) asks for 120 posters; the maximum is 50."""
    officer = get_user_model().objects.get(username=MARIE_JOSEE)
    basket, _ = Basket.objects.get_or_create(user=officer)
    basket.lines.all().delete()
    BasketLine.objects.create(basket=basket, stock_item=StockItem.objects.get(sku="NB-GCH-PO-EN"), quantity=120)
    basket.touch()
    order, _ = submit_order(officer, basket.token, officer.agency_member.agency.addresses.get(is_main=True), "", "fr")
    return order


def test_staff_approve_in_part_print_the_slip_ship_and_see_it_in_the_report(browser, live_site, order_under_review):
    order = order_under_review
    context = browser.new_context(base_url=live_site.url, locale="en-CA", viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(ADMIN_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.goto("/admin/print-orders/")
    expect(page.get_by_role("row").nth(1)).to_contain_text("Needs review")  # what needs attention comes first
    page.get_by_text("Filters", exact=True).click()  # the filters fold away until asked for
    page.get_by_label("Status").select_option(label="Needs review")
    page.get_by_role("button", name="Filter", exact=True).click()
    page.get_by_role("row", name=re.compile(order.number)).get_by_role("link", name=order.number).click()

    approve = page.get_by_role("group", name="Approve order")
    approve.get_by_label(re.compile("NB-GCH-PO-EN")).fill("50")
    approve.get_by_role("button", name="Approve order").click()
    expect(page.get_by_text(f"Order {order.number} is updated.")).to_be_visible()
    cells = page.get_by_role("row", name=re.compile("NB-GCH-PO-EN")).get_by_role("cell")
    expect(cells).to_have_text(["NB-GCH-PO-EN", "Game chat: play it safe", "120", "50", "50", "0", "0"])

    with context.expect_page() as slip_page:
        page.get_by_role("link", name="Print the packing slip").click()
    slip = slip_page.value
    expect(slip.get_by_role("heading", level=1)).to_have_text(f"Packing slip {order.number}")
    expect(slip.get_by_text(re.compile("Service de police de la Première Nation"))).to_be_visible()
    expect(slip.get_by_role("row", name=re.compile("NB-GCH-PO-EN"))).to_contain_text("50")
    assert slip.pdf(format="Letter").startswith(b"%PDF")

    page.get_by_role("group", name="Mark packing").get_by_role("button", name="Mark packing").click()
    shipping = page.get_by_role("group", name="Mark shipped")
    shipping.get_by_label("Carrier").fill("Postes Canada")
    shipping.get_by_label("Tracking number").fill("7301 2026 4242")
    mail.outbox.clear()
    shipping.get_by_role("button", name="Mark shipped").click()
    # Typed in French, named in the staff member's language (resources CARRIER_NAMES).
    expect(page.get_by_role("definition").filter(has_text="Canada Post, 7301 2026 4242")).to_be_visible()

    shipped = [message for message in mail.outbox if order.number in message.subject]
    assert [message.subject for message in shipped] == [f"La commande {order.number} a été expédiée"]
    assert "Numéro de suivi\u00a0: 7301 2026 4242" in shipped[0].body

    page.goto("/admin/print-orders/report/")
    quebec = page.get_by_role("row", name=re.compile("^Quebec"))
    expect(quebec).to_be_visible()
    assert int(quebec.get_by_role("cell").last.inner_text()) >= 50
    expect(page.get_by_role("img", name="Pieces shipped by province or territory")).to_be_visible()
    context.close()


# The admin screens staff use most: the dashboard, the page tree and a page's editor, images, their account,
# the order queue and the stock.
ADMIN_SCREENS = ["/admin/", "/admin/pages/", "/admin/images/", "/admin/account/", "/admin/print-orders/",
                 "/admin/print-orders/stock/"]  # fmt: skip


def test_the_admin_makes_no_request_to_another_site(page, live_site):
    """No Gravatar for avatars, no check for new Wagtail releases (WAGTAIL_GRAVATAR_PROVIDER_URL = None,
    WAGTAIL_ENABLE_UPDATE_CHECK = False): staff's visits are nobody else's business."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(ADMIN_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    guide = GuidePage.objects.get(slug="sextortion-what-parents-need-to-know")
    for path in [*ADMIN_SCREENS, f"/admin/pages/{guide.pk}/edit/"]:
        page.goto(path, wait_until="networkidle")  # the update check is a script's request after the page loads
        expect(page.get_by_role("main")).to_be_visible()
    assert page.context.foreign_requests == []
