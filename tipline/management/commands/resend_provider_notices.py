"""Send again every notice to a service provider not yet removed and last sent 24 hours ago or more (cron, hourly)."""

from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from tipline.notices import resend_due_notices


def aware_datetime(value):
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--now must be an ISO 8601 date and time, not {value!r}") from error
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


class Command(BaseCommand):
    help = "Re-send the notices to service providers that are due (every 24 hours until the content is removed)."

    def add_arguments(self, parser):
        parser.add_argument("--now", type=aware_datetime, help="The time to act as (ISO 8601); default: now.")

    def handle(self, *args, now=None, **options):
        sent = resend_due_notices(now or timezone.now())
        self.stdout.write(f"Sent {sent} notices to service providers again.")
