"""An investigator's referrals in a real browser: sign in, find "Referrals" in the officer bar, read one,
acknowledge it and record an outcome, without JavaScript; axe finds nothing; a print-only officer sees nothing."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import violations
from tests.browser.conftest import TIMEOUT_MS
from tipline.models import AuditEntry, Referral

OFFICER_PASSWORD = "browser-tests-officer"
INVESTIGATOR = "morgan.ashby@national-coordination.example"
PRINT_OFFICER = "amanda.kowalski@riverbendpolice.example"


@pytest.fixture
def waiting_referral(db_access):
    """The demo referral the national unit has not acknowledged; put back as it was afterwards."""
    referral = Referral.objects.get(acknowledged_at=None, reminded_at__isnull=False)
    last_entry = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    yield referral
    Referral.objects.filter(pk=referral.pk).update(
        acknowledged_at=None, acknowledged_by=None, outcome="", outcome_at=None, outcome_by=None,
        version=referral.version,
    )  # fmt: skip
    AuditEntry.objects.filter(pk__gt=last_entry).delete()  # the queryset's delete: only for putting tests back


@pytest.fixture
def no_script_page(browser, live_site):
    context = browser.new_context(base_url=live_site.url, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


def sign_in(page, email, language="en"):
    page.goto(f"/{language}/agency/sign-in/")
    page.get_by_label("Work email" if language == "en" else "Courriel professionnel").fill(email)
    password = "Password" if language == "en" else "Mot de passe"
    page.get_by_label(re.compile(rf"^{password}\s*:?$")).fill(OFFICER_PASSWORD)
    page.get_by_role("button", name="Sign in" if language == "en" else "Se connecter", exact=True).click()


def test_an_investigator_reads_acknowledges_and_records_an_outcome_without_javascript(
    no_script_page, live_site, waiting_referral
):
    page = no_script_page
    sign_in(page, INVESTIGATOR)
    page.get_by_role("navigation", name="Your orders").get_by_role("link", name="Referrals").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Referrals")
    assert violations(page) == []
    page.get_by_role("link", name=waiting_referral.report_number).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {waiting_referral.report_number}")
    expect(page.get_by_text("Waiting for your acknowledgement").first).to_be_visible()
    assert violations(page) == []
    page.get_by_role("button", name="Acknowledge receipt").click()
    expect(page.get_by_role("status").filter(has_text="Receipt acknowledged. Thank you.")).to_be_visible()
    page.get_by_role("group", name="Record an outcome").get_by_label("Child identified and protected").check()
    page.get_by_role("button", name="Save the outcome").click()
    expect(page.get_by_text("Outcome recorded: Child identified and protected.")).to_be_visible()
    referral = Referral.objects.get(pk=waiting_referral.pk)
    assert referral.acknowledged_at is not None
    assert referral.outcome == "child_protected"


def test_the_french_referral_page_has_no_axe_violations(page, live_site, waiting_referral):
    sign_in(page, INVESTIGATOR, "fr")
    page.goto(f"/fr/agency/referrals/{waiting_referral.pk}/")
    expect(page.get_by_role("button", name="Accuser réception")).to_be_visible()
    assert violations(page) == []


def test_an_officer_who_only_orders_print_sees_no_referrals(page, live_site, waiting_referral):
    sign_in(page, PRINT_OFFICER)
    expect(page.get_by_role("navigation", name="Your orders")).to_be_visible()
    expect(page.get_by_role("link", name="Referrals")).to_have_count(0)
    response = page.goto(f"/en/agency/referrals/{waiting_referral.pk}/")
    assert response.status == 404
