"""On the demo site: crisis guides open with what to do right now, every service named is a link, and lessons
and printed resources show a preview."""

import re
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from wagtail.models import Locale

from education.demo_crisis import RIGHT_NOW_SECTIONS
from education.models import AudienceHubPage, GuidePage, LessonPlanPage
from resources.models import PrintResourcePage
from tests.helpers import ok_soup
from website.demo_links import SERVICE_LINKS
from website.models import SiteDocument


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_demo_crisis_guide_opens_with_what_to_do_right_now(client, demo_content, language):
    for slug in RIGHT_NOW_SECTIONS:
        guide = GuidePage.objects.get(slug=slug, locale__language_code="en")
        if language == "fr":
            guide = guide.get_translation(Locale.objects.get(language_code="fr"))
        main = ok_soup(client.get(guide.url)).main
        first_heading = main.find("h2")
        assert first_heading.parent.get("class") == ["right-now"], guide.url
        assert main.select_one(".right-now ol, .right-now ul, .right-now p"), guide.url


def unlinked_mentions(html_page):
    """Services named in the page's rich text outside a link."""
    missing = []
    for element in html_page.select("main .rich-text"):
        for text in element.find_all(string=True):
            if text.find_parent("a"):
                continue
            for name, _href in SERVICE_LINKS:
                for spelling in (name.en, name.fr):
                    if spelling in text:
                        missing.append((spelling, str(text)[:80]))
    return missing


def test_every_service_named_in_the_demo_content_is_a_link(demo_pages):
    missing = {}
    for page in demo_pages:
        if found := unlinked_mentions(BeautifulSoup(page.html, "html.parser")):
            missing[page.url] = found
    assert not missing


# A call to report or to contact someone, which the reader must be able to follow at once. Reporting on the
# platform itself ("block and report the account on the app") happens in that app, not through a link.
CALLS_TO_ACT = re.compile(
    r"\b(report it\b(?! too)|report (?:this|them) to|report to|contact (?:us|the|your|kids)\b"
    r"|fais un signalement|faites un signalement|signalez-le à|communiquez avec)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_call_to_report_or_contact_in_a_crisis_guide_is_a_link(client, demo_content, language):
    unlinked = []
    for slug in RIGHT_NOW_SECTIONS:
        guide = GuidePage.objects.get(slug=slug, locale__language_code="en")
        if language == "fr":
            guide = guide.get_translation(Locale.objects.get(language_code="fr"))
        for element in ok_soup(client.get(guide.url)).select("main .rich-text p, main .rich-text li"):
            text = element.get_text(" ", strip=True)
            if CALLS_TO_ACT.search(text) and element.find("a") is None:
                unlinked.append((guide.url, text[:80]))
    assert unlinked == []


def test_french_pages_link_to_the_french_services(client, demo_content):
    guide = GuidePage.objects.get(slug="sextorsion-ce-que-les-parents-doivent-savoir")
    links = [a["href"] for a in ok_soup(client.get(guide.url)).select("main .rich-text a")]
    assert "/fr/signaler/" in links  # "Cyberaide.ca" leads to the site's own report form (issue 14)
    assert "tel:+18006686868" in links
    assert "https://jeunessejecoute.ca/" in links
    assert "https://kidshelpphone.ca/" not in links


def test_no_demo_page_sends_readers_elsewhere_to_report(demo_pages):
    """The site has its own report form: the demo content links it, and the national tipline's site is not where
    readers are sent to report."""
    elsewhere, with_form = {}, set()
    for page in demo_pages:
        hrefs = {a["href"] for a in BeautifulSoup(page.html, "html.parser").main.select("a[href]")}
        if found := {href for href in hrefs if "cybertip.ca" in href or "cyberaide.ca" in href}:
            elsewhere[page.url] = found
        if hrefs & {"/en/report/", "/fr/signaler/"}:
            with_form.add(page.url)
    assert elsewhere == {}
    assert {"/en/", "/fr/", "/en/about/", "/fr/a-propos/"} <= with_form


def test_printed_demo_documents_give_the_sites_own_report_address_in_full(demo_content, settings):
    """A PDF cannot be clicked: where it tells readers to report, it prints the address of the site's own report
    form, in the document's language, not the national tipline's name."""
    site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    addresses = {"en": f"{site}/en/report/", "fr": f"{site}/fr/signaler/"}
    naming_the_tipline, with_address = [], set()
    for document in SiteDocument.objects.all():
        with document.open_file() as file:
            text = " ".join(page.extract_text() for page in PdfReader(BytesIO(file.read())).pages)
        if "Cybertip.ca" in text or "Cyberaide.ca" in text:
            naming_the_tipline.append(document.title)
        if addresses[document.language] in text:
            with_address.add(document.language)
    assert naming_the_tipline == []
    assert with_address == {"en", "fr"}


def test_every_demo_lesson_and_printed_resource_shows_a_small_preview(client, demo_content):
    pages = [*LessonPlanPage.objects.live(), *PrintResourcePage.objects.live()]
    assert pages
    for page in pages:
        assert page.preview_image is not None, page.url
        assert page.preview_image.file.size < 10_000, page.url  # a drawing, not a photograph
        preview = ok_soup(client.get(page.url)).select_one("main img.lesson__preview, main img.resource__preview")
        assert preview is not None, page.url
        assert preview["src"].startswith("/media/"), page.url


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_demo_hub_starts_with_pinned_items_then_one_section_per_format(client, demo_content, language):
    start_here = {"en": "Start here", "fr": "Pour commencer"}[language]
    formats = {
        "en": ["Guides", "Lesson plans", "Printed resources"],
        "fr": ["Guides", "Plans de leçon", "Ressources imprimées"],
    }[language]
    for hub in AudienceHubPage.objects.live().filter(locale__language_code=language):
        headings = [h2.get_text(strip=True) for h2 in ok_soup(client.get(hub.url)).select("main section > h2")]
        assert headings[0] == start_here, hub.url
        sections = headings[1:]
        assert sections == [name for name in formats if name in sections], hub.url  # fixed order, each once
        if hub.audience in ("parents", "youth"):
            assert formats[2] not in sections, hub.url
