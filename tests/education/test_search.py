"""Site search finds guides and lessons by their text, in the active language, with title matches first."""

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tests.factories as factories
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
    assert result_titles(client, "/fr/recherche/", "planchodrome") == ["Guide numéro 1"]
    assert result_titles(client, "/en/search/", "trusted adult") == ["Lesson number 1"]
    assert result_titles(client, "/fr/recherche/", "skate park") == []


def test_title_matches_come_first(client, library, monkeypatch):
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


# What the search backends give meaning to (FTS5 and tsquery syntax), and what a URL can carry.
SEARCH_SYNTAX = ['"', "'", "AND", "OR", "NOT", "NEAR", "-", "+", "*", "(", ")", "~", "^", ":", "{", "}", "\\", "\x00"]


@pytest.mark.parametrize(
    "query",
    ['"', 'skate "park', '"skate park"', '""', "skate AND", "OR park", "NOT", "-skate", "park*", "(skate",
     "~^:", "!?!", "'", "x" * 5000, "skate\x00park", "skate OR (park NOT \"trusted\")"],
)  # fmt: skip
def test_search_answers_any_query_with_a_page_never_a_500(client, library, query):
    make_guide(library, 1)
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200


def test_a_quote_in_the_query_still_finds_the_words_around_it(client, library):
    make_guide(library, 1)
    assert result_titles(client, "/en/search/", 'skate "park"') == ["Guide number 1"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(st.one_of(st.text(max_size=12), st.sampled_from(SEARCH_SYNTAX)), max_size=12),
    separator=st.sampled_from([" ", ""]),
)
def test_any_text_searched_gives_a_page_never_a_500(client, library, words, separator):
    response = client.get("/fr/recherche/", {"q": separator.join(words)})
    assert response.status_code == 200
