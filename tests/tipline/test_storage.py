"""Reports at rest: encrypted where they hold what a reporter said, linked by keyed fingerprints, numbered."""

import re

import pytest
from cryptography.fernet import InvalidToken
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from tests.tipline.factories import make_report
from tipline.models import Addition, Note, Report
from tipline.services import add_information, find_report, linked_reports, normalise_url

pytestmark = pytest.mark.django_db

SECRETS = [
    "asked for pictures",
    "teen.reporter@example.org",
    "613-555-0199",
    "chat.example.com",
    "someone_123",
    "Jordan Reporter",
    "Uncle Bob",
    "later I found a second account",
]


def raw_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (a fixed table name)
        return [" ".join(str(value) for value in row) for row in cursor.fetchall()]


def test_a_copy_of_the_database_without_the_key_shows_no_report_text_and_no_contact_detail():
    report, _ = make_report(reporter_name="Jordan Reporter", person_name="Uncle Bob", person_usernames=["uncle_b"])
    add_information(report, "later I found a second account")
    tables = ["tipline_report", "tipline_addition", "tipline_fingerprint", "tipline_auditentry"]
    everything = " ".join(row for table in tables for row in raw_rows(table))
    assert report.number in everything  # the rows were read
    for secret in SECRETS:
        assert secret.lower() not in everything.lower()


def test_encrypted_fields_read_back_as_the_reporter_wrote_them():
    report, _ = make_report(person_usernames=["uncle_b"])
    fresh = Report.objects.get(pk=report.pk)
    assert fresh.description.startswith("Someone I met in a game")
    assert fresh.urls == ["https://chat.example.com/u/someone"]
    assert fresh.person_usernames == ["uncle_b"]
    assert fresh.reporter_email == "teen.reporter@example.org"


def test_report_numbers_name_the_year_and_count_from_the_row():
    report, _ = make_report()
    assert re.fullmatch(rf"TL-{report.received_at.year}-\d{{6}}", report.number)


NEW_KEY = "y0eK7JmY3Jb5m3Z0Jt0B8e2mVt8jv3cQvO0oQ1kG2Ww="


def test_rotating_keys_makes_every_secret_readable_with_the_newest_key_alone(settings):
    report, _ = make_report()
    Note.objects.create(report=report, text="analyst note")
    add_information(report, "more details")
    with override_settings(TIPLINE_KEYS=[NEW_KEY, *settings.TIPLINE_KEYS]):
        call_command("rotate_tipline_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    with override_settings(TIPLINE_KEYS=[NEW_KEY]):
        assert Report.objects.get(pk=report.pk).reporter_email == "teen.reporter@example.org"
        assert Note.objects.get(report=report).text == "analyst note"
        assert Addition.objects.get(report=report).text == "more details"


def test_without_the_right_key_a_report_cannot_be_read():
    report, _ = make_report()
    with override_settings(TIPLINE_KEYS=[NEW_KEY]), pytest.raises(InvalidToken):
        Report.objects.get(pk=report.pk)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("HTTPS://Chat.Example.COM:443/u/Someone/#top", "https://chat.example.com/u/Someone"),
        ("http://example.org", "http://example.org/"),
        ("http://example.org:8080/a?b=1", "http://example.org:8080/a?b=1"),
    ],
)
def test_web_addresses_are_normalised(typed, kept):
    assert normalise_url(typed) == kept


@pytest.mark.parametrize(
    "typed", ["ftp://example.org/", "javascript:alert(1)", "example.org", "https://", "http://a:x/"]
)
def test_only_http_and_https_addresses_are_accepted(typed):
    with pytest.raises(ValueError):  # noqa: PT011 (the only error normalise_url raises)
        normalise_url(typed)


def test_a_report_of_an_address_already_reported_is_linked_to_the_earlier_report():
    first, _ = make_report(urls=["https://www.pics.example/gallery/7"], usernames=[])
    second, _ = make_report(urls=["http://pics.example/gallery/7/"], usernames=[])
    unrelated, _ = make_report(urls=["https://pics.example/gallery/8"], usernames=[])
    assert list(linked_reports(second)) == [first]
    assert list(linked_reports(unrelated)) == []


def test_reports_naming_the_same_username_are_linked():
    first, _ = make_report(urls=[], usernames=["@Dark_Fox"])
    second, _ = make_report(urls=[], usernames=[], person_usernames=["dark_fox"])
    assert list(linked_reports(first)) == [second]


def test_the_follow_up_code_is_kept_only_as_a_hash_and_opens_only_its_report():
    report, code = make_report()
    _other, other_code = make_report()
    assert code.replace("-", "") not in raw_rows("tipline_report")[0]
    assert find_report(report.number, code) == report
    assert find_report(report.number.lower(), code.lower().replace("-", " ")) == report
    assert find_report(report.number, other_code) is None
    assert find_report("TL-2026-999999", code) is None
