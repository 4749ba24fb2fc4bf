"""Builders for tipline test data: reports saved through the same service the public form uses."""

from tests.factories import make_agency
from tipline.models import Answer, CountryHotline, Investigator, ReferralPartner, ReportType
from tipline.services import submit_report
from tipline.workflow import decide


def report_fields(**overrides):
    fields = {
        "report_type": ReportType.SEXTORTION,
        "danger": Answer.NO,
        "province": "ON",
        "child_age_range": "13-15",
        "urls": ["https://chat.example.com/u/someone"],
        "usernames": ["someone_123"],
        "description": "Someone I met in a game asked for pictures and now says they will share them.",
        "reporter_email": "teen.reporter@example.org",
        "reporter_phone": "613-555-0199",
    }
    return {**fields, **overrides}


def make_report(language="en", **overrides):
    """A saved report; returns (report, follow-up code)."""
    return submit_report(report_fields(**overrides), language)


def make_partner(name, province="ON", postal_code="K7A 1B2", prefixes="", fallback=False, investigator=True):
    """An approved agency that receives referrals, with its officer made an investigator (or not).
    Returns (agency, officer)."""
    agency, officer = make_agency(name, province=province, postal_code=postal_code)
    ReferralPartner.objects.create(
        agency=agency, province="" if fallback else province, postal_prefixes=prefixes, is_national_fallback=fallback
    )
    if investigator:
        Investigator.objects.create(member=officer.agency_member)
    return agency, officer


def make_hotline(code="FR", name_en="France", name_fr="France", hotline="Point Contact (demo)"):
    return CountryHotline.objects.create(
        country_code=code, country_name_en=name_en, country_name_fr=name_fr, hotline_name=hotline,
        contact_email=f"reports@{code.lower()}-hotline.example",
    )  # fmt: skip


def in_review(report, analyst):
    return decide(report, "in_review", analyst)
