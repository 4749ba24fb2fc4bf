"""`make test-fast` reuses the last run's migrated database only while nothing that shapes it has changed."""

import sqlite3

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


@pytest.mark.skipif(connection.vendor != "sqlite", reason="only SQLite's test database is reused")
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


@pytest.mark.skipif(connection.vendor != "sqlite", reason="only SQLite's test database is reused")
def test_make_test_and_ci_always_migrate_from_nothing(sqlite_connection):
    first = sqlite_connection("first.sqlite3")
    with reused_schema(first, wanted=True), first.cursor() as cursor:
        cursor.execute("CREATE TABLE migrated (id integer)")
    first.close()

    with reused_schema(sqlite_connection("second.sqlite3"), wanted=False) as keepdb:
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
