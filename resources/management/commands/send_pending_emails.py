"""Sends the order emails still waiting (after a mail-server outage); safe to run as often as you like."""

from django.core.management.base import BaseCommand

from resources.emails import send_pending_emails


class Command(BaseCommand):
    help = "Send order emails that could not be sent yet."

    def handle(self, *args, **options):
        sent = send_pending_emails()
        self.stdout.write(f"Sent {sent} pending email(s).")
