"""How many pieces went where: the distribution report, read from the stock ledger's shipments."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import formats
from django.utils.translation import gettext as _

from resources.models import EditionLanguage, PrintEdition, Province, StockMovement
from resources.services import editions_by_sku
from website.csv_export import csv_response
from website.localization import active_language


@dataclass
class Report:
    start: date
    end: date
    total: int
    year: int
    year_total: int
    by_province: list
    by_month: list
    by_resource: list
    by_edition: list


def shipments(start, end):
    return StockMovement.objects.filter(
        reason=StockMovement.Reason.SHIPPED, created_at__date__gte=start, created_at__date__lte=end
    )


def pieces(rows, key):
    """[(key value, pieces)] from ledger rows grouped by `key` (shipments are negative movements)."""
    return [(row[key], -row["moved"]) for row in rows.values(key).annotate(moved=Sum("quantity")).order_by(key)]


def distribution(start, end):
    rows = shipments(start, end)
    provinces = dict(Province.choices)
    by_province = [(provinces[code], count) for code, count in pieces(rows, "order__ship_to_province")]
    by_month = [
        (formats.date_format(month, "YEAR_MONTH_FORMAT"), count)
        for month, count in pieces(rows.annotate(month=TruncMonth("created_at")), "month")
    ]
    by_sku = pieces(rows, "stock_item__sku")
    titles = editions_by_sku([sku for sku, _count in by_sku], active_language())
    by_resource = sorted(
        ((f"{titles[sku][1].title} ({sku})" if sku in titles else sku, count) for sku, count in by_sku),
        key=lambda row: (-row[1], row[0]),
    )
    languages = dict(
        PrintEdition.objects.filter(sku__in=[sku for sku, _count in by_sku]).values_list("sku", "language")
    )
    by_edition = {}
    for sku, count in by_sku:
        label = EditionLanguage(languages.get(sku, EditionLanguage.ENGLISH)).label
        by_edition[label] = by_edition.get(label, 0) + count
    year_rows = shipments(date(end.year, 1, 1), date(end.year, 12, 31))
    return Report(
        start=start,
        end=end,
        total=sum(count for _province, count in by_province),
        year=end.year,
        year_total=-(year_rows.aggregate(moved=Sum("quantity"))["moved"] or 0),
        by_province=sorted(by_province, key=lambda row: (-row[1], row[0])),
        by_month=by_month,
        by_resource=by_resource,
        by_edition=sorted(by_edition.items(), key=lambda row: (-row[1], row[0])),
    )


def as_csv(report):
    sections = (
        (_("Province or territory"), report.by_province),
        (_("Month"), report.by_month),
        (_("Resource"), report.by_resource),
        (_("Edition"), report.by_edition),
    )
    rows = [[section, group, count] for section, rows in sections for group, count in rows]
    rows.append([_("Total"), f"{report.start} – {report.end}", report.total])
    header = [_("Breakdown"), _("Group"), _("Pieces shipped")]
    return csv_response(f"distribution-{report.start}-{report.end}.csv", header, rows)
