"""A report's language on the analysts' screens reads in the analyst's language (locale/fr/STYLE.md, "Language
names")."""

import pytest

from tests.helpers import in_french, soup
from tests.tipline.factories import make_report

pytestmark = pytest.mark.django_db


def test_a_reports_language_reads_in_the_analysts_language(analyst_client, analyst):
    in_french(analyst)
    report, _ = make_report(language="en")
    text = soup(analyst_client.get(f"/admin/tipline/{report.pk}/")).get_text(" ", strip=True)
    assert "(anglais" in text
    assert "English" not in text
