"""Site search finds guides and lessons by their text, in the active language, with title matches first."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import H, T, guide_content, make_guide, make_lesson

pytestmark = pytest.mark.django_db


def result_titles(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".result-list h2 a")]


def test_search_finds_guides_and_lessons_by_their_text_in_the_active_language(client, library, topics):
    make_guide(library, 1)
    make_lesson(library, 1)
    assert result_titles(client, "/en/search/", "skate park") == ["Guide number 1"]
    assert result_titles(client, "/fr/search/", "planchodrome") == ["Guide numéro 1"]
    assert result_titles(client, "/en/search/", "trusted adult") == ["Lesson number 1"]
    assert result_titles(client, "/fr/search/", "skate park") == []


def test_title_matches_come_first(client, library, monkeypatch):
    import tests.factories as factories

    def body_mentioning_kites(number, title=None):
        content = guide_content(number, title)
        content["body"] = [
            {
                "type": "paragraph",
                "value": H(
                    "<p>" + "Children fly kites and talk about many things. " * 3 + "Kites again.</p>",
                    "<p>" + "Les enfants font voler des cerfs-volants. " * 3 + "</p>",
                ),
            }
        ]
        return content

    monkeypatch.setattr(factories, "guide_content", body_mentioning_kites)
    make_guide(library, 1, title=T("A guide that only mentions it in the text", "Un guide"))
    make_guide(library, 2, title=T("Kites and online safety", "Cerfs-volants et sécurité"))
    assert result_titles(client, "/en/search/", "kites")[0] == "Kites and online safety"
