"""Listing cards: a lesson's preview image as a small responsive picture, or the drawn icon of the item's format."""

import pytest
from wagtail.models import Locale

from education.models import LessonPlanPage
from tests.factories import T, make_guide, make_hub, make_lesson
from tests.helpers import ok_soup
from website.covers import cover_image

pytestmark = pytest.mark.django_db


def cards(response):
    return {card.select_one(".card__title a").get_text(strip=True): card for card in ok_soup(response).select(".card")}


def test_library_cards_show_a_lesson_preview_as_a_lazy_decorative_image_at_two_widths(client, library):
    lesson, lesson_fr = make_lesson(library, 1)
    image = cover_image("Lesson 1 handout", "The handout’s first page.", "lesson-1")
    LessonPlanPage.objects.filter(pk__in=[lesson.pk, lesson_fr.pk]).update(preview_image=image)
    french_library = library.get_translation(Locale.objects.get(language_code="fr"))
    for url, title in ((library.url, "Lesson number 1"), (french_library.url, "Leçon numéro 1")):
        preview = cards(client.get(url))[title].select_one(".card__media img")
        assert preview["alt"] == ""  # the title beside it says what it is
        assert preview["loading"] == "lazy"
        assert (preview["width"], preview["height"]) == ("96", "128")
        assert [candidate.split()[-1] for candidate in preview["srcset"].split(", ")] == ["96w", "192w"]
        assert preview["src"].startswith("/media/")


def test_a_card_without_a_preview_shows_its_format_icon_instead(client, site_pages, library):
    make_guide(library, 1)
    shown = cards(client.get(library.url))
    assert shown["Guide number 1"].select_one(".card__media img") is None
    assert shown["Guide number 1"].select_one(".card__media svg[aria-hidden=true]") is not None
    hub, _ = make_hub(site_pages.home, "parents", T("parents", "parents-fr"))
    assert cards(client.get(hub.url))["Guide number 1"].select_one(".card__media svg") is not None
