"""Browser tests: a real headless Chromium (Playwright) against a live server holding the demo content.

The browser tests have a database of their own: a copy of the demo content's database (tests/conftest.py),
made when the first of them starts on a worker. The live server's threads and the tests themselves use it as
their default database, so the database every other test uses never sees what they commit, whichever order
the tests run in. Each browser test starts from the site a first-time visitor would see: anything a test
changes in the database it puts back.
"""

import os
import shutil
from urllib.parse import urlparse

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import ProtectedError
from django.test import testcases
from django.test.testcases import _StaticFilesHandler
from playwright.sync_api import expect, sync_playwright

from resources.models import BasketLine, Order, OrderingSettings, StockItem
from tests.conftest import connect, copy_database, default_database, drop_database

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# How long actions and assertions wait: on a loaded two-core CI machine a page can take more than
# Playwright's default five seconds for expect(), without anything being wrong.
TIMEOUT_MS = 10_000
expect.set_options(timeout=TIMEOUT_MS)


def chromium_path():
    """Debian's Chromium (or CHROMIUM_PATH); None lets Playwright use its own download where that works."""
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    return path or None


BROWSER_DATABASE = "browser"  # the suffix of the browser tests' copy of the test database


@pytest.fixture(scope="session")
def browser_database(demo_database, django_db_blocker):
    """The settings of the browser tests' own database: a copy of the demo content's database (the tests of the
    demo content leave it as it was loaded: each one's transaction is rolled back)."""
    with django_db_blocker.unblock():
        database = copy_database(demo_database, BROWSER_DATABASE)
    yield database
    with django_db_blocker.unblock():
        drop_database(database)


@pytest.fixture(autouse=True)
def on_browser_database(browser_database, django_db_blocker):
    """During each browser test, the test and the live server use the browser tests' database, and may use it."""
    with django_db_blocker.unblock(), default_database(browser_database):
        yield


class BrowserDatabaseServer(ThreadedWSGIServer):
    """The live server: each request's thread uses the browser tests' database as its default one."""

    database = None

    def process_request_thread(self, request, client_address):
        # Closed when the request ends (ThreadedWSGIServer.close_request).
        connections[DEFAULT_DB_ALIAS] = connect(self.database)
        super().process_request_thread(request, client_address)


class LiveServerThread(testcases.LiveServerThread):
    server_class = BrowserDatabaseServer

    def __init__(self, database, *args, **kwargs):
        self.database = database
        super().__init__(*args, **kwargs)

    def _create_server(self, connections_override=None):
        server = super()._create_server(connections_override)
        server.database = self.database
        return server


class LiveServer:
    def __init__(self, thread):
        self.thread = thread
        self.url = f"http://{thread.host}:{thread.port}"
        self.origin = self.url

    def __call__(self, path):
        return self.url + path


@pytest.fixture(scope="session")
def live_site(browser_database):
    """The demo site, in the browser tests' database, served by a real HTTP server in a thread for the session."""
    thread = LiveServerThread(browser_database, "127.0.0.1", _StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield LiveServer(thread)
    thread.terminate()
    thread.join()


@pytest.fixture(scope="session")
def browser(live_site):
    # Depends on live_site so it closes first: open keep-alive connections would hold the test database.
    # Playwright's sync API runs an event loop in this thread; Django would otherwise refuse
    # the database calls tests make between browser steps.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def db_access(on_browser_database):
    """Direct database access from a browser test, to the browser tests' database (changes are committed: put
    them back)."""


class ForeignRequests(list):
    """Every request the page made to an origin other than the live server's."""


@pytest.fixture
def server_errors_expected():
    """Taken by a test that makes the site fail on purpose: its 5xx answers do not fail the test."""


@pytest.fixture
def context(browser, live_site, request):
    """A browser context on the live site. Any 5xx answer of the site fails the test that got it, whatever the
    test asserts: a page type reached as a server error page would otherwise pass an axe or layout check."""
    context = browser.new_context(base_url=live_site.url, viewport={"width": 1280, "height": 900})
    context.foreign_requests = ForeignRequests()
    server_errors = []

    def record(request):
        if urlparse(request.url).scheme in {"http", "https"} and not request.url.startswith(live_site.origin):
            context.foreign_requests.append(request.url)

    def record_server_error(response):
        if response.status >= 500 and response.url.startswith(live_site.origin):
            server_errors.append(f"{response.status} {response.url}")

    context.on("request", record)
    context.on("response", record_server_error)
    yield context
    context.close()
    if "server_errors_expected" not in request.fixturenames:
        assert server_errors == [], "the site answered with a server error"


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return page


@pytest.fixture
def exit_destinations(context):
    """Intercept the Leave quickly destinations so no test leaves the machine; record what reached them."""
    return route_destinations(context)


def route_destinations(context):
    """Answer the Leave quickly destinations in `context` with a stand-in page; return the requests that reach them."""
    reached = []

    def fulfil(route):
        reached.append(route.request)
        route.fulfill(status=200, content_type="text/html", body="<!DOCTYPE html><title>Weather</title><p>Weather")

    context.route("https://weather.gc.ca/**", fulfil)
    context.route("https://meteo.gc.ca/**", fulfil)
    return reached


@pytest.fixture
def put_back(db_access):
    """Delete every row a test adds to the ordering tables (orders, baskets, agencies, officers) and any
    user it creates, and give the stock items back the figures they had (shipping takes stock out)."""
    models = [*apps.get_app_config("resources").get_models(), get_user_model()]
    models = [model for model in models if not issubclass(model, OrderingSettings) and not hasattr(model, "path")]
    before = {model: set(model.objects.values_list("pk", flat=True)) for model in models}
    basket_lines = list(BasketLine.objects.values("basket_id", "stock_item_id", "quantity"))
    stock = {item.pk: (item.on_hand, item.reserved) for item in StockItem.objects.all()}
    yield
    for _attempt in range(len(models)):  # orders first: they protect their agency and officer
        protected = False
        for model in [Order, *models]:
            try:
                model.objects.exclude(pk__in=before[model]).delete()
            except ProtectedError:
                protected = True
        if not protected:
            break
    BasketLine.objects.all().delete()
    BasketLine.objects.bulk_create(BasketLine(**line) for line in basket_lines)
    for pk, (on_hand, reserved) in stock.items():
        StockItem.objects.filter(pk=pk).update(on_hand=on_hand, reserved=reserved)
