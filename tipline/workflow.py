"""The life of a report in triage: the one list of allowed decisions, and what each decision does.

Every change locks the report, checks the version the analyst saw (so two analysts acting on one
report cannot both succeed), writes the audit log and saves the reporter's email, in one transaction.
A deadlock or serialization failure runs it once more, then answers "try again" (website/transactions.py).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tipline.alerts import message_reporter
from tipline.models import AuditEntry, CriminalCodeSection, Note, Report, ReportType, coded_detail
from website.transactions import retry_once_on_conflict

Status = Report.Status

# The only decisions there are. Sent to police and the notice to a provider get their packages in part 2.
TRANSITIONS = {
    Status.NEW: {Status.IN_REVIEW},
    Status.IN_REVIEW: {
        Status.NEEDS_INFO,
        Status.SENT_TO_POLICE,
        Status.PROVIDER_NOTICE,
        Status.OTHER_HOTLINE,
        Status.CLOSED,
    },
    Status.NEEDS_INFO: {Status.IN_REVIEW},
    Status.SENT_TO_POLICE: set(),
    Status.PROVIDER_NOTICE: set(),
    Status.OTHER_HOTLINE: set(),
    Status.CLOSED: set(),
}

# Reached only by sending a referral (tipline/referrals.py), which builds and records the package.
REFERRAL_STATUSES = {Status.SENT_TO_POLICE, Status.OTHER_HOTLINE}

# Which message (templates/tipline/emails/<name>) tells a reporter who left an email about a decision.
MESSAGE_FOR_STATUS = {Status.NEEDS_INFO: "needs_info", Status.SENT_TO_POLICE: "sent_to_police"}


# What an analyst reads when the database gave up their change twice.
retried_once_on_conflict = retry_once_on_conflict(
    message=gettext_lazy("Someone else was changing this report at that moment, so nothing was changed. Try again.")
)


class ReportChanged(ValidationError):
    """Another analyst changed the report since this page was loaded."""


def allowed_transitions(report):
    return TRANSITIONS[Status(report.status)]


def audit(report, by, action, detail=""):
    return AuditEntry.objects.create(
        report=report, report_number=report.number or "", user=by, username=by.get_username() if by else "",
        action=action, detail=detail[:500],
    )  # fmt: skip


def locked_report(report, expected_version):
    locked = Report.objects.select_for_update().get(pk=report.pk)
    if expected_version is not None and locked.version != expected_version:
        raise ReportChanged(
            _("Report %(number)s changed since you opened it. Reload it and try again.") % {"number": locked.number},
            code="changed",
        )
    return locked


def bump(report, fields):
    report.version = F("version") + 1
    report.save(update_fields=[*fields, "version", "updated_at"])
    report.refresh_from_db()


@retried_once_on_conflict
@transaction.atomic
def decide(report, to_status, by, expected_version=None, reason=""):
    """Move a report to `to_status`; a report closed as not actionable needs a reason. Returns the saved report."""
    report = locked_report(report, expected_version)
    if to_status not in Status.values or Status(to_status) not in allowed_transitions(report):
        raise ValidationError(
            _("A report that is “%(current)s” cannot become “%(next)s”.")
            % {"current": report.get_status_display(), "next": dict(Status.choices).get(to_status, to_status)},
            code="not_allowed",
        )
    to_status = Status(to_status)
    if to_status in REFERRAL_STATUSES:
        raise ValidationError(_("Send a referral to an agency or a hotline to make this decision."), code="referral")
    if to_status == Status.CLOSED and reason not in Report.CloseReason.values:
        raise ValidationError(_("Choose why the report is not actionable."), code="reason")
    return move(report, to_status, by, reason)


def move(report, to_status, by, reason=""):
    """Apply an allowed decision to a report already locked and checked; the caller holds the transaction."""
    from_status = report.status
    report.status = to_status
    report.close_reason = reason if to_status == Status.CLOSED else ""
    report.decided_at = timezone.now()
    bump(report, ["status", "close_reason", "decided_at"])
    audit(report, by, AuditEntry.Action.DECIDED, coded_detail(from_status, to_status, report.close_reason))
    if to_status in MESSAGE_FOR_STATUS:
        message_reporter(report, MESSAGE_FOR_STATUS[to_status], by)
    return report


@retried_once_on_conflict
@transaction.atomic
def classify(report, by, report_type, section, expected_version=None):
    """The analyst's classification: the type confirmed or corrected, and a Criminal Code section."""
    report = locked_report(report, expected_version)
    if report_type not in ReportType.values or section not in CriminalCodeSection.values:
        raise ValidationError(_("Choose a type and a Criminal Code section from the lists."), code="classification")
    report.classified_type, report.criminal_code_section = report_type, section
    bump(report, ["classified_type", "criminal_code_section"])
    audit(report, by, AuditEntry.Action.CLASSIFIED, coded_detail(report_type, section))
    return report


@retried_once_on_conflict
@transaction.atomic
def add_note(report, by, text, for_police=False):
    if not text.strip():
        raise ValidationError(_("Write the note first."), code="empty")
    note = Note.objects.create(report=report, author=by, text=text.strip(), for_police=for_police)
    audit(report, by, AuditEntry.Action.NOTE)
    return note


def record_opening(report, by):
    audit(report, by, AuditEntry.Action.OPENED)
