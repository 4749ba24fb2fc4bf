"""Referrals to police: who should receive a report and why, the package sent, and what the agency does with it.

Sending locks the report (tipline/workflow.py: version check, audit, decision) and saves the referral, its
package and the agency's email in one transaction. Agencies act on a referral under its own row lock and
version, so acknowledging or recording an outcome twice (a double click, two investigators) changes nothing
the second time. No email ever carries a report's content: only that something waits, and a link to sign in.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from resources.emails import queue_email
from resources.models import Agency, Province
from tipline import models as m
from tipline import workflow
from tipline.alerts import analyst_addresses
from tipline.models import (
    OUTSIDE_CANADA,
    AuditEntry,
    CountryHotline,
    Fingerprint,
    Investigator,
    Outcome,
    Referral,
    ReferralPartner,
    ReferralQuestion,
    Report,
    coded_detail,
    word_reason,
)
from tipline.services import linked_reports
from website.dates import long_date

Status = Report.Status

# How soon an agency should acknowledge a referral, and when it is asked for an outcome.
ACKNOWLEDGE_URGENT = timedelta(hours=1)
ACKNOWLEDGE_OTHER_BUSINESS_DAYS = 1
ASK_OUTCOME_AFTER = timedelta(days=90)
QUESTION_LIMIT = 3000


class ReferralChanged(ValidationError):
    """Someone else changed the referral since the page was loaded."""


@dataclass
class Suggestion:
    """Who should receive a report (an agency, a hotline, or no one known) and why.

    `why` is stored with the referral as codes (`tipline.models.word_reason`) and worded when read, so each
    analyst reads it in their own language whoever sent it."""

    why: str
    agency: Agency | None = None
    hotline: CountryHotline | None = None

    @property
    def reason(self):
        return word_reason(self.why)

    @property
    def recipient_name(self):
        return str(self.agency or self.hotline or "")

    @property
    def value(self):
        """The recipient as the send form names it."""
        if self.agency:
            return f"agency-{self.agency.pk}"
        return f"hotline-{self.hotline.pk}" if self.hotline else ""


def receiving_partners():
    return ReferralPartner.objects.filter(
        receives_referrals=True, agency__status=Agency.Status.APPROVED
    ).select_related("agency")


def partner_for(partners, province, prefix):
    """The partner of this place: one listing the postal prefix first, else one covering the whole province."""
    in_province = [partner for partner in partners if partner.province == province]
    if prefix:
        for partner in in_province:
            if prefix in partner.prefixes:
                return partner, True
    for partner in in_province:
        if not partner.prefixes:
            return partner, False
    return None, False


def linked_provinces(report):
    """The provinces and territories of this report and of the reports linked to it."""
    provinces = set(linked_reports(report).values_list("province", flat=True))
    provinces.add(report.province)
    return sorted(provinces & set(Province.values))


def suggest_recipient(report):
    """Who should receive the report and why: from the child's location, else from the other person's,
    else the national fallback (also when the location is unknown or linked reports span several provinces).
    A partner listing the postal-code prefix beats one that covers the whole province."""
    partners = list(receiving_partners())
    fallback = next((partner for partner in partners if partner.is_national_fallback), None)
    provinces = linked_provinces(report)
    if len(provinces) > 1:
        return national(fallback, "several", ",".join(provinces))
    places = [
        ("child", report.province, report.child_postal_prefix, report.child_country),
        ("person", report.person_province, report.person_postal_prefix, report.person_country),
    ]
    known = False
    for whose, province, prefix, country in places:
        if province == OUTSIDE_CANADA:
            known = True
            hotline = CountryHotline.objects.filter(country_code=country).first() if country else None
            if hotline is not None:
                why = coded_detail(
                    "hotline", whose, hotline.country_name_en, hotline.country_name_fr, hotline.hotline_name
                )
                return Suggestion(why, hotline=hotline)
        elif province:
            known = True
            partner, by_prefix = partner_for(partners, province, prefix)
            if partner is not None:
                why = coded_detail("place", whose, province, prefix if by_prefix else "", partner.agency.name)
                return Suggestion(why, agency=partner.agency)
    return national(fallback, "uncovered" if known else "unknown")


def national(fallback, *why):
    """The national fallback agency, if there is one; the reason ends with its name, or empty without one."""
    agency = fallback.agency if fallback is not None else None
    return Suggestion(coded_detail(*why, agency.name if agency else ""), agency=agency)


def recipient_choices():
    """Every agency and hotline an analyst may send to, as (value, label), the receiving partners first."""
    agencies = [(f"agency-{p.agency.pk}", p.agency.name) for p in receiving_partners()]
    hotlines = [(f"hotline-{h.pk}", str(h)) for h in CountryHotline.objects.all()]
    return agencies, hotlines


def parse_recipient(value):
    """The agency or hotline a send form names; a forged or unknown value is a clear error."""
    kind, _sep, number = (value or "").partition("-")
    if number.isdigit() and int(number) < 2**31:
        if kind == "agency":
            partner = receiving_partners().filter(agency_id=int(number)).first()
            if partner is not None:
                return partner.agency, None
        elif kind == "hotline":
            hotline = CountryHotline.objects.filter(pk=int(number)).first()
            if hotline is not None:
                return None, hotline
    raise ValidationError(_("Choose an agency or a hotline from the list."), code="recipient")


# --- The package --------------------------------------------------------------------------------------------

PACKAGE_FIELDS = [
    "report_type", "danger", "platform", "platform_other", "urls", "usernames", "incident_date_approximate",
    "child_age_range", "province", "child_postal_prefix", "child_country", "person_usernames", "person_name",
    "person_age", "person_location", "person_province", "person_postal_prefix", "person_country", "description",
    "meeting_planned", "images_exchanged", "reporter_is_person_shown", "images_shared", "being_threatened",
    "language", "urgent",
]  # fmt: skip


def build_package(report, recipient_name):
    """What police receive: the report's facts, the classification, the notes marked for police, linked reports.
    The reporter's contact details only when the reporter agreed that police may contact them."""
    facts = {name: getattr(report, name) for name in PACKAGE_FIELDS}
    facts["incident_date"] = report.incident_date.isoformat() if report.incident_date else ""
    facts["received_at"] = report.received_at.isoformat()
    if report.police_may_contact:
        facts["reporter"] = {
            "name": report.reporter_name, "email": report.reporter_email, "phone": report.reporter_phone,
        }  # fmt: skip
    linked = linked_reports(report).prefetch_related("referrals").order_by("received_at")
    return {
        "number": report.number,
        "recipient": recipient_name,
        "facts": facts,
        "additions": [{"at": a.created_at.isoformat(), "text": a.text} for a in report.additions.all()],
        "classification": {"type": report.classified_type, "section": report.criminal_code_section},
        "notes": [{"at": n.created_at.isoformat(), "text": n.text} for n in report.notes.filter(for_police=True)],
        "linked": [
            {
                "number": other.number,
                "type": other.effective_type.value,
                "province": other.province,
                "received_at": other.received_at.isoformat(),
                "sent_to": [referral.recipient_name for referral in other.referrals.all()],
            }
            for other in linked
        ],
    }


# --- Sending ------------------------------------------------------------------------------------------------


def portal_link(language, name="tipline_portal:referrals", args=()):
    with translation.override(language):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def investigators_of(agency):
    return Investigator.objects.filter(member__agency=agency, member__user__is_active=True).select_related(
        "member__user"
    )


def email_investigators(agency, template, context):
    """The same short message to each investigator of the agency, in their language; never the report itself."""
    for investigator in investigators_of(agency):
        member = investigator.member
        link = portal_link(member.language)
        queue_email(member.user.email, template, {**context, "agency": agency.name, "link": link}, member.language)


@workflow.retried_once_on_conflict
@transaction.atomic
def send_referral(report, by, recipient, expected_version=None):
    """Send the report to `recipient` (value of the send form) with its package. Returns the referral.

    A report in review moves to "Sent to police" (or "Sent to another country's hotline"); one already
    referred may go to another agency too, but never twice to the same one."""
    agency, hotline = parse_recipient(recipient)
    report = workflow.locked_report(report, expected_version)
    if report.status not in {Status.IN_REVIEW, *workflow.REFERRAL_STATUSES}:
        raise ValidationError(
            _("Only a report in review can be referred; this one is “%(status)s”.")
            % {"status": report.get_status_display()},
            code="not_allowed",
        )
    recipient_name = str(agency or hotline)
    suggestion = suggest_recipient(report)
    if (suggestion.agency, suggestion.hotline) == (agency, hotline):
        why = suggestion.why
    else:
        suggested = suggestion.agency.name if suggestion.agency else getattr(suggestion.hotline, "hotline_name", "")
        why = coded_detail("chosen", suggested)
    earlier = Referral.objects.filter(report=report, agency=agency, hotline=hotline).first()
    if earlier is not None:
        raise ValidationError(
            _("%(recipient)s already received report %(number)s on %(date)s.")
            % {"recipient": recipient_name, "number": report.number, "date": earlier.sent_at.date().isoformat()},
            code="already_sent",
        )
    try:
        with transaction.atomic():
            referral = Referral.objects.create(
                report=report, report_number=report.number, agency=agency, hotline=hotline,
                reason=why[:400],
                urgent=report.urgent, package=build_package(report, recipient_name), sent_by=by,
            )  # fmt: skip
    except IntegrityError:
        raise ValidationError(_("This report was already sent there."), code="already_sent") from None
    if report.status == Status.IN_REVIEW:
        report = workflow.move(report, Status.SENT_TO_POLICE if agency else Status.OTHER_HOTLINE, by)
    workflow.audit(report, by, AuditEntry.Action.REFERRED, recipient_name)
    if agency is not None:
        email_investigators(agency, "tipline/emails/referral_waiting", {"urgent": report.urgent})
    return referral


def coordination_flags(report_ids):
    """For each report, the agencies and hotlines its linked reports were sent to that it was not sent to itself:
    whom the analysts should coordinate with. Three queries, whatever the number of reports."""
    rows = Fingerprint.objects.filter(
        digest__in=Fingerprint.objects.filter(report_id__in=report_ids).values("digest")
    ).values_list("report_id", "digest")
    by_digest, digests_of = {}, {}
    for report_id, digest in rows:
        by_digest.setdefault(digest, set()).add(report_id)
        digests_of.setdefault(report_id, set()).add(digest)
    linked = {
        report_id: set().union(*(by_digest[d] for d in digests_of.get(report_id, ()))) - {report_id}
        for report_id in report_ids
    }
    everyone = set(report_ids).union(*linked.values()) if linked else set(report_ids)
    sent_to = {}
    for referral in Referral.objects.filter(report_id__in=everyone).select_related("agency", "hotline"):
        sent_to.setdefault(referral.report_id, set()).add(referral.recipient_name)
    flags = {}
    for report_id in report_ids:
        others = set().union(*(sent_to.get(other, set()) for other in linked[report_id]))
        flags[report_id] = sorted(others - sent_to.get(report_id, set()))
    return flags


def overdue_referrals():
    """Referrals reminded because the agency did not acknowledge them in time: the analysts' queue shows them."""
    return Referral.objects.filter(
        agency__isnull=False, acknowledged_at=None, reminded_at__isnull=False
    ).select_related("agency", "report")


# --- The agency's side --------------------------------------------------------------------------------------


def roles_scope(user_id):
    """Where the cache keeps a user's tipline roles (website/cache.py), forgotten when they change (TiplineConfig)."""
    return f"tipline-roles:{user_id}"


def investigator_agency(user):
    """The agency whose referrals this user may read, or None: an investigator of an approved agency only."""
    member = getattr(user, "agency_member", None) if user.is_authenticated else None
    if member is None or member.agency.status != Agency.Status.APPROVED:
        return None
    # Asked by the officer bar and by the view of the same request: one query for both.
    if not hasattr(member, "_is_investigator"):
        member._is_investigator = Investigator.objects.filter(member=member).exists()
    return member.agency if member._is_investigator else None


@transaction.atomic
def set_investigator(member, grant, by):
    """Grant or revoke the investigator role; audited. Returns whether anything changed."""
    if grant and not ReferralPartner.objects.filter(agency=member.agency_id, receives_referrals=True).exists():
        raise ValidationError(_("Only officers of agencies that receive referrals can be investigators."))
    if grant:
        _investigator, changed = Investigator.objects.get_or_create(member=member, defaults={"granted_by": by})
    else:
        changed = Investigator.objects.filter(member=member).delete()[0] > 0
    if changed:
        verb = "granted" if grant else "revoked"
        AuditEntry.objects.create(
            user=by, username=by.get_username(), action=AuditEntry.Action.INVESTIGATOR,
            detail=f"{verb}: {member.user.get_username()} ({member.agency})",
        )  # fmt: skip
    return changed


def locked_referral(referral, expected_version):
    locked = Referral.objects.select_for_update().get(pk=referral.pk)
    if expected_version is not None and locked.version != expected_version:
        raise ReferralChanged(
            _("Referral %(number)s changed since you opened it. Read it again, then try again.")
            % {"number": locked.report_number},
            code="changed",
        )
    return locked


def save_referral(referral, fields):
    referral.version = F("version") + 1
    referral.save(update_fields=[*fields, "version"])
    referral.refresh_from_db()


def agency_audit(referral, by, action, detail=""):
    AuditEntry.objects.create(
        report=referral.report, report_number=referral.report_number, user=by, username=by.get_username(),
        action=action, detail=detail[:500],
    )  # fmt: skip


def record_opening(referral, by):
    agency_audit(referral, by, AuditEntry.Action.REFERRAL_OPENED, str(referral.agency))


@workflow.retried_once_on_conflict
@transaction.atomic
def acknowledge(referral, by, expected_version=None):
    """Acknowledge receipt; returns (referral, changed). A second acknowledgement changes nothing."""
    if Referral.objects.filter(pk=referral.pk, acknowledged_at__isnull=False).exists():
        return Referral.objects.get(pk=referral.pk), False
    referral = locked_referral(referral, expected_version)
    if referral.acknowledged_at:
        return referral, False
    referral.acknowledged_at, referral.acknowledged_by = timezone.now(), by
    save_referral(referral, ["acknowledged_at", "acknowledged_by"])
    agency_audit(referral, by, AuditEntry.Action.ACKNOWLEDGED, str(referral.agency))
    return referral, True


@workflow.retried_once_on_conflict
@transaction.atomic
def record_outcome(referral, by, outcome, expected_version=None):
    """Record (or update) what came of the referral; returns (referral, changed). It also acknowledges receipt."""
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose an outcome from the list."), code="outcome")
    if Referral.objects.filter(pk=referral.pk, outcome=outcome).exists():
        return Referral.objects.get(pk=referral.pk), False
    referral = locked_referral(referral, expected_version)
    now = timezone.now()
    referral.outcome, referral.outcome_at, referral.outcome_by = outcome, now, by
    fields = ["outcome", "outcome_at", "outcome_by"]
    if not referral.acknowledged_at:
        referral.acknowledged_at, referral.acknowledged_by = now, by
        fields += ["acknowledged_at", "acknowledged_by"]
    save_referral(referral, fields)
    agency_audit(referral, by, AuditEntry.Action.OUTCOME, outcome)
    return referral, True


@transaction.atomic
def ask_question(referral, by, text, token=None):
    """Store an investigator's question and tell the analysts (without the question) that one waits."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Write your question first."), code="empty")
    if len(text) > QUESTION_LIMIT:
        raise ValidationError(_("Keep your question under 3000 characters."), code="too_long")
    token = token or uuid.uuid4()
    if earlier := ReferralQuestion.objects.filter(token=token).first():
        return earlier, False
    question = ReferralQuestion.objects.create(referral=referral, author=by, text=text, token=token)
    agency_audit(referral, by, AuditEntry.Action.QUESTION, str(referral.agency))
    if referral.report_id:
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("tipline_report", args=[referral.report_id])
        for address in analyst_addresses():
            context = {"number": referral.report_number, "agency": str(referral.agency), "link": link}
            queue_email(address, "tipline/emails/referral_question", context, "en")
    return question, True


# --- Reminders ----------------------------------------------------------------------------------------------


def acknowledgement_due(referral):
    """When the agency should have acknowledged: an hour for urgent referrals, else one business day
    (a referral sent on Friday is due on Monday at the same time)."""
    if referral.urgent:
        return referral.sent_at + ACKNOWLEDGE_URGENT
    due = timezone.localtime(referral.sent_at)
    for _day in range(ACKNOWLEDGE_OTHER_BUSINESS_DAYS):
        due += timedelta(days=1)
        while due.weekday() >= 5:
            due += timedelta(days=1)
    return due


@transaction.atomic
def send_reminders(now=None):
    """Remind agencies of referrals not acknowledged in time, and ask for an outcome after 90 days; each once.
    Returns (reminders, outcome requests)."""
    now = now or timezone.now()
    waiting = Referral.objects.select_for_update(skip_locked=True).filter(
        agency__isnull=False, acknowledged_at=None, reminded_at=None
    )
    reminded = 0
    for referral in waiting.select_related("agency"):
        if acknowledgement_due(referral) <= now:
            referral.reminded_at = now
            referral.save(update_fields=["reminded_at"])
            email_investigators(referral.agency, "tipline/emails/referral_reminder", {"urgent": referral.urgent})
            AuditEntry.objects.create(
                report=referral.report, report_number=referral.report_number, action=AuditEntry.Action.REMINDER,
                detail=coded_detail("acknowledge", str(referral.agency)),
            )  # fmt: skip
            reminded += 1
    no_outcome = Referral.objects.select_for_update(skip_locked=True).filter(
        agency__isnull=False, outcome="", outcome_requested_at=None, sent_at__lte=now - ASK_OUTCOME_AFTER
    )
    asked = 0
    for referral in no_outcome.select_related("agency"):
        referral.outcome_requested_at = now
        referral.save(update_fields=["outcome_requested_at"])
        email_investigators(referral.agency, "tipline/emails/referral_outcome_request", {})
        AuditEntry.objects.create(
            report=referral.report, report_number=referral.report_number, action=AuditEntry.Action.REMINDER,
            detail=coded_detail("outcome", str(referral.agency)),
        )  # fmt: skip
        asked += 1
    return reminded, asked


# --- Reading a package --------------------------------------------------------------------------------------


def label_of(choices, value):
    """The label of `value` among `choices`, as text in the active language (the labels are lazy)."""
    return str(dict(choices).get(value, value)) if value else ""


def describe_package(package):
    """The package as rows of (label, text) in the reader's language; only what was given."""
    facts = package.get("facts", {})
    answer = m.Answer.choices
    location = m.location_choices()
    rows = [
        (_("Report"), package.get("number", "")),
        (_("Received"), local_time(facts.get("received_at", ""))),
        (_("Urgent"), _("Yes: the reporter said a child is in danger right now") if facts.get("urgent") else ""),
        (_("Type given by the reporter"), label_of(m.ReportType.choices, facts.get("report_type"))),
        (_("Child in danger now"), label_of(answer, facts.get("danger"))),
        (_("Web addresses"), "\n".join(facts.get("urls", []))),
        (_("App or website"), " ".join(filter(None, [label_of(m.Platform.choices, facts.get("platform")),
                                                       facts.get("platform_other", "")]))),
        (_("Usernames involved"), ", ".join(facts.get("usernames", []))),
        (_("When it happened"), when(facts)),
        (_("Age of the child"), label_of(m.AgeRange.choices, facts.get("child_age_range"))),
        (_("Where the child is"), place(location, facts.get("province"), facts.get("child_postal_prefix"),
                                        facts.get("child_country"))),
        (_("The other person’s usernames"), ", ".join(facts.get("person_usernames", []))),
        (_("The other person’s name"), facts.get("person_name", "")),
        (_("The other person’s age"), facts.get("person_age", "")),
        (_("Where the other person is"), place(location, facts.get("person_province"),
                                               facts.get("person_postal_prefix"), facts.get("person_country"))),
        (_("Where the other person lives, in the reporter’s words"), facts.get("person_location", "")),
        (_("Did they plan to meet the child?"), label_of(answer, facts.get("meeting_planned"))),
        (_("Were images sent or asked for?"), label_of(answer, facts.get("images_exchanged"))),
        (_("Is the reporter the person in the images?"), label_of(answer, facts.get("reporter_is_person_shown"))),
        (_("Have the images been shared?"), label_of(answer, facts.get("images_shared"))),
        (_("Is someone threatening the reporter or the child?"), label_of(answer, facts.get("being_threatened"))),
        (_("In the reporter’s words"), facts.get("description", "")),
    ]  # fmt: skip
    reporter = facts.get("reporter")
    if reporter:
        contact = ", ".join(filter(None, [reporter.get("name"), reporter.get("email"), reporter.get("phone")]))
        rows.append((_("Reporter (agreed that police may contact them)"), contact))
    else:
        rows.append((_("Reporter"), _("Did not agree to be contacted by police, or left no contact details.")))
    classification = package.get("classification", {})
    return {
        "facts": [(label, text) for label, text in rows if text],
        "classification": ", ".join(
            filter(
                None,
                [
                    label_of(m.ReportType.choices, classification.get("type")),
                    label_of(m.CriminalCodeSection.choices, classification.get("section")),
                ],
            )
        ),
        "additions": package.get("additions", []),
        "notes": package.get("notes", []),
        "linked": [
            {**other, "type_label": label_of(m.ReportType.choices, other.get("type"))}
            for other in package.get("linked", [])
        ],
    }


def local_time(iso):
    """A moment stored in the package, as the reader's language writes it, in the site's time zone."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return ""
    return long_date(timezone.localtime(moment), "DATETIME_FORMAT")


def when(facts):
    day = facts.get("incident_date", "")
    return f"{day} {_('(approximate date)')}" if day and facts.get("incident_date_approximate") else day


def place(location_choices, province, prefix, country):
    if not province:
        return ""
    if province == OUTSIDE_CANADA:
        hotline = CountryHotline.objects.filter(country_code=country).first() if country else None
        return label_of(location_choices, province) + (f" ({hotline.country_name})" if hotline else "")
    return label_of(location_choices, province) + (f", {prefix}" if prefix else "")
