"""The demo referrals, and the issue's "Done when" tried on the demo content as a new user would."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from tests.helpers import messages_on, page_text, soup
from tipline.models import CountryHotline, Investigator, Outcome, Referral, ReferralPartner, Report

RESERVED_EMAIL = re.compile(r"@([a-z0-9-]+\.)*(example|example\.(com|org|net))$")


def test_two_demo_agencies_and_a_national_fallback_receive_referrals_each_with_an_investigator(demo_content):
    partners = list(ReferralPartner.objects.select_related("agency"))
    assert len(partners) == 3
    assert [p.agency.name for p in partners if p.is_national_fallback] == [
        "National Child Exploitation Coordination Unit (demo)"
    ]
    for partner in partners:
        investigators = Investigator.objects.filter(member__agency=partner.agency)
        assert investigators.count() == 1
        assert RESERVED_EMAIL.search(investigators.get().member.user.email)
    for hotline in CountryHotline.objects.all():
        assert RESERVED_EMAIL.search(hotline.contact_email), hotline


def test_demo_referrals_are_in_several_states(demo_content):
    referrals = list(Referral.objects.all())
    assert len(referrals) == 4
    assert any(r.acknowledged_at and r.outcome == Outcome.INVESTIGATION_OPENED for r in referrals)
    assert any(r.acknowledged_at and not r.outcome for r in referrals)
    assert any(r.reminded_at and not r.acknowledged_at for r in referrals)
    assert any(r.hotline for r in referrals)


def test_new_investigators_get_printed_sign_ins_and_a_second_load_changes_nothing(demo_content, monkeypatch):
    User = get_user_model()
    User.objects.filter(username="nadia.fraser@riverbendpolice.example").delete()
    monkeypatch.delenv("DEMO_OFFICER_PASSWORD", raising=False)
    counts = (Referral.objects.count(), ReferralPartner.objects.count(), CountryHotline.objects.count())
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    email, password = re.search(r"Investigator of Riverbend Police Service: (\S+) / (\S+)", out.getvalue()).groups()
    assert User.objects.get(username=email).check_password(password)
    assert (Referral.objects.count(), ReferralPartner.objects.count(), CountryHotline.objects.count()) == counts


def test_done_when_on_the_demo_content(demo_content, client):
    User = get_user_model()
    analyst = User.objects.get(username="sam.tremblay@northbridge.example")
    client.force_login(analyst)
    urgent = Report.objects.get(urgent=True)
    # A new report is reviewed first: the send form appears once it is in review.
    assert soup(client.get(f"/admin/tipline/{urgent.pk}/")).select_one("select#recipient") is None
    client.post(
        f"/admin/tipline/{urgent.pk}/", {"action": "decide", "to_status": "in_review", "version": urgent.version}
    )
    page = client.get(f"/admin/tipline/{urgent.pk}/")
    assert "Suggested: Riverbend Police Service" in page_text(page)
    recipient = soup(page).select_one("select#recipient option[selected]")["value"]
    urgent.refresh_from_db()
    response = client.post(
        f"/admin/tipline/{urgent.pk}/", {"action": "refer", "recipient": recipient, "version": urgent.version}
    )
    assert messages_on(client.get(response.url))[-1] == f"Report {urgent.number} is sent to Riverbend Police Service."
    referral = Referral.objects.get(report=urgent)

    investigator = Client()
    investigator.force_login(User.objects.get(username="nadia.fraser@riverbendpolice.example"))
    assert urgent.number in page_text(investigator.get("/en/agency/referrals/"))
    investigator.post(f"/en/agency/referrals/{referral.pk}/acknowledge/", {"version": referral.version})
    referral.refresh_from_db()
    investigator.post(
        f"/en/agency/referrals/{referral.pk}/outcome/", {"outcome": "child_protected", "version": referral.version}
    )
    referral.refresh_from_db()
    assert referral.acknowledged_at
    assert referral.outcome == Outcome.CHILD_PROTECTED

    other = Client()
    other.force_login(User.objects.get(username="luc.bastien@police-riviere-des-cedres.example"))
    assert other.get(f"/fr/services-de-police/signalements/{referral.pk}/").status_code == 404

    print_officer = Client()
    print_officer.force_login(User.objects.get(username="amanda.kowalski@riverbendpolice.example"))
    orders = print_officer.get("/en/agency/orders/")
    assert "/agency/referrals/" not in orders.content.decode()
    assert print_officer.get(f"/en/agency/referrals/{referral.pk}/").status_code == 404
