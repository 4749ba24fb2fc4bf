"""Many agencies order the last units of one edition at the same moment: stock is never over-reserved.

Runs on PostgreSQL, where stock rows are locked with SELECT ... FOR UPDATE (`.ci/run` runs it there);
SQLite serialises every write to the whole database, so the race cannot happen on it.
"""

import threading
import uuid

import pytest
from django.db import connection, connections

from resources import services
from resources.models import Basket, BasketLine, Order, OrderLine, StockItem
from tests.factories import build_bilingual_site, make_agency, make_catalogue, make_resource

pytestmark = [
    pytest.mark.usefixtures("committed_db"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are what is tested: PostgreSQL only"),
]

OFFICERS = 24
PIECES_EACH = 10
STOCK = 120


def test_concurrent_orders_for_the_last_units_never_reserve_more_than_the_stock():
    site = build_bilingual_site()
    catalogue = make_catalogue(site.home)
    make_resource(catalogue, 1, [("en", "NB-RACE-EN", 10, 1000, STOCK)], translate=False)
    stock = StockItem.objects.get(sku="NB-RACE-EN")
    officers = []
    for number in range(OFFICERS):
        agency, officer = make_agency(f"Agency {number}", email=f"officer{number}@agency{number}.example")
        basket = Basket.objects.create(user=officer)
        BasketLine.objects.create(basket=basket, stock_item=stock, quantity=PIECES_EACH)
        officers.append((officer, basket.token, agency.addresses.get()))

    start = threading.Barrier(OFFICERS)
    failures = []

    def order(officer, token, address):
        try:
            start.wait()
            services.submit_order(officer, token, address, "", "en")
        except Exception as error:
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=order, args=args) for args in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    stock.refresh_from_db()
    lines = list(OrderLine.objects.filter(stock_item=stock))
    assert Order.objects.count() == OFFICERS  # every order is accepted
    assert stock.reserved == sum(line.reserved for line in lines) == STOCK  # never more than the stock
    served = STOCK // PIECES_EACH
    assert sorted(line.reserved for line in lines) == [0] * (OFFICERS - served) + [PIECES_EACH] * served
    assert all(line.quantity == PIECES_EACH for line in lines)  # no line lost: the rest is back-ordered
    assert sum(line.backordered for line in lines) == OFFICERS * PIECES_EACH - STOCK


def test_concurrent_double_submission_of_one_basket_makes_one_order():
    site = build_bilingual_site()
    catalogue = make_catalogue(site.home)
    make_resource(catalogue, 1, [("en", "NB-TWICE-EN", 10, 1000, 100)], translate=False)
    _agency, officer = make_agency()
    basket = Basket.objects.create(user=officer, token=uuid.uuid4())
    BasketLine.objects.create(basket=basket, stock_item=StockItem.objects.get(sku="NB-TWICE-EN"), quantity=20)
    address = officer.agency_member.agency.addresses.get()
    start = threading.Barrier(4)
    results, failures = [], []

    def submit():
        try:
            start.wait()
            results.append(services.submit_order(officer, basket.token, address, "", "en")[0].pk)
        except Exception as error:
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    assert len(set(results)) == 1
    assert Order.objects.count() == 1
    assert StockItem.objects.get(sku="NB-TWICE-EN").reserved == 20
