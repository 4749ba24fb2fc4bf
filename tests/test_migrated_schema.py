"""`make test-fast` reuses the last run's migrated database only while nothing that shapes it has changed."""

import sqlite3
import uuid

import pytest
from django.db import connection

from tests import migrated_schema
from tests.conftest import connect
from tests.migrated_schema import reused_schema, schema_fingerprint


@pytest.fixture
def sqlite_connection(tmp_path, monkeypatch, django_db_blocker):
    """A test database's connection, with var/test-schema/ in a folder of this test's own."""
    monkeypatch.setattr(migrated_schema, "SCHEMA_DIRECTORY", tmp_path / "schemas")

    def open_database(name):
        path = str(tmp_path / name)
        settings = {**connection.settings_dict, "ENGINE": "django.db.backends.sqlite3", "NAME": path}
        settings["TEST"] = {"NAME": path}
        return connect(settings)

    with django_db_blocker.unblock():  # databases of this test's own, not the test database
        yield open_database


def tables(path):
    with sqlite3.connect(path) as database:
        return {name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite keeps its migrated database as a file")
def test_the_first_run_keeps_its_migrated_database_and_the_next_starts_from_a_copy(sqlite_connection):
    first = sqlite_connection("first.sqlite3")
    with reused_schema(first, wanted=True) as keepdb:
        assert keepdb is False
        with first.cursor() as cursor:  # what the migrations would make
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("CREATE TABLE migrated (id integer)")
    first.close()

    second = sqlite_connection("second.sqlite3")
    with reused_schema(second, wanted=True) as keepdb:
        assert keepdb is True
        assert "migrated" in tables(second.settings_dict["NAME"])
    assert len(list(migrated_schema.SCHEMA_DIRECTORY.glob("*.sqlite3"))) == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite keeps its migrated database as a file")
def test_make_test_and_ci_always_migrate_from_nothing(sqlite_connection):
    first = sqlite_connection("first.sqlite3")
    with reused_schema(first, wanted=True), first.cursor() as cursor:
        cursor.execute("CREATE TABLE migrated (id integer)")
    first.close()

    with reused_schema(sqlite_connection("second.sqlite3"), wanted=False) as keepdb:
        assert keepdb is False


@pytest.fixture
def postgresql_worker(django_db_blocker):
    """A test worker's connection as reused_schema finds it: to a database `check_<random>`, whose test database is
    `test_check_<random>_<number>` and whose template is this test's own (`test_check_<random>_schema_…`), so
    tests on other workers never meet them. Every one of them is dropped afterwards."""
    name = f"check_{uuid.uuid4().hex[:12]}"
    opened = []

    def open_worker(number):
        opened.append(connect({**connection.settings_dict, "NAME": name}))
        opened[-1].settings_dict["TEST"] = {**connection.settings_dict["TEST"], "NAME": f"test_{name}_{number}"}
        return opened[-1]

    with django_db_blocker.unblock():
        yield open_worker
        for worker in opened:
            worker.close()
        with connection.creation._nodb_cursor() as cursor:
            prefix = f"test_{name}_"
            cursor.execute("SELECT datname FROM pg_database WHERE left(datname, %s) = %s", [len(prefix), prefix])
            for (database,) in cursor.fetchall():
                cursor.execute(f"DROP DATABASE {connection.ops.quote_name(database)}")


def run_on_test_database(worker, sql):
    """`sql` on the worker's test database (what setup_databases's migrations do), through a connection closed
    afterwards, as PostgreSQL copies a database only while nobody uses it."""
    test_database = connect({**worker.settings_dict, "NAME": worker.settings_dict["TEST"]["NAME"]})
    try:
        with test_database.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall() if cursor.description else None
    finally:
        test_database.close()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's test database is reused as a template")
def test_on_postgresql_the_first_run_keeps_its_migrated_database_and_the_next_starts_from_a_copy(postgresql_worker):
    first = postgresql_worker(1)
    with reused_schema(first, wanted=True) as keepdb:
        assert keepdb is False
        first.creation._create_test_db(verbosity=0, autoclobber=True)  # as setup_databases does, then migrates
        run_on_test_database(first, "CREATE TABLE migrated (id integer)")

    second = postgresql_worker(2)
    with reused_schema(second, wanted=True) as keepdb:
        assert keepdb is True
    tables = run_on_test_database(second, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert ("migrated",) in tables


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's test database is reused as a template")
def test_on_postgresql_make_test_and_ci_always_migrate_from_nothing(postgresql_worker):
    first = postgresql_worker(1)
    with reused_schema(first, wanted=True):
        first.creation._create_test_db(verbosity=0, autoclobber=True)

    with reused_schema(postgresql_worker(2), wanted=False) as keepdb:
        assert keepdb is False


def test_the_fingerprint_changes_with_the_settings_migrations_read(settings):
    before = schema_fingerprint()
    assert schema_fingerprint() == before
    settings.WAGTAIL_CONTENT_LANGUAGES = [("en", "English")]
    assert schema_fingerprint() != before


def test_the_fingerprint_changes_with_any_migration_file(tmp_path, monkeypatch, settings):
    before = schema_fingerprint()
    package = tmp_path / "changed_migrations"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "0001_initial.py").write_text("# a migration that differs\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    settings.MIGRATION_MODULES = {"website": "changed_migrations"}
    assert schema_fingerprint() != before
