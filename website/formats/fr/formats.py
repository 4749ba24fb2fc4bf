"""French date formats: « 1er septembre 2026 » style, as in Canadian French.

The « er » of the first day comes from `long_date` (website/dates.py, also a template filter): Django's
format characters cannot write it. Times use the 24-hour clock with « h » and no-break spaces: « 14 h 05 ».
Numbers group their thousands with a no-break space (U+00A0, as locale/fr/STYLE.md asks): « 1 000 »; templates
ask for it with the `grouped` filter, Python with `number_format(value, force_grouping=True)`.
"""

DATE_FORMAT = "j F Y"
# All in digits, Canadian French writes the date as ISO 8601 does (Translation Bureau): « 2026-09-01 ».
SHORT_DATE_FORMAT = "Y-m-d"
# ISO first: a date field (<input type="date">) shows its value in this form, the only one browsers read.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
# « le 29 novembre 2026 à 23 h 56 »: French joins a date and its time with « à », not a comma.
DATETIME_FORMAT = "j F Y à G\u00a0\\h\u00a0i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u00a0"
NUMBER_GROUPING = 3
