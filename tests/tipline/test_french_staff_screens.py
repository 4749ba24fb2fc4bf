"""The analysts' screens in French: a report's language in the analyst's language (locale/fr/STYLE.md, "Language
names"), dates as French writes them (« 1er septembre »)."""

from datetime import datetime

import pytest
from django.utils import timezone

from tests.helpers import in_french, soup
from tests.tipline.factories import make_report
from tipline.models import Report

pytestmark = pytest.mark.django_db


def test_a_reports_language_reads_in_the_analysts_language(analyst_client, analyst):
    in_french(analyst)
    report, _ = make_report(language="en")
    text = soup(analyst_client.get(f"/admin/tipline/{report.pk}/")).get_text(" ", strip=True)
    assert "(anglais" in text
    assert "English" not in text


def test_the_analysts_screen_writes_the_first_of_a_month_as_french_does(analyst_client, analyst):
    in_french(analyst)
    report, _ = make_report()
    Report.objects.filter(pk=report.pk).update(received_at=timezone.make_aware(datetime(2026, 9, 1, 14, 5)))
    text = soup(analyst_client.get(f"/admin/tipline/{report.pk}/")).get_text(" ", strip=True)
    assert "1er septembre 2026" in text
