"""Search on the demo site: guides that name the problem first, each result's type and audience, one search
box, and the results editors promote for common words (wagtail.contrib.search_promotions)."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from education.models import GuidePage
from tests.helpers import QUERY_BUDGETS, ok_soup, queries_for


def results(client, url, query):
    """Each result as (kind line, title, href)."""
    page = ok_soup(client.get(url, {"q": query}))
    return [
        (item.select_one(".result-list__kind").get_text(" ", strip=True), item.h2.a.get_text(strip=True),
         item.h2.a["href"])
        for item in page.select(".result-list__item")
    ]  # fmt: skip


def guide_title(slug):
    return GuidePage.objects.get(slug=slug).title


@pytest.mark.parametrize(
    ("url", "query", "parents_slug", "youth_slug"),
    [
        ("/en/search/", "sextortion", "sextortion-what-parents-need-to-know",
         "if-someone-is-threatening-to-share-your-pictures"),
        ("/fr/recherche/", "sextorsion", "sextorsion-ce-que-les-parents-doivent-savoir",
         "si-quelquun-menace-de-partager-tes-photos"),
    ],
)  # fmt: skip
def test_sextortion_puts_the_parents_and_youth_guides_first(client, demo_content, url, query, parents_slug,
                                                            youth_slug):  # fmt: skip
    found = results(client, url, query)
    assert [title for _kind, title, _href in found[:2]] == [guide_title(parents_slug), guide_title(youth_slug)]
    # Lesson plans and printed resources about sextortion are found too, after the guides.
    assert len(found) > 2


def test_each_result_says_its_type_and_audience_in_the_readers_language(client, demo_content):
    kinds = [kind for kind, _title, _href in results(client, "/en/search/", "sextortion")]
    assert kinds[:2] == ["Guide · For: Parents and caregivers", "Guide · For: Youth"]
    assert any(kind.startswith("Lesson plan · For: Teachers and educators") for kind in kinds)
    assert any(kind.startswith("Printed resource") for kind in kinds)
    french = [kind for kind, _title, _href in results(client, "/fr/recherche/", "sextorsion")]
    assert french[:2] == ["Guide · Pour\u00a0: Parents et personnes responsables", "Guide · Pour\u00a0: Jeunes"]


def test_the_search_page_has_one_search_box(client, demo_content):
    for url in ("/en/search/", "/fr/recherche/?q=aide"):
        assert len(ok_soup(client.get(url)).select("input[type=search]")) == 1
    # Other pages keep the header's search box.
    assert len(ok_soup(client.get("/en/")).select("input[type=search]")) == 1


@pytest.mark.parametrize(
    ("url", "query", "first_href"),
    [
        ("/en/search/", "report", "/en/report/"),
        ("/fr/recherche/", "signaler", "/fr/signaler/"),
        ("/en/search/", "Help", "/en/get-help-now/"),
        ("/fr/recherche/", "aide", "/fr/obtenir-de-l-aide/"),
    ],
)
def test_demo_promotions_lead_common_words_to_the_report_form_and_get_help_now(
    client, demo_content, url, query, first_href
):
    kind, _title, href = results(client, url, query)[0]
    assert href == first_href
    assert kind.startswith(("Recommended", "Recommandé"))


def test_an_editors_promotion_comes_first_and_shows_the_page_in_the_readers_language(client, demo_content):
    guide = GuidePage.objects.get(slug="gaming-and-chat-a-guide-for-parents")
    query = Query.objects.create(query_string="minecraft")
    SearchPromotion.objects.create(query=query, page=guide, sort_order=0)
    assert results(client, "/en/search/", "Minecraft")[0][1:] == (guide.title, guide.url)
    french = guide.get_translation(Locale.objects.get(language_code="fr"))
    assert results(client, "/fr/recherche/", "minecraft")[0][1:] == (french.title, french.url)


def test_searching_records_nothing(client, demo_content):
    """Wagtail's search promotions can count queries; ours never stores what a reader typed."""
    client.get("/en/search/", {"q": "something private"})
    assert not Query.objects.filter(query_string="something private").exists()


@pytest.mark.usefixtures("page_cache_off")
def test_search_uses_a_fixed_number_of_queries(client, demo_content):
    counts = {query: queries_for(client, f"/en/search/?q={query}") for query in ("sextortion", "report", "online")}
    assert max(counts.values()) <= QUERY_BUDGETS["search"], counts
