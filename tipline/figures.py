"""The tipline's figures, computed from the records in one place: the analysts' yearly report and the public page.

A year is a calendar year in the site's time zone. Reports count in the year they were received, referrals
and their outcomes in the year they were sent, notices in the year they were first sent. Counts read the
live records plus what purging kept (PurgedCount; a purged report's referrals and notices stay, without
their package or address), so every yearly figure is the same before and after a purge. Durations (to first triage,
to referral) exist only while the report does. The median is the usual one (the mean of the two middle
values for an even count); the 90th percentile is the nearest-rank one: the smallest value that at least
90% of the values do not exceed.
"""

import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import CharField, Count, DateField, Min, Q, Value
from django.db.models.functions import Coalesce, NullIf, TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from resources.models import Province
from tipline.models import (
    OUTSIDE_CANADA,
    AuditEntry,
    Outcome,
    ProviderNotice,
    PurgedCount,
    Referral,
    Report,
    ReportType,
)
from tipline.workflow import REFERRAL_STATUSES
from website.csv_export import csv_response
from website.localization import alphabetical_key

Status = Report.Status
# A report is referred when it went to the police of jurisdiction or to another country's hotline.
REFERRED = REFERRAL_STATUSES
# Below this, a public count shows as "fewer than 10" and nothing is derived from it.
SMALLEST_PUBLIC_COUNT = 10


# --- Durations ----------------------------------------------------------------------------------------------


@dataclass
class Durations:
    count: int = 0
    median: object = None  # timedelta, or None without values
    p90: object = None

    @classmethod
    def of(cls, values):
        values = sorted(values)
        if not values:
            return cls()
        return cls(len(values), statistics.median(values), values[math.ceil(0.9 * len(values)) - 1])


def hours(duration):
    """A duration in hours, rounded to the tenth (for tables and CSV); None stays None."""
    return None if duration is None else round(duration.total_seconds() / 3600, 1)


def describe_duration(duration):
    """ "45 minutes", "3.5 hours", "2.5 days" in the active language; "—" without a value."""
    if duration is None:
        return "—"
    minutes = duration.total_seconds() / 60
    if minutes < 60:
        count = round(minutes)
        return ngettext("%(count)s minute", "%(count)s minutes", count) % {"count": count}
    if minutes < 48 * 60:
        count = tenths(minutes / 60)
        return ngettext("%(count)s hour", "%(count)s hours", plural_of(count)) % {"count": formats.localize(count)}
    count = tenths(minutes / 60 / 24)
    return ngettext("%(count)s day", "%(count)s days", plural_of(count)) % {"count": formats.localize(count)}


def tenths(number):
    """Rounded to the tenth, without a trailing ".0"."""
    number = round(number, 1)
    return int(number) if number.is_integer() else number


def plural_of(number):
    """The whole number gettext chooses a plural form by: 1 for exactly one, else 2 ("1.5 hours")."""
    return 1 if number == 1 else 2


def share(part, whole):
    """A percentage rounded to the unit, or None of nothing."""
    return round(100 * part / whole) if whole else None


# --- Reports: live and purged, grouped the same way ---------------------------------------------------------


@dataclass(frozen=True)
class Group:
    month: date
    report_type: str
    province: str
    urgent: bool
    status: str


def report_groups(year=None):
    """{Group: count} of live and purged reports (of `year` if given): one query each."""
    live = Report.objects.annotate(
        month=TruncMonth("received_at", output_field=DateField()),
        effective_type=Coalesce(NullIf("classified_type", Value("")), "report_type", output_field=CharField()),
    )
    purged = PurgedCount.objects.all()
    if year is not None:
        live = live.filter(received_at__year=year)
        purged = purged.filter(month__year=year)
    counts = Counter()
    rows = live.values("month", "effective_type", "province", "urgent", "status").annotate(n=Count("pk"))
    for row in rows.order_by():
        counts[Group(row["month"], row["effective_type"], row["province"], row["urgent"], row["status"])] += row["n"]
    for row in purged.values("month", "report_type", "province", "urgent", "status", "count"):
        counts[Group(row["month"], row["report_type"], row["province"], row["urgent"], row["status"])] += row["count"]
    return counts


def where_label(code):
    if code == OUTSIDE_CANADA:
        return _("Outside Canada")
    return dict(Province.choices).get(code) or _("Not known")


def type_label(code):
    return dict(ReportType.choices).get(code, code)


def outcome_label(code):
    return dict(Outcome.choices).get(code, code)


def outcome_counts(year=None):
    """{year: Counter(outcome: count)} of referrals with an outcome, by the year they were sent.

    Referrals outlive their report's purge (only their package goes), so this is the same after it.
    """
    counts = defaultdict(Counter)
    referrals = Referral.objects.exclude(outcome="")
    if year is not None:
        referrals = referrals.filter(sent_at__year=year)
    for sent_at, outcome in referrals.values_list("sent_at", "outcome"):
        counts[timezone.localtime(sent_at).year][outcome] += 1
    return counts


def removal_times(notices):
    """{year first sent: [time to removal]} of the notices whose content was removed."""
    times = defaultdict(list)
    for first_sent_at, removed_at in notices.exclude(removed_at=None).values_list("first_sent_at", "removed_at"):
        times[timezone.localtime(first_sent_at).year].append(removed_at - first_sent_at)
    return times


# --- The analysts' report -----------------------------------------------------------------------------------


@dataclass
class AgencyRow:
    name: str
    referrals: int
    acknowledged: int
    acknowledgement: Durations


@dataclass
class ProviderRow:
    name: str
    slow_to_remove: bool
    notices: int
    times_sent: int
    removed: int
    removal: Durations


@dataclass
class AdminFigures:
    year: int
    received: int = 0
    urgent: int = 0
    urgent_share: object = None
    referred: int = 0
    referred_share: object = None
    types: list = field(default_factory=list)  # ReportType values seen, in the list's order
    by_month: list = field(default_factory=list)  # (month, {type: count}, total)
    by_province: list = field(default_factory=list)  # (label, count)
    to_first_triage: Durations = field(default_factory=Durations)
    to_referral: Durations = field(default_factory=Durations)
    agencies: list = field(default_factory=list)  # AgencyRow
    outcomes: list = field(default_factory=list)  # (label, count)
    providers: list = field(default_factory=list)  # ProviderRow
    notices: int = 0
    removal: Durations = field(default_factory=Durations)

    @property
    def type_labels(self):
        return [type_label(code) for code in self.types]

    @property
    def month_rows(self):
        """(month, [count of each of `types`], total) for a table."""
        return [(month, [counts[code] for code in self.types], total) for month, counts, total in self.by_month]


def admin_figures(year):
    """Every figure of the analysts' report for one calendar year."""
    figures = AdminFigures(year=year)
    groups = report_groups(year)
    figures.received = sum(groups.values())
    figures.urgent = sum(n for group, n in groups.items() if group.urgent)
    figures.referred = sum(n for group, n in groups.items() if group.status in REFERRED)
    figures.urgent_share = share(figures.urgent, figures.received)
    figures.referred_share = share(figures.referred, figures.received)

    by_month = defaultdict(Counter)
    by_province = Counter()
    for group, n in groups.items():
        by_month[group.month][group.report_type] += n
        by_province[group.province] += n
    seen = {report_type for counts in by_month.values() for report_type in counts}
    figures.types = [report_type for report_type in ReportType.values if report_type in seen]
    figures.by_month = [(month, by_month[month], sum(by_month[month].values())) for month in sorted(by_month)]
    figures.by_province = sorted(
        ((where_label(code), n) for code, n in by_province.items()), key=lambda row: (-row[1], alphabetical_key(row[0]))
    )

    first_decisions = (
        Report.objects.filter(received_at__year=year)
        .annotate(first_decision=Min("audit__at", filter=Q(audit__action=AuditEntry.Action.DECIDED)))
        .exclude(first_decision=None)
        .values_list("received_at", "first_decision")
    )
    figures.to_first_triage = Durations.of(decided - received for received, decided in first_decisions)

    first_referrals = (
        Report.objects.filter(received_at__year=year)
        .annotate(first_referral=Min("referrals__sent_at"))
        .exclude(first_referral=None)
        .values_list("received_at", "first_referral")
    )
    figures.to_referral = Durations.of(sent - received for received, sent in first_referrals)
    by_recipient = defaultdict(list)
    sent = Referral.objects.filter(sent_at__year=year)
    for agency, hotline, sent_at, acknowledged_at in sent.values_list(
        "agency__name", "hotline__hotline_name", "sent_at", "acknowledged_at"
    ):
        by_recipient[agency or hotline].append(acknowledged_at - sent_at if acknowledged_at else None)
    figures.agencies = [
        AgencyRow(name, len(times), sum(1 for time in times if time is not None),
                  Durations.of(time for time in times if time is not None))
        for name, times in sorted(by_recipient.items())
    ]  # fmt: skip
    outcomes = outcome_counts(year).get(year, Counter())
    figures.outcomes = sorted(((outcome_label(code), n) for code, n in outcomes.items()), key=lambda r: (-r[1], r[0]))

    notices = ProviderNotice.objects.filter(first_sent_at__year=year)
    by_provider = defaultdict(list)
    for notice in notices.select_related("provider").only(
        "first_sent_at", "removed_at", "times_sent", "provider__name", "provider__slow_to_remove"
    ):
        by_provider[notice.provider].append(notice)
    figures.providers = [
        ProviderRow(
            name=provider.name, slow_to_remove=provider.slow_to_remove, notices=len(sent),
            times_sent=sum(notice.times_sent for notice in sent),
            removed=sum(1 for notice in sent if notice.removed_at),
            removal=Durations.of(notice.time_to_removal for notice in sent if notice.removed_at),
        )
        for provider, sent in sorted(by_provider.items(), key=lambda item: item[0].name)
    ]  # fmt: skip
    figures.notices = sum(row.notices for row in figures.providers)
    figures.removal = Durations.of(removal_times(notices).get(year, []))
    return figures


def month_chart_rows(figures):
    return [(formats.date_format(month, "YEAR_MONTH_FORMAT"), total) for month, _counts, total in figures.by_month]


def admin_csv(figures):
    """The analysts' report as CSV: one row per figure (section, group, measure, value)."""
    rows = [
        [_("Reports"), "", _("Received"), figures.received],
        [_("Reports"), "", _("Urgent"), figures.urgent],
        [_("Reports"), "", _("Urgent (%)"), figures.urgent_share],
        [_("Reports"), "", _("Referred"), figures.referred],
        [_("Reports"), "", _("Referred (%)"), figures.referred_share],
    ]
    for month, counts, total in figures.by_month:
        label = month.strftime("%Y-%m")
        rows += [
            [_("By month and type"), label, type_label(code), counts[code]] for code in figures.types if counts[code]
        ]
        rows.append([_("By month and type"), label, _("Total"), total])
    rows += [[_("By province or territory"), label, _("Reports"), n] for label, n in figures.by_province]
    for label, durations in ((_("Time to first triage"), figures.to_first_triage),
                             (_("Time to referral"), figures.to_referral)):  # fmt: skip
        rows += [
            [label, "", _("Reports"), durations.count],
            [label, "", _("Median (hours)"), hours(durations.median)],
            [label, "", _("90th percentile (hours)"), hours(durations.p90)],
        ]
    for row in figures.agencies:
        rows += [
            [_("Referrals by agency"), row.name, _("Referrals"), row.referrals],
            [_("Referrals by agency"), row.name, _("Acknowledged"), row.acknowledged],
            [_("Referrals by agency"), row.name, _("Median time to acknowledgement (hours)"),
             hours(row.acknowledgement.median)],
            [_("Referrals by agency"), row.name, _("90th percentile time to acknowledgement (hours)"),
             hours(row.acknowledgement.p90)],
        ]  # fmt: skip
    rows += [[_("Outcomes"), label, _("Referrals"), n] for label, n in figures.outcomes]
    for row in figures.providers:
        rows += [
            [_("Notices by provider"), row.name, _("Notices"), row.notices],
            [_("Notices by provider"), row.name, _("Times sent"), row.times_sent],
            [_("Notices by provider"), row.name, _("Removed"), row.removed],
            [_("Notices by provider"), row.name, _("Median time to removal (hours)"), hours(row.removal.median)],
            [_("Notices by provider"), row.name, _("90th percentile time to removal (hours)"), hours(row.removal.p90)],
            [_("Notices by provider"), row.name, _("Slow to remove"), _("Yes") if row.slow_to_remove else _("No")],
        ]
    header = [_("Section"), _("Group"), _("Measure"), _("Value")]
    return csv_response(f"tipline-figures-{figures.year}.csv", header, rows)


# --- The public page ----------------------------------------------------------------------------------------


class PublicCount:
    """A count as the public page shows it: "fewer than 10" below the smallest count we publish."""

    def __init__(self, value):
        self.value = value

    @property
    def shown(self):
        return self.value >= SMALLEST_PUBLIC_COUNT

    def __str__(self):
        return formats.localize(self.value) if self.shown else str(FEWER_THAN)

    def __eq__(self, other):
        return self.value == (other.value if isinstance(other, PublicCount) else other)

    def __hash__(self):
        return hash(self.value)


FEWER_THAN = gettext_lazy("fewer than 10")


@dataclass
class YearFigures:
    year: int
    received: PublicCount
    referred: PublicCount
    referred_share: object  # a percentage, or None when the referred count is not shown
    types: list  # (label, PublicCount), largest first
    outcomes: list  # (label, PublicCount), largest first
    removed: PublicCount
    median_removal: object  # timedelta, or None when fewer than 10 removals


def public_figures():
    """Every year with reports, newest first, in the figures the public may see. A fixed number of queries."""
    received, referred, types = Counter(), Counter(), defaultdict(Counter)
    for group, n in report_groups().items():
        received[group.month.year] += n
        types[group.month.year][group.report_type] += n
        if group.status in REFERRED:
            referred[group.month.year] += n
    outcomes = outcome_counts()
    removals = removal_times(ProviderNotice.objects.all())
    years = []
    for year in sorted(received, reverse=True):
        referred_count = PublicCount(referred[year])
        removed = PublicCount(len(removals.get(year, [])))
        years.append(
            YearFigures(
                year=year,
                received=PublicCount(received[year]),
                referred=referred_count,
                referred_share=share(referred[year], received[year]) if referred_count.shown else None,
                types=ranked((type_label(code), n) for code, n in types[year].items()),
                outcomes=ranked((outcome_label(code), n) for code, n in outcomes.get(year, {}).items()),
                removed=removed,
                median_removal=statistics.median(removals[year]) if removed.shown else None,
            )
        )
    return years


def ranked(rows):
    """(label, PublicCount) rows, largest first; small counts all read "fewer than 10", so they go by label."""
    rows = [(label, n) for label, n in rows if n]
    rows.sort(key=lambda row: (-row[1] if row[1] >= SMALLEST_PUBLIC_COUNT else 0, str(row[0])))
    return [(label, PublicCount(n)) for label, n in rows]
