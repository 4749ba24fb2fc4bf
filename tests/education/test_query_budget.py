"""Every education page renders with the same number of queries for 5 items as for 50 (and at most 15)."""

import pytest
from django.core.cache import cache

from tests.factories import T, make_guide, make_hub, make_lesson
from tests.helpers import QUERY_BUDGETS, queries_for

pytestmark = pytest.mark.django_db


def add_items(library, topics, start, count, translate):
    for number in range(start, start + count):
        make_guide(library, number, audiences=("parents", "youth"), topics=[topics.sextortion], translate=translate)
        if number % 2:
            make_lesson(library, number, topics=[topics.sextortion, topics.gaming], translate=translate)


LIBRARY_URLS = [
    "/en/library/",
    "/en/library/?topic=sextortion&audience=parents&grade=7-8&translated=on",
    "/en/library/guide-1/",
    "/en/library/lesson-1/",
    "/fr/bibliotheque/",
    "/fr/bibliotheque/guide-fr-1/",
    "/fr/bibliotheque/lecon-1/",
    "/en/parents/",
    "/fr/parents-fr/",
]


@pytest.mark.usefixtures("page_cache_off")  # what a render costs, not a cached copy
def test_library_pages_use_a_fixed_number_of_queries(client, site_pages, library, topics):
    make_hub(site_pages.home, "parents", T("parents", "parents-fr"))
    add_items(library, topics, 1, 5, translate=True)
    few = {url: queries_for(client, url) for url in LIBRARY_URLS}
    add_items(library, topics, 6, 45, translate=False)
    cache.clear()
    many = {url: queries_for(client, url) for url in LIBRARY_URLS}
    assert few == many
    assert max(many.values()) <= QUERY_BUDGETS["library"], many
