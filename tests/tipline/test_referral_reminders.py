"""Reminders to agencies, with a clock: not acknowledged in time (urgent 1 hour, others 1 business day),
and no outcome after 90 days; each sent once, and flagged on the analysts' queue."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from resources.models import OutgoingEmail
from tests.helpers import page_text
from tests.tipline.factories import in_review, make_partner, make_report
from tipline import referrals
from tipline.models import Referral, ReferralQuestion, Report
from tipline.retention import purge

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def riverbend():
    return make_partner("Riverbend Police Service", "ON", "K7A 1B2")


def referral_sent_at(analyst, agency, sent_at, urgent=False):
    report, _ = make_report(danger="yes" if urgent else "no", urls=[], usernames=[])
    referral = referrals.send_referral(in_review(report, analyst), analyst, f"agency-{agency.pk}")
    Referral.objects.filter(pk=referral.pk).update(sent_at=sent_at)
    return Referral.objects.get(pk=referral.pk)


def reminders_to(officer):
    return OutgoingEmail.objects.filter(to=officer.email, subject__startswith="Reminder")


def test_an_urgent_referral_is_reminded_after_one_hour_once(riverbend, analyst):
    agency, investigator = riverbend
    sent = datetime(2026, 3, 4, 10, 0, tzinfo=TORONTO)  # a Wednesday
    referral = referral_sent_at(analyst, agency, sent, urgent=True)
    assert referrals.send_reminders(now=sent + timedelta(minutes=59)) == (0, 0)
    assert referrals.send_reminders(now=sent + timedelta(hours=1)) == (1, 0)
    assert referrals.send_reminders(now=sent + timedelta(hours=3)) == (0, 0)
    assert reminders_to(investigator).count() == 1
    referral.refresh_from_db()
    assert referral.reminded_at == sent + timedelta(hours=1)


def test_other_referrals_wait_one_business_day_and_weekends_do_not_count(riverbend, analyst):
    agency, _investigator = riverbend
    friday = datetime(2026, 3, 6, 15, 0, tzinfo=TORONTO)
    referral_sent_at(analyst, agency, friday)
    assert referrals.send_reminders(now=friday + timedelta(days=1)) == (0, 0)  # Saturday
    assert referrals.send_reminders(now=friday + timedelta(days=2, hours=23)) == (0, 0)  # Monday 14:00
    assert referrals.send_reminders(now=friday + timedelta(days=3)) == (1, 0)  # Monday 15:00
    wednesday = datetime(2026, 3, 4, 9, 0, tzinfo=TORONTO)
    referral_sent_at(analyst, agency, wednesday)
    assert referrals.send_reminders(now=wednesday + timedelta(hours=23)) == (0, 0)
    assert referrals.send_reminders(now=wednesday + timedelta(days=1)) == (1, 0)


def test_an_acknowledged_referral_is_never_reminded(riverbend, analyst):
    agency, investigator = riverbend
    sent = datetime(2026, 3, 4, 10, 0, tzinfo=TORONTO)
    referral = referral_sent_at(analyst, agency, sent, urgent=True)
    referrals.acknowledge(referral, investigator)
    assert referrals.send_reminders(now=sent + timedelta(hours=2)) == (0, 0)
    assert not reminders_to(investigator).exists()


def test_a_reminded_referral_is_flagged_on_the_queue_until_acknowledged(riverbend, analyst, analyst_client):
    agency, investigator = riverbend
    sent = datetime(2026, 3, 4, 10, 0, tzinfo=TORONTO)
    referral = referral_sent_at(analyst, agency, sent, urgent=True)
    assert "Referrals not acknowledged in time" not in page_text(analyst_client.get("/admin/tipline/"))
    referrals.send_reminders(now=sent + timedelta(hours=2))
    queue = page_text(analyst_client.get("/admin/tipline/"))
    assert "Referrals not acknowledged in time" in queue
    assert referral.report_number in queue
    assert "Riverbend Police Service" in queue
    assert "Not acknowledged in time: reminder sent" in page_text(
        analyst_client.get(f"/admin/tipline/{referral.report_id}/")
    )
    referrals.acknowledge(referral, investigator)
    assert "Referrals not acknowledged in time" not in page_text(analyst_client.get("/admin/tipline/"))


def test_no_outcome_after_90_days_asks_the_agency_once(riverbend, analyst):
    agency, investigator = riverbend
    sent = datetime(2026, 1, 5, 10, 0, tzinfo=TORONTO)
    referral = referral_sent_at(analyst, agency, sent)
    referrals.acknowledge(referral, investigator)
    assert referrals.send_reminders(now=sent + timedelta(days=89)) == (0, 0)
    assert referrals.send_reminders(now=sent + timedelta(days=90)) == (0, 1)
    assert referrals.send_reminders(now=sent + timedelta(days=120)) == (0, 0)
    request = OutgoingEmail.objects.get(to=investigator.email, subject="What came of a tipline referral?")
    assert referral.report_number not in request.body
    with_outcome = referral_sent_at(analyst, agency, sent)
    referrals.record_outcome(with_outcome, investigator, "arrest")
    assert referrals.send_reminders(now=sent + timedelta(days=91)) == (0, 0)


def test_the_command_sends_what_is_due(riverbend, analyst):
    agency, _investigator = riverbend
    referral_sent_at(analyst, agency, datetime(2026, 1, 5, 10, 0, tzinfo=TORONTO), urgent=True)
    out = StringIO()
    call_command("send_referral_reminders", stdout=out)
    assert out.getvalue().strip() == "Reminded 1 referrals not acknowledged in time; asked 1 for an outcome."


def test_purging_a_referred_report_keeps_the_referrals_dates_and_outcome_but_not_what_it_said(riverbend, analyst):
    agency, investigator = riverbend
    referral = referral_sent_at(analyst, agency, datetime(2024, 1, 5, 10, 0, tzinfo=TORONTO))
    referrals.record_outcome(referral, investigator, "charges_laid")
    referrals.ask_question(referral, investigator, "Is the chat log still available?")
    Report.objects.filter(pk=referral.report_id).update(received_at=datetime(2024, 1, 5, 9, 0, tzinfo=TORONTO))
    assert purge() == 1
    kept = Referral.objects.get(pk=referral.pk)
    assert kept.report is None
    assert kept.report_number == referral.report_number
    assert (kept.outcome, kept.acknowledged_at is not None) == ("charges_laid", True)
    assert kept.package in ({}, [])
    assert not ReferralQuestion.objects.exists()
