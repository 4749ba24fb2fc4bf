"""The analysts' screens in French: a report's language in the analyst's language (locale/fr/STYLE.md, "Language
names"), dates as French writes them (« 1er septembre »)."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.helpers import in_french, soup
from tests.tipline.factories import make_hotline, make_partner, make_report
from tipline.models import Report, ServiceProvider

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


def test_the_directories_read_yes_no_and_country_names_in_french(analyst_client, analyst):
    in_french(analyst)
    make_partner("Riverbend Police Service", prefixes="K7A")
    make_hotline(code="US", name_en="United States", name_fr="États-Unis", hotline="US Tipline (demo)")
    ServiceProvider.objects.create(name="Example Hosting Inc.", domains="example.net", abuse_email="abuse@example.net")
    partners = soup(analyst_client.get(reverse("referral_partners:index"))).get_text(" ", strip=True)
    hotlines = soup(analyst_client.get(reverse("country_hotlines:index"))).get_text(" ", strip=True)
    providers = soup(analyst_client.get(reverse("service_providers:index"))).get_text(" ", strip=True)
    assert "Oui" in partners
    assert "Non" in partners
    assert not {"True", "False"} & set(partners.split())
    assert "États-Unis" in hotlines
    assert "United States" not in hotlines
    assert "1 fournisseur de services" in providers
    assert "servicess" not in providers
