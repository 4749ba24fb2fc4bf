"""Language names follow one rule (locale/fr/STYLE.md, "Language names"): each language in its own name where a person
picks one for themselves, in the page's language (lower case in running text) where a language describes data."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("page", "other"), [("/en/", "Français"), ("/fr/", "English")])
def test_the_language_link_names_the_other_language_in_its_own_name(client, site_pages, page, other):
    names = [link.get_text(strip=True) for link in soup(client.get(page)).select(".language-switch a")]
    assert names == [other]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_account_request_offers_each_language_for_emails_in_its_own_name(client, site_pages, language):
    path = {"en": "/en/agency/request/", "fr": "/fr/services-de-police/demande-de-compte/"}[language]
    options = soup(client.get(path)).select("select[name=language] option, input[name=language]")
    names = [option.get_text(strip=True) or option.find_parent("label").get_text(strip=True) for option in options]
    assert names == ["English", "Français"]


def test_a_documents_language_is_lower_case_in_french_as_in_running_text():
    document = SimpleNamespace(format_label="PDF", file_size=2048, language="en")
    with translation.override("fr"):
        french = render_to_string("includes/document_meta.html", {"document": document}).strip()
    with translation.override("en"):
        english = render_to_string("includes/document_meta.html", {"document": document}).strip()
    assert french.endswith(", anglais)")
    assert english.endswith(", English)")


def test_a_documents_size_takes_the_units_canadian_french_writes():
    """« 1,2 Mo » as locale/fr/STYLE.md shows it, not Django's « 1,2 Mio »; the unit after a no-break space."""
    sizes = {"en": [], "fr": []}
    for language, found in sizes.items():
        with translation.override(language):
            for size in (300, 2048, 1_258_291):
                document = SimpleNamespace(format_label="PDF", file_size=size, language="fr")
                found.append(render_to_string("includes/document_meta.html", {"document": document}).split(", ")[1])
    assert sizes == {
        "en": ["300\u00a0bytes", "2.0\u00a0KB", "1.2\u00a0MB"],
        "fr": ["300\u00a0octets", "2,0\u00a0Ko", "1,2\u00a0Mo"],
    }
