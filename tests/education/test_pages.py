"""Guides and lesson plans as readers see them, in both languages."""

import pytest

from tests.factories import make_guide, make_lesson
from tests.helpers import ok_soup as soup

pytestmark = pytest.mark.django_db


def facts(page):
    return {item.dt.get_text(strip=True): item.dd.get_text(" ", strip=True) for item in page.select(".facts > div")}


def test_guide_shows_who_it_is_for_topics_ages_and_reading_time(client, guide):
    english, _ = guide
    page = soup(client.get(english.url))
    assert page.h1.get_text() == "Guide number 1"
    assert facts(page) == {
        "For": "Parents and caregivers",
        "About children": "Ages 11–17",
        "Topics": "Sextortion",
        "Reading time": "1 minute",
        "Last reviewed": "September 1, 2026",
    }
    assert page.select_one(".conversation li").get_text() == "Who do you chat with?"


def test_french_guide_shows_french_topics_and_labels(client, guide):
    _, french = guide
    page = soup(client.get(french.url))
    assert facts(page)["Sujets"] == "Sextorsion"
    assert facts(page)["Pour"] == "Parents et personnes responsables"
    assert page.select_one(".conversation li").get_text() == "Avec qui clavardes-tu?"


def test_lesson_shows_adult_preparation_before_the_activities(client, lesson):
    english, _ = lesson
    page = soup(client.get(english.url))
    note = page.select_one(".adult-preparation")
    assert "Read the disclosure steps first." in note.get_text()
    headings = [h2.get_text() for h2 in page.select("main h2")]
    elements = page.select(".adult-preparation, main h2")
    assert elements.index(note) < elements.index(page.find("h2", string="Activities"))
    assert "Learning outcomes" in headings


def test_french_lesson_links_the_french_file_with_its_format_size_and_language(client, lesson):
    english, french = lesson
    english_link = soup(client.get(english.url)).select_one(".downloads .download")
    french_link = soup(client.get(french.url)).select_one(".downloads .download")
    assert "(PDF," in english_link.get_text()
    assert "English)" in english_link.get_text()
    assert french_link.a["hreflang"] == "fr"
    assert french_link.a["href"] != english_link.a["href"]
    assert "français)" in french_link.get_text()  # a language in running text: lower case (STYLE.md)
    assert french_link.a.get_text() == "Plan de leçon"
    download = client.get(french_link.a["href"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_lesson_without_adult_preparation_shows_no_note(client, library, topics):
    english, _ = make_lesson(library, 2, grade_band="4-6", adult_preparation=False)
    assert soup(client.get(english.url)).select_one(".adult-preparation") is None


def test_related_material_is_in_the_same_language_and_shares_a_topic(client, library, topics, guide, lesson):
    make_guide(library, 3, topics=[topics.gaming])  # no shared topic
    english, french = guide
    english_related = [a["href"] for a in soup(client.get(english.url)).select(".related .card a")]
    french_related = [a["href"] for a in soup(client.get(french.url)).select(".related .card a")]
    assert english_related == ["/en/library/lesson-1/"]
    assert french_related == ["/fr/bibliotheque/lecon-1/"]
