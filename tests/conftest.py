"""Fixtures shared by the whole suite."""

import copy
import os
import uuid
from contextlib import contextmanager
from types import SimpleNamespace
from typing import NamedTuple

import pytest
import redis
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.test import Client
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation
from wagtail.models import Locale, Page

from tests.factories import build_bilingual_site, build_library, build_shop
from tests.helpers import query_budget  # noqa: F401 (the fixture, for every test)
from tests.migrated_schema import reused_schema
from tests.retries import is_browser_test, retry_browser_tests_on_ci
from website.indexing import indexed_once_at_the_end

pytest_plugins = ["tests.workers"]  # which worker runs which tests in make test-fast


def pytest_addoption(parser):
    parser.addoption(
        "--reuse-schema",
        action="store_true",
        help="start from the last run's migrated database while no migration has changed (make test-fast)",
    )


def pytest_collection_modifyitems(config, items):
    # The browser tests have a database of their own, so what they commit never reaches the others. They still
    # run last on each worker: once Playwright's browser is open, an asyncio loop runs in this thread, and
    # asgiref's Local (Django's connection store) then keeps connections per async context, so a database test
    # after them got a fresh default connection without the test database's serialized state (seen in CI).
    items.sort(key=is_browser_test)
    retry_browser_tests_on_ci(items)


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """The test database, always: pytest-django only creates it when a collected test asks for `db`,
    and the browser tests (which never do) would otherwise reach the developer's database.

    The tests of the demo content work on a copy of it, made here while nothing else uses the test database
    (PostgreSQL copies only then). The browser tests work on a copy of that copy, made when they start
    (tests/browser/conftest.py), so what their live server commits never reaches either, whatever order the
    tests run in.

    So do the modules that share a site, a library or a shop (module_database): each set of them has its copy."""
    demo_tests = any("demo_content" in item.fixturenames or is_browser_test(item) for item in request.session.items)
    with django_db_blocker.unblock():
        with reused_schema(connection, request.config.getoption("reuse_schema")) as keepdb:
            databases = setup_databases(verbosity=0, interactive=False, keepdb=keepdb, aliases={"default"})
        if demo_tests:
            _demo_database.update(copy_database(connection, DEMO_DATABASE))
        parts_of_modules = shared_contents_of_modules(request.session.items)
        shared_of_parts = {
            parts: SharedDatabase(parts, copy_database(connection, "_".join(parts)))
            for parts in set(parts_of_modules.values())
        }
        _shared_databases.update({module: shared_of_parts[parts] for module, parts in parts_of_modules.items()})
    yield
    with django_db_blocker.unblock():
        for shared in shared_of_parts.values():
            shared.close()
            drop_database(shared.settings)
        if _demo_database:
            drop_database(_demo_database)
        close_other_sessions()
        teardown_databases(databases, verbosity=0)


def copy_database(source, suffix):
    """A copy of the database of the connection `source` as it is now, named after it with `suffix`; returns
    its settings. `source` is closed: it opens again when next used."""
    close_other_sessions(source.settings_dict["NAME"])  # PostgreSQL copies a database only while nobody uses it
    if source.vendor == "sqlite":
        # SQLite copies the file alone: first move what the write-ahead log holds (WAL mode,
        # website/settings/base.py) into it, or the copy lacks the latest tables and rows.
        with source.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source.creation.clone_test_db(suffix=suffix, verbosity=0)
    source.close()
    return source.creation.get_test_db_clone_settings(suffix)


def drop_database(database):

    close_other_sessions(database["NAME"])
    connection.creation._destroy_test_db(database["NAME"], verbosity=0)


def connect(database):
    """A new connection to `database` (a settings dict) that can serve as the default one."""
    return connections[DEFAULT_DB_ALIAS].__class__(dict(database), DEFAULT_DB_ALIAS)


@contextmanager
def default_connection(replacement):
    """This thread's default connection is `replacement` until the block ends."""
    original = connections[DEFAULT_DB_ALIAS]
    connections[DEFAULT_DB_ALIAS] = replacement
    try:
        yield
    finally:
        connections[DEFAULT_DB_ALIAS] = original


@contextmanager
def default_database(database):
    """This thread's default connection goes to `database` (a settings dict) until the block ends."""
    replacement = connect(database)
    try:
        with default_connection(replacement):
            yield
    finally:
        replacement.close()


def close_other_sessions(database=None):
    """End what other threads left open on the test database (or on `database`), or PostgreSQL refuses to
    drop it or copy it."""

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = coalesce(%s, current_database()) AND pid <> pg_backend_pid()",
                [database],
            )


@pytest.fixture
def committed_db(django_db_setup, django_db_blocker):
    """Autocommitted access to the test database, for tests where several connections must see the data.

    Afterwards the database is emptied and refilled with what the migrations created, as Django's
    serialized rollback does, so the tests after this one start from the same state.
    """

    with django_db_blocker.unblock():
        yield
        # Wagtail's tasks ask for their content type when rebuilt from the serialized state; from the cache, or
        # they add a row to the emptied table that the serialized one then collides with (a cold cache, as when
        # --reuse-schema migrated nothing in this process).
        ContentType.objects.get_for_models(*apps.get_models())
        call_command("flush", interactive=False, verbosity=0, reset_sequences=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
        cache.clear()


@contextmanager
def rolled_back(django_db_blocker):
    """Data built once for a whole test module, inside a transaction undone after the module.

    Each test still runs in its own savepoint (the `db` fixture), so what one test changes
    never reaches the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def database_gives_up():
    """Make PostgreSQL refuse the next `times` writes to a table with a deadlock (its real error and SQLSTATE)."""

    tables = []

    def arrange(table, times, sqlstate="40P01"):
        with connection.cursor() as cursor:
            cursor.execute("CREATE SEQUENCE IF NOT EXISTS test_conflicts")
            cursor.execute(
                """CREATE OR REPLACE FUNCTION test_conflict() RETURNS trigger AS $$
                BEGIN
                    IF nextval('test_conflicts') <= TG_ARGV[0]::int THEN
                        RAISE EXCEPTION 'the database gave up this transaction' USING ERRCODE = TG_ARGV[1];
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql"""
            )
            cursor.execute(
                f"CREATE TRIGGER test_conflict BEFORE INSERT OR UPDATE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION test_conflict('{int(times)}', '{sqlstate}')"
            )
        tables.append(table)

    yield arrange
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DROP TRIGGER test_conflict ON {table}")
        cursor.execute("DROP FUNCTION IF EXISTS test_conflict()")
        cursor.execute("DROP SEQUENCE IF EXISTS test_conflicts")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as the cached page chrome belongs to another test's data."""
    cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """Every page rendered each time, for tests that count what rendering costs."""
    settings.PAGE_CACHE_SECONDS = 0


# Redis database 2 is this suite's; each test gets its own key prefix, so parallel workers never collide.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/2")


@pytest.fixture(params=["file-cache", "redis"])
def two_servers(request, settings, tmp_path):
    """Readers of two app servers sharing one cache: the embedded file cache, or real Redis.

    Each test client loads its own middleware, so each keeps its own in-memory copies of pages, as
    each worker process does; only the shared cache connects them.
    """
    prefix = f"test-{uuid.uuid4().hex}"
    if request.param == "file-cache":
        backend = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}
    else:
        backend = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": TEST_REDIS_URL}
    settings.CACHES = {"default": {**backend, "KEY_PREFIX": prefix}}
    yield SimpleNamespace(first=Client(), second=Client())
    if request.param == "redis":
        forget_redis_keys(prefix)


def forget_redis_keys(prefix):
    client = redis.Redis.from_url(TEST_REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture(autouse=True)
def english_by_default():
    translation.activate("en")
    yield
    translation.deactivate()


# What a module's tests may share, built once per worker in a database of its own (module_database), in order.
SHARED_CONTENTS = {
    "site": lambda contents: build_bilingual_site(),
    "library": lambda contents: build_library(contents.site.home),
    "shop": lambda contents: build_shop(contents.site.home),
}


def shared_contents_of_modules(items):
    """{module: the parts of SHARED_CONTENTS its tests use (a tuple in that order)}, for modules that use any."""
    used = {}
    for item in items:
        if "module_database" in item.fixturenames:
            parts = used.setdefault(item.module, {"site"})
            parts.update(part for part in SHARED_CONTENTS if f"module_{part}" in item.fixturenames)
    return {module: tuple(part for part in SHARED_CONTENTS if part in parts) for module, parts in used.items()}


class SharedDatabase:
    """A copy of the test database (made by django_db_setup) where some of SHARED_CONTENTS are built and committed
    the first time a module asks for them; each module then works inside a transaction undone after it."""

    def __init__(self, parts, settings):
        self.parts = parts
        self.settings = settings
        self.connection = None
        self.contents = None

    def open(self, django_db_blocker):
        if self.connection is None:
            self.connection = connect(self.settings)
            contents = SimpleNamespace(**dict.fromkeys(SHARED_CONTENTS))
            with django_db_blocker.unblock(), default_connection(self.connection), indexed_once_at_the_end():
                for part in self.parts:
                    setattr(contents, part, SHARED_CONTENTS[part](contents))
            self.contents = contents
        return self.connection, copy.deepcopy(self.contents)  # what one module changes in memory stays there

    def close(self):
        if self.connection is not None:
            self.connection.close()


_shared_databases = {}  # this worker's, by module (modules using the same parts share one): see django_db_setup


@pytest.fixture(scope="module")
def module_database(request, django_db_setup, django_db_blocker):
    """What this module's tests share (a site, with a library or a shop where they ask for one), built once per
    worker: building them took longer than most modules' tests. Its tests run on that database, inside a
    transaction undone after the module; each test still runs in its own savepoint (the `db` fixture).

    Every test of the module runs there once one has asked for it, as a module-scoped fixture stays set up."""
    shared_connection, contents = _shared_databases[request.module].open(django_db_blocker)
    with default_connection(shared_connection), rolled_back(django_db_blocker):
        yield contents


@pytest.fixture(scope="module")
def module_site_pages(module_database):
    return module_database.site


@pytest.fixture
def site_pages(module_site_pages, db):
    """A small bilingual site: home, about, safety and an English-only page, translated with wagtail-localize."""
    for page in vars(module_site_pages).values():
        page.refresh_from_db()
    return module_site_pages


DEMO_DATABASE = "demo"  # the suffix of the demo content's copy of the test database
_demo_database = {}  # its settings, once django_db_setup has made it
# The demo sign-ins' passwords in the tests (`make run` makes random ones); the browser tests sign in with them.
DEMO_ADMIN_PASSWORD = "correct horse battery staple"
DEMO_OFFICER_PASSWORD = "officer horse battery staple"


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """A connection to the demo content's copy of the test database, where the demo content is loaded once per
    worker (loading it takes longer than all the tests that read it) and committed. The browser tests' database
    is a copy of it."""
    demo = connect(_demo_database)  # not the default connection's copy: a module may have switched it (module_database)
    with (
        django_db_blocker.unblock(),
        default_connection(demo),
        pytest.MonkeyPatch.context() as monkeypatch,
    ):
        monkeypatch.setenv("DEMO_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD)
        monkeypatch.setenv("DEMO_OFFICER_PASSWORD", DEMO_OFFICER_PASSWORD)
        call_command("load_demo_content", verbosity=0)
    yield demo
    with django_db_blocker.unblock():
        demo.close()


@pytest.fixture
def on_demo_database(demo_database):
    """The test uses the demo content's database as its default one; set up before `db`, so the test's
    transaction (rolled back after it) is opened there."""
    with default_connection(demo_database):
        yield


@pytest.fixture
def demo_content(on_demo_database, db, monkeypatch):
    """The whole demo site, as `make run` loads it, in a transaction undone after the test.

    Request it before any fixture that uses the database, and do not mark the test `django_db`: the
    test's transaction must be opened on the demo content's database, not on the test database."""
    assert connection.in_atomic_block, "the test's transaction was opened before demo_content, on the test database"
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD)


class RenderedPage(NamedTuple):
    url: str
    language: str
    translation_key: uuid.UUID
    html: str


_rendered_demo_pages = []  # this worker's, filled by the first test that asks


@pytest.fixture
def demo_pages(demo_content):
    """Every live page of the demo site as a reader gets it (a RenderedPage each), rendered once per worker: five
    tests read every page, and rendering them all takes longer than what each test checks. Only for tests that
    read the demo content as loaded: a test that changes it renders its own pages."""
    if not _rendered_demo_pages:
        client, languages = Client(), dict(Locale.objects.values_list("pk", "language_code"))
        for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            _rendered_demo_pages.append(
                RenderedPage(page.url, languages[page.locale_id], page.translation_key, response.content.decode())
            )
    return _rendered_demo_pages
