"""Notices to service providers: who hosts an address, the notice and its daily reminder, removal, slow providers.

The tipline never fetches or downloads a reported address: a person checks it outside this system, and
this module only ever reads its host name. A notice goes through the outbox (resources/emails.py) in the
same transaction as its record and audit entry, and is sent again every 24 hours
(`manage.py resend_provider_notices`, from cron) until an analyst marks the content removed.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from resources.emails import queue_email
from tipline import workflow
from tipline.models import AuditEntry, ProviderNotice, Report, ServiceProvider, normalise_domain
from website.transactions import retry_once_on_conflict

Status = Report.Status
RESEND_AFTER = timedelta(hours=24)
# A report in these states has had no one look at it yet, or was found not actionable.
NO_NOTICE_STATES = {Status.NEW, Status.CLOSED}

retried_once_on_conflict = retry_once_on_conflict(
    message=gettext_lazy("Someone else was changing this notice at that moment, so nothing was changed. Try again.")
)


def host_of(url):
    """The host name of an address, as the directory writes domains; None if it has none."""
    try:
        host = urlsplit(url.strip()).hostname
        return normalise_domain(host) if host else None
    except ValueError:
        return None


def provider_for_host(host, providers):
    """The provider whose domain is the host or its closest parent domain (the longest that matches)."""
    best, best_length = None, 0
    for provider in providers:
        for domain in provider.domain_list:
            if (host == domain or host.endswith("." + domain)) and len(domain) > best_length:
                best, best_length = provider, len(domain)
    return best


def provider_for_url(url, providers=None):
    """The provider hosting `url`, from the directory (one query, or none with `providers`); None if unknown."""
    host = host_of(url)
    if host is None:
        return None
    return provider_for_host(host, ServiceProvider.objects.all() if providers is None else providers)


def addresses_with_providers(report):
    """Each address of the report with its provider (or None) and its notices, for the report's page."""
    providers = list(ServiceProvider.objects.all())
    notices = list(report.notices.select_related("provider", "removed_by"))
    addresses = []
    for index, url in enumerate(report.urls):
        own = [notice for notice in notices if notice.url == url]
        waiting = any(notice.removed_at is None for notice in own)
        addresses.append({"index": index, "url": url, "provider": provider_for_url(url, providers), "notices": own,
                          "waiting": waiting})  # fmt: skip
    return addresses


def is_slow(notice, now):
    """Took longer than the threshold to remove, or is still online past it."""
    limit = timedelta(hours=settings.TIPLINE_SLOW_REMOVAL_HOURS)
    return ((notice.removed_at or now) - notice.first_sent_at) > limit


def refresh_slow_flag(provider, now):
    """Flag a provider when enough of its latest notices took (or are taking) longer than the threshold."""
    latest = provider.notices.order_by("-first_sent_at", "-pk")[: settings.TIPLINE_SLOW_PROVIDER_WINDOW]
    slow = sum(is_slow(notice, now) for notice in latest) >= settings.TIPLINE_SLOW_PROVIDER_COUNT
    if slow != provider.slow_to_remove:
        ServiceProvider.objects.filter(pk=provider.pk).update(slow_to_remove=slow)
        provider.slow_to_remove = slow
    return slow


def queue_notice_email(notice):
    """The notice in the provider's language, or in English then French, through the outbox."""
    provider = notice.provider
    bilingual = provider.language == ServiceProvider.NoticeLanguage.BOTH
    context = {
        "reference": notice.reference,
        "url": notice.url,
        "provider": provider.name,
        "times_sent": notice.times_sent,
        "first_sent_at": notice.first_sent_at,
        "bilingual": bilingual,
    }
    language = "en" if bilingual else provider.language
    return queue_email(provider.abuse_email, "tipline/emails/provider_notice", context, language)


def audit_notice(notice, by, action, now):
    report = notice.report
    AuditEntry.objects.create(
        report=report, report_number=report.number or "", user=by, username=by.get_username() if by else "",
        action=action, detail=f"{notice.reference} {notice.provider.name} ({notice.times_sent})"[:500], at=now,
    )  # fmt: skip


@retried_once_on_conflict
@transaction.atomic
def send_notice(report, index, by, expected_version=None, now=None):
    """Send a notice for the report's address number `index`, which the analyst confirmed. Returns the notice.

    The report moves to "Notice to a service provider" when its state allows it (from "In review").
    """
    now = now or timezone.now()
    report = workflow.locked_report(report, expected_version)
    if report.status in NO_NOTICE_STATES:
        raise ValidationError(
            _("A report that is “%(status)s” gets no notice. Review it first.")
            % {"status": report.get_status_display()},
            code="state",
        )
    urls = report.urls
    if not isinstance(index, int) or not 0 <= index < len(urls):
        raise ValidationError(_("Choose one of the report’s web addresses."), code="address")
    url = urls[index]
    provider = provider_for_url(url)
    if provider is None:
        raise ValidationError(
            _("No service provider in the directory hosts %(host)s. Add it to the directory first.")
            % {"host": host_of(url) or url[:100]},
            code="no_provider",
        )
    if any(notice.url == url for notice in report.notices.filter(removed_at=None)):
        raise ValidationError(
            _("A notice for this address is already waiting for its removal. It is sent again every day."),
            code="duplicate",
        )
    notice = ProviderNotice.objects.create(report=report, provider=provider, url=url, first_sent_at=now,
                                           last_sent_at=now)  # fmt: skip
    queue_notice_email(notice)
    audit_notice(notice, by, AuditEntry.Action.NOTICE_SENT, now)
    refresh_slow_flag(provider, now)
    if Status.PROVIDER_NOTICE in workflow.allowed_transitions(report):
        workflow.decide(report, Status.PROVIDER_NOTICE, by)
    return notice


def due_for_resending(now):
    return ProviderNotice.objects.filter(
        removed_at=None, report__isnull=False, last_sent_at__lte=now - RESEND_AFTER
    ).order_by("last_sent_at", "pk")


def resend_due_notices(now=None):
    """Send again each notice not removed whose last sending is 24 hours old or more; returns how many went.

    Each notice is locked and skipped if another run holds it, so two runs at once send it once.
    """
    now = now or timezone.now()
    sent = 0
    for notice_id in list(due_for_resending(now).values_list("pk", flat=True)):
        with transaction.atomic():
            notice = (
                due_for_resending(now).select_for_update(skip_locked=True, of=("self",))
                .select_related("provider", "report").filter(pk=notice_id).first()
            )  # fmt: skip
            if notice is None:
                continue
            notice.times_sent += 1
            notice.last_sent_at = now
            notice.save(update_fields=["times_sent", "last_sent_at"])
            queue_notice_email(notice)
            audit_notice(notice, None, AuditEntry.Action.NOTICE_RESENT, now)
            refresh_slow_flag(notice.provider, now)
            sent += 1
    return sent


@retried_once_on_conflict
@transaction.atomic
def mark_removed(report, notice_id, by, now=None):
    """An analyst checked (outside this system) that the content is gone: no more reminders."""
    now = now or timezone.now()
    notice = (
        ProviderNotice.objects.select_for_update(of=("self",)).select_related("provider")
        .filter(pk=notice_id, report=report).first()
    )  # fmt: skip
    if notice is None:
        raise ValidationError(_("Choose one of this report’s notices."), code="notice")
    if notice.removed_at:
        raise ValidationError(_("This content is already marked removed."), code="already_removed")
    notice.removed_at, notice.removed_by = now, by
    notice.save(update_fields=["removed_at", "removed_by"])
    audit_notice(notice, by, AuditEntry.Action.CONTENT_REMOVED, now)
    refresh_slow_flag(notice.provider, now)
    return notice
