"""Which translation a reader sees in the parts every page shares: menus, footer, safety and help links, settings.

The rule: the reader's language when a live version exists there (an alias page counts: it is the page's
address in that language), otherwise what the editor chose, which is in the default language.
"""

import pytest
from wagtail.models import Locale

from tests.factories import set_main_menu
from tests.helpers import soup
from website.models import Footer, MainMenu, SiteSettings

pytestmark = pytest.mark.django_db


def menu_links(client, url):
    return [(a.get_text(strip=True), a["href"]) for a in soup(client.get(url)).select(".main-nav a")]


def footer_links(client, url):
    return [(a.get_text(strip=True), a["href"]) for a in soup(client.get(url)).select(".site-footer__nav a")]


def french():
    return Locale.objects.get(language_code="fr")


def test_french_menu_links_to_the_french_version_of_each_page(client, site_pages):
    assert [href for _label, href in menu_links(client, "/fr/")] == [site_pages.about_fr.url, site_pages.safety_fr.url]


def test_french_menu_falls_back_to_the_english_menu_when_there_is_no_french_one(client, site_pages):
    MainMenu.objects.filter(locale=french()).delete()
    assert [href for _label, href in menu_links(client, "/fr/")] == [site_pages.about_fr.url, site_pages.safety_fr.url]


def test_a_menu_link_to_a_page_not_in_french_keeps_the_english_page(client, site_pages):
    set_main_menu([site_pages.about, site_pages.english_only], "fr")
    assert menu_links(client, "/fr/")[-1] == ("Only in English", site_pages.english_only.url)


def test_a_menu_link_to_an_unpublished_french_page_keeps_the_english_page(client, site_pages):
    site_pages.about_fr.unpublish()
    assert menu_links(client, "/fr/")[0][1] == site_pages.about.url


def test_a_menu_link_to_a_page_with_a_french_alias_goes_to_the_alias(client, site_pages):
    alias = site_pages.english_only.copy_for_translation(french(), copy_parents=True, alias=True)
    set_main_menu([site_pages.about, site_pages.english_only], "fr")
    assert menu_links(client, "/fr/")[-1] == ("Only in English", alias.url)


def test_footer_in_french_falls_back_to_the_english_footer(client, site_pages):
    english_footer = Footer(locale=Locale.objects.get(language_code="en"), about="Who we are, in English.")
    english_footer.links = [Footer._meta.get_field("links").related_model(page=site_pages.about)]
    english_footer.save()
    response = client.get("/fr/")
    assert "Who we are, in English." in soup(response).select_one("footer").get_text()
    assert footer_links(client, "/fr/") == [("À propos de nous", site_pages.about_fr.url)]


def test_french_footer_is_used_when_there_is_one(client, site_pages):
    Footer.objects.create(locale=Locale.objects.get(language_code="en"), about="Who we are, in English.")
    Footer.objects.create(locale=french(), about="Qui nous sommes, en français.")
    assert "Qui nous sommes, en français." in soup(client.get("/fr/")).select_one("footer").get_text()


def safety_link(client, url):
    link = soup(client.get(url)).select_one(".safety-bar__info")
    return link["href"] if link else None


def test_the_safety_link_goes_to_the_safety_page_in_the_readers_language(client, site_pages):
    assert safety_link(client, "/en/") == site_pages.safety.url
    assert safety_link(client, "/fr/") == site_pages.safety_fr.url


def test_the_safety_link_falls_back_to_the_chosen_page_when_the_french_one_is_unpublished(client, site_pages):
    site_pages.safety_fr.unpublish()
    assert safety_link(client, "/fr/") == site_pages.safety.url


def test_the_french_safety_page_is_used_even_when_the_chosen_english_page_is_unpublished(client, site_pages):
    site_pages.safety.unpublish()
    assert safety_link(client, "/fr/") == site_pages.safety_fr.url
    assert safety_link(client, "/en/") is None


def test_the_safety_link_goes_to_a_french_alias_of_the_chosen_page(client, site_pages):
    alias = site_pages.english_only.copy_for_translation(french(), copy_parents=True, alias=True)
    site_settings = SiteSettings.load()
    site_settings.safety_page = site_pages.english_only
    site_settings.save()
    assert safety_link(client, "/fr/") == alias.url


def test_get_help_now_falls_back_to_the_english_help_page(client, site_pages):
    site_pages.help_fr.unpublish()
    assert soup(client.get("/fr/")).select_one("a.help-link")["href"] == site_pages.help.url


def test_a_setting_left_empty_in_french_shows_the_english_value(client, site_pages):
    site_settings = SiteSettings.load()
    site_settings.organization_name_en = "Northbridge in English"
    site_settings.organization_name_fr = ""
    site_settings.save()
    assert soup(client.get("/fr/")).select_one(".site-footer__name").get_text(strip=True) == "Northbridge in English"
