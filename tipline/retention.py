"""How long the tipline keeps reports: what `purge_tipline` deletes, and the anonymous counts it keeps instead."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from resources.models import OutgoingEmail
from tipline.models import ProviderNotice, PurgedCount, Referral, ReferralQuestion, Report, ReporterMessage

# Where a reporter's address was, once the email to it has gone.
WIPED_ADDRESS = "wiped@invalid"


def expired_reports(now):
    not_actionable = now - timedelta(days=settings.TIPLINE_RETENTION_NOT_ACTIONABLE_DAYS)
    others = now - timedelta(days=settings.TIPLINE_RETENTION_DAYS)
    return Report.objects.filter(
        Q(status=Report.Status.CLOSED, decided_at__lt=not_actionable) | Q(received_at__lt=others)
    )


def count_purged(report):
    """Add the report to the counts kept for the statistics: month, type, province, urgency, outcome."""
    key = {
        # The month in the site's time zone, as tipline.figures counts the reports still kept.
        "month": timezone.localdate(report.received_at).replace(day=1),
        "report_type": report.effective_type.value,
        "province": report.province,
        "urgent": report.urgent,
        "status": report.status,
    }
    counts, _ = PurgedCount.objects.select_for_update().get_or_create(**key)
    PurgedCount.objects.filter(pk=counts.pk).update(count=F("count") + 1)


@transaction.atomic
def purge(now=None):
    """Delete the reports past their retention period, keeping only counts; returns how many were deleted."""
    now = now or timezone.now()
    reports = list(expired_reports(now).select_for_update().only(
        "received_at", "report_type", "classified_type", "province", "urgent", "status"
    ))  # fmt: skip
    for report in reports:
        count_purged(report)
    ids = [report.pk for report in reports]
    # Referrals keep their dates and outcome for the figures; what they said about the report goes with it.
    ReferralQuestion.objects.filter(referral__report_id__in=ids).delete()
    Referral.objects.filter(report_id__in=ids).update(package={})
    # Notices stay for the figures (time to removal per provider), without the address.
    ProviderNotice.objects.filter(report_id__in=ids).update(url="")
    Report.objects.filter(pk__in=ids).delete()
    wipe_sent_reporter_addresses()
    return len(reports)


def wipe_sent_reporter_addresses():
    """A reporter's email address stays in the outbox only until the message is sent."""
    sent = ReporterMessage.objects.filter(email__sent_at__isnull=False).exclude(email__to=WIPED_ADDRESS)
    OutgoingEmail.objects.filter(pk__in=sent.values("email_id")).update(to=WIPED_ADDRESS)
