"""The analysts' triage in the admin: who sees it, the queue, decisions, classification, notes, audit, emails."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from resources.emails import send_pending_emails
from resources.models import OutgoingEmail
from tests.helpers import in_french, never_stored, queries_for
from tests.tipline.factories import make_partner, make_report
from tipline.models import AuditEntry, Note, Report, ReportType
from tipline.referrals import send_referral
from tipline.triage import queue_rows
from tipline.workflow import TRANSITIONS, ReportChanged, classify, decide

pytestmark = pytest.mark.django_db
Status = Report.Status
PASSWORD = "x-long-password-9"


def user_in(name, group=None, **fields):
    user = get_user_model().objects.create_user(name, email=f"{name}@northbridge.example", password=PASSWORD, **fields)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def admin_urls(report):
    return [
        "/admin/tipline/",
        "/admin/tipline/?export=csv",
        "/admin/tipline/?urgent=yes&linked=yes",
        f"/admin/tipline/{report.pk}/",
    ]


@pytest.mark.parametrize(
    "role",
    [
        {"group": "Editors"},
        {"group": "Moderators"},
        {"group": "Order managers"},
        {"is_superuser": True, "is_staff": True},
    ],
    ids=["editor", "moderator", "order manager", "superuser who is not an analyst"],
)
def test_no_one_but_tipline_analysts_sees_any_tipline_admin_url(client, role):
    report, _ = make_report()
    group = role.pop("group", None)
    client.force_login(user_in("someone", group, **role))
    for url in admin_urls(report):
        response = client.get(url)
        assert response.status_code in {302, 403}, url
        assert report.number.encode() not in response.content
    response = client.post(f"/admin/tipline/{report.pk}/", {"action": "decide", "to_status": "in_review", "version": 1})
    assert response.status_code in {302, 403}
    assert Report.objects.get(pk=report.pk).status == Status.NEW
    assert not AuditEntry.objects.exclude(action=AuditEntry.Action.ALERT).exists()
    assert b"/admin/tipline/" not in client.get("/admin/").content


def test_signed_out_visitors_are_sent_to_sign_in(client):
    report, _ = make_report()
    for url in admin_urls(report):
        assert client.get(url).status_code == 302


def test_an_analyst_sees_the_menu_the_queue_and_each_report(analyst_client):
    report, _ = make_report()
    assert b"/admin/tipline/" in analyst_client.get("/admin/").content
    for url in admin_urls(report):
        assert analyst_client.get(url).status_code == 200, url


def test_the_queue_puts_urgent_first_then_the_higher_score_then_the_oldest():
    now = timezone.now()
    older_other, _ = make_report(report_type=ReportType.OTHER, child_age_range="16-17", urls=[], usernames=[])
    newer_other, _ = make_report(report_type=ReportType.OTHER, child_age_range="16-17", urls=[], usernames=[])
    luring_young, _ = make_report(report_type=ReportType.LURING, child_age_range="6-9", urls=[], usernames=[])
    urgent, _ = make_report(report_type=ReportType.OTHER, danger="yes", urls=[], usernames=[])
    Report.objects.filter(pk=older_other.pk).update(received_at=now - timedelta(hours=5))
    rows = queue_rows(Report.objects.all(), now=now + timedelta(hours=1))
    assert [row.report for row in rows] == [urgent, luring_young, older_other, newer_other]


def test_linked_reports_raise_the_priority():
    now = timezone.now()
    alone, _ = make_report(urls=["https://one.example/a"], usernames=[])
    linked, _ = make_report(urls=["https://two.example/b"], usernames=[])
    make_report(urls=["https://two.example/b"], usernames=[])
    rows = {row.report: row for row in queue_rows(Report.objects.all(), now=now)}
    assert rows[linked].linked == 1
    assert rows[linked].score > rows[alone].score


def test_a_report_past_its_target_stands_out_in_the_queue(analyst_client):
    late, _ = make_report(danger="yes")
    Report.objects.filter(pk=late.pk).update(received_at=timezone.now() - timedelta(hours=2))
    html = analyst_client.get("/admin/tipline/").content.decode()
    assert 'class="tipline-overdue"' in html
    assert "Overdue: 2 h" in html
    assert "target 1 h" in html


def test_the_queue_filters_by_type_province_status_urgency_and_links(analyst_client):
    sextortion, _ = make_report(province="QC", urls=["https://x.example/1"], usernames=[])
    luring, _ = make_report(report_type=ReportType.LURING, province="ON", danger="yes", urls=[], usernames=[])
    make_report(urls=["https://x.example/1"], usernames=[])

    def numbers(query):
        return {report.number for report in Report.objects.all() if report.number in analyst_client.get(
            f"/admin/tipline/?{query}").content.decode()}  # fmt: skip

    assert numbers("report_type=luring") == {luring.number}
    assert sextortion.number in numbers("province=QC")
    assert luring.number not in numbers("province=QC")
    assert numbers("urgent=yes") == {luring.number}
    assert luring.number not in numbers("linked=yes")
    assert sextortion.number in numbers("linked=yes")
    assert numbers("status=closed") == set()


def test_the_report_shows_everything_decrypted_with_its_links_and_records_the_opening(analyst_client, analyst):
    first, _ = make_report(urls=["https://pics.example/g/7"], usernames=[])
    report, _ = make_report(urls=["http://www.pics.example/g/7"], reporter_name="Jordan Reporter")
    response = analyst_client.get(f"/admin/tipline/{report.pk}/")
    html = response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "Someone I met in a game" in html
    assert "Jordan Reporter" in html
    assert "teen.reporter@example.org" in html
    assert f'href="/admin/tipline/{first.pk}/">{first.number}</a>' in html
    entry = AuditEntry.objects.get(action=AuditEntry.Action.OPENED)
    assert (entry.report, entry.user, entry.username) == (report, analyst, "analyst")


def test_every_status_has_its_allowed_decisions_declared():
    assert set(TRANSITIONS) == set(Status)
    assert TRANSITIONS[Status.NEW] == {Status.IN_REVIEW}
    assert TRANSITIONS[Status.NEEDS_INFO] == {Status.IN_REVIEW}
    assert Status.NEEDS_INFO in TRANSITIONS[Status.IN_REVIEW]


@pytest.mark.parametrize(("start", "target"), [(Status.NEW, Status.CLOSED), (Status.CLOSED, Status.IN_REVIEW)])
def test_a_decision_that_is_not_declared_is_refused_and_changes_nothing(analyst, start, target):
    report, _ = make_report()
    Report.objects.filter(pk=report.pk).update(status=start)
    with pytest.raises(ValidationError):
        decide(report, target, analyst, reason="not_enough")
    assert Report.objects.get(pk=report.pk).status == start


def test_closing_as_not_actionable_needs_a_reason(analyst):
    report, _ = make_report()
    report = decide(report, Status.IN_REVIEW, analyst)
    with pytest.raises(ValidationError):
        decide(report, Status.CLOSED, analyst)
    report = decide(report, Status.CLOSED, analyst, reason="content_gone")
    assert (report.status, report.close_reason) == (Status.CLOSED, "content_gone")
    details = [entry.text() for entry in AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED)]
    assert details == ["New → In review", "In review → Closed: not actionable (The content is no longer online)"]


def test_of_two_analysts_deciding_at_once_the_second_is_told_the_report_changed(analyst_client, analyst):
    report, _ = make_report()
    seen_version = report.version
    decide(report, Status.IN_REVIEW, user_in("other", "Tipline analysts"), expected_version=seen_version)
    with pytest.raises(ReportChanged):
        decide(report, Status.IN_REVIEW, analyst, expected_version=seen_version)
    response = analyst_client.post(
        f"/admin/tipline/{report.pk}/",
        {"action": "decide", "to_status": "needs_info", "version": seen_version},
        follow=True,
    )
    assert "changed since you opened it" in response.content.decode()
    assert Report.objects.get(pk=report.pk).status == Status.IN_REVIEW
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED).count() == 1


def test_an_analyst_classifies_a_report_with_a_criminal_code_section(analyst_client):
    report, _ = make_report(report_type=ReportType.OTHER)
    analyst_client.post(
        f"/admin/tipline/{report.pk}/",
        {"action": "classify", "report_type": "luring", "section": "172.1", "version": report.version},
    )
    report.refresh_from_db()
    assert (report.classified_type, report.criminal_code_section) == ("luring", "172.1")
    assert AuditEntry.objects.get(action=AuditEntry.Action.CLASSIFIED).text().startswith("An adult luring")


def test_a_section_outside_the_fixed_list_is_refused(analyst):
    report, _ = make_report()
    with pytest.raises(ValidationError):
        classify(report, analyst, "luring", "999")


def test_notes_are_encrypted_and_audited(analyst_client):
    report, _ = make_report()
    analyst_client.post(f"/admin/tipline/{report.pk}/", {"action": "note", "note": "Checked the address: gone."})
    assert Note.objects.get().text == "Checked the address: gone."
    assert AuditEntry.objects.filter(action=AuditEntry.Action.NOTE, report=report).exists()
    assert "Checked the address" in analyst_client.get(f"/admin/tipline/{report.pk}/").content.decode()


def test_the_audit_log_can_be_neither_changed_nor_deleted(analyst):
    report, _ = make_report()
    entry = AuditEntry.objects.create(report=report, report_number=report.number, action=AuditEntry.Action.OPENED)
    entry.detail = "rewritten"
    with pytest.raises(ValidationError):
        entry.save()
    with pytest.raises(ValidationError):
        entry.delete()


def test_an_export_is_written_to_the_audit_log_and_holds_no_report_text(analyst_client):
    make_report()
    response = analyst_client.get("/admin/tipline/?export=csv")
    body = response.content.decode()
    assert "Someone I met" not in body
    assert "teen.reporter" not in body
    entry = AuditEntry.objects.get(action=AuditEntry.Action.EXPORTED)
    assert entry.username == "analyst"
    assert entry.text() == "Queue as CSV: 1 report"


def test_an_export_made_in_french_reads_in_english_for_an_analyst_reading_in_english(analyst_client, analyst):
    make_report()
    in_french(analyst)
    analyst_client.get("/admin/tipline/?export=csv")
    analyst_client.get("/admin/tipline/figures/?year=2025&export=csv")
    entries = AuditEntry.objects.filter(action=AuditEntry.Action.EXPORTED).order_by("pk")
    with translation.override("en"):
        assert [entry.text() for entry in entries] == ["Queue as CSV: 1 report", "Figures for 2025 as CSV"]
    with translation.override("fr"):
        assert [entry.text() for entry in entries] == [
            "File d’attente en CSV\u00a0: 1\u00a0signalement",
            "Chiffres de 2025 en CSV",
        ]


@pytest.mark.parametrize(
    "url",
    [
        "/admin/tipline/",
        "/admin/tipline/?export=csv",
        "/admin/tipline/{pk}/",
        "/admin/tipline/investigators/",
        "/admin/tipline/figures/?year=2025",
        "/admin/tipline/figures/?year=2025&export=csv",
    ],
)
def test_every_analyst_screen_and_export_is_private_and_never_stored(analyst_client, url):
    report, _ = make_report()
    response = analyst_client.get(url.format(pk=report.pk))
    assert response.status_code == 200
    assert never_stored(response)


@pytest.mark.parametrize(
    ("language", "subject"),
    [("en", "we need more information"), ("fr", "renseignements supplémentaires requis")],
)
def test_asking_for_more_information_writes_to_the_reporter_in_their_language_without_quoting_the_report(
    analyst, language, subject, django_capture_on_commit_callbacks
):
    report, _ = make_report(language=language)
    report = decide(report, Status.IN_REVIEW, analyst)
    with django_capture_on_commit_callbacks(execute=True):
        decide(report, Status.NEEDS_INFO, analyst)
    message = mail.outbox[-1]
    assert message.to == ["teen.reporter@example.org"]
    assert subject in message.subject
    assert report.number in message.subject
    for secret in ["Someone I met", "chat.example.com", "someone_123"]:
        assert secret not in message.body
    assert AuditEntry.objects.filter(action=AuditEntry.Action.MESSAGE, detail="needs_info").exists()


def test_sending_to_police_tells_a_reporter_who_left_an_email(analyst, django_capture_on_commit_callbacks):
    agency, investigator = make_partner("Riverbend Police Service")
    report, _ = make_report()
    anonymous, _ = make_report(reporter_email="")
    for each in (report, anonymous):
        each = decide(each, Status.IN_REVIEW, analyst)
        with django_capture_on_commit_callbacks(execute=True):
            send_referral(each, analyst, f"agency-{agency.pk}")
    to_reporters = [message for message in mail.outbox if message.to != [investigator.email]]
    assert [message.to for message in to_reporters] == [["teen.reporter@example.org"]]
    assert "was sent to police" in to_reporters[0].subject


def test_an_urgent_report_alerts_the_on_call_analysts_with_its_number_only_even_through_a_mail_outage(
    settings, analyst, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.tipline.test_triage.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        report, _ = make_report(danger="yes")
    alert = OutgoingEmail.objects.get(to="analyst@northbridge.example")
    assert alert.sent_at is None
    assert "BrokenBackend" in alert.last_error or "refused" in alert.last_error
    assert alert.subject == f"Urgent report {report.number} received"
    assert "Someone I met" not in alert.body
    assert "chat.example.com" not in alert.body
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_pending_emails() == 1
    assert mail.outbox[0].subject == f"Urgent report {report.number} received"


def test_a_report_that_is_not_urgent_alerts_no_one(analyst, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_report(danger="unknown")
    assert mail.outbox == []


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server refused the connection")


def test_the_queue_and_a_report_take_the_same_queries_however_many_reports_there_are(analyst_client):
    first, _ = make_report()
    make_report(urls=["https://a.example/"])
    queue_few = queries_for(analyst_client, "/admin/tipline/")
    detail_few = queries_for(analyst_client, f"/admin/tipline/{first.pk}/")
    for number in range(6):
        make_report(urls=[f"https://b.example/{number}", "https://chat.example.com/u/someone"], danger="yes")
    assert queries_for(analyst_client, "/admin/tipline/") == queue_few
    assert queries_for(analyst_client, f"/admin/tipline/{first.pk}/") == detail_few
