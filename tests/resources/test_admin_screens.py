"""The order team's admin screens: verb labels and confirmation, the queue's default, the dashboard's counts,
stock with titles and back-orders, and an admin that asks no other site for anything."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from resources.models import Agency, Order, PrintEdition, StockItem
from resources.workflow import change_status
from tests.helpers import in_french, soup
from tests.resources import test_back_office
from tests.resources.test_back_office import place

pytestmark = pytest.mark.django_db
# The order team's fixtures, shared with the back-office tests.
manager = test_back_office.manager
manager_client = test_back_office.manager_client
Status = Order.Status


def test_admin_asks_no_other_site_for_avatars_or_new_releases(client, shop):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    admin = get_user_model().objects.create_superuser("staff@northbridge.example", "staff@northbridge.example", "x")
    client.force_login(admin)
    dashboard = client.get("/admin/").content.decode()
    assert "gravatar" not in dashboard.lower()
    assert "w-upgrade" not in dashboard  # Wagtail's "new version available" check, which calls releases.wagtail.io


def test_order_actions_are_verbs_and_cancelling_or_declining_must_be_confirmed(shop, manager_client):
    order = place(shop.officer, [("NB-GAM-PO-EN", 120)])
    page = soup(manager_client.get(reverse("resources_order_detail", args=[order.pk])))
    forms = {form.legend.get_text(strip=True): form for form in page.select("form.order-action")}
    assert set(forms) == {"Approve order", "Cancel order", "Decline order"}
    for verb, form in forms.items():
        assert form.button.get_text(strip=True) == verb
    assert forms["Approve order"].select_one("input[name=confirm]") is None
    for verb in ("Cancel order", "Decline order"):
        confirm = forms[verb].select_one("input[type=checkbox][name=confirm]")
        assert confirm.has_attr("required")
        assert order.number in forms[verb].find("label", attrs={"for": confirm["id"]}).get_text()


def queue_numbers(response):
    return [row.th.get_text(strip=True) for row in soup(response).select("tbody tr") if row.th]


def test_queue_shows_orders_not_yet_shipped_by_default_and_everything_on_request(shop, manager_client, manager):
    shipped = place(shop.officer, [("NB-GAM-PO-EN", 10)])
    change_status(shipped, Status.PACKING, manager)
    change_status(shipped, Status.SHIPPED, manager, carrier="Canada Post", tracking="1")
    waiting = place(shop.officer, [("NB-GAM-PO-EN", 10)])
    reviewed = place(shop.other_officer, [("NB-GAM-PO-EN", 120)])
    first_visit = manager_client.get(reverse("resources_order_queue"))
    assert queue_numbers(first_visit) == [reviewed.number, waiting.number]
    assert soup(first_visit).select_one("select[name=status] option[selected]")["value"] == "open"
    everything = manager_client.get(reverse("resources_order_queue"), {"status": ""})
    assert sorted(queue_numbers(everything)) == sorted([shipped.number, waiting.number, reviewed.number])


def test_queue_filters_fold_away_until_a_filter_narrows_the_queue_and_then_say_which(shop, manager_client, manager):
    first_visit = soup(manager_client.get(reverse("resources_order_queue")))
    filters = first_visit.select_one("details.order-filters")
    assert not filters.has_attr("open")
    assert filters.summary.get_text(strip=True) == "Filters"
    assert filters.select_one("select[name=status]") is not None
    in_french(manager)
    narrowed = soup(manager_client.get(reverse("resources_order_queue"), {"status": "needs_review", "province": "MB"}))
    filters = narrowed.select_one("details.order-filters")
    assert filters.has_attr("open")
    named = "État\u00a0: À vérifier; Province ou territoire\u00a0: Manitoba"
    assert filters.summary.get_text(strip=True) == f"Filtres ({named})"


def test_dashboard_counts_orders_to_review_and_agency_requests_waiting(shop, manager_client):
    place(shop.other_officer, [("NB-GAM-PO-EN", 120)])
    place(shop.officer, [("NB-GAM-PO-EN", 10)])  # within the limits: nothing to review
    for name in ("Westfield Police Service", "Lakeview Youth Protection"):
        Agency.objects.create(name=name, agency_type=Agency.Type.choices[0][0], province="ON")
    Agency.objects.create(name="Declined Agency", agency_type=Agency.Type.choices[0][0], province="ON",
                          status=Agency.Status.DECLINED)  # fmt: skip
    assert Agency.objects.filter(status=Agency.Status.PENDING).count() == 2
    panel = soup(manager_client.get("/admin/")).select_one("[aria-labelledby=work-queue-heading]")
    links = {a.get_text(strip=True): a["href"] for a in panel.select("a")}
    assert links == {
        "1 order needs review": reverse("resources_order_queue") + "?status=needs_review",
        "2 agency requests are waiting": reverse("resources_agency_requests"),
    }


def test_stock_list_shows_each_skus_title_and_the_pieces_back_ordered(shop, manager_client):
    StockItem.objects.filter(sku="NB-GAM-PO-EN").update(on_hand=20, reserved=0)
    place(shop.officer, [("NB-GAM-PO-EN", 120)])
    page = soup(manager_client.get(reverse("resources_stock_list")))
    row = next(row for row in page.select("tbody tr") if row.th.get_text(strip=True) == "NB-GAM-PO-EN")
    cells = [cell.get_text(strip=True) for cell in row.find_all("td")]
    assert cells[0] == "Resource number 2"
    assert cells[-1] == "100"  # 120 ordered, 20 in stock


def test_stock_page_names_the_title_and_the_orders_waiting_in_the_order_stock_will_fill_them(shop, manager_client):
    older = place(shop.officer, [("NB-HLP-CA-BI", 300)])
    newer = place(shop.other_officer, [("NB-HLP-CA-BI", 300)])
    item = StockItem.objects.get(sku="NB-HLP-CA-BI")
    page = soup(manager_client.get(reverse("resources_stock_detail", args=[item.pk])))
    title = PrintEdition.objects.filter(sku=item.sku, page__locale__language_code="en").values_list(
        "page__title", flat=True
    )[0]
    assert page.h1.get_text(strip=True) == f"NB-HLP-CA-BI: {title}"
    table = page.select_one("table[aria-labelledby=back-orders-heading]")
    rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.tbody.select("tr")]
    owed = {order.number: order.lines.get().backordered for order in (older, newer)}
    assert [(row[0], row[-1]) for row in rows] == [(number, f"{pieces:,}") for number, pieces in owed.items()]
    assert all(owed.values())


def test_stock_page_says_when_no_order_waits(shop, manager_client):
    item = StockItem.objects.get(sku="NB-GAM-PO-EN")
    page = soup(manager_client.get(reverse("resources_stock_detail", args=[item.pk])))
    assert page.select_one("table[aria-labelledby=back-orders-heading]") is None
    assert "No order is waiting for this edition." in page.get_text()


def test_an_orders_history_names_the_status_before_and_after_in_french(shop, manager_client, manager):
    order = place(shop.officer, [("NB-GAM-PO-EN", 20)])
    in_french(manager)
    page = soup(manager_client.get(reverse("resources_order_detail", args=[order.pk])))
    headers = [th.get_text(strip=True) for th in page.select("thead th")]
    assert "État précédent" in headers
    assert "Nouvel état" in headers
    assert "Du" not in headers


def test_a_date_field_keeps_its_value_in_french_as_browsers_read_it(shop, manager_client, manager):
    in_french(manager)
    page = soup(manager_client.get(reverse("resources_distribution_report")))  # this year, by default
    assert page.select_one("input[name=start]")["value"] == f"{timezone.localdate().year}-01-01"


def test_the_low_stock_panel_puts_a_no_break_space_before_its_colon_in_french(shop, manager_client, manager):
    in_french(manager)
    text = soup(manager_client.get("/admin/")).get_text("", strip=False)
    assert "NB-HLP-CA-BI\u00a0: 0" in text
