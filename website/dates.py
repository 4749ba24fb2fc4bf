"""Dates as each language writes them in full: « 1er septembre 2026 », "September 1, 2026".

A leaf module: templates use it through the `long_date` filter (website_tags), Python code directly.
"""

from django.utils import dateformat, formats

from website.localization import active_language


def long_date(value, format_name="DATE_FORMAT"):
    """A date (or date and time) as the reader's language writes it in full.

    French writes the first day of a month as an ordinal, « 1er septembre 2026 », which no Django date
    format can say: the format's leading day gets its « er » here.
    """
    if not value:
        return ""
    pattern = formats.get_format(format_name)
    if value.day == 1 and pattern.startswith("j") and active_language() == "fr":
        pattern = r"j\e\r" + pattern[1:]
    return dateformat.format(value, pattern)
