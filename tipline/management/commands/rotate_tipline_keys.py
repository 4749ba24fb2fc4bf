"""Re-encrypt every tipline secret with the newest key (the first of TIPLINE_KEYS), so older keys can be dropped."""

from django.core.management.base import BaseCommand
from django.db import transaction

from tipline.models import Addition, Note, Report

# Each model with encrypted columns, and those columns.
ENCRYPTED = [(Report, Report.ENCRYPTED_FIELDS), (Addition, ["text"]), (Note, ["text"])]
BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt tipline reports, additions and notes with the newest key in TIPLINE_KEYS."

    def handle(self, *args, **options):
        total = 0
        for model, fields in ENCRYPTED:
            ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
            for start in range(0, len(ids), BATCH):
                with transaction.atomic():
                    # Reading decrypts with whichever key fits; saving encrypts with the first key.
                    for row in (
                        model.objects.select_for_update().filter(pk__in=ids[start : start + BATCH]).only(*fields)
                    ):
                        row.save(update_fields=fields)
                        total += 1
        self.stdout.write(f"Re-encrypted {total} rows with the newest key.")
