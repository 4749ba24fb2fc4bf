"""Orders and staff actions at the same moment: stock is never over-reserved, quotas hold, nobody deadlocks.

Runs on PostgreSQL, where stock rows are locked with SELECT ... FOR UPDATE (`.ci/run` runs it there);
SQLite serialises every write to the whole database, so the race cannot happen on it.
"""

import queue
import threading
import time
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, connections, transaction
from django.urls import reverse

from resources import services
from resources.models import (
    AgencyMember,
    Basket,
    BasketLine,
    Order,
    OrderingSettings,
    OrderLine,
    StockItem,
    StockMovement,
)
from resources.stock import move_stock
from resources.workflow import change_status
from tests.factories import build_bilingual_site, make_agency, make_catalogue, make_resource
from tests.helpers import in_french, messages_on

pytestmark = [
    pytest.mark.usefixtures("committed_db"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are what is tested: PostgreSQL only"),
]

Status = Order.Status
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


# --- Staff and officers locking the same rows: one lock order, so nobody deadlocks -----------------
#
# Each action runs in its own thread and connection. The test holds the stock row locked while it
# starts them one after the other, each once the one before is waiting for a lock, then lets go:
# the actions meet in exactly the order that used to deadlock.


def backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def wait_until_blocked(pid, thread):
    """Until the thread's connection waits for a lock (or the thread has finished)."""
    for _ in range(1200):
        with connection.cursor() as cursor:
            cursor.execute("SELECT cardinality(pg_blocking_pids(%s))", [pid])
            if cursor.fetchone()[0] or not thread.is_alive():
                return
        time.sleep(0.05)
    raise AssertionError("the action never reached its lock")


def run_one_after_the_other_while_locked(stock_item, *actions):
    """Run each action in its own transaction, all of them queued behind a lock on stock_item; returns failures."""
    failures = []

    def run(action, pids):
        try:
            pids.put(backend_pid())
            action()
        except Exception as error:
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = []
    with transaction.atomic():
        StockItem.objects.select_for_update().get(pk=stock_item.pk)
        for action in actions:
            pids = queue.Queue()
            thread = threading.Thread(target=run, args=(action, pids))
            thread.start()
            wait_until_blocked(pids.get(timeout=60), thread)
            threads.append(thread)
    for thread in threads:
        thread.join(timeout=60)
    return failures


def basket_of(officer, stock_item, pieces):
    basket, _ = Basket.objects.get_or_create(user=officer)
    basket.lines.all().delete()
    BasketLine.objects.create(basket=basket, stock_item=stock_item, quantity=pieces)
    basket.touch()
    return basket


def place_pieces(officer, stock_item, pieces):
    basket = basket_of(officer, stock_item, pieces)
    order, _ = services.submit_order(officer, basket.token, officer.agency_member.agency.addresses.get(), "", "en")
    return order


@pytest.fixture
def one_sku():
    site = build_bilingual_site()
    make_resource(make_catalogue(site.home), 1, [("en", "NB-LOCK-EN", 10, 1000, 100)], translate=False)
    return StockItem.objects.get(sku="NB-LOCK-EN")


@pytest.fixture
def staff():
    user = get_user_model().objects.create_user("manager@northbridge.example", password="x-long-password-9")
    user.groups.add(Group.objects.get(name="Order managers"))
    return user


def test_cancelling_an_order_while_another_order_on_the_same_sku_is_packed_deadlocks_nobody(one_sku, staff):
    _agency, first_officer = make_agency("Agency One", email="one@agency-one.example")
    _agency, second_officer = make_agency("Agency Two", email="two@agency-two.example")
    cancelled = place_pieces(first_officer, one_sku, 100)
    packed = place_pieces(second_officer, one_sku, 60)  # back-ordered: the first order holds every piece
    assert packed.lines.get().reserved == 0

    failures = run_one_after_the_other_while_locked(
        one_sku,
        lambda: change_status(cancelled, Status.CANCELLED, staff, note="Ordered twice"),
        lambda: change_status(packed, Status.PACKING, staff),
    )

    assert failures == []
    assert Order.objects.get(pk=cancelled.pk).status == Status.CANCELLED
    assert Order.objects.get(pk=packed.pk).status == Status.PACKING
    assert packed.lines.get().reserved == 60  # the pieces the cancelled order gave up
    one_sku.refresh_from_db()
    assert (one_sku.on_hand, one_sku.reserved) == (100, 60)


def test_receiving_stock_while_an_order_on_that_sku_ships_deadlocks_nobody(one_sku, staff):
    _agency, officer = make_agency("Agency One", email="one@agency-one.example")
    order = place_pieces(officer, one_sku, 160)  # 100 reserved, 60 back-ordered
    change_status(order, Status.PACKING, staff)

    failures = run_one_after_the_other_while_locked(
        one_sku,
        lambda: move_stock(one_sku, 100, StockMovement.Reason.RECEIVED, staff, "Reprint"),
        lambda: change_status(order, Status.SHIPPED, staff, carrier="Canada Post", tracking="7301"),
    )

    assert failures == []
    line = order.lines.get()
    assert (line.shipped, line.reserved) == (160, 0)  # the received pieces filled the back-order first
    assert not order.follow_ups.exists()
    one_sku.refresh_from_db()
    assert (one_sku.on_hand, one_sku.reserved) == (40, 0)


def test_two_officers_of_one_agency_at_the_quota_edge_cannot_both_pass_the_quota_check(one_sku):
    settings = OrderingSettings.load()
    settings.quota_pieces = 100
    settings.save()
    agency, first = make_agency("Agency One", email="one@agency-one.example")
    second = get_user_model().objects.create_user("two@agency-one.example", email="two@agency-one.example")
    AgencyMember.objects.create(user=second, agency=agency, phone="613-555-0143", language="en")
    baskets = [(officer, basket_of(officer, one_sku, 60)) for officer in (first, second)]
    address = agency.addresses.get()

    failures = run_one_after_the_other_while_locked(
        one_sku,
        *(
            lambda officer=officer, basket=basket: services.submit_order(officer, basket.token, address, "", "en")
            for officer, basket in baskets
        ),
    )

    assert failures == []
    statuses = sorted(Order.objects.values_list("status", flat=True))
    assert statuses == [Status.APPROVED, Status.NEEDS_REVIEW]  # the second one sees the first one's pieces
    assert "would reach 120" in " ".join(Order.objects.get(status=Status.NEEDS_REVIEW).review_reasons)


# --- A conflict the lock order cannot prevent is retried once, then answered with "try again" ------


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])  # deadlock detected, serialization failure
def test_a_staff_action_that_loses_a_deadlock_once_is_retried_and_succeeds(
    one_sku, staff_client, database_gives_up, sqlstate
):
    _agency, officer = make_agency("Agency One", email="one@agency-one.example")
    order = place_pieces(officer, one_sku, 60)
    database_gives_up("resources_order", times=1, sqlstate=sqlstate)
    response = staff_client.post(
        reverse("resources_order_detail", args=[order.pk]),
        {"version": order.version, "to_status": "packing"},
        follow=True,
    )
    assert response.status_code == 200
    assert Order.objects.get(pk=order.pk).status == Status.PACKING
    assert f"Order {order.number} is updated." in messages_on(response)


def test_a_staff_action_that_loses_twice_answers_try_again_in_the_staff_members_language_and_changes_nothing(
    one_sku, staff, staff_client, database_gives_up
):
    _agency, officer = make_agency("Agency One", email="one@agency-one.example")
    cancelled = place_pieces(officer, one_sku, 60)
    in_french(staff)
    database_gives_up("resources_order", times=2)
    response = staff_client.post(
        reverse("resources_order_detail", args=[cancelled.pk]),
        {"version": cancelled.version, "to_status": "cancelled", "confirm": "1"},
        follow=True,
    )
    assert response.status_code == 200
    assert "rien n’a été changé. Réessayez." in " ".join(messages_on(response))
    assert Order.objects.get(pk=cancelled.pk).status == Status.APPROVED
    assert cancelled.lines.get().reserved == 60
    assert StockItem.objects.get(pk=one_sku.pk).reserved == 60


def test_a_bulk_action_reports_try_again_for_the_order_that_lost_and_moves_the_others(
    one_sku, staff_client, database_gives_up
):
    _agency, officer = make_agency("Agency One", email="one@agency-one.example")
    _agency, other_officer = make_agency("Agency Two", email="two@agency-two.example")
    first, second = place_pieces(officer, one_sku, 30), place_pieces(other_officer, one_sku, 30)
    database_gives_up("resources_order", times=2)  # both attempts for the first order
    response = staff_client.post(
        reverse("resources_bulk_action"), {"orders": [first.pk, second.pk], "action": "packing"}, follow=True
    )
    assert response.status_code == 200
    shown = messages_on(response)
    assert any(message.startswith(f"{first.number}: Someone else was changing") for message in shown)
    assert Order.objects.get(pk=first.pk).status == Status.APPROVED
    assert Order.objects.get(pk=second.pk).status == Status.PACKING


def test_receiving_stock_that_loses_twice_answers_try_again_and_records_nothing(
    one_sku, staff_client, database_gives_up
):
    database_gives_up("resources_stockmovement", times=2)
    response = staff_client.post(
        reverse("resources_stock_detail", args=[one_sku.pk]),
        {"form": "move", "reason": "received", "quantity": 50, "note": "Reprint"},
    )
    assert response.status_code == 200
    assert "Try again." in response.content.decode()
    assert StockItem.objects.get(pk=one_sku.pk).on_hand == 100
    assert StockMovement.objects.filter(stock_item=one_sku).count() == 1  # only the opening stock
