"""Site-wide pages: standard pages, search, the error pages and their database budget."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from tests.factories import set_main_menu
from tests.helpers import soup
from website import chrome
from website.models import SiteSettings, StandardPage
from website.views import server_error

pytestmark = pytest.mark.django_db


def test_standard_page_renders_its_blocks(client, site_pages):
    page = soup(client.get("/en/staying-safe-online/"))
    assert page.h1.get_text() == "Staying safe online"
    assert page.select_one(".callout--warning .callout__title").get_text(" ", strip=True).startswith("Warning:")
    assert [h2.get_text() for h2 in page.select("main h2")][:2] == ["The Leave quickly button", "Private visit"]


def test_every_public_page_has_skip_link_header_main_and_footer(client, site_pages):
    page = soup(client.get("/en/about/"))
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert page.select_one("header.site-header") is not None
    assert page.select_one("main#main") is not None
    assert page.select_one("footer.site-footer") is not None


def test_footer_shows_the_report_line_and_contact_email_from_settings(client, site_pages, monkeypatch):
    # Without a report form of the site's own, the footer sends readers to the tipline in the settings.
    monkeypatch.setattr(chrome, "REPORT_URL_NAME", [])
    footer = soup(client.get("/fr/")).select_one("footer")
    assert footer.find("a", href="https://www.cybertip.ca/fr/").get_text() == "Faire un signalement à Cyberaide.ca"
    assert footer.find("a", href="mailto:info@northbridge.example") is not None


def test_footer_links_to_the_sites_own_report_form_when_there_is_one(client, site_pages):
    footer = soup(client.get("/fr/")).select_one("footer")
    assert footer.find("a", href="/fr/signaler/").get_text() == "Faire un signalement"
    assert footer.find("a", href="https://www.cybertip.ca/fr/") is None


@pytest.mark.parametrize(
    ("url", "own_line"),
    [("/en/", "We run our own report line"), ("/fr/", "Nous avons notre propre centrale de signalement")],
)
def test_footer_with_a_report_form_says_the_site_runs_its_own_report_line(client, site_pages, url, own_line):
    text = soup(client.get(url)).select_one(".site-footer__report").get_text(" ", strip=True)
    assert own_line in text
    assert "national" not in text


def test_search_finds_pages_in_the_active_language_only(client, site_pages):
    english = soup(client.get("/en/search/", {"q": "history"}))
    french = soup(client.get("/fr/recherche/", {"q": "historique"}))
    assert [a["href"] for a in english.select(".result-list a")] == ["/en/staying-safe-online/"]
    assert [a["href"] for a in french.select(".result-list a")] == ["/fr/naviguer-en-securite/"]
    # The English word does not find the French page, nor the French word the English one.
    assert not soup(client.get("/fr/recherche/", {"q": "history"})).select(".result-list a")


def test_search_shows_the_count_and_how_to_widen_an_empty_search(client, site_pages):
    page = soup(client.get("/en/search/", {"q": "zzzzqqq"}))
    assert page.select_one(".result-count").get_text(strip=True) == "0 results for “zzzzqqq”"
    assert "Try fewer or different words" in page.get_text()


@pytest.mark.parametrize(
    "params",
    [{"q": "safety", "page": "abc"}, {"q": "safety", "page": "99999"}, {"q": "x" * 5000}, {"q": "<script>"}],
)
def test_search_bad_input_gives_a_normal_page(client, site_pages, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert b"<script>" not in response.content.split(b"</head>")[1].replace(b"<script src", b"")


def test_not_found_page_is_bilingual_and_has_the_safety_exit(client, site_pages):
    english = client.get("/en/no-such-page/")
    french = client.get("/fr/aucune-page/")
    assert english.status_code == french.status_code == 404
    assert soup(english).h1.get_text() == "Page not found"
    assert soup(french).h1.get_text() == "Page introuvable"
    assert soup(french).select_one("[data-safety-exit]")["href"] == "https://meteo.gc.ca/canada_f.html"


def test_server_error_page_has_no_stack_trace_and_keeps_the_exit(client, site_pages, settings):
    request = RequestFactory().get("/fr/")
    with translation.override("fr"):
        response = server_error(request)
    page = soup(response)
    assert response.status_code == 500
    assert page.html["lang"] == "fr"
    assert page.h1.get_text() == "Un problème est survenu"
    assert page.select_one("[data-safety-exit]")["href"] == "https://meteo.gc.ca/canada_f.html"
    assert b"Traceback" not in response.content


def test_server_error_page_works_without_a_database(client, site_pages, monkeypatch):
    def database_down(*args, **kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(SiteSettings, "load", database_down)
    response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    assert soup(response).select_one("[data-safety-exit]")["href"] == "https://weather.gc.ca/canada_e.html"


def test_unhandled_error_returns_the_bilingual_500_page(client, site_pages, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError

    monkeypatch.setattr(StandardPage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get("/fr/a-propos/")
    assert response.status_code == 500
    assert soup(response).h1.get_text() == "Un problème est survenu"


def test_menu_changes_show_at_once_despite_the_cache(client, site_pages):
    client.get("/en/")
    set_main_menu([site_pages.english_only], "en")
    assert "Only in English" in soup(client.get("/en/")).select_one(".main-nav").get_text()
    site_pages.english_only.title = "Renamed page"
    site_pages.english_only.save_revision().publish()
    assert "Renamed page" in soup(client.get("/en/")).select_one(".main-nav").get_text()


def test_search_with_a_nul_character_gives_a_normal_page(client, site_pages):
    assert client.get("/en/search/", {"q": "safety\x00"}).status_code == 200


def test_a_page_is_found_at_its_new_address_at_once_when_renamed_or_moved(client, site_pages):
    # Addresses are kept with the page chrome: a first visit keeps this one.
    assert client.get("/en/about/").status_code == 200
    about = site_pages.about
    about.slug = "about-us"
    about.save_revision().publish()
    assert client.get("/en/about-us/").status_code == 200
    assert client.get("/en/about/").status_code == 404

    assert client.get(site_pages.english_only.url).status_code == 200
    site_pages.english_only.move(about, pos="last-child")
    assert client.get(f"/en/about-us/{site_pages.english_only.slug}/").status_code == 200
    assert client.get(f"/en/{site_pages.english_only.slug}/").status_code != 200  # Wagtail redirects it
