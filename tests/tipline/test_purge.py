"""Retention: expired reports are deleted with everything they hold; only anonymous counts remain."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from resources.emails import send_pending_emails
from resources.models import OutgoingEmail
from tests.tipline.factories import make_report
from tipline.models import Addition, AuditEntry, Fingerprint, PurgedCount, Report
from tipline.retention import WIPED_ADDRESS
from tipline.services import add_information
from tipline.workflow import decide

pytestmark = pytest.mark.django_db
Status = Report.Status


def aged(report, days, status=None, decided_days=None):
    now = timezone.now()
    fields = {"received_at": now - timedelta(days=days)}
    if status:
        fields["status"] = status
    if decided_days is not None:
        fields["decided_at"] = now - timedelta(days=decided_days)
    Report.objects.filter(pk=report.pk).update(**fields)


def purge():
    call_command("purge_tipline", stdout=StringIO())


def test_a_report_closed_as_not_actionable_goes_after_90_days_and_others_after_two_years():
    closed_long_ago, _ = make_report()
    closed_recently, _ = make_report()
    referred_old, _ = make_report()
    referred_older, _ = make_report(province="BC", danger="yes")
    aged(closed_long_ago, 200, Status.CLOSED, decided_days=91)
    aged(closed_recently, 200, Status.CLOSED, decided_days=30)
    aged(referred_old, 700, Status.SENT_TO_POLICE, decided_days=690)
    aged(referred_older, 731, Status.SENT_TO_POLICE, decided_days=720)
    purge()
    assert set(Report.objects.all()) == {closed_recently, referred_old}


def test_the_retention_periods_are_settings(settings):
    settings.TIPLINE_RETENTION_NOT_ACTIONABLE_DAYS = 10
    settings.TIPLINE_RETENTION_DAYS = 100
    closed, _ = make_report()
    old, _ = make_report()
    aged(closed, 20, Status.CLOSED, decided_days=11)
    aged(old, 101, Status.IN_REVIEW)
    purge()
    assert not Report.objects.exists()


def test_a_purged_report_leaves_only_counts_and_the_audit_log_keeps_only_its_number():
    report, _ = make_report(province="NS", danger="yes")
    add_information(report, "more")
    aged(report, 800, Status.SENT_TO_POLICE)
    purge()
    assert not Fingerprint.objects.exists()
    assert not Addition.objects.exists()
    counts = PurgedCount.objects.get()
    assert (counts.report_type, counts.province, counts.urgent, counts.status, counts.count) == (
        "sextortion", "NS", True, Status.SENT_TO_POLICE, 1,
    )  # fmt: skip
    entries = AuditEntry.objects.filter(report_number=report.number)
    assert entries.exists()
    assert not entries.filter(report__isnull=False).exists()


def test_purging_twice_counts_each_report_once():
    for _ in range(2):
        report, _ = make_report(province="PE")
        aged(report, 800)
    purge()
    purge()
    assert PurgedCount.objects.get().count == 2


def test_a_reporters_address_leaves_the_outbox_once_the_message_is_sent(django_capture_on_commit_callbacks):
    analyst = get_user_model().objects.create_user("analyst")
    report, _ = make_report()
    report = decide(report, Status.IN_REVIEW, analyst)
    decide(report, Status.NEEDS_INFO, analyst)
    assert OutgoingEmail.objects.get().to == "teen.reporter@example.org"
    purge()
    assert OutgoingEmail.objects.get().to == "teen.reporter@example.org"  # not sent yet: kept to send it
    send_pending_emails()
    purge()
    assert OutgoingEmail.objects.get().to == WIPED_ADDRESS
