"""Lessons and printed resources show a preview picture; a printed lesson shows where its links lead and whose it is."""

import pytest
from django.contrib.staticfiles import finders

from tests.factories import make_lesson
from tests.helpers import ok_soup
from website.covers import cover_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson_with_preview(library):
    english, french = make_lesson(library, 1)
    image = cover_image("Cover: Lesson number 1", "Drawing of a lesson handout", "lesson-1")
    for lesson in (english, french):
        lesson.refresh_from_db()
        lesson.preview_image = image
        lesson.save_revision().publish()
    return english


@pytest.mark.parametrize("url", ["/en/library/lesson-1/", "/fr/bibliotheque/lecon-1/"])
def test_a_lesson_shows_its_preview_from_this_site(client, lesson_with_preview, url):
    preview = ok_soup(client.get(url)).select_one("main img.lesson__preview")
    assert preview["src"].startswith("/media/")  # same origin: no request to another site
    assert preview["alt"] == ""  # the title beside it says what it is


@pytest.mark.parametrize(
    ("url", "organization"),
    [
        ("/en/library/lesson-1/", "Northbridge Child Protection Foundation"),
        ("/fr/bibliotheque/lecon-1/", "Fondation Northbridge pour la protection de l’enfance"),
    ],
)
def test_a_lessons_links_to_this_site_carry_its_full_address_for_printing(
    client, lesson_with_preview, url, organization
):
    page = ok_soup(client.get(url))
    download = page.select_one("main .download__link")
    assert download["href"].startswith("http://testserver/documents/")
    footer = page.select_one("main .print-footer")
    assert footer.get_text(" ", strip=True) == f"{organization} · http://testserver/"


def test_the_print_stylesheet_prints_full_link_addresses_and_shows_the_print_footer():
    with open(finders.find("website/css/site.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    print_rules = css[css.index("@media print") :]
    assert 'main a[href^="http"]::after' in print_rules
    assert 'content: " (" attr(href) ")"' in print_rules
    assert ".print-footer { display: block;" in print_rules


def test_every_link_of_a_printed_lesson_carries_this_sites_full_address(client, library, topics):
    make_lesson(library, 1, topics=[topics.sextortion])
    make_lesson(library, 2, topics=[topics.sextortion])
    for url, related in [("/en/library/lesson-1/", "/en/library/lesson-2/"),
                         ("/fr/bibliotheque/lecon-1/", "/fr/bibliotheque/lecon-2/")]:  # fmt: skip
        hrefs = [a["href"] for a in ok_soup(client.get(url)).select("main article a[href]")]
        assert f"http://testserver{related}" in hrefs  # the related lesson, among the download and the footer
        assert [href for href in hrefs if not href.startswith("http://testserver/")] == []
