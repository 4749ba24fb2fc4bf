"""The officers' pages and the order team's queue render with a fixed number of queries, however many rows."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from resources.models import Basket, BasketLine, StockItem
from tests.helpers import QUERY_BUDGETS, place, queries_for

pytestmark = pytest.mark.django_db


def fill_basket(officer, skus):
    basket, _ = Basket.objects.get_or_create(user=officer)
    for sku in skus:
        BasketLine.objects.get_or_create(
            basket=basket, stock_item=StockItem.objects.get(sku=sku), defaults={"quantity": 100}
        )


def test_basket_orders_and_order_pages_use_a_fixed_number_of_queries(client, shop):
    client.force_login(shop.officer)
    first = place(shop.officer, [("NB-GAM-PO-EN", 10)])
    fill_basket(shop.officer, ["NB-GAM-PO-EN"])
    urls = [reverse("resources:basket"), reverse("resources:orders"), reverse("resources:order", args=[first.number])]
    few = {url: queries_for(client, url) for url in urls}
    for _ in range(8):
        place(shop.officer, [("NB-GAM-PO-EN", 10), ("NB-SXT-BR-EN", 50), ("NB-SXT-BR-FR", 50)])
    fill_basket(shop.officer, ["NB-GAM-PO-EN", "NB-SXT-BR-EN", "NB-SXT-BR-FR", "NB-HLP-CA-BI"])
    many = {url: queries_for(client, url) for url in urls}
    assert few == many
    assert max(many.values()) <= QUERY_BUDGETS["officer pages"], many


def test_order_queue_uses_a_fixed_number_of_queries(client, shop):
    from django.contrib.auth import get_user_model

    manager = get_user_model().objects.create_user("manager@northbridge.example", password="x-long-password-9")
    manager.groups.add(Group.objects.get(name="Order managers"))
    client.force_login(manager)
    place(shop.officer, [("NB-GAM-PO-EN", 10)])
    url = reverse("resources_order_queue")
    few = queries_for(client, url)
    for _ in range(10):
        place(shop.other_officer, [("NB-GAM-PO-EN", 10), ("NB-SXT-BR-EN", 50)])
    assert queries_for(client, url) == few
    assert few <= QUERY_BUDGETS["order queue"], few
