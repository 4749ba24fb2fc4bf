"""The tipline's figures: every figure of the analysts' report checked against records built here (reports,
referrals with acknowledgements and outcomes, notices), the CSV, who may see it, the public yearly page
("fewer than 10", both languages, fixed queries), and the purge."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.factories import make_agency
from tests.helpers import QUERY_BUDGETS, in_french, never_stored, ok_soup, page_text, queries_for, soup
from tests.tipline.factories import make_hotline, make_report
from tipline import demo_content
from tipline.figures import AgencyRow, Durations, admin_figures, public_figures
from tipline.models import AuditEntry, ProviderNotice, PurgedCount, Referral, Report, ServiceProvider
from tipline.retention import purge

pytestmark = pytest.mark.django_db
Status = Report.Status
TORONTO = ZoneInfo("America/Toronto")
H = timedelta(hours=1)


def at(*args):
    return datetime(*args, tzinfo=TORONTO)


def report_at(received, status, decisions_after=(), **fields):
    """A report received at `received`, in `status`, with a decision `decisions_after` hours later each."""
    report, _ = make_report(**fields)
    Report.objects.filter(pk=report.pk).update(received_at=received, status=status)
    for hours in decisions_after:
        AuditEntry.objects.create(report=report, report_number=report.number, action="decided",
                                  at=received + hours * H)  # fmt: skip
    report.refresh_from_db()
    return report


def notice(report, provider, first_sent, removed_after=None, times_sent=1):
    return ProviderNotice.objects.create(
        report=report, provider=provider, url="https://imagehost.example/x" if report else "", first_sent_at=first_sent,
        last_sent_at=first_sent, times_sent=times_sent,
        removed_at=first_sent + removed_after * H if removed_after is not None else None,
    )  # fmt: skip


def referral(report, sent_at, agency=None, hotline=None, acknowledged_after=None, outcome=""):
    return Referral.objects.create(
        report=report, report_number=report.number if report else "", agency=agency, hotline=hotline,
        sent_at=sent_at, outcome=outcome,
        acknowledged_at=sent_at + acknowledged_after * H if acknowledged_after is not None else None,
    )  # fmt: skip


@pytest.fixture
def records():
    """2025's records: five live reports, two purged ones, three referrals, four notices; and some of 2024
    that never count."""
    riverbend, _ = make_agency("Riverbend Police Service")
    cedar_bay, _ = make_agency("Cedar Bay Police", province="NS", postal_code="B3H 1A1")
    hotline = make_hotline()
    r1 = report_at(at(2025, 3, 10, 12), Status.PROVIDER_NOTICE, [2, 5], report_type="csam", province="ON")
    r2 = report_at(at(2025, 3, 20, 9), Status.SENT_TO_POLICE, [4], report_type="luring", province="QC", danger="yes")
    referral(r2, r2.received_at + 6 * H, agency=riverbend, acknowledged_after=1, outcome="arrest")
    referral(r2, r2.received_at + 30 * H, agency=cedar_bay, acknowledged_after=5, outcome="child_protected")
    report_at(at(2025, 4, 5, 8), Status.CLOSED, [10], report_type="sextortion", province="ON")
    r4 = report_at(at(2025, 4, 6, 8), Status.NEW, [], report_type="csam", province="XX")
    Report.objects.filter(pk=r4.pk).update(classified_type="intimate_images")
    # 23:30 in Toronto on December 31 is already 2026 in UTC: it counts in 2025, as the site's time zone says.
    r5 = report_at(at(2025, 12, 31, 23, 30), Status.OTHER_HOTLINE, [1], report_type="other", province="")
    referral(r5, r5.received_at + H / 3, hotline=hotline)
    r6 = report_at(at(2024, 6, 1, 8), Status.SENT_TO_POLICE, [1], report_type="csam", province="BC")
    referral(r6, r6.received_at + H, agency=riverbend, acknowledged_after=2, outcome="charges_laid")
    PurgedCount.objects.create(month=date(2025, 4, 1), report_type="sextortion", province="ON", urgent=True,
                               status=Status.SENT_TO_POLICE, count=2)  # fmt: skip
    hosting = ServiceProvider.objects.create(name="Example Hosting Inc.", domains="imagehost.example",
                                             abuse_email="abuse@example.net", slow_to_remove=True)  # fmt: skip
    # A name that a spreadsheet would run as a formula.
    files = ServiceProvider.objects.create(name="=Files Ltd.", domains="files.example", abuse_email="a@example.org")
    notice(r1, hosting, at(2025, 3, 11, 10), removed_after=30)
    notice(r1, hosting, at(2025, 3, 12, 10), removed_after=60, times_sent=2)
    notice(r1, hosting, at(2025, 5, 1, 10), times_sent=3)
    notice(None, files, at(2025, 6, 1, 10), removed_after=5)
    notice(r1, hosting, at(2024, 12, 1, 10), removed_after=1)
    return hosting, files


def test_every_figure_of_the_analysts_report_matches_the_records(records):
    figures = admin_figures(2025)
    assert figures.received == 7
    assert (figures.urgent, figures.urgent_share) == (3, 43)  # 1 live + 2 purged of 7
    assert (figures.referred, figures.referred_share) == (4, 57)  # police 1 + hotline 1 + purged 2
    assert figures.types == ["csam", "luring", "sextortion", "intimate_images", "other"]
    assert [(month, dict(counts), total) for month, counts, total in figures.by_month] == [
        (date(2025, 3, 1), {"csam": 1, "luring": 1}, 2),
        (date(2025, 4, 1), {"sextortion": 3, "intimate_images": 1}, 4),
        (date(2025, 12, 1), {"other": 1}, 1),
    ]
    assert figures.by_province == [("Ontario", 4), ("Not known", 1), ("Outside Canada", 1), ("Quebec", 1)]
    # First decisions after 2, 4, 10 and 1 hours (the later decision of the first report does not count).
    assert figures.to_first_triage == Durations(4, 3 * H, 10 * H)
    # First referrals 6 hours (the second agency's, later, does not count) and 20 minutes after receipt.
    assert figures.to_referral == Durations(2, (6 * H + H / 3) / 2, 6 * H)
    assert figures.agencies == [
        AgencyRow("Cedar Bay Police", 1, 1, Durations(1, 5 * H, 5 * H)),
        AgencyRow("Point Contact (demo)", 1, 0, Durations()),
        AgencyRow("Riverbend Police Service", 1, 1, Durations(1, H, H)),
    ]
    assert figures.outcomes == [("Arrest", 1), ("Child identified and protected", 1)]
    assert figures.notices == 4
    assert figures.removal == Durations(3, 30 * H, 60 * H)
    [files, hosting] = figures.providers
    assert (hosting.name, hosting.slow_to_remove, hosting.notices, hosting.times_sent, hosting.removed) == (
        "Example Hosting Inc.", True, 3, 6, 2,
    )  # fmt: skip
    assert hosting.removal == Durations(2, 45 * H, 60 * H)
    assert (files.name, files.notices, files.times_sent, files.removed) == ("=Files Ltd.", 1, 1, 1)
    assert files.removal == Durations(1, 5 * H, 5 * H)


def test_the_90th_percentile_is_the_nearest_rank_and_the_median_the_usual_one():
    assert Durations.of([H * n for n in range(1, 11)]) == Durations(10, 5.5 * H, 9 * H)
    assert Durations.of([H * n for n in range(1, 12)]) == Durations(11, 6 * H, 10 * H)
    assert Durations.of([]) == Durations(0, None, None)


def test_the_analysts_report_shows_the_figures_and_a_chart_in_english_and_in_french(analyst_client, analyst, records):
    response = analyst_client.get("/admin/tipline/figures/?year=2025")
    assert never_stored(response)
    text = page_text(response)
    for expected in ["Reports received 7", "Urgent 3 (43%)", "4 (57%)", "3 hours", "10 hours", "45 hours",
                     "2.5 days", "Example Hosting Inc. (slow to remove) 3 6 2", "Ontario 4", "3.2 hours 6 hours",
                     "Cedar Bay Police 1 1 5 hours 5 hours", "Point Contact (demo) 1 0 — —", "Arrest 1"]:  # fmt: skip
        assert expected in text, expected
    page = soup(response)
    chart = page.select_one("svg[role=img]")
    assert chart["aria-label"] == "Reports received per month"
    assert not page.select("main [style], svg [style]")
    assert [caption.get_text() for caption in page.select("table caption")][:2] == [
        "Reports by month and type", "Reports by province or territory",
    ]  # fmt: skip
    in_french(analyst)
    text = page_text(analyst_client.get("/admin/tipline/figures/?year=2025"))
    for expected in ["Signalements reçus 7", "3 (43\u00a0%)", "3\u00a0heures", "2,5\u00a0jours",
                     "Signalements reçus par mois", "lent à retirer", "Arrestation 1"]:  # fmt: skip
        assert expected in text, expected


def test_the_csv_has_a_byte_order_mark_escapes_formulas_and_is_audited(analyst_client, records):
    response = analyst_client.get("/admin/tipline/figures/?year=2025&export=csv")
    assert never_stored(response)
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeffSection,Group,Measure,Value\r\n")
    lines = content.splitlines()
    assert "Reports,,Received,7" in lines
    assert "Reports,,Urgent (%),43" in lines
    assert (
        "By month and type,2025-04,Sextortion: threats to share sexual images unless the child pays or sends more,3"
        in lines
    )
    assert "Time to first triage,,90th percentile (hours),10.0" in lines
    assert "Time to referral,,Median (hours),3.2" in lines
    assert "Referrals by agency,Cedar Bay Police,Median time to acknowledgement (hours),5.0" in lines
    assert "Outcomes,Child identified and protected,Referrals,1" in lines
    assert "Notices by provider,'=Files Ltd.,Median time to removal (hours),5.0" in lines
    assert "Notices by provider,Example Hosting Inc.,90th percentile time to removal (hours),60.0" in lines
    assert not any(line.split(",")[1].startswith("=") for line in lines[1:])
    assert [entry.text() for entry in AuditEntry.objects.filter(action="exported")] == ["Figures for 2025 as CSV"]


def test_a_bad_year_is_explained_and_never_an_error(analyst_client, records):
    for query in ["?year=abc", "?year=1200", "?year=99999999999999999999", "?year=2025&export=csv&year=x"]:
        response = analyst_client.get(f"/admin/tipline/figures/{query}")
        assert response.status_code == 200, query
        assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize(
    "role",
    [{"group": "Editors"}, {"group": "Moderators"}, {"group": "Order managers"}, {"is_superuser": True}],
    ids=["editor", "moderator", "order manager", "superuser who is not an analyst"],
)
def test_no_one_but_tipline_analysts_sees_the_figures(client, role, records):
    group = role.pop("group", None)
    user = get_user_model().objects.create_user("someone", "someone@northbridge.example", "x-long-password-9",
                                                is_staff=True, **role)  # fmt: skip
    if group:
        user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    for url in ["/admin/tipline/figures/?year=2025", "/admin/tipline/figures/?year=2025&export=csv"]:
        response = client.get(url)
        assert response.status_code in {302, 403}, url
        assert b"Example Hosting" not in response.content
    assert b"/admin/tipline/figures/" not in client.get("/admin/").content
    client.logout()
    assert client.get("/admin/tipline/figures/").status_code == 302


# --- The public page ------------------------------------------------------------------------------------------


@pytest.fixture
def public_records():
    """2025: 12 reports (10 referred; 11 CSAM, 1 luring), 10 removals of 1 to 10 hours, 10 charges laid,
    4 arrests. 2024: 3 reports."""
    provider = ServiceProvider.objects.create(name="Example Hosting Inc.", domains="imagehost.example",
                                              abuse_email="abuse@example.net")  # fmt: skip
    live = report_at(at(2025, 2, 1, 8), Status.SENT_TO_POLICE, [1], report_type="csam", province="ON")
    report_at(at(2025, 2, 2, 8), Status.IN_REVIEW, [1], report_type="luring", province="ON")
    PurgedCount.objects.create(month=date(2025, 1, 1), report_type="csam", province="QC", status=Status.SENT_TO_POLICE,
                               count=9)  # fmt: skip
    PurgedCount.objects.create(month=date(2025, 5, 1), report_type="csam", province="QC", status=Status.CLOSED, count=1)
    PurgedCount.objects.create(month=date(2024, 5, 1), report_type="csam", province="QC", status=Status.CLOSED, count=3)
    agency, _ = make_agency()
    for day in range(1, 15):  # referrals whose reports were purged: they keep their dates and outcome
        referral(None, at(2025, 4, day, 9), agency=agency, outcome="charges_laid" if day <= 10 else "arrest")
    for hours in range(1, 11):
        notice(live, provider, at(2025, 3, hours, 10), removed_after=hours)
    notice(live, provider, at(2025, 3, 20, 10))  # not removed: not in the median


def test_the_public_figures_hide_every_count_under_10(public_records):
    [year_2025, year_2024] = public_figures()
    assert (year_2025.year, str(year_2025.received), str(year_2025.referred)) == (2025, "12", "10")
    assert year_2025.referred_share == 83
    assert [(label, str(count)) for label, count in year_2025.types] == [
        ("Child sexual abuse material seen online", "11"),
        ("An adult luring or grooming a child online", "fewer than 10"),
    ]
    assert [(label, str(count)) for label, count in year_2025.outcomes] == [
        ("Charges laid", "10"), ("Arrest", "fewer than 10"),
    ]  # fmt: skip
    assert (str(year_2025.removed), year_2025.median_removal) == ("10", 5.5 * H)
    assert (year_2024.year, str(year_2024.received), str(year_2024.referred)) == (
        2024,
        "fewer than 10",
        "fewer than 10",
    )
    assert year_2024.referred_share is None
    assert year_2024.median_removal is None


@pytest.fixture
def figures_page(site_pages):
    page = demo_content.load_figures_page({"website": {"home": site_pages.home}})
    return page, page.get_translation(site_pages.home_fr.locale)


def test_the_public_page_shows_the_yearly_figures_in_english_and_in_french(client, figures_page, public_records):
    english, french = figures_page
    page = ok_soup(client.get(english.url))
    text = page.get_text(" ", strip=True)
    for expected in ["The tipline in figures", "Reports received 12", "10 (83% of reports)", "5.5 hours",
                     "An adult luring or grooming a child online fewer than 10"]:  # fmt: skip
        assert expected in text, expected
    assert [heading.get_text() for heading in page.select("h2")][:2] == ["2025", "2024"]
    assert "Reports received in 2025, by type" in [caption.get_text() for caption in page.select("caption")]
    assert "How we count" in text
    assert (
        page.select_one("aside.safety-bar a[data-safety-exit]").get_text(" ", strip=True) == "Emergency: Leave quickly"
    )
    text = page_text(client.get(french.url))
    for expected in ["La centrale de signalement en chiffres", "Signalements reçus 12", "Notre façon de compter",
                     "10 (83\u00a0% des signalements)", "5,5\u00a0heures", "moins de 10"]:  # fmt: skip
        assert expected in text, expected


def test_the_public_page_is_public_cacheable_and_has_no_personal_data(client, figures_page, public_records):
    english, _ = figures_page
    response = client.get(english.url)
    assert "public" in response["Cache-Control"]
    assert b"imagehost.example" not in response.content
    assert b"Example Hosting" not in response.content
    assert b"TL-" not in response.content
    assert not soup(response).select("main [style]")


def test_the_public_page_takes_the_same_queries_however_many_records(client, figures_page, public_records,
                                                                    page_cache_off):  # fmt: skip
    english, _ = figures_page
    few = queries_for(client, english.url)
    provider = ServiceProvider.objects.get()
    agency = Referral.objects.first().agency
    for year in (2019, 2020, 2021, 2022, 2023):
        report = report_at(at(year, 1, 1, 12), Status.CLOSED, [1], report_type="travel", province="NU")
        for day in range(1, 6):
            notice(report, provider, at(year, 2, day, 9), removed_after=day)
        for day in range(1, 13):
            referral(None, at(year, 3, day, 9), agency=agency, outcome="arrest")
    assert queries_for(client, english.url) == few <= QUERY_BUDGETS["tipline in figures"]


def test_the_report_form_links_to_the_figures_page_in_each_language(client, figures_page):
    english, french = figures_page
    assert soup(client.get("/en/report/")).find("a", href=english.url)
    assert soup(client.get("/fr/signaler/")).find("a", href=french.url)


def test_the_yearly_figures_are_the_same_after_the_purge(records):
    records_before = public_figures()
    before = admin_figures(2025)
    assert purge(now=at(2028, 6, 1, 12)) == 6
    assert not Report.objects.exists()
    assert ProviderNotice.objects.count() == 5
    assert set(ProviderNotice.objects.values_list("url", flat=True)) == {""}
    assert public_figures() == records_before
    after = admin_figures(2025)
    assert Referral.objects.filter(report=None).count() == 4
    for name in ["received", "urgent", "referred", "by_month", "by_province", "agencies", "outcomes", "providers",
                 "removal"]:  # fmt: skip
        assert getattr(after, name) == getattr(before, name), name
