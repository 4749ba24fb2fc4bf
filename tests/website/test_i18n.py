"""The bilingual shell: language prefixes, lang attributes, alternates, language links, untranslated notices."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import resolve, reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from tests.helpers import in_french, soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("fr-CA,fr;q=0.9,en;q=0.5", "/fr/"), ("en-CA,en;q=0.9", "/en/"), ("de-DE,es;q=0.8", "/en/"), ("", "/en/")],
)
def test_root_redirects_by_accept_language(client, site_pages, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_english_and_french_home_pages_declare_their_language(client, site_pages):
    assert soup(client.get("/en/")).html["lang"] == "en"
    assert soup(client.get("/fr/")).html["lang"] == "fr"


def test_language_link_goes_to_the_same_page_in_french(client, site_pages):
    page = soup(client.get(site_pages.about.url))
    link = page.select_one(".language-switch a")
    assert link["href"] == site_pages.about_fr.url == "/fr/a-propos/"
    assert link["hreflang"] == "fr"
    assert link["lang"] == "fr"
    assert link.get_text(strip=True) == "Français"


def test_language_link_goes_to_the_same_page_in_english(client, site_pages):
    link = soup(client.get("/fr/a-propos/")).select_one(".language-switch a")
    assert link["href"] == "/en/about/"
    assert link["hreflang"] == "en"
    assert link.parent.get_text(strip=True) == "English"


def test_language_link_falls_back_to_french_home_when_page_is_not_translated(client, site_pages):
    page = soup(client.get(site_pages.english_only.url))
    assert page.select_one(".language-switch a")["href"] == "/fr/"
    assert page.select_one(".language-switch").get_text(" ", strip=True) == (
        "Français (This page is not yet available in French.)"
    )
    # No alternate is announced for a translation that does not exist.
    assert [link["hreflang"] for link in page.select("link[rel=alternate]")] == ["en"]


def test_every_available_translation_is_announced_with_hreflang(client, site_pages):
    alternates = {
        link["hreflang"]: link["href"] for link in soup(client.get("/en/about/")).select("link[rel=alternate]")
    }
    assert alternates == {"en": "http://testserver/en/about/", "fr": "http://testserver/fr/a-propos/"}


def test_search_language_link_keeps_the_query(client, site_pages):
    link = soup(client.get("/en/search/?q=safety")).select_one(".language-switch a")
    assert link["href"] == "/fr/recherche/?q=safety"


def test_not_found_page_language_link_goes_to_other_home(client, site_pages):
    response = client.get("/fr/cette-page-nexiste-pas/")
    assert response.status_code == 404
    assert soup(response).select_one(".language-switch a")["href"] == "/en/"


def test_french_pages_show_french_interface_strings(client, site_pages):
    page = soup(client.get("/fr/a-propos/"))
    assert page.select_one(".safety-bar__exit").get_text(" ", strip=True) == "Urgence\u00a0: Quitter rapidement"
    assert page.select_one(".skip-link").get_text(strip=True) == "Passer au contenu principal"
    assert page.select_one(".search-form label").get_text(strip=True) == "Rechercher dans le site"
    assert "Fondation Northbridge" in page.title.get_text()


def test_french_alias_of_an_untranslated_page_says_it_is_not_yet_in_french(client, site_pages):
    french = Locale.objects.get(language_code="fr")
    alias = site_pages.english_only.copy_for_translation(french, copy_parents=True, alias=True)
    response = client.get(alias.url)
    assert response.status_code == 200
    notice = soup(response).select_one(".notice")
    assert notice is not None
    assert "pas encore offerte en français" in notice.get_text()


def test_partly_translated_french_page_says_so(client, site_pages):
    source = TranslationSource.objects.get_for_instance(site_pages.about)
    StringTranslation.objects.filter(translation_of__segments__source=source).exclude(
        context__path="slug"
    ).first().delete()
    notice = soup(client.get("/fr/a-propos/")).select_one(".notice")
    assert notice is not None
    assert "pas encore entièrement traduite" in notice.get_text()


def test_french_page_with_only_its_slug_untranslated_has_no_notice(client, site_pages):
    source = TranslationSource.objects.get_for_instance(site_pages.about)
    slug = StringTranslation.objects.filter(translation_of__segments__source=source, context__path="slug")
    assert slug.count() == 1
    slug.delete()
    assert soup(client.get(site_pages.about_fr.url)).select_one(".notice") is None


def test_fully_translated_french_page_has_no_notice(client, site_pages):
    assert soup(client.get("/fr/a-propos/")).select_one(".notice") is None


def test_admin_is_not_language_prefixed(client, site_pages):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert client.get("/en/admin/login/").status_code == 404


def test_the_french_translation_editor_writes_no_none_even_where_it_is_hidden(client, site_pages):
    editor = get_user_model().objects.create_superuser("editor", "editor@northbridge.example", "x")
    in_french(editor)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{site_pages.about_fr.pk}/edit/")
    assert response.status_code == 200
    page = soup(response)
    for hidden in page.select("script, template"):
        hidden.decompose()
    assert "None" not in page.get_text(" ").split()


def test_french_urls_use_french_slugs(client, site_pages):
    response = client.get("/fr/")
    hrefs = [a["href"] for a in soup(response).select("a[href^='/fr/']")]
    assert "/fr/naviguer-en-securite/" in hrefs
    assert not [href for href in hrefs if re.search(r"/fr/(about|staying-safe-online)/", href)]


# Every page of ours outside the CMS whose path has words in it, with the arguments its path needs.
WORDED_PATHS = [
    ("search", []),
    ("resources:request_account", []),
    ("resources:confirm_request", ["token"]),
    ("resources:sign_in", []),
    ("resources:sign_out", []),
    ("resources:password_reset", []),
    ("resources:password_reset_sent", []),
    ("resources:password_reset_confirm", ["MQ", "token"]),
    ("resources:password_reset_complete", []),
    ("resources:basket", []),
    ("resources:add_to_basket", []),
    ("resources:notify_when_restocked", []),
    ("resources:checkout", []),
    ("resources:submit_order", []),
    ("resources:orders", []),
    ("resources:order", ["NB-2026-000001"]),
    ("resources:reorder", ["NB-2026-000001"]),
    ("tipline_portal:referrals", []),
    ("tipline_portal:referral", [7]),
    ("tipline_portal:acknowledge", [7]),
    ("tipline_portal:outcome", [7]),
    ("tipline_portal:question", [7]),
    ("tipline:report", []),
    ("tipline:follow_up", []),
]
ENGLISH_PATH_WORDS = {"agency", "search", "request", "confirm", "sign", "password", "reset", "sent", "done"} | {
    "basket", "add", "restock", "notice", "checkout", "submit", "orders", "reorder", "referrals", "acknowledge"
} | {"outcome", "report", "follow"}  # fmt: skip


def path_in(language, name, args):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.mark.parametrize(("name", "args"), WORDED_PATHS)
def test_french_pages_have_french_paths(name, args):
    english, french = path_in("en", name, args), path_in("fr", name, args)
    assert english.startswith("/en/")
    assert french.startswith("/fr/")
    assert not set(re.findall(r"[a-z]+", french)) & ENGLISH_PATH_WORDS, french
    with translation.override("fr"):
        assert resolve(french).view_name == name


def test_the_agency_portal_starts_at_a_french_path_in_french():
    assert path_in("fr", "resources:basket", []) == "/fr/services-de-police/panier/"
    assert path_in("fr", "tipline_portal:referrals", []) == "/fr/services-de-police/signalements/"
    assert path_in("en", "resources:basket", []) == "/en/agency/basket/"  # English keeps its paths


@pytest.mark.parametrize(("page", "other"), [("en", "fr"), ("fr", "en")])
def test_language_link_on_an_agency_page_goes_to_its_path_in_the_other_language(client, site_pages, page, other):
    links = soup(client.get(path_in(page, "resources:sign_in", []) + "?next=x")).select(".language-switch a")
    assert {link["hreflang"]: link["href"] for link in links}[other] == path_in(
        other, "resources:sign_in", []
    ) + "?next=x"


# The tipline's paths were French from the start.
@pytest.mark.parametrize(("name", "args"), [(name, args) for name, args in WORDED_PATHS if "tipline:" not in name])
def test_an_old_english_path_under_fr_goes_to_the_french_path_for_good(client, name, args):
    english = path_in("en", name, args).removeprefix("/en/")
    response = client.get(f"/fr/{english}", {"q": "sextorsion"})
    assert response.status_code == 301
    assert response["Location"] == path_in("fr", name, args) + "?q=sextorsion"


def test_a_form_posted_to_an_old_english_path_under_fr_is_posted_again_to_the_french_one(client):
    response = client.post("/fr/agency/basket/add/", {"edition": 1, "quantity": 5})
    assert response.status_code == 308  # the browser posts the same form again
    assert response["Location"] == "/fr/services-de-police/panier/ajouter/"


@pytest.mark.parametrize("path", ["/fr/agency/no-such-page/", "/fr/agency/", "/en/agency/no-such-page/"])
def test_an_unknown_old_path_is_not_found_rather_than_sent_in_a_circle(client, site_pages, path):
    assert client.get(path).status_code == 404
