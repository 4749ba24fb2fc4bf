"""Order review reasons become codes with their figures, worded in each reader's language when shown.

Existing reasons were sentences in English or French: the two kinds we wrote are read back into codes;
anything else is kept as written (code "text")."""

import re

from django.db import migrations, models

NUMBER = r"([\d,\u00a0\u202f ]+)"
SPACE = r"[ \u00a0\u202f]?"
PATTERNS = [
    (
        "over_maximum",
        re.compile(
            rf"^(?P<title>.*) \((?P<sku>[^()]+)\){SPACE}: (?P<quantity>{NUMBER}) pieces requested; "
            rf"the maximum per order is (?P<maximum>{NUMBER})\.$"
        ),
    ),
    (
        "over_maximum",
        re.compile(
            rf"^(?P<title>.*) \((?P<sku>[^()]+)\){SPACE}: (?P<quantity>{NUMBER}) exemplaires demandés{SPACE}; "
            rf"le maximum par commande est de (?P<maximum>{NUMBER})\.$"
        ),
    ),
    (
        "over_quota",
        re.compile(
            rf"^Your agency’s quota is (?P<quota>{NUMBER}) pieces per period; "
            rf"with this order it would reach (?P<total>{NUMBER})\.$"
        ),
    ),
    (
        "over_quota",
        re.compile(
            rf"^Le quota de votre service est de (?P<quota>{NUMBER}) exemplaires par période{SPACE}; "
            rf"avec cette commande, il atteindrait (?P<total>{NUMBER})\.$"
        ),
    ),
]


def reason_code(sentence):
    for code, pattern in PATTERNS:
        match = pattern.match(sentence)
        if match:
            reason = {"code": code}
            for key, value in match.groupdict().items():
                reason[key] = value if key in ("title", "sku") else int(re.sub(r"\D", "", value))
            return reason
    return {"code": "text", "text": sentence}


def sentences_to_codes(apps, schema_editor):
    Order = apps.get_model("resources", "Order")
    for order in Order.objects.exclude(review_reasons=""):
        order.review_reason_codes = [reason_code(line) for line in order.review_reasons.splitlines() if line.strip()]
        order.save(update_fields=["review_reason_codes"])


def codes_to_sentences(apps, schema_editor):
    """Back to English sentences (the figures and titles are kept; the wording of old French reasons is not)."""
    Order = apps.get_model("resources", "Order")
    for order in Order.objects.exclude(review_reason_codes=[]):
        lines = []
        for reason in order.review_reason_codes:
            if reason["code"] == "over_maximum":
                lines.append(
                    f"{reason['title']} ({reason['sku']}): {reason['quantity']:,} pieces requested; "
                    f"the maximum per order is {reason['maximum']:,}."
                )
            elif reason["code"] == "over_quota":
                lines.append(
                    f"Your agency’s quota is {reason['quota']:,} pieces per period; "
                    f"with this order it would reach {reason['total']:,}."
                )
            else:
                lines.append(reason.get("text", ""))
        order.review_reasons = "\n".join(lines)
        order.save(update_fields=["review_reasons"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0005_agency_member_email_confirmed_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="order",
            name="review_reason_codes",
            field=models.JSONField(blank=True, default=list, verbose_name="why it needs review"),
        ),
        migrations.RunPython(sentences_to_codes, codes_to_sentences),
        migrations.RemoveField(
            model_name="order",
            name="review_reasons",
        ),
    ]
