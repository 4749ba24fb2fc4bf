"""Two gunicorn servers sharing PostgreSQL and Redis behave as one site.

What one server changes, the other shows at once (the cached page parts live in Redis); an officer signed
in on one is signed in on the other; orders placed through both at the same moment never take more than
the stock. PostgreSQL only: SQLite is not shared by several app servers in production.
"""

import threading

import pytest
import redis
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.test import Client

from resources.models import Basket, BasketLine, Order, OrderLine, PrintEdition, StockItem
from tests.factories import build_bilingual_site, make_agency, make_catalogue, make_resource
from tests.servers import Visitor, gunicorn, production_environment, release

pytestmark = [
    pytest.mark.usefixtures("committed_db"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="several app servers share PostgreSQL, not SQLite"),
]

REDIS_URL = "redis://127.0.0.1:6379/3"
CSRF_SECRET = "x" * 32
REQUESTS_PER_CHECK = 6


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """After the release step, two servers with two workers each, started once for the tests of this module."""
    folder = tmp_path_factory.mktemp("servers")
    environment = production_environment(
        REDIS_URL=REDIS_URL, STATIC_ROOT=str(folder / "static"), MEDIA_ROOT=str(folder / "media")
    )
    result = release(environment)
    assert result.returncode == 0, result.stdout + result.stderr
    with gunicorn(environment, workers=2) as first, gunicorn(environment, workers=2) as second:
        yield first, second


@pytest.fixture
def two_servers(servers):
    """The servers, with nothing cached from the previous test's data (the database is emptied after each)."""
    shared_cache = redis.Redis.from_url(REDIS_URL)
    shared_cache.flushdb()
    yield servers
    shared_cache.flushdb()


def set_production_password(user, password):
    """Production checks passwords with PBKDF2 (the test settings' MD5 is not among its hashers)."""
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(password, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])


def signed_in_visitor(user):
    """A visitor carrying a session made here, in the shared database, as if the user had signed in."""
    client = Client()
    client.force_login(user)
    visitor = Visitor()
    visitor.cookies = {"sessionid": client.cookies["sessionid"].value, "csrftoken": CSRF_SECRET}
    return visitor


def test_a_page_published_through_one_server_is_fresh_on_the_other_at_once(two_servers):
    first, second = two_servers
    site = build_bilingual_site()
    admin = get_user_model().objects.create_superuser("editor", "editor@northbridge.example")
    set_production_password(admin, "editor-password-1")
    reader = Visitor()
    # Several requests, so that each worker of the second server has built (or read) the menu.
    for _request in range(REQUESTS_PER_CHECK):
        assert ">About us<" in reader.get(second.url + "/en/").text

    about = site.about.specific
    about.title = "About the foundation"
    about.save_revision()
    editor = Visitor()
    signed_in = editor.post(first.url + "/admin/login/", {"username": "editor", "password": "editor-password-1"})
    assert signed_in.status == 302
    published = editor.post(first.url + f"/admin/bulk/wagtailcore/page/publish/?id={about.pk}", {})
    assert published.status == 302

    for _request in range(REQUESTS_PER_CHECK):  # whichever worker answers
        home = reader.get(second.url + "/en/")
        assert ">About the foundation<" in home.text
        assert ">About us<" not in home.text
    assert "<h1>About the foundation</h1>" in reader.get(second.url + "/en/about/").text


def test_an_officers_session_and_basket_work_across_both_servers(two_servers):
    first, second = two_servers
    site = build_bilingual_site()
    make_resource(make_catalogue(site.home), 1, [("en", "NB-TWO-EN", 10, 1000, 100)], translate=False)
    edition = PrintEdition.objects.get(sku="NB-TWO-EN")
    _agency, officer = make_agency()
    set_production_password(officer, "officer-password-1")
    officer_browser = Visitor()

    signed_in = officer_browser.post(
        first.url + "/en/agency/sign-in/", {"username": officer.username, "password": "officer-password-1"}
    )
    assert signed_in.status == 302
    added = officer_browser.post(second.url + "/en/agency/basket/add/", {"edition": edition.pk, "quantity": 20})
    assert added.status == 302
    assert BasketLine.objects.get(basket__user=officer).quantity == 20
    basket = officer_browser.get(first.url + "/en/agency/basket/")
    assert basket.status == 200
    assert "NB-TWO-EN" in basket.text

    signed_out = officer_browser.post(second.url + "/en/agency/sign-out/", {})
    assert signed_out.status == 302
    assert officer_browser.get(first.url + "/en/agency/basket/").status == 302  # to the sign-in page


def test_orders_placed_through_both_servers_at_once_never_take_more_than_the_stock(two_servers):
    officers, pieces_each, stock_level = 8, 10, 50
    site = build_bilingual_site()
    make_resource(make_catalogue(site.home), 1, [("en", "NB-RACE2-EN", 10, 1000, stock_level)], translate=False)
    stock = StockItem.objects.get(sku="NB-RACE2-EN")
    submissions = []
    for number in range(officers):
        agency, officer = make_agency(f"Agency {number}", email=f"officer{number}@agency{number}.example")
        basket = Basket.objects.create(user=officer)
        BasketLine.objects.create(basket=basket, stock_item=stock, quantity=pieces_each)
        form = {"address": agency.addresses.get().pk, "note": "", "token": str(basket.token)}
        submissions.append((signed_in_visitor(officer), two_servers[number % 2].url, form))

    start = threading.Barrier(officers)
    answers = []

    def submit(visitor, server_url, form):
        start.wait()
        answers.append(visitor.post(server_url + "/en/agency/checkout/submit/", form).headers.get("Location", ""))

    threads = [threading.Thread(target=submit, args=submission) for submission in submissions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert len(answers) == officers
    assert all(answer.startswith("/en/agency/orders/") for answer in answers), answers
    stock.refresh_from_db()
    lines = list(OrderLine.objects.filter(stock_item=stock))
    assert Order.objects.count() == officers
    assert stock.reserved == sum(line.reserved for line in lines) == stock_level
    assert sum(line.backordered for line in lines) == officers * pieces_each - stock_level
