"""French date formats: « 1er septembre 2026 » style, as in Canadian French.

The « er » of the first day comes from the `long_date` template filter (website_tags): Django's format
characters cannot write it. Times use the 24-hour clock with « h » and no-break spaces: « 14 h 05 ».
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, G\u00a0\\h\u00a0i"
