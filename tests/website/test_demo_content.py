"""load_demo_content builds a bilingual site through wagtail-localize, and running it twice changes nothing."""

from io import BytesIO, StringIO
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.models import Locale, Page, ReferenceIndex, Revision
from wagtail_localize.models import Translation

from education.models import AudienceHubPage, GuidePage, LessonPlanPage, Topic
from tests.helpers import ok_soup
from website.models import Footer, MainMenu, SiteSettings


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.fixture
def demo(demo_content):
    return demo_content


def test_running_twice_changes_nothing(demo):
    before = row_counts()
    latest_revision = Revision.objects.order_by("-pk").values_list("pk", flat=True).first()
    call_command("load_demo_content", verbosity=0)
    assert row_counts() == before
    assert Revision.objects.order_by("-pk").values_list("pk", flat=True).first() == latest_revision


def test_every_english_page_has_a_live_french_translation_made_with_wagtail_localize(demo):
    french = Locale.objects.get(language_code="fr")
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1)
    assert english_pages.count() >= 5
    for page in english_pages:
        translation = page.get_translation(french)
        assert translation.live
        assert translation.title != page.title or page.title == translation.title == "Cybertip.ca"
        assert Translation.objects.filter(source__object_id=page.translation_key, target_locale=french).exists()


def test_the_reference_index_holds_what_rebuilding_it_gives(demo):
    """The load indexes references once, at its end (website/indexing.py): none may be missing or stale."""

    def references():
        fields = ["content_type", "object_id", "to_content_type", "to_object_id", "model_path", "content_path"]
        return set(ReferenceIndex.objects.values_list(*fields))

    loaded = references()
    call_command("rebuild_references_index", stdout=StringIO())
    assert loaded
    assert references() == loaded


def test_menus_and_footer_exist_in_both_languages(demo):
    for model in (MainMenu, Footer):
        assert set(model.objects.values_list("locale__language_code", flat=True)) == {"en", "fr"}


def test_the_safety_page_is_set_in_the_site_settings(demo):
    assert SiteSettings.load().safety_page.slug == "staying-safe-online"


def test_admin_user_gets_the_password_from_the_environment(demo):
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password("correct horse battery staple")


def test_admin_user_gets_a_printed_random_password_without_one(demo, monkeypatch, capsys):
    get_user_model().objects.filter(username="admin").delete()
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    call_command("load_demo_content")
    printed = capsys.readouterr().out
    password = printed.split("with password: ")[1].split()[0]
    assert get_user_model().objects.get(username="admin").check_password(password)


def test_education_library_has_its_topics_guides_lessons_and_hubs_in_both_languages(demo):
    assert Topic.objects.filter(locale__language_code="en").count() >= 8
    assert (
        Topic.objects.filter(locale__language_code="fr").count()
        == Topic.objects.filter(locale__language_code="en").count()
    )
    guides = GuidePage.objects.live().filter(locale__language_code="fr")
    assert guides.count() >= 12
    for audience in ("parents", "youth", "educators", "organizations"):
        assert guides.filter(audiences__code=audience).exists()
    lessons = LessonPlanPage.objects.live().filter(locale__language_code="fr")
    assert lessons.count() >= 6
    assert set(lessons.values_list("grade_band", flat=True)) == {"k-3", "4-6", "7-8", "9-12"}
    assert AudienceHubPage.objects.live().filter(locale__language_code="fr").count() == 4


def test_each_lesson_links_pdfs_in_its_own_language(demo):
    for lesson in LessonPlanPage.objects.live():
        documents = [block.value["document"] for block in lesson.downloads]
        assert documents
        for document in documents:
            assert document.language == lesson.locale.language_code
            with document.open_file() as file:
                text = PdfReader(BytesIO(file.read())).pages[0].extract_text()
            assert text.startswith(document.title)


@pytest.mark.usefixtures("page_cache_off")  # what a render costs, not a cached copy
def test_every_demo_page_renders_in_at_most_15_queries(client, demo):
    """The demo's pages carry what real ones do (PDFs, images, topics), unlike the small test pages."""
    counts = {}
    for page in Page.objects.live().filter(depth__gt=1).specific():
        client.get(page.url)  # builds the page chrome of its language, as any earlier visitor would
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page.url).status_code == 200
        counts[page.url] = len(captured)
    assert max(counts.values()) <= 15, {url: count for url, count in counts.items() if count > 15}


# Where a link may lead besides this site's own pages.
OUTSIDE_SCHEMES = {"https", "http", "mailto", "tel", "sms"}


def test_every_link_on_the_demo_pages_leads_to_a_page_that_exists(client, demo_pages):
    """The demo text links the site's own pages (the report form, in each language): each address answers, and no
    link is left as written in the code (REPORT_FORM_HREF)."""
    own, unknown = set(), set()
    for page in demo_pages:
        for link in BeautifulSoup(page.html, "html.parser").select("a[href]"):
            address = urljoin(page.url, link["href"])
            if not urlsplit(address).scheme:
                own.add(address.split("#")[0])
            elif urlsplit(address).scheme not in OUTSIDE_SCHEMES:
                unknown.add((page.url, link["href"]))
    assert {"/en/report/", "/fr/signaler/"} <= own
    assert unknown == set()
    rendered = {page.url for page in demo_pages}  # each answered 200
    assert {href: status for href in sorted(own - rendered) if (status := client.get(href).status_code) != 200} == {}


@pytest.mark.parametrize("path", ["/en/", "/fr/"])
def test_each_home_page_card_draws_a_picture_of_its_own(client, demo, path):
    cards = ok_soup(client.get(path)).select(".cards__list > .card")
    drawings = [str(card.select_one("svg.illustration")) for card in cards]
    assert len(cards) == 6
    assert len(set(drawings)) == 6
