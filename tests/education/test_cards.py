"""Listing cards: a lesson's preview image as a small responsive picture, or a drawn icon: that of the item's main
topic, else that of its format."""

from types import SimpleNamespace

import pytest
from wagtail.models import Locale

from education.library import with_previews
from education.models import GuidePage, LessonPlanPage
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


def with_topics(*slugs):
    """A guide's card as with_topic_names() leaves it, about these topics."""
    return SimpleNamespace(specific_class=GuidePage, topic_list=[SimpleNamespace(slug=slug) for slug in slugs])


def test_cards_without_a_preview_show_a_topic_icon_the_card_before_does_not_show():
    cards_shown = with_previews(
        [
            with_topics("reporting-and-getting-help", "sextortion"),  # the most specific topic
            with_topics("sextortion", "online-grooming"),  # not the sextortion icon again
            with_topics("online-grooming"),  # its only topic, even after the same
            with_topics("sextortion", "reporting-and-getting-help"),
            with_topics(),  # its format's
        ]
    )
    assert [card.card_icon for card in cards_shown] == ["threat", "stranger", "stranger", "threat", "book"]


def test_guide_cards_draw_their_topic_icons_in_both_languages(client, site_pages, library, topics):
    make_guide(library, 1, topics=[topics.sextortion])
    make_guide(library, 2)
    french_library = library.get_translation(Locale.objects.get(language_code="fr"))
    for url, guide in ((library.url, "Guide number {}"), (french_library.url, "Guide numéro {}")):
        shown = cards(client.get(url))
        about_sextortion, without_topic = (
            shown[guide.format(number)].select_one(".card__media svg") for number in (1, 2)
        )
        assert str(about_sextortion) != str(without_topic)
