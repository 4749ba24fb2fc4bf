"""A French reader sees no English on the screens that are not CMS pages: signing in, asking for an account, the
basket, checkout, orders, the tipline's forms, search and the page-not-found page."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.helpers import place, soup
from tests.resources.conftest import edition
from tests.tipline.test_report_form import FORM_URLS, valid_post
from tests.website.test_french_pages import reads_as_english, visible_texts
from website.translations import forbidden_terms, style_problems

pytestmark = pytest.mark.django_db

PUBLIC = [
    ("resources:sign_in", []),
    ("resources:request_account", []),
    ("resources:password_reset", []),
    ("resources:password_reset_sent", []),
    ("resources:password_reset_complete", []),
    ("tipline:report", []),
    ("tipline:follow_up", []),
    ("search", []),
]
OFFICER = ["resources:basket", "resources:checkout", "resources:orders", "resources:order"]


def url_in(language, name, args):
    with translation.override(language):
        return reverse(name, args=args)


def english_left(client, name, args=(), query=None):
    """The texts of the French screen that are also on the English one and read as English."""
    english = client.get(url_in("en", name, args), query)
    french = client.get(url_in("fr", name, args), query)
    assert (english.status_code, french.status_code) == (200, 200), name
    left = visible_texts(english.content) & visible_texts(french.content)
    return sorted(text for text in left if reads_as_english(text))


@pytest.mark.parametrize(("name", "args"), PUBLIC)
def test_public_screens_show_no_english_in_french(client, shop, name, args):
    query = {"q": "sextortion"} if name == "search" else None
    assert english_left(client, name, args, query) == []


@pytest.mark.parametrize(("name", "args"), PUBLIC)
def test_public_french_screens_use_no_term_the_style_guide_forbids(client, shop, name, args):
    """Django's own French (« E-mail » on the password reset form) is held to locale/fr/STYLE.md too."""
    forbidden = forbidden_terms(Path(settings.BASE_DIR) / "locale" / "fr" / "STYLE.md")
    query = {"q": "sextortion"} if name == "search" else None
    texts = sorted(visible_texts(client.get(url_in("fr", name, args), query).content))
    found = [problem for text in texts for problem in style_problems(text, forbidden)]
    assert [problem for problem in found if problem.startswith("forbidden term")] == []


def test_the_officers_screens_show_no_english_in_french(officer_client, shop):
    officer_client.post(
        reverse("resources:add_to_basket"), {"edition": edition(shop.brochure, "NB-SXT-BR-FR").pk, "quantity": 100}
    )
    order = place(shop.officer, [("NB-GAM-PO-EN", 100)])
    officer_client.post(
        reverse("resources:add_to_basket"), {"edition": edition(shop.brochure, "NB-SXT-BR-FR").pk, "quantity": 100}
    )
    left = {
        name: english_left(officer_client, name, [order.number] if name == "resources:order" else [])
        for name in OFFICER
    }
    # The English edition's title and the agency's name are names, the same in both languages.
    names = ("Resource number", shop.agency.name)
    assert {name: [text for text in texts if not any(n in text for n in names)] for name, texts in left.items()} == {
        name: [] for name in OFFICER
    }


def test_the_page_not_found_page_shows_no_english_in_french(client, shop):
    english = visible_texts(client.get("/en/no-such-page/").content)
    french = visible_texts(client.get("/fr/no-such-page/").content)
    assert sorted(text for text in english & french if reads_as_english(text)) == []


def test_the_tipline_forms_errors_show_no_english_in_french(client, shop):
    wrong = valid_post(
        urls="ftp://files.example/x",
        usernames="\n".join(f"@user{number}" for number in range(11)),
        incident_date="2999-01-01",
        report_type="",
    )
    english = client.post(FORM_URLS["en"], wrong)
    french = client.post(FORM_URLS["fr"], wrong)
    assert "N’envoyez jamais" in french.content.decode()
    left = visible_texts(english.content) & visible_texts(french.content)
    typed = {wrong["description"]}  # what the reporter typed comes back as typed
    assert sorted(text for text in left - typed if reads_as_english(text) and "example" not in text) == []


def test_an_error_about_a_question_reads_as_the_question_then_the_error_without_a_colon(client, shop):
    french = soup(client.post(FORM_URLS["fr"], valid_post(report_type=""))).select_one(".error-summary").get_text()
    english = soup(client.post(FORM_URLS["en"], valid_post(report_type=""))).select_one(".error-summary").get_text()
    assert "Que s’est-il passé\u00a0? " in french
    assert "?\u00a0:" not in french
    assert "What happened? " in english
    assert "?:" not in english
