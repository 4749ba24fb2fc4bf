"""The analysts' queue: which report to look at first, and how long each has waited against its target."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from tipline.models import AgeRange, Report, ReportType
from tipline.services import linked_counts

# How soon a report should be triaged after it arrives.
TARGET_URGENT = timedelta(hours=1)
TARGET_OTHER = timedelta(days=2)

# The priority score: the harm the type suggests, how young the child is, how many reports point to
# the same address or username, and how long the report has waited. Urgent reports come first anyway.
TYPE_WEIGHT = {
    ReportType.TRAVEL: 40, ReportType.EXPLOITATION: 35, ReportType.LURING: 30, ReportType.SEXTORTION: 30,
    ReportType.CSAM: 25, ReportType.INTIMATE_IMAGES: 20, ReportType.EXPLICIT_TO_CHILD: 15, ReportType.OTHER: 5,
}  # fmt: skip
AGE_WEIGHT = {
    AgeRange.UNDER_6: 30, AgeRange.AGE_6_9: 25, AgeRange.AGE_10_12: 20, AgeRange.AGE_13_15: 15,
    AgeRange.AGE_16_17: 10,
}  # fmt: skip
UNKNOWN_AGE_WEIGHT = 10
PER_LINKED_REPORT, MOST_LINKED = 5, 6
PER_DAY_WAITING, MOST_DAYS = 2, 10

OPEN = [Report.Status.NEW, Report.Status.IN_REVIEW, Report.Status.NEEDS_INFO]


def priority_score(report, linked, now):
    days = (now - report.received_at).days
    return (
        TYPE_WEIGHT[report.effective_type]
        + AGE_WEIGHT.get(report.child_age_range, UNKNOWN_AGE_WEIGHT)
        + min(linked, MOST_LINKED) * PER_LINKED_REPORT
        + min(days, MOST_DAYS) * PER_DAY_WAITING
    )


@dataclass
class QueueRow:
    report: Report
    linked: int
    score: int
    waited: timedelta
    target: timedelta

    @property
    def overdue(self):
        return self.report.status == Report.Status.NEW and self.waited > self.target

    @property
    def waited_hours(self):
        return int(self.waited.total_seconds() // 3600)


def queue_rows(reports, now=None, linked=None):
    """Rows for these reports: urgent first, then by priority score, then oldest first.

    linked: None for any, True or False to keep only reports linked (or not) to others.
    """
    now = now or timezone.now()
    reports = list(reports.only(*CLEAR_COLUMNS))
    counts = linked_counts([report.pk for report in reports])
    rows = [
        QueueRow(
            report=report,
            linked=counts[report.pk],
            score=priority_score(report, counts[report.pk], now),
            waited=now - report.received_at,
            target=TARGET_URGENT if report.urgent else TARGET_OTHER,
        )
        for report in reports
    ]
    if linked is not None:
        rows = [row for row in rows if bool(row.linked) == linked]
    return sorted(rows, key=lambda row: (not row.report.urgent, -row.score, row.report.received_at, row.report.pk))


# The queue never decrypts anything: it reads only the columns kept in clear.
CLEAR_COLUMNS = [
    "number", "report_type", "classified_type", "urgent", "province", "child_age_range", "status", "received_at",
]  # fmt: skip
