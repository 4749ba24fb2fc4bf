"""The print catalogue, the officers' pages and the order team's queue render in a fixed number of queries, with 5
resources, orders, order lines and basket lines as with 500 (tests/helpers.py: QUERY_BUDGETS)."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from resources.models import Basket, BasketLine, Order, OrderLine, PrintEdition, PrintResourcePage, StockItem
from tests.factories import bulk_add_pages, bulk_tag
from tests.helpers import place
from website.covers import cover_image

pytestmark = pytest.mark.django_db


def resource_row(number, language, preview):
    title = {"en": "Printed piece", "fr": "Imprimé"}[language]
    return {
        "title": f"{title} {number}",
        "slug": f"{language}-piece-{number}",
        "summary": f"{title} {number}.",
        "description": f"<p>{title} {number}.</p>",
        "print_format": "brochure",
        "size": "8.5 × 11 in",
        "page_count": 2,
        "preview_image": preview,  # every card shows a preview, with 5 resources as with 500
    }


def add_resources(catalogue, numbers, preview):
    """Printed resources in English and French, each with an English edition of its own stock item and a preview."""
    catalogue_fr = catalogue.get_translation(Locale.objects.get(language_code="fr"))
    english = bulk_add_pages(catalogue, PrintResourcePage, [resource_row(number, "en", preview) for number in numbers])
    french = bulk_add_pages(
        catalogue_fr,
        PrintResourcePage,
        [
            {**resource_row(n, "fr", preview), "translation_key": page.translation_key}
            for n, page in zip(numbers, english, strict=True)
        ],
    )
    bulk_tag(english + french, audiences=("parents",))
    items = StockItem.objects.bulk_create(StockItem(sku=f"NB-P{number}-BR-EN", on_hand=1000) for number in numbers)
    PrintEdition.objects.bulk_create(
        PrintEdition(page=page, language="en", sku=item.sku, pack_size=10, max_per_order=100, sort_order=0)
        for pages in (english, french)
        for page, item in zip(pages, items, strict=True)
    )
    return items


def add_orders(officer, count, first):
    agency = officer.agency_member.agency
    address = agency.addresses.get()
    ship_to = {
        "ship_to_label": address.label,
        "ship_to_line1": address.line1,
        "ship_to_city": address.city,
        "ship_to_province": address.province,
        "ship_to_postal_code": address.postal_code,
    }
    start = Order.objects.count()
    orders = Order.objects.bulk_create(
        Order(
            number=f"PR-1999-{start + n:06d}",  # a year no real order has
            agency=agency,
            placed_by=officer,
            status="approved",
            submission_token=uuid.uuid4(),
            **ship_to,
        )
        for n in range(count)
    )
    line = first.lines.first()
    OrderLine.objects.bulk_create(
        OrderLine(order=order, stock_item_id=line.stock_item_id, title=line.title, edition_language="en", quantity=10)
        for order in orders
    )


def test_catalogue_and_officer_pages_keep_to_their_query_budgets(client, shop, query_budget):
    manager = get_user_model().objects.create_user("manager@northbridge.example", password="x-long-password-9")
    manager.groups.add(Group.objects.get(name="Order managers"))
    order_team, officer = Client(), Client()
    order_team.force_login(manager)
    officer.force_login(shop.officer)
    first = place(shop.officer, [("NB-GAM-PO-EN", 10)])
    basket, _ = Basket.objects.get_or_create(user=shop.officer)
    preview = cover_image("A printed piece", "Its cover.", "printed-piece")
    made = []

    def add_items(count):
        numbers = range(100 + len(made), 100 + len(made) + count)
        made.extend(numbers)
        items = add_resources(shop.catalogue, numbers, preview)
        add_orders(shop.officer, count, first)
        OrderLine.objects.bulk_create(
            OrderLine(order=first, stock_item=item, title=item.sku, edition_language="en", quantity=10)
            for item in items
        )
        BasketLine.objects.bulk_create(BasketLine(basket=basket, stock_item=item, quantity=10) for item in items)

    query_budget(
        {
            "print catalogue": (client, shop.catalogue.url),
            "print catalogue (fr)": (client, "/fr/ressources-imprimees/"),
            "print resource": (client, shop.brochure.url),
            "print resource (fr)": (client, shop.brochure_fr.url),
            "print catalogue, signed in": (officer, shop.catalogue.url),
            "print resource, signed in": (officer, shop.brochure.url),
            "print resource, signed in (fr)": (officer, shop.brochure_fr.url),
            "basket": (officer, reverse("resources:basket")),
            "checkout": (officer, reverse("resources:checkout")),
            "orders": (officer, reverse("resources:orders")),
            "order": (officer, reverse("resources:order", args=[first.number])),
            "order queue": (order_team, reverse("resources_order_queue")),
        },
        add_items,
    )
