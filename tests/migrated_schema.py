"""`make test-fast` starts from a copy of the last run's freshly migrated database (`--reuse-schema`).

Applying the 240 migrations (Wagtail's and ours) costs each test worker about 16 seconds of CPU on SQLite and
more on PostgreSQL, most of `make test-fast`'s fixed cost; what they make changes only when a migration does. The
migrated database is kept under a fingerprint of every migration file of every installed app, of the Django version
and of the settings that migrations read, so a new or changed migration means a fresh one: on SQLite a file in
var/test-schema/, on PostgreSQL a database `test_<name>_schema_<fingerprint>` that each worker's test database is
created from (CREATE DATABASE … TEMPLATE). Django still runs `migrate` on the copy (keepdb), which applies anything
not yet applied and checks the rest in about a second.

`make test` and CI never use it: they migrate from nothing, as a new installation does.
"""

import hashlib
import importlib
import os
import shutil
from contextlib import contextmanager, suppress
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.db import DatabaseError
from django.db.migrations.loader import MigrationLoader

SCHEMA_DIRECTORY = Path(__file__).resolve().parent.parent / "var" / "test-schema"


def schema_fingerprint():
    digest = hashlib.sha256(django.get_version().encode())
    digest.update(repr([settings.INSTALLED_APPS, settings.LANGUAGES, settings.WAGTAIL_CONTENT_LANGUAGES]).encode())
    for app in apps.get_app_configs():
        module_name, _ = MigrationLoader.migrations_module(app.label)
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue  # an app without migrations
        for path in sorted(Path(module.__file__).parent.glob("*.py")):
            digest.update(f"{module_name}/{path.name}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def reused_schema(connection, wanted):
    """Around the test database's creation: yields keepdb, True when a migrated copy was put in its place.
    Afterwards, a database migrated from nothing becomes the copy for the next run."""
    if wanted and connection.vendor == "postgresql":
        with reused_postgresql_schema(connection) as keepdb:
            yield keepdb
        return
    if not wanted or connection.vendor != "sqlite":
        yield False
        return
    template = SCHEMA_DIRECTORY / f"{schema_fingerprint()}.sqlite3"
    test_database = Path(connection.settings_dict["TEST"]["NAME"])
    reused = template.exists()
    if reused:
        shutil.copyfile(template, test_database)
    yield reused
    if not reused:
        save_template(connection, test_database, template)


def save_template(connection, test_database, template):
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone then holds every table (WAL mode)
    SCHEMA_DIRECTORY.mkdir(parents=True, exist_ok=True)
    partial = template.with_suffix(f".{os.getpid()}.partial")
    shutil.copyfile(test_database, partial)
    partial.replace(template)  # whole or not at all, whichever worker finishes first
    for old in SCHEMA_DIRECTORY.glob("*.sqlite3"):
        if old != template:
            old.unlink(missing_ok=True)


@contextmanager
def reused_postgresql_schema(connection):
    test_database = connection.creation._get_test_db_name()
    templates = f"test_{connection.settings_dict['NAME']}_schema_"
    template = f"{templates}{schema_fingerprint()}"
    quote = connection.ops.quote_name
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
        reused = cursor.fetchone() is not None
        if reused:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(test_database)}")
            cursor.execute(f"CREATE DATABASE {quote(test_database)} TEMPLATE {quote(template)}")
    yield reused
    if reused:
        return
    connection.close()  # PostgreSQL copies a database only while nobody uses it
    with connection.creation._nodb_cursor() as cursor:
        with suppress(DatabaseError):  # the other worker made it first
            cursor.execute(f"CREATE DATABASE {quote(template)} TEMPLATE {quote(test_database)}")
        cursor.execute(
            "SELECT datname FROM pg_database WHERE left(datname, %s) = %s AND datname <> %s",
            [len(templates), templates, template],
        )
        for (old,) in cursor.fetchall():
            with suppress(DatabaseError):  # another run is copying it; the next run drops it
                cursor.execute(f"DROP DATABASE IF EXISTS {quote(old)}")
