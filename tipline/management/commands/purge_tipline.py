"""Delete tipline reports past their retention period (settings TIPLINE_RETENTION_*), keeping only counts."""

from django.core.management.base import BaseCommand

from tipline.retention import purge


class Command(BaseCommand):
    help = "Delete expired tipline reports (closed not actionable: 90 days; others: 2 years), keeping counts."

    def handle(self, *args, **options):
        self.stdout.write(f"Purged {purge()} tipline reports; their counts are kept.")
