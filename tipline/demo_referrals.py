"""Demo content for referrals: partner agencies with their investigators, other countries' hotlines, and
referrals in several states (waiting and reminded, acknowledged, with an outcome, sent to a hotline).

Every agency, person and address is fictional; emails are on reserved example domains.
"""

import os
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from resources.models import Agency, AgencyAddress, AgencyMember, OutgoingEmail
from tipline import referrals
from tipline.models import CountryHotline, Investigator, Referral, ReferralPartner, Report
from tipline.workflow import decide

# The national fallback: a fictional coordination centre, in the spirit of a national child exploitation centre.
NATIONAL = {
    "name": "National Child Exploitation Coordination Unit (demo)",
    "province": "ON",
    "address": {"line1": "1 Coordination Way", "line2": "", "city": "Ottawa", "postal_code": "K1A 0R2"},
}

# (agency name, province, postal prefixes, national fallback, investigator)
PARTNERS = [
    ("Riverbend Police Service", "ON", "K7A K7B K0G", False, {
        "first_name": "Nadia", "last_name": "Fraser", "email": "nadia.fraser@riverbendpolice.example",
        "phone": "613-555-0187", "language": "en",
    }),
    ("Service de police de la Première Nation de Rivière-des-Cèdres", "QC", "G0A", False, {
        "first_name": "Luc", "last_name": "Bastien", "email": "luc.bastien@police-riviere-des-cedres.example",
        "phone": "418-555-0163", "language": "fr",
    }),
    (NATIONAL["name"], "", "", True, {
        "first_name": "Morgan", "last_name": "Ashby", "email": "morgan.ashby@national-coordination.example",
        "phone": "613-555-0110", "language": "en",
    }),
]  # fmt: skip

# Other countries' hotlines: fictional names, reserved example domains.
HOTLINES = [
    ("US", "United States", "États-Unis", "US Child Safety Tipline (demo)", "reports@us-tipline.example.org"),
    ("FR", "France", "France", "Signalement Enfance France (démo)", "signalements@fr-hotline.example.org"),
    ("GB", "United Kingdom", "Royaume-Uni", "UK Online Child Safety Hotline (demo)", "reports@uk-hotline.example.org"),
    ("BE", "Belgium", "Belgique", "Point Enfance Belgique (démo)", "contact@be-hotline.example.org"),
    ("AU", "Australia", "Australie", "Australian Child Safety Line (demo)", "reports@au-hotline.example.org"),
]

# The demo reports to send, by a phrase of their description: (recipient, hours after receipt, what the agency did).
REFERRALS = [
    ("Une photo intime de ma fille", "agency:Service de police de la Première Nation de Rivière-des-Cèdres", 6,
     ["acknowledged", "investigation_opened"]),
    ("A man on a travel forum", "hotline:US", 10, []),
    ("My son is being asked for money", f"agency:{NATIONAL['name']}", 2, ["reminded"]),
    ("Un lien publié dans un forum", f"agency:{NATIONAL['name']}", 3, ["acknowledged"]),
]  # fmt: skip


def load_national_agency():
    agency = Agency.objects.filter(name=NATIONAL["name"]).first()
    if agency is None:
        agency = Agency.objects.create(
            name=NATIONAL["name"], agency_type=Agency.Type.OTHER, province=NATIONAL["province"],
            status=Agency.Status.APPROVED,
        )  # fmt: skip
        AgencyAddress.objects.create(
            agency=agency, label=NATIONAL["name"], is_main=True, province=NATIONAL["province"], **NATIONAL["address"]
        )
    return agency


def load_investigator(agency, person, stdout):
    User = get_user_model()
    user = User.objects.filter(username=person["email"]).first()
    if user is None:
        password = os.environ.get("DEMO_OFFICER_PASSWORD") or secrets.token_urlsafe(10)
        user = User.objects.create_user(
            username=person["email"], email=person["email"], password=password,
            first_name=person["first_name"], last_name=person["last_name"],
        )  # fmt: skip
        AgencyMember.objects.create(user=user, agency=agency, phone=person["phone"], language=person["language"])
        stdout.write(f"Investigator of {agency.name}: {person['email']} / {password}")
    Investigator.objects.get_or_create(member=user.agency_member)


def load_partners(stdout):
    load_national_agency()
    for name, province, prefixes, fallback, person in PARTNERS:
        agency = Agency.objects.get(name=name)
        ReferralPartner.objects.get_or_create(
            agency=agency,
            defaults={"province": province, "postal_prefixes": prefixes, "is_national_fallback": fallback},
        )
        load_investigator(agency, person, stdout)
    for code, name_en, name_fr, hotline, email in HOTLINES:
        CountryHotline.objects.get_or_create(
            country_code=code,
            defaults={"country_name_en": name_en, "country_name_fr": name_fr, "hotline_name": hotline,
                      "contact_email": email},
        )  # fmt: skip


def recipient_value(recipient):
    kind, key = recipient.split(":", 1)
    if kind == "hotline":
        return f"hotline-{CountryHotline.objects.get(country_code=key).pk}"
    return f"agency-{Agency.objects.get(name=key).pk}"


def load_referrals(analyst):
    """Send some demo reports through the same services as analysts and investigators (only once)."""
    if Referral.objects.exists():
        return
    first_email = OutgoingEmail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    reports = {report.description: report for report in Report.objects.all()}
    for phrase, recipient, hours_after, steps in REFERRALS:
        report = next((r for text, r in reports.items() if text.startswith(phrase)), None)
        if report is None or report.status not in {Report.Status.NEW, Report.Status.IN_REVIEW}:
            continue
        if report.status == Report.Status.NEW:
            report = decide(report, Report.Status.IN_REVIEW, analyst)
        referral = referrals.send_referral(report, analyst, recipient_value(recipient))
        sent_at = report.received_at + timedelta(hours=hours_after)
        Referral.objects.filter(pk=referral.pk).update(sent_at=sent_at)
        investigator = Investigator.objects.filter(member__agency=referral.agency).select_related("member__user")
        officer = investigator.first().member.user if referral.agency else None
        if "acknowledged" in steps:
            referral, _ = referrals.acknowledge(referral, officer)
            Referral.objects.filter(pk=referral.pk).update(acknowledged_at=sent_at + timedelta(minutes=40))
        for outcome in [step for step in steps if step in referrals.Outcome.values]:
            referral, _ = referrals.record_outcome(referral, officer, outcome)
            Referral.objects.filter(pk=referral.pk).update(outcome_at=sent_at + timedelta(days=1))
    # The agencies that did not acknowledge in time have had their reminder, as the scheduled command would.
    referrals.send_reminders(now=timezone.now())
    # No one really needs to be told: the demo's emails are not sent.
    OutgoingEmail.objects.filter(pk__gt=first_email, sent_at=None).update(
        sent_at=timezone.now(), last_error="Demo content: not sent"
    )


def load(analyst, stdout):
    load_partners(stdout)
    load_referrals(analyst)
