"""Emails about reports through the site's outbox (resources/emails.py): saved with the change, sent after commit.

None of them ever quotes a report: the on-call alert gives only the number, the reporter's messages only
what happens next.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from resources.emails import queue_email
from tipline.models import ANALYSTS_GROUP, AuditEntry, ReporterMessage


def analyst_addresses():
    analysts = get_user_model().objects.filter(groups__name=ANALYSTS_GROUP, is_active=True).exclude(email="")
    return sorted(set(analysts.values_list("email", flat=True)))


def on_call_addresses():
    if settings.TIPLINE_ON_CALL_EMAILS:
        return list(settings.TIPLINE_ON_CALL_EMAILS)
    return analyst_addresses()


def alert_on_call(report):
    """ "Urgent report TL-… received" to each on-call analyst, in the current transaction."""
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("tipline_report", args=[report.pk])
    addresses = on_call_addresses()
    for address in addresses:
        queue_email(address, "tipline/emails/urgent_alert", {"number": report.number, "link": link}, "en")
    AuditEntry.objects.create(
        report=report, report_number=report.number, action=AuditEntry.Action.ALERT, detail=str(len(addresses))
    )


REPORTER_MESSAGES = {"needs_info": "tipline/emails/needs_info", "sent_to_police": "tipline/emails/sent_to_police"}


def message_reporter(report, kind, by):
    """Tell a reporter who left an email what happens next, in their language; False if they left none."""
    if not report.reporter_email:
        return False
    with translation.override(report.language):
        follow_up_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("tipline:follow_up")
    context = {"number": report.number, "follow_up_url": follow_up_url}
    email = queue_email(report.reporter_email, REPORTER_MESSAGES[kind], context, report.language)
    ReporterMessage.objects.create(report=report, email=email, kind=kind)
    AuditEntry.objects.create(
        report=report, report_number=report.number, user=by, username=by.get_username(),
        action=AuditEntry.Action.MESSAGE, detail=kind,
    )  # fmt: skip
    return True
