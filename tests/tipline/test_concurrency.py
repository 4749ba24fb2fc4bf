"""Several analysts decide on one report at the same moment: exactly one decision counts, the others are told.

Runs on PostgreSQL, where the report row is locked with SELECT ... FOR UPDATE (`.ci/run` runs it there);
SQLite serialises every write to the whole database, so the race cannot happen on it.
"""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections

from tests.tipline.factories import make_report
from tipline.models import AuditEntry, Report
from tipline.workflow import ReportChanged, decide

pytestmark = [
    pytest.mark.usefixtures("committed_db"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are what is tested: PostgreSQL only"),
]

ANALYSTS = 6


def test_of_analysts_deciding_at_once_one_succeeds_and_the_others_are_told_it_changed():
    report, _ = make_report()
    analysts = [get_user_model().objects.create_user(f"analyst{number}") for number in range(ANALYSTS)]
    start = threading.Barrier(ANALYSTS)
    succeeded, changed, failures = [], [], []

    def act(analyst):
        try:
            start.wait()
            decide(report, Report.Status.IN_REVIEW, analyst, expected_version=report.version)
            succeeded.append(analyst)
        except ReportChanged:
            changed.append(analyst)
        except Exception as error:
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=act, args=(analyst,)) for analyst in analysts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    assert (len(succeeded), len(changed)) == (1, ANALYSTS - 1)
    assert Report.objects.get(pk=report.pk).version == report.version + 1
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED).count() == 1
