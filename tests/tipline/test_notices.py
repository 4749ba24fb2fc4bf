"""Notices to service providers: the directory, sending a notice for a confirmed address, the daily reminder
(tested with a clock), removal, slow providers, the audit log, and who may do any of it."""

import ast
import pathlib
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from resources.models import OutgoingEmail
from tests.helpers import messages_on, page_text, soup
from tests.tipline.factories import make_report
from tipline.models import AuditEntry, ProviderNotice, Report, ServiceProvider
from tipline.notices import mark_removed, provider_for_url, resend_due_notices, send_notice
from tipline.workflow import decide

pytestmark = pytest.mark.django_db
Status = Report.Status
URL = "https://cdn.imagehost.example/v/0042"


@pytest.fixture
def provider():
    return ServiceProvider.objects.create(
        name="Example Hosting Inc.", domains="example.net\nimagehost.example", abuse_email="abuse@example.net",
        language="both",
    )  # fmt: skip


def reviewed_report(analyst, urls=(URL,)):
    report, _ = make_report(report_type="csam", urls=list(urls))
    return decide(report, Status.IN_REVIEW, analyst)


def notices_sent_to(address):
    return list(OutgoingEmail.objects.filter(to=address).order_by("pk"))


# --- The directory ----------------------------------------------------------------------------------------------


def test_the_provider_of_an_address_is_found_by_its_host_or_a_parent_domain(provider):
    other = ServiceProvider.objects.create(name="Deep", domains="deep.imagehost.example", abuse_email="a@example.org")
    assert provider_for_url("https://imagehost.example/x") == provider
    assert provider_for_url("http://WWW.Example.NET:8080/a?b=c") == provider
    assert provider_for_url("https://a.deep.imagehost.example/x") == other  # the closest domain wins
    assert provider_for_url("https://notexample.net/") is None  # a suffix of the name is not a parent domain
    assert provider_for_url("not an address") is None
    assert provider_for_url("https://[::1/") is None


def test_domains_are_checked_normalised_and_never_hosted_by_two_providers(provider):
    good = ServiceProvider(name="New", domains=" Files.Example. \n*.pics.example\nfiles.example", abuse_email="a@b.ca")
    good.full_clean()
    assert good.domains == "files.example\npics.example"
    for domains, message in [
        ("not a domain", "not domain names"),
        ("http://x.example/", "not domain names"),
        ("192.168.0.1", "not domain names"),
        ("-bad.example", "not domain names"),
        ("", "This field cannot be blank"),
        ("IMAGEHOST.example", "already hosted by Example Hosting Inc."),
    ]:
        with pytest.raises(ValidationError) as error:
            ServiceProvider(name="Bad", domains=domains, abuse_email="a@b.ca").full_clean()
        assert message in str(error.value), domains


def test_only_tipline_analysts_see_and_edit_the_directory(client, analyst, provider):
    url = "/admin/service_providers/"
    outsider = get_user_model().objects.create_superuser("boss", "boss@northbridge.example", "x-long-password-9")
    editor = get_user_model().objects.create_user("ed", "ed@northbridge.example", "x-long-password-9")
    editor.groups.add(Group.objects.get(name="Editors"))
    for user in (outsider, editor):
        client.force_login(user)
        assert client.get(url).status_code in {302, 403}
        assert client.get(f"{url}new/").status_code in {302, 403}
        assert b"Example Hosting" not in client.get(url).content
    client.force_login(analyst)
    assert "Example Hosting Inc." in page_text(client.get(url))
    response = client.post(f"{url}new/", {"name": "Files", "domains": "files.example", "abuse_email": "x@example.org",
                                          "language": "fr"})  # fmt: skip
    assert response.status_code == 302
    assert ServiceProvider.objects.get(name="Files").domains == "files.example"


def test_the_directory_form_explains_a_bad_domain_and_saves_nothing(analyst_client):
    response = analyst_client.post(
        "/admin/service_providers/new/",
        {"name": "Bad", "domains": "no such thing", "abuse_email": "x@example.org", "language": "en"},
    )
    assert response.status_code == 200
    assert "These are not domain names" in page_text(response)
    assert not ServiceProvider.objects.filter(name="Bad").exists()


# --- Sending ---------------------------------------------------------------------------------------------------


def test_a_confirmed_address_sends_a_bilingual_notice_naming_it_and_the_law(analyst_client, analyst, provider):
    report = reviewed_report(analyst)
    response = analyst_client.post(
        f"/admin/tipline/{report.pk}/",
        {"action": "notice", "address": "0", "confirmed": "yes", "version": report.version},
    )
    assert response.status_code == 302
    notice = ProviderNotice.objects.get()
    assert (notice.report, notice.provider, notice.url, notice.times_sent) == (report, provider, URL, 1)
    assert notice.first_sent_at == notice.last_sent_at
    [email] = notices_sent_to("abuse@example.net")
    assert email.subject.startswith(f"Notice {notice.reference} to remove child sexual abuse material / Avis")
    assert URL in email.body
    assert email.body.count(URL) == 2  # once in each language
    for text in ["section 163.1 of the Criminal Code", "S.C. 2011, c. 4", "article 163.1 du Code criminel",
                 "L.C. 2011, ch. 4", "every 24 hours", "toutes les 24\u00a0heures"]:  # fmt: skip
        assert text in email.body, text
    assert report.description not in email.body
    assert report.number not in email.body
    report.refresh_from_db()
    assert report.status == Status.PROVIDER_NOTICE
    actions = list(report.audit.values_list("action", flat=True))
    assert AuditEntry.Action.NOTICE_SENT in actions
    assert URL not in " ".join(report.audit.values_list("detail", flat=True))


@pytest.mark.parametrize(("language", "subject", "absent"), [
    ("en", "Notice", "Avis"),
    ("fr", "Avis", "Notice"),
])  # fmt: skip
def test_a_provider_with_one_language_gets_the_notice_in_it(analyst, provider, language, subject, absent):
    ServiceProvider.objects.filter(pk=provider.pk).update(language=language)
    send_notice(reviewed_report(analyst), 0, analyst)
    [email] = notices_sent_to("abuse@example.net")
    assert email.subject.startswith(subject)
    assert absent not in email.subject
    assert URL in email.body


def test_the_address_is_never_fetched_no_http_client_is_imported():
    source = pathlib.Path("tipline/notices.py").read_text()
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")])
    }
    assert not imported & {"requests", "httpx", "urllib3", "aiohttp", "http", "socket"}
    assert "urlopen" not in source
    assert "urllib.request" not in source


@pytest.mark.parametrize(
    ("post", "message"),
    [
        ({"address": "0"}, "Confirm that you checked the address"),
        ({"address": "7", "confirmed": "yes"}, "Choose one of the report’s web addresses"),
        ({"address": "x", "confirmed": "yes"}, "Choose one of the report’s web addresses"),
        ({"address": "1", "confirmed": "yes"}, "No service provider in the directory hosts unknown.example"),
        ({"address": "0", "confirmed": "yes", "version": "1"}, "changed since you opened it"),
    ],
)
def test_a_notice_that_cannot_go_is_explained_and_nothing_changes(analyst_client, analyst, provider, post, message):
    report = reviewed_report(analyst, urls=[URL, "https://unknown.example/a"])
    before = AuditEntry.objects.count()
    response = analyst_client.post(
        f"/admin/tipline/{report.pk}/", {"action": "notice", "version": report.version, **post}, follow=True
    )
    assert response.status_code == 200
    assert any(message in text for text in messages_on(response)), messages_on(response)
    assert not ProviderNotice.objects.exists()
    assert not OutgoingEmail.objects.filter(to="abuse@example.net").exists()
    assert Report.objects.get(pk=report.pk).status == Status.IN_REVIEW
    assert AuditEntry.objects.count() == before + 1  # the page opened after the redirect, nothing else


def test_a_new_or_closed_report_gets_no_notice(analyst, provider):
    report, _ = make_report(urls=[URL])
    with pytest.raises(ValidationError, match="Review it first"):
        send_notice(report, 0, analyst)
    report = decide(decide(report, Status.IN_REVIEW, analyst), Status.CLOSED, analyst, reason="not_illegal")
    with pytest.raises(ValidationError, match="Review it first"):
        send_notice(report, 0, analyst)
    assert not ProviderNotice.objects.exists()


def test_a_second_notice_for_an_address_waiting_for_removal_is_refused(analyst, provider):
    report = reviewed_report(analyst)
    send_notice(report, 0, analyst)
    with pytest.raises(ValidationError, match="already waiting"):
        send_notice(report, 0, analyst)
    assert ProviderNotice.objects.count() == 1


def test_a_report_already_sent_to_police_keeps_its_status_when_a_notice_goes(analyst, provider):
    report = reviewed_report(analyst)
    Report.objects.filter(pk=report.pk).update(status=Status.SENT_TO_POLICE)  # as a referral leaves it
    send_notice(report, 0, analyst)
    assert Report.objects.get(pk=report.pk).status == Status.SENT_TO_POLICE


def test_the_report_page_shows_each_address_its_provider_and_its_notices(analyst_client, analyst, provider):
    report = reviewed_report(analyst, urls=[URL, "https://unknown.example/a"])
    send_notice(report, 0, analyst)
    text = page_text(analyst_client.get(f"/admin/tipline/{report.pk}/"))
    assert "Hosted by Example Hosting Inc. (abuse contact: abuse@example.net)" in text
    assert "No service provider in the directory hosts this address" in text
    assert "Not yet removed: sent again every 24 hours" in text
    assert "Mark the content of N-" in text


# --- The daily reminder, with a clock --------------------------------------------------------------------------


def test_a_notice_is_sent_again_every_24_hours_until_the_content_is_marked_removed(analyst, provider):
    start = timezone.now()
    report = reviewed_report(analyst)
    notice = send_notice(report, 0, analyst, now=start)
    assert resend_due_notices(start + timedelta(hours=23, minutes=59)) == 0
    assert resend_due_notices(start + timedelta(hours=24)) == 1
    assert resend_due_notices(start + timedelta(hours=24, minutes=30)) == 0  # once a day, however often cron runs
    assert resend_due_notices(start + timedelta(hours=48)) == 1
    notice.refresh_from_db()
    assert (notice.times_sent, notice.last_sent_at) == (3, start + timedelta(hours=48))
    emails = notices_sent_to("abuse@example.net")
    assert len(emails) == 3
    assert "Reminder" in emails[1].subject
    assert "Rappel" in emails[1].subject
    assert URL in emails[1].body
    mark_removed(report, notice.pk, analyst, now=start + timedelta(hours=50))
    assert resend_due_notices(start + timedelta(days=10)) == 0
    notice.refresh_from_db()
    assert notice.time_to_removal == timedelta(hours=50)
    assert list(report.audit.filter(action__startswith="notice").values_list("action", flat=True)) == [
        "notice_sent", "notice_resent", "notice_resent",
    ]  # fmt: skip
    assert report.audit.filter(action=AuditEntry.Action.CONTENT_REMOVED, user=analyst).count() == 1


def test_the_command_resends_what_is_due_at_the_time_it_is_given(analyst, provider):
    start = timezone.now()
    send_notice(reviewed_report(analyst), 0, analyst, now=start)
    out = StringIO()
    call_command("resend_provider_notices", "--now", (start + timedelta(hours=25)).isoformat(), stdout=out)
    assert "Sent 1 notices" in out.getvalue()
    assert ProviderNotice.objects.get().times_sent == 2
    with pytest.raises(CommandError, match="ISO 8601"):
        call_command("resend_provider_notices", "--now", "tomorrow", stdout=StringIO())


def test_marking_removed_from_the_report_page_stops_the_reminders(analyst_client, analyst, provider):
    report = reviewed_report(analyst)
    notice = send_notice(report, 0, analyst)
    response = analyst_client.post(f"/admin/tipline/{report.pk}/", {"action": "removed", "notice": notice.pk})
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.removed_at
    assert notice.removed_by == analyst
    again = analyst_client.post(f"/admin/tipline/{report.pk}/", {"action": "removed", "notice": notice.pk}, follow=True)
    assert "already marked removed" in " ".join(messages_on(again))
    other, _ = make_report()
    wrong = analyst_client.post(f"/admin/tipline/{other.pk}/", {"action": "removed", "notice": notice.pk}, follow=True)
    assert "Choose one of this report’s notices" in " ".join(messages_on(wrong))
    bad = analyst_client.post(f"/admin/tipline/{report.pk}/", {"action": "removed", "notice": "'; drop"}, follow=True)
    assert bad.status_code == 200


# --- Slow providers -------------------------------------------------------------------------------------------


def test_a_provider_that_repeatedly_takes_longer_than_the_threshold_is_flagged(analyst, provider, settings):
    settings.TIPLINE_SLOW_REMOVAL_HOURS = 48
    settings.TIPLINE_SLOW_PROVIDER_COUNT, settings.TIPLINE_SLOW_PROVIDER_WINDOW = 2, 3
    start = timezone.now() - timedelta(days=30)
    removal_hours = [10, 60, 20, 72]  # the last three: two over 48 hours
    for index, taken in enumerate(removal_hours):
        report = reviewed_report(analyst, urls=[f"https://imagehost.example/{index}"])
        sent = start + timedelta(days=index * 5)
        notice = send_notice(report, 0, analyst, now=sent)
        mark_removed(report, notice.pk, analyst, now=sent + timedelta(hours=taken))
        provider.refresh_from_db()
        assert provider.slow_to_remove == (index == 3), index
    client = analyst_client_for(analyst)
    assert "This provider is flagged as slow to remove" in page_text(client.get(f"/admin/tipline/{report.pk}/"))
    row = soup(client.get("/admin/service_providers/")).select_one("tbody tr")
    assert "Example Hosting Inc." in row.get_text()
    assert "Slow to remove" in row.get_text()
    # A quick removal of the next notice leaves one slow notice among the last three: the flag goes.
    report = reviewed_report(analyst, urls=["https://imagehost.example/new"])
    notice = send_notice(report, 0, analyst)
    mark_removed(report, notice.pk, analyst, now=notice.first_sent_at + timedelta(hours=1))
    assert not ServiceProvider.objects.get().slow_to_remove


def analyst_client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_notice_still_online_past_the_threshold_counts_as_slow(analyst, provider, settings):
    settings.TIPLINE_SLOW_PROVIDER_COUNT, settings.TIPLINE_SLOW_PROVIDER_WINDOW = 2, 3
    start = timezone.now()
    first = send_notice(reviewed_report(analyst, urls=["https://imagehost.example/1"]), 0, analyst, now=start)
    send_notice(reviewed_report(analyst, urls=["https://imagehost.example/2"]), 0, analyst, now=start)
    assert not ServiceProvider.objects.get().slow_to_remove
    resend_due_notices(start + timedelta(hours=49))
    assert ServiceProvider.objects.get().slow_to_remove
    assert first.provider.pk == provider.pk
