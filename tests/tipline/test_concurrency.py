"""Several analysts decide on one report at the same moment: exactly one decision counts, the others are told.
A decision the database gives up (deadlock, serialization failure) is run once more, then answered "try again".

Runs on PostgreSQL, where the report row is locked with SELECT ... FOR UPDATE (`.ci/run` runs it there);
SQLite serialises every write to the whole database, so the race cannot happen on it.
"""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections

from tests.helpers import in_french, messages_on
from tests.tipline.factories import make_report
from tipline.models import AuditEntry, Note, Report
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


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])  # deadlock detected, serialization failure
def test_a_decision_that_loses_a_deadlock_once_is_retried_and_succeeds(analyst_client, database_gives_up, sqlstate):
    report, _ = make_report()
    database_gives_up("tipline_report", times=1, sqlstate=sqlstate)
    response = analyst_client.post(
        f"/admin/tipline/{report.pk}/",
        {"action": "decide", "to_status": "in_review", "version": report.version},
        follow=True,
    )
    assert response.status_code == 200
    assert Report.objects.get(pk=report.pk).status == Report.Status.IN_REVIEW
    assert f"Report {report.number} is updated." in messages_on(response)
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED).count() == 1


def test_a_decision_that_loses_twice_answers_try_again_in_the_analysts_language_and_changes_nothing(
    analyst, analyst_client, database_gives_up
):
    report, _ = make_report()
    in_french(analyst)
    database_gives_up("tipline_report", times=2)
    response = analyst_client.post(
        f"/admin/tipline/{report.pk}/",
        {"action": "decide", "to_status": "in_review", "version": report.version},
        follow=True,
    )
    assert response.status_code == 200
    assert "Quelqu’un d’autre modifiait ce signalement" in " ".join(messages_on(response))
    unchanged = Report.objects.get(pk=report.pk)
    assert (unchanged.status, unchanged.version) == (Report.Status.NEW, report.version)
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED).exists()


def test_a_note_that_loses_twice_answers_try_again_and_is_not_saved(analyst_client, database_gives_up):
    report, _ = make_report()
    database_gives_up("tipline_note", times=2)
    response = analyst_client.post(
        f"/admin/tipline/{report.pk}/", {"action": "note", "note": "Called the platform."}, follow=True
    )
    assert response.status_code == 200
    assert "Someone else was changing this report at that moment" in " ".join(messages_on(response))
    assert not Note.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.NOTE).exists()
