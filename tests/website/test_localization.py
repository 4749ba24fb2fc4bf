"""Which translation a reader sees in the parts every page shares: menus, footer, safety and help links, settings.

The rule: the reader's language when a live version exists there (an alias page counts: it is the page's
address in that language), otherwise what the editor chose, which is in the default language.
"""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from education.models import Topic
from tests.factories import T, make_topic, set_main_menu
from tests.helpers import soup
from website.localization import (
    alphabetical_key,
    either_language,
    for_active_locale,
    language_field,
    localized,
    translated_into_another_language,
    translations,
)
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
    assert dict(menu_links(client, "/fr/"))["Only in English"] == site_pages.english_only.url


def test_a_menu_link_to_an_unpublished_french_page_keeps_the_english_page(client, site_pages):
    site_pages.about_fr.unpublish()
    assert menu_links(client, "/fr/")[0][1] == site_pages.about.url


def test_a_menu_link_to_a_page_with_a_french_alias_goes_to_the_alias(client, site_pages):
    alias = site_pages.english_only.copy_for_translation(french(), copy_parents=True, alias=True)
    set_main_menu([site_pages.about, site_pages.english_only], "fr")
    assert dict(menu_links(client, "/fr/"))["Only in English"] == alias.url


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


# --- website.localization itself --------------------------------------------------------------------------


def test_localized_gives_each_object_in_the_language_or_as_given_in_the_same_order(site_pages):
    pages = [site_pages.english_only, site_pages.about, site_pages.safety, site_pages.about]
    assert [page.pk for page in localized(pages, "fr")] == [
        site_pages.english_only.pk,
        site_pages.about_fr.pk,
        site_pages.safety_fr.pk,
        site_pages.about_fr.pk,
    ]
    assert [page.pk for page in localized(pages, "en")] == [page.pk for page in pages]


def test_localized_uses_the_active_language_by_default(site_pages):
    with translation.override("fr"):
        assert localized([site_pages.about])[0].pk == site_pages.about_fr.pk


def test_localized_costs_one_query_per_kind_of_object_however_many(site_pages, django_assert_num_queries):
    topics = [make_topic(f"topic-{number}", T(f"Topic {number}", f"Sujet {number}")) for number in range(5)]
    pages = [site_pages.about, site_pages.safety, site_pages.english_only, site_pages.help]
    with django_assert_num_queries(2):
        found = localized(pages + topics, "fr")
    assert [topic.name for topic in found[len(pages) :]] == [f"Sujet {number}" for number in range(5)]
    assert all(isinstance(topic, Topic) for topic in found[len(pages) :])
    with django_assert_num_queries(0):
        assert localized([], "fr") == []


def test_an_alias_is_the_pages_version_in_its_language_but_not_a_translation(site_pages):
    alias = site_pages.english_only.copy_for_translation(french(), copy_parents=True, alias=True)
    assert localized([site_pages.english_only], "fr")[0].pk == alias.pk
    assert set(translations([site_pages.english_only])[site_pages.english_only.translation_key]) == {"en", "fr"}
    english = Page.objects.filter(locale__language_code="en")
    translated = english.filter(translated_into_another_language(site_pages.english_only.locale_id))
    assert site_pages.english_only.pk not in set(translated.values_list("pk", flat=True))
    assert site_pages.about.pk in set(translated.values_list("pk", flat=True))


def test_translations_are_the_live_versions_by_language(site_pages):
    site_pages.safety_fr.unpublish()
    found = translations([site_pages.about, site_pages.safety])
    assert {key: {code: page.pk for code, page in versions.items()} for key, versions in found.items()} == {
        site_pages.about.translation_key: {"en": site_pages.about.pk, "fr": site_pages.about_fr.pk},
        site_pages.safety.translation_key: {"en": site_pages.safety.pk},
    }


def test_for_active_locale_takes_the_active_language_else_the_default(site_pages):
    with translation.override("fr"):
        assert for_active_locale(MainMenu).locale.language_code == "fr"
        MainMenu.objects.filter(locale=french()).delete()
        assert for_active_locale(MainMenu).locale.language_code == "en"
        assert for_active_locale(Footer) is None


def test_language_field_falls_back_to_the_default_languages_value():
    site_settings = SiteSettings(tipline_name_en="Tipline", tipline_name_fr="")
    assert language_field(site_settings, "tipline_name", "fr") == "Tipline"
    site_settings.tipline_name_fr = "Cyberaide"
    assert language_field(site_settings, "tipline_name", "fr") == "Cyberaide"
    assert language_field(site_settings, "tipline_name", "en") == "Tipline"


def test_either_language_follows_the_reader_and_falls_back_to_english():
    assert either_language("United States", "États-Unis", "fr") == "États-Unis"
    assert either_language("United States", "", "fr") == "United States"
    with translation.override("fr"):
        assert either_language("United States", "États-Unis") == "États-Unis"
    assert either_language("United States", "États-Unis") == "United States"


def test_localized_takes_a_queryset_in_one_query(site_pages, django_assert_num_queries):
    for number in range(3):
        make_topic(f"topic-{number}", T(f"Topic {number}", f"Sujet {number}"))
    Topic.objects.create(locale=Locale.objects.get(language_code="en"), slug="only-english", name="Only English")
    with django_assert_num_queries(1):
        names = sorted(topic.name for topic in localized(Topic.objects.filter(locale__language_code="en"), "fr"))
    assert names == ["Only English", "Sujet 0", "Sujet 1", "Sujet 2"]


def test_alphabetical_order_files_accented_letters_and_ligatures_with_their_base_letters():
    names = ["Yukon", "Île-du-Prince-Édouard", "Œuvre", "États-Unis", "Oman", "Ontario", "Irlande"]
    assert sorted(names, key=alphabetical_key) == [
        "États-Unis", "Île-du-Prince-Édouard", "Irlande", "Œuvre", "Oman", "Ontario", "Yukon",
    ]  # fmt: skip
