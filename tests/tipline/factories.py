"""Builders for tipline test data: reports saved through the same service the public form uses."""

from tipline.models import Answer, ReportType
from tipline.services import submit_report


def report_fields(**overrides):
    fields = {
        "report_type": ReportType.SEXTORTION,
        "danger": Answer.NO,
        "province": "ON",
        "child_age_range": "13-15",
        "urls": ["https://chat.example.com/u/someone"],
        "usernames": ["someone_123"],
        "description": "Someone I met in a game asked for pictures and now says they will share them.",
        "reporter_email": "teen.reporter@example.org",
        "reporter_phone": "613-555-0199",
    }
    return {**fields, **overrides}


def make_report(language="en", **overrides):
    """A saved report; returns (report, follow-up code)."""
    return submit_report(report_fields(**overrides), language)
