"""Remind agencies of referrals not acknowledged in time (urgent: 1 hour; others: 1 business day), and ask
for an outcome 90 days after a referral; each only once. Run it from cron every 10 minutes."""

from django.core.management.base import BaseCommand

from tipline.referrals import send_reminders


class Command(BaseCommand):
    help = "Send referral reminders (not acknowledged in time) and outcome requests (after 90 days), once each."

    def handle(self, *args, **options):
        reminded, asked = send_reminders()
        self.stdout.write(f"Reminded {reminded} referrals not acknowledged in time; asked {asked} for an outcome.")
