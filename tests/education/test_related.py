"""Related material: most shared topics first, then the same audience, then the newest; never by title."""

import pytest

from tests.factories import T, make_guide, make_lesson, make_topic
from tests.helpers import ok_soup

pytestmark = pytest.mark.django_db


def related_titles(client, url):
    return [a.get_text(strip=True) for a in ok_soup(client.get(url)).select(".related .card__title a")]


def test_related_material_ranks_shared_topics_then_audience_not_titles(client, library, topics):
    grooming = make_topic("grooming", T("Grooming", "Pédopiégeage"))
    make_guide(library, 1, audiences=("parents",), topics=[topics.sextortion, topics.gaming, grooming])
    # Alphabetically these would read Alpha, Beta, Zulu; by relevance they read Zulu, Beta, Alpha.
    make_lesson(library, 2, topics=[topics.sextortion], title=T("Alpha lesson", "Alpha leçon"))
    make_guide(library, 3, audiences=("parents",), topics=[topics.sextortion], title=T("Beta guide", "Beta guide"))
    make_guide(library, 4, audiences=("youth",), topics=[topics.gaming, grooming], title=T("Zulu guide", "Zulu guide"))

    assert related_titles(client, "/en/library/guide-1/") == ["Zulu guide", "Beta guide", "Alpha lesson"]
    assert related_titles(client, "/fr/bibliotheque/guide-fr-1/") == ["Zulu guide", "Beta guide", "Alpha leçon"]


def test_among_equals_the_newest_comes_first(client, library, topics):
    make_guide(library, 1, topics=[topics.sextortion])
    make_guide(library, 2, topics=[topics.sextortion], title=T("A older guide", "A guide plus ancien"))
    make_guide(library, 3, topics=[topics.sextortion], title=T("B newer guide", "B guide plus récent"))

    assert related_titles(client, "/en/library/guide-1/") == ["B newer guide", "A older guide"]
