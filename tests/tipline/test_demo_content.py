"""The tipline's demo content: an analyst whose sign-in is printed, and a dozen varied, linked, safe reports."""

import re
from datetime import timedelta
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from resources.models import OutgoingEmail
from tests.helpers import in_french, page_text
from tipline.demo_content import ANALYST
from tipline.models import ProviderNotice, Report, ServiceProvider
from tipline.notices import resend_due_notices
from tipline.services import linked_reports

RESERVED = re.compile(r"^https?://([a-z0-9-]+\.)*(example|example\.(com|org|net))(/|$)")


def test_there_are_a_dozen_reports_across_types_provinces_and_states(demo_content):
    reports = list(Report.objects.all())
    assert len(reports) == 12
    assert len({report.report_type for report in reports}) == 8
    assert len({report.province for report in reports}) >= 10
    assert len({report.status for report in reports}) == len(Report.Status)
    assert [report.urgent for report in reports].count(True) == 1
    assert {report.language for report in reports} == {"en", "fr"}


def test_two_demo_reports_are_linked_by_a_shared_address(demo_content):
    linked = [report for report in Report.objects.all() if linked_reports(report).exists()]
    assert len(linked) == 2


def test_every_demo_address_is_on_a_reserved_example_domain(demo_content):
    for report in Report.objects.all():
        for url in report.urls:
            assert RESERVED.match(url), url
        for email in filter(None, [report.reporter_email]):
            assert email.rsplit("@", 1)[1] in {"example.com", "example.org", "example.net"}


def test_the_analyst_is_in_the_tipline_group_and_a_new_one_gets_a_printed_password(demo_content, monkeypatch):
    User = get_user_model()
    User.objects.filter(groups__name="Tipline analysts").delete()
    monkeypatch.delenv("DEMO_OFFICER_PASSWORD", raising=False)
    monkeypatch.delenv("DEMO_ANALYST_PASSWORD", raising=False)
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    email, password = re.search(r"Tipline analyst: (\S+) / (\S+)", out.getvalue()).groups()
    analyst = User.objects.get(username=email)
    assert analyst.check_password(password)
    assert analyst.groups.filter(name="Tipline analysts").exists()


def test_the_demo_has_a_provider_directory_with_notices_one_removed(demo_content):
    assert ServiceProvider.objects.get(name="Example Hosting Inc.").domain_list == ["example.net", "imagehost.example"]
    notices = list(ProviderNotice.objects.select_related("provider").order_by("first_sent_at"))
    assert [(notice.provider.name, bool(notice.removed_at), notice.times_sent) for notice in notices] == [
        ("Example Hosting Inc.", True, 1),
        ("Hébergement Exemple inc.", False, 2),
    ]
    assert notices[0].time_to_removal == timedelta(hours=30)
    for provider in ServiceProvider.objects.all():
        assert provider.abuse_email.rsplit("@", 1)[1] in {"example.com", "example.org", "example.net"}


def test_done_when_a_notice_to_the_demo_provider_is_sent_then_sent_again_after_24_hours(demo_content, client):
    analyst = get_user_model().objects.get(username=ANALYST["email"])
    client.force_login(analyst)
    # The demo's sextortion report, already sent to police: the notice asks the host to take the video down.
    report = next(report for report in Report.objects.all() if report.urls == ["https://videos.example.net/p/7731"])
    page = page_text(client.get(f"/admin/tipline/{report.pk}/"))
    assert "Hosted by Example Hosting Inc. (abuse contact: abuse@example.net)" in page
    response = client.post(
        f"/admin/tipline/{report.pk}/",
        {"action": "notice", "address": "0", "confirmed": "yes", "version": report.version},
    )
    assert response.status_code == 302
    notice = ProviderNotice.objects.get(report=report)
    sent = list(OutgoingEmail.objects.filter(to="abuse@example.net", sent_at=None))
    assert len(sent) == 1
    assert "https://videos.example.net/p/7731" in sent[0].body
    resend_due_notices(notice.first_sent_at + timedelta(hours=23))
    notice.refresh_from_db()
    assert notice.times_sent == 1
    resend_due_notices(notice.first_sent_at + timedelta(hours=24))
    notice.refresh_from_db()
    assert notice.times_sent == 2
    reminders = OutgoingEmail.objects.filter(to="abuse@example.net", sent_at=None).order_by("pk")
    assert reminders.count() == 2
    assert reminders.last().subject.startswith(f"Reminder: notice {notice.reference}")
    assert Report.objects.get(pk=report.pk).status == "sent_to_police"


def test_done_when_the_admin_report_and_the_public_page_show_the_results_in_both_languages(demo_content, client):
    analyst = get_user_model().objects.get(username=ANALYST["email"])
    client.force_login(analyst)
    year = ProviderNotice.objects.earliest("first_sent_at").first_sent_at.year
    text = page_text(client.get(f"/admin/tipline/figures/?year={year}"))
    assert "Example Hosting Inc. 1 1 1 30 hours 30 hours" in text
    in_french(analyst)
    text = page_text(client.get(f"/admin/tipline/figures/?year={year}"))
    assert "Example Hosting Inc. 1 1 1 30\u00a0heures 30\u00a0heures" in text
    client.logout()
    english = page_text(client.get("/en/tipline-in-figures/"))
    french = page_text(client.get("/fr/centrale-en-chiffres/"))
    received = Report.objects.filter(received_at__year=timezone.localdate().year).count()
    assert f"Reports received {received if received >= 10 else 'fewer than 10'}" in english
    assert f"Signalements reçus {received if received >= 10 else 'moins de 10'}" in french
    assert "Web addresses taken down after our notice fewer than 10" in english
    assert "Adresses Web retirées après notre avis moins de 10" in french
