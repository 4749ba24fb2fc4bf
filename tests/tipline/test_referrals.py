"""Referrals end to end: an analyst sends, the agency's investigator reads and answers; everyone else sees nothing."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.utils import translation

from resources.models import AgencyMember, OutgoingEmail
from tests.factories import make_agency
from tests.helpers import QUERY_BUDGETS, messages_on, page_text, queries_for, soup
from tests.tipline.factories import in_review, make_hotline, make_partner, make_report
from tests.tipline.test_triage import user_in
from tests.website.test_page_cache import assert_from_cache
from tipline import referrals
from tipline.models import AuditEntry, Investigator, Note, Outcome, Referral, Report
from tipline.workflow import add_note, classify, decide

pytestmark = pytest.mark.django_db
Status = Report.Status
DESCRIPTION = "An adult told my sister to meet him at the park after school today."


@pytest.fixture
def agencies():
    riverbend, investigator = make_partner("Riverbend Police Service", "ON", "K7A 1B2", prefixes="K7A")
    lakeshore, other_investigator = make_partner("Lakeshore Regional Police", "BC", "V6B 1A1")
    national, _ = make_partner("National Coordination Unit", "ON", "K2P 1L4", fallback=True)
    print_officer = make_agency_member(riverbend, "print.only@riverbendpolice.example")
    return {
        "riverbend": riverbend, "investigator": investigator, "lakeshore": lakeshore,
        "other_investigator": other_investigator, "national": national, "print_officer": print_officer,
    }  # fmt: skip


def make_agency_member(agency, email):
    user = get_user_model().objects.create_user(
        username=email, email=email, password="officer-password-1", first_name="Pat", last_name="Print"
    )
    AgencyMember.objects.create(user=user, agency=agency, phone="613-555-0100", language="en")
    return user


@pytest.fixture
def agency_client():
    """A second browser, for the agency's side, beside the analyst's."""
    return Client()


@pytest.fixture
def urgent_report(analyst):
    report, _ = make_report(
        report_type="luring", danger="yes", province="ON", child_postal_prefix="K7A", description=DESCRIPTION,
        urls=[], usernames=["blockbuilder_77"],
    )  # fmt: skip
    return in_review(report, analyst)


def send(client, report, recipient):
    return client.post(
        f"/admin/tipline/{report.pk}/",
        {"action": "refer", "recipient": recipient, "version": Report.objects.get(pk=report.pk).version},
    )


def referral_urls(referral):
    base = f"/en/agency/referrals/{referral.pk}/"
    return [base, base + "acknowledge/", base + "outcome/", base + "question/"]


def test_done_when_analyst_sends_the_urgent_report_and_the_investigator_answers(
    agency_client, analyst_client, agencies, urgent_report
):
    client = agency_client
    page = analyst_client.get(f"/admin/tipline/{urgent_report.pk}/")
    text = page_text(page)
    assert "Suggested: Riverbend Police Service" in text
    assert "postal code starting with K7A" in text
    selected = soup(page).select_one("select#recipient option[selected]")
    assert selected.get_text() == "Riverbend Police Service"

    response = send(analyst_client, urgent_report, selected["value"])
    assert response.status_code == 302
    assert messages_on(analyst_client.get(response.url))[0] == (
        f"Report {urgent_report.number} is sent to Riverbend Police Service."
    )
    report = Report.objects.get(pk=urgent_report.pk)
    assert report.status == Status.SENT_TO_POLICE
    referral = Referral.objects.get(report=report)
    assert referral.agency == agencies["riverbend"]
    assert referral.urgent
    assert referral.package["facts"]["description"] == DESCRIPTION
    assert referral.reason == "place|child|ON|K7A|Riverbend Police Service"  # worded when read, in each language
    assert referral.reason_text == (
        "The child is in Ontario, postal code starting with K7A: Riverbend Police Service covers it."
    )
    assert AuditEntry.objects.filter(report=report, action=AuditEntry.Action.REFERRED).exists()

    # The agency's investigators get an email that says only that something waits.
    email = OutgoingEmail.objects.get(to=agencies["investigator"].email)
    assert email.subject == "Urgent: a tipline referral is waiting for your agency"
    assert "/en/agency/referrals/" in email.body
    for secret in [DESCRIPTION, "blockbuilder_77", report.number]:
        assert secret not in email.body
        assert secret not in email.subject

    client.force_login(agencies["investigator"])
    listing = client.get("/en/agency/referrals/")
    assert listing.status_code == 200
    assert "no-store" in listing["Cache-Control"]
    assert "private" in listing["Cache-Control"]
    assert report.number in page_text(listing)
    assert "Waiting for your acknowledgement" in page_text(listing)
    assert referrals_link_in_bar(listing) == "Referrals"

    detail = client.get(f"/en/agency/referrals/{referral.pk}/")
    assert detail.status_code == 200
    assert "no-store" in detail["Cache-Control"]
    assert DESCRIPTION in page_text(detail)
    assert "blockbuilder_77" in page_text(detail)
    assert AuditEntry.objects.filter(report=report, action=AuditEntry.Action.REFERRAL_OPENED).count() == 1

    response = client.post(f"/en/agency/referrals/{referral.pk}/acknowledge/", {"version": referral.version})
    assert messages_on(client.get(response.url)) == ["Receipt acknowledged. Thank you."]
    referral.refresh_from_db()
    assert referral.acknowledged_at
    assert referral.acknowledged_by == agencies["investigator"]

    response = client.post(
        f"/en/agency/referrals/{referral.pk}/outcome/", {"outcome": "child_protected", "version": referral.version}
    )
    assert messages_on(client.get(response.url)) == ["Outcome recorded: Child identified and protected."]
    referral.refresh_from_db()
    assert referral.outcome == Outcome.CHILD_PROTECTED
    assert referral.outcome_at
    assert "Child identified and protected" in page_text(client.get("/en/agency/referrals/"))
    # The analysts see it on the report.
    assert "Child identified and protected" in page_text(analyst_client.get(f"/admin/tipline/{report.pk}/"))


def sent_referral(report, analyst, recipient):
    return referrals.send_referral(report, analyst, recipient)


def test_another_agencys_investigator_gets_404_on_every_referral_url(client, agencies, urgent_report, analyst):
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    client.force_login(agencies["other_investigator"])
    assert referral.report_number not in page_text(client.get("/en/agency/referrals/"))
    for url in referral_urls(referral):
        assert client.get(url).status_code in {404, 405}, url
        assert client.post(url, {"version": referral.version, "outcome": "arrest", "question": "?"}).status_code == 404
    referral.refresh_from_db()
    assert referral.acknowledged_at is None
    assert referral.outcome == ""
    assert not referral.questions.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.REFERRAL_OPENED).exists()


def test_an_officer_who_only_orders_print_sees_nothing_of_the_tipline(client, agencies, urgent_report, analyst):
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    client.force_login(agencies["print_officer"])
    orders = client.get("/en/agency/orders/")
    assert orders.status_code == 200
    assert "Referrals" not in page_text(orders)
    assert "/agency/referrals/" not in orders.content.decode()
    assert client.get("/en/agency/referrals/").status_code == 404
    for url in referral_urls(referral):
        assert client.get(url).status_code in {404, 405}
        assert client.post(url, {"version": referral.version, "outcome": "arrest"}).status_code == 404
    assert not OutgoingEmail.objects.filter(to=agencies["print_officer"].email).exists()


def test_signed_out_visitors_are_sent_to_sign_in_and_analysts_without_an_agency_get_nothing(
    client, agencies, urgent_report, analyst
):
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    response = client.get(f"/en/agency/referrals/{referral.pk}/")
    assert response.status_code == 302
    assert "/en/agency/sign-in/" in response.url
    client.force_login(analyst)
    assert client.get(f"/en/agency/referrals/{referral.pk}/").status_code == 403


def test_a_revoked_investigator_loses_access_at_once(client, agencies, urgent_report, analyst):
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    client.force_login(agencies["investigator"])
    assert client.get(f"/en/agency/referrals/{referral.pk}/").status_code == 200
    Investigator.objects.filter(member__user=agencies["investigator"]).delete()
    assert client.get(f"/en/agency/referrals/{referral.pk}/").status_code == 404


def test_no_agency_receives_the_same_report_twice(analyst_client, agencies, urgent_report, analyst):
    recipient = f"agency-{agencies['riverbend'].pk}"
    sent_referral(urgent_report, analyst, recipient)
    response = send(analyst_client, urgent_report, recipient)
    assert response.status_code == 302
    [message] = messages_on(analyst_client.get(response.url))
    assert message.startswith(f"Riverbend Police Service already received report {urgent_report.number} on ")
    assert Referral.objects.count() == 1
    # Another agency may still receive it, for coordination; the status stays "Sent to police".
    send(analyst_client, urgent_report, f"agency-{agencies['national'].pk}")
    assert Referral.objects.count() == 2
    assert Report.objects.get(pk=urgent_report.pk).status == Status.SENT_TO_POLICE
    assert Referral.objects.get(agency=agencies["national"]).reason_text == (
        "Chosen by the analyst instead of the suggestion (Riverbend Police Service)."
    )


@pytest.mark.parametrize(
    "recipient", ["", "agency-", "agency-abc", "agency-999999", "agency-99999999999999999999", "hotline-7", "x-1"]
)
def test_a_forged_recipient_is_a_clear_error_and_changes_nothing(analyst_client, agencies, urgent_report, recipient):
    response = send(analyst_client, urgent_report, recipient)
    assert response.status_code == 302
    assert messages_on(analyst_client.get(response.url)) == ["Choose an agency or a hotline from the list."]
    assert not Referral.objects.exists()
    assert Report.objects.get(pk=urgent_report.pk).status == Status.IN_REVIEW


def test_an_agency_that_is_not_a_partner_cannot_receive_a_referral(analyst_client, urgent_report):
    outsider, _ = make_agency("Not A Partner Police", province="ON")
    send(analyst_client, urgent_report, f"agency-{outsider.pk}")
    assert not Referral.objects.exists()


def test_a_new_report_cannot_be_referred_before_review_and_decide_cannot_skip_the_referral(agencies, analyst):
    report, _ = make_report()
    with pytest.raises(ValidationError, match="Only a report in review can be referred"):
        referrals.send_referral(report, analyst, f"agency-{agencies['riverbend'].pk}")
    report = in_review(report, analyst)
    with pytest.raises(ValidationError, match="Send a referral"):
        decide(report, Status.SENT_TO_POLICE, analyst)
    assert Report.objects.get(pk=report.pk).status == Status.IN_REVIEW


def test_a_stale_send_form_changes_nothing(analyst_client, agencies, urgent_report):
    stale = urgent_report.version
    Report.objects.filter(pk=urgent_report.pk).update(version=stale + 1)
    analyst_client.post(
        f"/admin/tipline/{urgent_report.pk}/",
        {"action": "refer", "recipient": f"agency-{agencies['riverbend'].pk}", "version": stale},
    )
    assert not Referral.objects.exists()


def test_a_report_outside_canada_goes_to_the_hotline_without_any_email(agencies, analyst):
    hotline = make_hotline()
    report, _ = make_report(province="XX", child_country="FR")
    report = in_review(report, analyst)
    referral = referrals.send_referral(report, analyst, f"hotline-{hotline.pk}")
    assert referral.hotline == hotline
    assert referral.agency is None
    assert Report.objects.get(pk=report.pk).status == Status.OTHER_HOTLINE
    assert not OutgoingEmail.objects.filter(to=hotline.contact_email).exists()


def test_the_package_holds_classification_police_notes_linked_reports_and_contact_only_if_agreed(agencies, analyst):
    other, _ = make_report(province="BC", urls=["https://chat.example.com/u/someone"])
    other = in_review(other, analyst)
    referrals.send_referral(other, analyst, f"agency-{agencies['lakeshore'].pk}")
    report, _ = make_report(province="BC", police_may_contact=False)
    report = in_review(report, analyst)
    report = classify(report, analyst, "sextortion", "346")
    add_note(report, analyst, "Same scheme as last month: the payment address matches.", for_police=True)
    add_note(report, analyst, "Internal: check with Sam before sending.")
    referral = referrals.send_referral(report, analyst, f"agency-{agencies['national'].pk}")
    package = referral.package
    assert package["classification"] == {"type": "sextortion", "section": "346"}
    assert [note["text"] for note in package["notes"]] == ["Same scheme as last month: the payment address matches."]
    assert package["linked"][0]["number"] == other.number
    assert package["linked"][0]["sent_to"] == ["Lakeshore Regional Police"]
    assert "reporter" not in package["facts"]
    # Encrypted at rest: the database row holds no readable word of it.
    with connection.cursor() as cursor:
        cursor.execute("SELECT package FROM tipline_referral WHERE id = %s", [referral.pk])
        stored = cursor.fetchone()[0]
    assert "payment address" not in stored
    assert "sextortion" not in stored


def test_the_investigator_reads_the_classification_in_their_language(client, agencies, urgent_report, analyst):
    """The labels of a classified report are translatable text: the page joins them in the reader's language
    (joining them untranslated was a 500 on every classified referral)."""
    report = classify(urgent_report, analyst, "luring", "172.1")
    referral = sent_referral(report, analyst, f"agency-{agencies['riverbend'].pk}")
    client.force_login(agencies["investigator"])
    detail = client.get(f"/en/agency/referrals/{referral.pk}/")
    assert detail.status_code == 200
    assert "An adult luring or grooming a child online, s. 172.1: luring a child" in page_text(detail)
    french = client.get(f"/fr/services-de-police/signalements/{referral.pk}/")
    assert french.status_code == 200
    assert "Un adulte qui leurre ou manipule un enfant en ligne, art. 172.1\u00a0: leurre d’enfant" in page_text(french)


def test_linked_reports_sent_elsewhere_are_flagged_for_coordination(analyst_client, agencies, analyst):
    first, _ = make_report(province="BC", urls=["https://files.example/share/a81"])
    first = in_review(first, analyst)
    referrals.send_referral(first, analyst, f"agency-{agencies['lakeshore'].pk}")
    second, _ = make_report(province="ON", urls=["https://files.example/share/a81"])
    detail = page_text(analyst_client.get(f"/admin/tipline/{second.pk}/"))
    assert "Linked reports were sent to Lakeshore Regional Police: coordinate with them." in detail
    queue = page_text(analyst_client.get("/admin/tipline/"))
    assert "Coordinate with Lakeshore Regional Police" in queue
    # Once sent to the same agency, there is nothing left to coordinate.
    second = in_review(second, analyst)
    referrals.send_referral(second, analyst, f"agency-{agencies['lakeshore'].pk}")
    assert "coordinate with them" not in page_text(analyst_client.get(f"/admin/tipline/{second.pk}/"))


def test_notes_marked_for_police_are_saved_as_such(analyst_client, urgent_report):
    analyst_client.post(
        f"/admin/tipline/{urgent_report.pk}/", {"action": "note", "note": "Call the detachment.", "for_police": "yes"}
    )
    analyst_client.post(f"/admin/tipline/{urgent_report.pk}/", {"action": "note", "note": "Internal only."})
    assert dict(Note.objects.values_list("text", "for_police")) == {
        "Call the detachment.": True,
        "Internal only.": False,
    }


def test_acknowledging_or_recording_twice_changes_nothing_the_second_time(client, agencies, urgent_report, analyst):
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    client.force_login(agencies["investigator"])
    url = f"/en/agency/referrals/{referral.pk}/"
    client.get(client.post(url + "acknowledge/", {"version": referral.version}).url)
    first = Referral.objects.get(pk=referral.pk)
    response = client.post(url + "acknowledge/", {"version": referral.version})
    assert messages_on(client.get(response.url)) == ["Receipt was already acknowledged."]
    assert Referral.objects.get(pk=referral.pk).acknowledged_at == first.acknowledged_at
    client.get(client.post(url + "outcome/", {"outcome": "arrest", "version": first.version}).url)
    again = client.post(url + "outcome/", {"outcome": "arrest", "version": first.version})
    assert messages_on(client.get(again.url)) == ["This outcome was already recorded."]
    assert AuditEntry.objects.filter(action=AuditEntry.Action.OUTCOME).count() == 1
    assert AuditEntry.objects.filter(action=AuditEntry.Action.ACKNOWLEDGED).count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"outcome": "freed", "version": "1"}, "Choose an outcome from the list."),
        ({"outcome": "", "version": "1"}, "Choose an outcome from the list."),
        ({"outcome": "arrest", "version": "abc"}, "changed since you opened it"),
        ({"outcome": "arrest", "version": "99"}, "changed since you opened it"),
    ],
)
def test_bad_outcome_input_is_a_clear_error_and_changes_nothing(
    client, agencies, urgent_report, analyst, data, message
):
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    client.force_login(agencies["investigator"])
    response = client.post(f"/en/agency/referrals/{referral.pk}/outcome/", data)
    assert response.status_code == 302
    assert message in messages_on(client.get(response.url))[0]
    assert Referral.objects.get(pk=referral.pk).outcome == ""


def test_referral_actions_are_post_only_and_need_the_csrf_token(agencies, urgent_report, analyst):
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(agencies["investigator"])
    url = f"/en/agency/referrals/{referral.pk}/acknowledge/"
    assert strict.get(url).status_code == 405
    assert strict.post(url, {"version": referral.version}).status_code == 403
    assert Referral.objects.get(pk=referral.pk).acknowledged_at is None


@pytest.mark.parametrize("pk", ["0", "999999", "99999999999999999999"])
def test_a_forged_referral_id_is_a_404(client, agencies, pk):
    client.force_login(agencies["investigator"])
    assert client.get(f"/en/agency/referrals/{pk}/").status_code == 404
    assert client.post(f"/en/agency/referrals/{pk}/acknowledge/").status_code == 404


def test_a_question_is_stored_shown_to_analysts_and_they_are_told_without_its_text(
    agency_client, analyst_client, agencies, urgent_report, analyst
):
    client = agency_client
    referral = sent_referral(urgent_report, analyst, f"agency-{agencies['riverbend'].pk}")
    client.force_login(agencies["investigator"])
    url = f"/en/agency/referrals/{referral.pk}/question/"
    form = soup(client.get(f"/en/agency/referrals/{referral.pk}/")).select_one(f'form[action="{url}"]')
    token = form.select_one('input[name="token"]')["value"]
    question = "Did the reporter keep the chat logs?"
    response = client.post(url, {"question": question, "token": token})
    assert messages_on(client.get(response.url)) == ["Your question was sent to the analysts."]
    client.get(client.post(url, {"question": question, "token": token}).url)  # sent twice: kept once
    assert referral.questions.count() == 1
    emails = OutgoingEmail.objects.filter(to=analyst.email, subject__contains="A question from police")
    assert emails.count() == 1
    assert question not in emails.get().body
    assert question in page_text(analyst_client.get(f"/admin/tipline/{urgent_report.pk}/"))
    empty = client.post(url, {"question": "   ", "token": ""})
    assert messages_on(client.get(empty.url)) == ["Write your question first."]


def referrals_link_in_bar(response):
    """The full name of the officer bar's link to the referrals (a phone shows a short label, hidden from screen
    readers), or None without the link."""
    link = soup(response).select_one('.officer-bar a[href="/en/agency/referrals/"]')
    return link and link.select_one(".officer-bar__full").get_text()


def test_the_referrals_link_comes_and_goes_with_the_role_at_once(analyst_client, agencies):
    officer = agencies["print_officer"]
    client = Client()
    client.force_login(officer)
    orders = "/en/agency/orders/"
    assert "Referrals" not in page_text(client.get(orders))
    analyst_client.post("/admin/tipline/investigators/", {"member": officer.agency_member.pk, "grant": "yes"})
    assert referrals_link_in_bar(client.get(orders)) == "Referrals"
    analyst_client.post("/admin/tipline/investigators/", {"member": officer.agency_member.pk, "grant": "no"})
    assert "Referrals" not in page_text(client.get(orders))


def test_granting_or_revoking_the_role_leaves_the_public_pages_in_the_cache(analyst_client, agencies, site_pages):
    member = agencies["print_officer"].agency_member
    reader = Client()
    reader.get("/en/about/")
    assert_from_cache(reader, "/en/about/")
    for grant, is_investigator in (("yes", True), ("no", False)):
        analyst_client.post("/admin/tipline/investigators/", {"member": member.pk, "grant": grant})
        assert Investigator.objects.filter(member=member).exists() is is_investigator
        assert_from_cache(reader, "/en/about/")


def test_analysts_grant_and_revoke_the_investigator_role_and_it_is_audited(analyst_client, agencies):
    officer = agencies["print_officer"]
    member = officer.agency_member
    page = page_text(analyst_client.get("/admin/tipline/investigators/"))
    assert "Pat Print" in page
    response = analyst_client.post("/admin/tipline/investigators/", {"member": member.pk, "grant": "yes"})
    assert messages_on(analyst_client.get(response.url)) == ["Pat Print is now an investigator."]
    assert Investigator.objects.filter(member=member).exists()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.INVESTIGATOR)
    assert entry.detail == f"granted: {officer.username} (Riverbend Police Service)"
    analyst_client.get(analyst_client.post("/admin/tipline/investigators/", {"member": member.pk, "grant": "no"}).url)
    assert not Investigator.objects.filter(member=member).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.INVESTIGATOR).count() == 2
    for forged in ["", "abc", "999999", "99999999999999999999"]:
        response = analyst_client.post("/admin/tipline/investigators/", {"member": forged, "grant": "yes"})
        assert messages_on(analyst_client.get(response.url)) == ["Choose an officer from the list."]


def test_only_officers_of_referral_partners_can_become_investigators(analyst_client):
    _agency, officer = make_agency("Print Only Police", province="ON")
    response = analyst_client.post(
        "/admin/tipline/investigators/", {"member": officer.agency_member.pk, "grant": "yes"}
    )
    assert messages_on(analyst_client.get(response.url)) == [
        "Only officers of agencies that receive referrals can be investigators."
    ]
    assert not Investigator.objects.exists()


@pytest.mark.parametrize("group", [None, "Editors", "Order managers"])
def test_no_one_but_analysts_reaches_the_investigator_partner_and_hotline_screens(client, agencies, group):
    user = user_in("someone", group, is_staff=True)
    client.force_login(user)
    for url in ["/admin/tipline/investigators/", "/admin/referral_partners/", "/admin/country_hotlines/"]:
        assert client.get(url).status_code in {302, 403}, url
    response = client.post(
        "/admin/tipline/investigators/", {"member": agencies["print_officer"].agency_member.pk, "grant": "yes"}
    )
    assert response.status_code in {302, 403}
    assert not Investigator.objects.filter(member__user=agencies["print_officer"]).exists()


def test_analysts_keep_the_partner_and_hotline_lists(analyst_client, agencies):
    assert "Riverbend Police Service" in page_text(analyst_client.get("/admin/referral_partners/"))
    make_hotline()
    assert "Point Contact (demo)" in page_text(analyst_client.get("/admin/country_hotlines/"))


def test_the_referral_list_uses_a_fixed_number_of_queries(client, agencies, analyst):
    client.force_login(agencies["investigator"])

    def send_one():
        report, _ = make_report(province="ON", child_postal_prefix="K7A", urls=[], usernames=[])
        return referrals.send_referral(in_review(report, analyst), analyst, f"agency-{agencies['riverbend'].pk}")

    first = send_one()
    for url in ["/en/agency/referrals/", f"/en/agency/referrals/{first.pk}/"]:
        client.get(url)  # the page chrome, built once per language
    few = {url: queries_for(client, url) for url in ["/en/agency/referrals/", f"/en/agency/referrals/{first.pk}/"]}
    for _ in range(6):
        send_one()
    many = {url: queries_for(client, url) for url in few}
    assert few == many
    assert max(many.values()) <= QUERY_BUDGETS["referral pages"], many


def test_each_referral_page_and_email_is_in_french(client, agencies, analyst):
    investigator = agencies["investigator"]
    investigator.agency_member.language = "fr"
    investigator.agency_member.save()
    report, _ = make_report(province="ON", child_postal_prefix="K7A", danger="yes", urls=[], usernames=[])
    referral = referrals.send_referral(in_review(report, analyst), analyst, f"agency-{agencies['riverbend'].pk}")
    email = OutgoingEmail.objects.get(to=investigator.email)
    assert email.subject == "Urgent\u00a0: un signalement transmis à votre service est en attente"
    assert "/fr/services-de-police/signalements/" in email.body
    client.force_login(get_user_model().objects.get(pk=investigator.pk))
    listing = client.get("/fr/services-de-police/signalements/")
    assert 'lang="fr"' in listing.content.decode()
    assert "Signalements transmis" in page_text(listing)
    detail = page_text(client.get(f"/fr/services-de-police/signalements/{referral.pk}/"))
    assert "Accuser réception" in detail
    assert "Enfant identifié et protégé" in detail
    response = client.post(
        f"/fr/services-de-police/signalements/{referral.pk}/accuse-de-reception/", {"version": referral.version}
    )
    assert messages_on(client.get(response.url)) == ["Réception confirmée. Merci."]
    assert re.search(
        r"Signalements transmis",
        soup(client.get("/fr/services-de-police/signalements/")).select_one(".officer-bar").text,
    )


def test_a_package_says_when_the_report_came_in_as_french_writes_the_first_of_a_month():
    with translation.override("fr"):
        package = referrals.describe_package({"facts": {"received_at": "2026-09-01T18:05:00+00:00"}})
    # In the site's time zone (Toronto), on the 24-hour clock.
    assert "1er septembre 2026 à 14\u00a0h\u00a005" in [text for _, text in package["facts"]]
