"""The analysts' screens in French: a report's language in the analyst's language (locale/fr/STYLE.md, "Language
names"), dates as French writes them (« 1er septembre »)."""

import re
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.helpers import in_french, soup
from tests.tipline.factories import in_review, make_hotline, make_partner, make_report
from tipline import referrals
from tipline.models import CountryHotline, Report, ServiceProvider
from tipline.workflow import classify

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
    assert "Ajouter\u00a0: centrale de signalement d’un autre pays" in hotlines
    assert "un(e)" not in hotlines + partners + providers


def test_the_french_admins_title_bar_takes_the_no_break_space_before_its_colon(analyst_client, analyst):
    in_french(analyst)
    make_hotline(code="US", name_en="United States", name_fr="États-Unis", hotline="US Tipline (demo)")
    hotline = CountryHotline.objects.get(country_code="US")
    with translation.override("fr"):
        name = str(hotline)
    for url, title in [
        (reverse("country_hotlines:edit", args=[hotline.pk]), f"Modification\u00a0: {name}"),
        (reverse("country_hotlines:add"), "Création\u00a0: Centrale de signalement d’un autre pays"),
    ]:
        page = soup(analyst_client.get(url))
        assert page.title.get_text(strip=True).startswith(title)
        assert page.find("h1").get_text(" ", strip=True) == title
        assert not re.search("[^\u00a0]:", page.title.get_text() + page.find("h1").get_text())


def test_the_audit_log_reads_in_the_analysts_language_whoever_acted_in_english(analyst_client, analyst):
    agency, officer = make_partner("Riverbend Police Service", prefixes="K7A")
    report, _ = make_report(province="ON", child_postal_prefix="K7A", reporter_email="parent@example.org")
    with translation.override("en"):  # an analyst reading in English acted, and the reminders' command
        report = in_review(report, analyst)
        report = classify(report, analyst, "sextortion", "346")
        referral = referrals.send_referral(report, analyst, f"agency-{agency.pk}")
        referrals.send_reminders(now=timezone.now() + timedelta(days=7))
        referrals.record_outcome(referral, officer, "charges_laid")
    in_french(analyst)
    text = soup(analyst_client.get(f"/admin/tipline/{report.pk}/")).get_text(" ", strip=True)
    assert "Nouveau → En examen" in text
    assert "ne paie pas ou n’en envoie pas d’autres\u00a0; art." in text
    assert "Réception non confirmée dans les délais\u00a0: rappel envoyé à Riverbend Police Service" in text
    assert "Accusations portées" in text
    assert "Avis de transmission du signalement à la police" in text
    english = ("New → In review", "Sextortion:", "reminded", "Charges laid", "sent_to_police")
    assert [phrase for phrase in english if phrase in text] == []


def test_the_queue_and_the_portal_head_their_report_column_with_a_noun(analyst_client, analyst, client):
    agency, officer = make_partner("Riverbend Police Service", prefixes="K7A")
    report, _ = make_report(province="ON", child_postal_prefix="K7A")
    referrals.send_referral(in_review(report, analyst), analyst, f"agency-{agency.pk}")
    in_french(analyst)
    queue = soup(analyst_client.get("/admin/tipline/?status=all"))
    client.force_login(officer)
    portal = soup(client.get("/fr/services-de-police/signalements/"))
    assert queue.select_one("thead th").get_text(strip=True) == "Signalement"
    assert portal.select_one("thead th").get_text(strip=True) == "Signalement"


def test_why_a_report_went_to_an_agency_reads_in_french_whoever_sent_it_in_english(analyst_client, analyst):
    agency, _officer = make_partner("Riverbend Police Service", prefixes="K7A")
    report, _ = make_report(province="ON", child_postal_prefix="K7A")
    with translation.override("en"):
        referrals.send_referral(in_review(report, analyst), analyst, f"agency-{agency.pk}")
    in_french(analyst)
    page = soup(analyst_client.get(f"/admin/tipline/{report.pk}/"))
    sent_to = next(row for row in page.select("tbody tr") if row.td.get_text(strip=True) == agency.name)
    why = sent_to.select("td")[1].get_text(" ", strip=True)
    assert why.endswith("Service compétent\u00a0: Riverbend Police Service.")


def test_a_linked_report_reads_with_a_french_colon_and_an_iso_date(analyst_client, analyst):
    in_french(analyst)
    first, _ = make_report()
    Report.objects.filter(pk=first.pk).update(received_at=timezone.make_aware(datetime(2026, 9, 1, 14, 5)))
    second, _ = make_report()  # the same web address and username
    text = soup(analyst_client.get(f"/admin/tipline/{second.pk}/")).get_text("", strip=False)
    assert f"{first.number}\u00a0: " in text
    assert "2026-09-01" in text


def test_a_referral_partners_province_list_reads_in_french_alphabetical_order(analyst_client, analyst):
    in_french(analyst)
    page = soup(analyst_client.get("/admin/referral_partners/new/"))
    provinces = [option.get_text() for option in page.select("select[name=province] option")][1:]
    assert provinces[:3] == ["Alberta", "Colombie-Britannique", "Île-du-Prince-Édouard"]
    assert len(provinces) == 13
