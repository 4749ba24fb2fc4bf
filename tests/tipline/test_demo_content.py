"""The tipline's demo content: an analyst whose sign-in is printed, and a dozen varied, linked, safe reports."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tipline.models import Report
from tipline.services import linked_reports

pytestmark = pytest.mark.django_db
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
