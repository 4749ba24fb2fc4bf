"""Dates as each language writes them in full: « 1er septembre 2026 », "September 1, 2026"."""

from datetime import date, datetime

from django.template import Context, Template
from django.utils import translation

from website.dates import long_date
from website.templatetags.website_tags import grouped


def test_french_writes_the_first_of_the_month_as_1er():
    with translation.override("fr"):
        assert long_date(date(2026, 9, 1)) == "1er septembre 2026"


def test_french_writes_other_days_as_plain_numbers():
    with translation.override("fr"):
        assert long_date(date(2026, 9, 2)) == "2 septembre 2026"
        assert long_date(date(2026, 9, 11)) == "11 septembre 2026"


def test_english_writes_the_month_first_without_an_ordinal():
    with translation.override("en"):
        assert long_date(date(2026, 9, 1)) == "September 1, 2026"


def test_french_date_and_time_use_1er_and_the_24_hour_clock_with_h():
    with translation.override("fr"):
        assert long_date(datetime(2026, 9, 1, 14, 5), "DATETIME_FORMAT") == "1er septembre 2026 à 14\u00a0h\u00a005"


def test_the_filter_works_in_templates_and_on_empty_values():
    template = Template("{% load website_tags %}{{ day|long_date }}|{{ nothing|long_date }}")
    with translation.override("fr"):
        assert template.render(Context({"day": date(2026, 10, 1), "nothing": None})) == "1er octobre 2026|"


def test_counts_group_their_thousands_with_a_no_break_space_in_french_and_a_comma_in_english():
    with translation.override("fr"):
        assert grouped(12500) == "12\u00a0500"
        assert grouped(-1000) == "-1\u00a0000"
    with translation.override("en"):
        assert grouped(12500) == "12,500"
    assert grouped(None) == ""
    assert grouped(950) == "950"
