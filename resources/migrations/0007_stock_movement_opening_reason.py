"""The demo's opening stock was a "received" line with an English and French note typed side by side; it becomes
an "opening" line, whose label each reader sees in their own language."""

from django.db import migrations, models

BILINGUAL_NOTES = ["Opening stock · Stock initial", "Opening stock"]


def notes_to_reason(apps, schema_editor):
    StockMovement = apps.get_model("resources", "StockMovement")
    StockMovement.objects.filter(reason="received", note__in=BILINGUAL_NOTES).update(reason="opening", note="")


def reason_to_notes(apps, schema_editor):
    StockMovement = apps.get_model("resources", "StockMovement")
    StockMovement.objects.filter(reason="opening").update(reason="received", note=BILINGUAL_NOTES[0])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0006_review_reason_codes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="stockmovement",
            name="reason",
            field=models.CharField(
                choices=[
                    ("opening", "Opening stock"),
                    ("received", "Stock received"),
                    ("adjustment", "Adjustment"),
                    ("shipped", "Shipped"),
                ],
                max_length=20,
                verbose_name="reason",
            ),
        ),
        migrations.RunPython(notes_to_reason, reason_to_notes),
    ]
