"""What many test modules need: reading a response's HTML, counting a page's queries against its budget, and
placing an order as an officer would."""

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from resources.models import Basket, BasketLine, StockItem
from resources.services import submit_order

# The most queries one request may make, per page type. Each page's count must also stay the same however many
# rows it shows (the tests compare a few rows with many); these budgets catch a fixed cost that creeps up.
QUERY_BUDGETS = {
    "page, cold cache": 20,  # the menus and footer are built once per language and edit
    "page, warm cache": 12,  # every other request
    "search": 15,
    "library": 15,
    "catalogue": 15,
    "officer pages": 15,  # basket, orders, one order
    "order queue": 15,
    "account request confirmation": 3,
}


def soup(response):
    """The response's HTML, parsed."""
    return BeautifulSoup(response.content, "html.parser")


def ok_soup(response):
    """The HTML of a response that must answer 200, parsed."""
    assert response.status_code == 200
    return soup(response)


def page_text(response, selector=None):
    """The text a reader sees in the response (or in its first `selector` element), with single spaces."""
    page = soup(response)
    return (page.select_one(selector) if selector else page).get_text(" ", strip=True)


def queries_for(client, url, cold=False):
    """The queries of one request to `url` that answers 200, after a first one that fills the page chrome as an
    earlier visitor would; `cold` empties the cache in between, so the menus and footer are built too."""
    client.get(url)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def in_french(user):
    """The user reads the admin in French (their Wagtail profile's language)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()


def messages_on(response):
    """The messages (django.contrib.messages) a response shows."""
    return [str(message) for message in response.context["messages"]]


def place(officer, lines, language="en"):
    """Officer orders exactly these (sku, pieces) lines, whatever was in their basket."""
    basket, _ = Basket.objects.get_or_create(user=officer)
    basket.lines.all().delete()
    for sku, pieces in lines:
        BasketLine.objects.create(basket=basket, stock_item=StockItem.objects.get(sku=sku), quantity=pieces)
    basket.touch()
    address = officer.agency_member.agency.addresses.get()
    order, _ = submit_order(officer, basket.token, address, "", language)
    return order


def listing_outline(response):
    """What a filtered listing (the library, the catalogue) says to a reader of headings and form controls: its
    headings in order, then each filter as (label, control, name, choices), then the empty-state text if any."""
    main = ok_soup(response).find("main")
    headings = [f"{heading.name}: {heading.get_text(' ', strip=True)}" for heading in main.find_all(["h1", "h2"])]
    form = main.find("form", class_="filters")
    filters = []
    for label in form.find_all("label"):
        control = form.find(id=label["for"])
        choices = [option["value"] for option in control.find_all("option")]
        kind = control.get("type") or control.name
        filters.append((label.get_text(strip=True), kind, control["name"], choices))
    empty = main.select_one(".empty-state")
    return headings, filters, empty.get_text(" ", strip=True) if empty else None
