"""Which topic names and "also available" promises a reader sees: their language's, else the editor's choice."""

import pytest
from wagtail.models import Locale

from education.models import Topic
from tests.factories import T, make_guide, make_hub
from tests.helpers import ok_soup

pytestmark = pytest.mark.django_db


def card_topics(page):
    return {
        card.select_one(".card__title a").get_text(strip=True): card.get_text(" ", strip=True)
        for card in page.select(".card-grid .card")
    }


@pytest.fixture
def english_only_topic():
    return Topic.objects.create(locale=Locale.objects.get(language_code="en"), slug="safety-plans", name="Safety plans")


def test_french_library_cards_name_topics_in_french_and_an_untranslated_topic_in_english(
    client, library, topics, english_only_topic
):
    make_guide(library, 1, topics=[topics.sextortion, english_only_topic])
    cards = card_topics(ok_soup(client.get("/fr/bibliotheque/")))
    assert "Sextorsion" in cards["Guide numéro 1"]
    assert "Safety plans" in cards["Guide numéro 1"]
    assert "Sextortion" not in cards["Guide numéro 1"]


def test_french_library_offers_only_the_topics_that_exist_in_french(client, library, topics, english_only_topic):
    page = ok_soup(client.get("/fr/bibliotheque/"))
    assert [option.get_text() for option in page.select("select[name=topic] option")][1:] == [
        "Jeux et clavardage",
        "Sextorsion",
    ]


def test_french_hub_cards_name_topics_in_french(client, site_pages, library, topics, english_only_topic):
    make_guide(library, 1, audiences=("parents",), topics=[topics.gaming, english_only_topic])
    _hub, hub_fr = make_hub(site_pages.home, "parents", T("parents", "parents-fr"))
    text = ok_soup(client.get(hub_fr.url)).select_one(".card-grid").get_text(" ", strip=True)
    assert "Jeux et clavardage" in text
    assert "Safety plans" in text


def test_french_guide_lists_its_topics_by_their_french_names(client, library, topics):
    _guide, guide_fr = make_guide(library, 1, topics=[topics.sextortion, topics.gaming])
    text = ok_soup(client.get(guide_fr.url)).get_text(" ", strip=True)
    assert "Jeux et clavardage, Sextorsion" in text


def test_a_french_alias_is_not_a_translation_the_library_can_promise(client, library, topics):
    guide, _ = make_guide(library, 1, translate=False)
    guide.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True, alias=True)
    page = ok_soup(client.get("/en/library/", {"translated": "on"}))
    assert page.select(".card-grid .card") == []


def test_french_guide_names_a_topic_not_yet_translated_in_english_like_the_cards_do(
    client, library, topics, english_only_topic
):
    _guide, guide_fr = make_guide(library, 1, topics=[topics.sextortion, english_only_topic])
    text = ok_soup(client.get(guide_fr.url)).get_text(" ", strip=True)
    assert "Safety plans, Sextorsion" in text
