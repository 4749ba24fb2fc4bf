"""Notices at the same moment: two analysts confirming one address send one notice, and two runs of the
reminder command send a due notice once. PostgreSQL only, where the rows are locked (`.ci/run` runs it there)."""

import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.utils import timezone

from resources.models import OutgoingEmail
from tests.tipline.factories import make_report
from tipline.models import ProviderNotice, Report, ServiceProvider
from tipline.notices import resend_due_notices, send_notice
from tipline.workflow import decide

pytestmark = [
    pytest.mark.usefixtures("committed_db"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are what is tested: PostgreSQL only"),
]

URL = "https://imagehost.example/v/1"


def at_once(actions):
    """Run each action in its own thread and connection, all starting together; returns (results, errors)."""
    start = threading.Barrier(len(actions))
    results, errors = [], []

    def run(action):
        try:
            start.wait()
            results.append(action())
        except ValidationError as error:
            errors.append(error.messages[0])
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


@pytest.fixture
def reviewed():
    ServiceProvider.objects.create(name="Example Hosting Inc.", domains="imagehost.example",
                                   abuse_email="abuse@example.net")  # fmt: skip
    analysts = [get_user_model().objects.create_user(f"analyst{number}") for number in range(4)]
    report, _ = make_report(urls=[URL])
    return decide(report, Report.Status.IN_REVIEW, analysts[0]), analysts


def test_analysts_confirming_one_address_at_once_send_one_notice(reviewed):
    report, analysts = reviewed
    results, errors = at_once([lambda analyst=analyst: send_notice(report, 0, analyst) for analyst in analysts])
    assert len(results) == 1
    assert all("already waiting" in error for error in errors), errors
    assert ProviderNotice.objects.count() == 1
    assert OutgoingEmail.objects.filter(to="abuse@example.net").count() == 1


def test_two_runs_of_the_reminder_at_once_send_a_due_notice_once(reviewed):
    report, analysts = reviewed
    start = timezone.now()
    send_notice(report, 0, analysts[0], now=start)
    later = start + timedelta(hours=25)
    results, errors = at_once([lambda: resend_due_notices(later) for _run in range(4)])
    assert errors == []
    assert sum(results) == 1
    assert ProviderNotice.objects.get().times_sent == 2
    assert OutgoingEmail.objects.filter(to="abuse@example.net").count() == 2
