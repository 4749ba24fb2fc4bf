"""What many test modules need: reading a response's HTML, counting a page's queries against its budget, and
placing an order as an officer would."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from resources.models import Basket, BasketLine, StockItem
from resources.services import submit_order

# The most queries one page type may make to render (with the page cache off, the menus and footer cached), the
# same with ITEM_COUNTS[0] items as with ITEM_COUNTS[1] (catalogue and library items, menu links, orders, lines):
# `query_budget` checks both. Every page type a reader, an officer or the order team sees is here, each at most 15.
QUERY_BUDGETS = {
    # the site's own pages (tests/website/test_query_budget.py)
    "home": 15,
    "standard page": 15,
    "help": 15,
    "staying safe": 15,
    "search": 15,
    "not found": 15,
    "sign-in": 15,
    "request account": 15,
    "report form": 15,
    "report follow-up": 15,
    # the education library (tests/education/test_query_budget.py)
    "library": 15,
    "library, filtered": 15,
    "hub": 15,
    "guide": 15,
    "lesson plan": 15,
    # the print catalogue and the officers' pages (tests/resources/test_query_budget.py)
    "print catalogue": 15,
    "print resource": 15,
    "print catalogue, signed in": 15,
    "print resource, signed in": 15,
    "basket": 15,
    "checkout": 15,
    "orders": 15,
    "order": 15,
    "order queue": 15,
    "referral pages": 15,
    "tipline in figures": 15,  # an investigator's referral list and one referral
    # not a page type: the menus and footer built again after an edit, once per language
    "any page, menus and footer cold": 20,
    "account request confirmation": 3,
}
ITEM_COUNTS = (5, 500)


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


def queries_for(client, url, cold=False, status=200):
    """The queries of one request to `url` that answers `status`, after a first one that fills the page chrome as
    an earlier visitor would; `cold` empties the cache in between, so the menus and footer are built too."""
    client.get(url)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == status, url
    return len(captured)


@pytest.fixture
def query_budget(settings):
    """Checks page types against QUERY_BUDGETS with ITEM_COUNTS items, e.g.

        query_budget({"library": (client, "/en/library/")}, add_items)

    `add_items(count)` adds `count` more items; each page (the arguments of `queries_for`: a client and a URL,
    then `cold` and `status` if needed) is rendered with 5 items, then with 500. Its queries must be the same
    both times and within its page type's budget. The page cache is off: this is what a render costs.
    """
    settings.PAGE_CACHE_SECONDS = 0

    def check(pages, add_items):
        counts, made = {}, 0
        for items in ITEM_COUNTS:
            add_items(items - made)
            made = items
            counts[items] = {name: queries_for(*page) for name, page in pages.items()}
        few, many = (counts[items] for items in ITEM_COUNTS)
        differ = {name: (few[name], many[name]) for name in pages if few[name] != many[name]}
        assert differ == {}, f"queries with {ITEM_COUNTS[0]} and with {ITEM_COUNTS[1]} items differ"
        over = {name: count for name, count in many.items() if count > QUERY_BUDGETS[budget_name(name)]}
        assert over == {}, f"over budget: {over}"
        return many

    return check


def budget_name(page):
    """A page's budget: "library" for "library" and for "library (fr)"."""
    return page.split(" (")[0]


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


def listing(client, url, params=None):
    """A filtered listing (the library, the catalogue) as a reader gets it: the parsed page and its cards' titles."""
    page = ok_soup(client.get(url, params or {}))
    return page, [a.get_text() for a in page.select(".card-grid .card__title a")]


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


def never_stored(response):
    """True when the response may be kept by no cache: private and no-store, however the directives are written
    (Wagtail's admin answers with never_cache's longer list)."""
    directives = {part.strip().partition("=")[0] for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives
