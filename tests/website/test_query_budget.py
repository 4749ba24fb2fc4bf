"""The site's own pages, and the forms every visitor may open, render in a fixed number of queries however many
pages the menus link to and the search finds (tests/helpers.py: QUERY_BUDGETS)."""

import pytest

from tests.factories import bulk_add_pages, bulk_menu
from website.models import StandardPage

pytestmark = pytest.mark.django_db


def kite(number, language):
    word = {"en": "Kite", "fr": "Cerf"}[language]
    return {
        "title": f"{word} {number}",
        "slug": f"{word.lower()}-{number}",
        "summary": f"{word} {number}.",
        "body": [{"type": "paragraph", "value": f"<p>{word} {number}</p>"}],
    }


def test_site_pages_keep_to_their_query_budgets(client, site_pages, query_budget):
    pages = []

    def add_pages(count):
        start = len(pages)
        english = bulk_add_pages(site_pages.home, StandardPage, [kite(n, "en") for n in range(start, start + count)])
        french = [
            {**kite(n, "fr"), "translation_key": page.translation_key} for n, page in enumerate(english, start=start)
        ]
        bulk_add_pages(site_pages.home_fr, StandardPage, french)
        pages.extend(english)
        for language in ("en", "fr"):
            bulk_menu(pages, language)

    query_budget(
        {
            "home": (client, "/en/"),
            "home (fr)": (client, "/fr/"),
            "standard page": (client, site_pages.about.url),
            "standard page (fr)": (client, site_pages.about_fr.url),
            "help": (client, site_pages.help.url),
            "help (fr)": (client, site_pages.help_fr.url),
            "staying safe": (client, site_pages.safety.url),
            "staying safe (fr)": (client, site_pages.safety_fr.url),
            "search": (client, "/en/search/?q=kite"),
            "search (fr)": (client, "/fr/recherche/?q=cerf"),
            "not found": (client, "/en/no-such-page/", False, 404),
            "not found (fr)": (client, "/fr/aucune-page/", False, 404),
            "sign-in": (client, "/en/agency/sign-in/"),
            "request account (fr)": (client, "/fr/services-de-police/demande-de-compte/"),
            "report form": (client, "/en/report/"),
            "report follow-up (fr)": (client, "/fr/signaler/suivi/"),
            "any page, menus and footer cold": (client, site_pages.about.url, True),
            "any page, menus and footer cold (fr)": (client, site_pages.about_fr.url, True),
        },
        add_pages,
    )
