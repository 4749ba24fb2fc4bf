"""French date formats: « 1er septembre 2026 » style, as in Canadian French."""

DATE_FORMAT = "j F Y"
