"""The embedded SQLite database is shared by several gunicorn workers: two of them writing at once both succeed."""

import contextlib
import threading

import pytest
from django.db import connections, transaction
from django.db.utils import ConnectionHandler

from website.settings.base import SQLITE_OPTIONS


@pytest.fixture
def worker_database(tmp_path, django_db_blocker):
    """A file database configured as the settings configure SQLite, under the alias "worker" (per thread)."""
    configured = ConnectionHandler().configure_settings(
        {
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "shared.sqlite3")},
            "worker": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": str(tmp_path / "shared.sqlite3"),
                "OPTIONS": SQLITE_OPTIONS,
            },
        }
    )
    connections.settings["worker"] = configured["worker"]
    with django_db_blocker.unblock():
        yield
    del connections.settings["worker"]


def read_then_write(barrier, errors):
    """What a request does in a transaction: read, then write. Two of them run side by side."""
    try:
        with transaction.atomic(using="worker"), connections["worker"].cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM visit")
            # Both transactions hold their read here together, unless the first one's lock keeps the second
            # from starting: then this gives up after a second and goes on alone.
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=1)
            cursor.execute("INSERT INTO visit DEFAULT VALUES")
    except Exception as error:  # any failure is what this test reports
        errors.append(error)
    finally:
        connections["worker"].close()


def test_two_workers_reading_then_writing_at_once_both_succeed(worker_database):
    with connections["worker"].cursor() as cursor:
        cursor.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY)")
    connections["worker"].close()

    barrier, errors = threading.Barrier(2), []
    workers = [threading.Thread(target=read_then_write, args=(barrier, errors)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)

    assert errors == []
    with connections["worker"].cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM visit")
        assert cursor.fetchone() == (2,)
    connections["worker"].close()
