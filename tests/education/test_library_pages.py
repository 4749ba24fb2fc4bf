"""The library index in pages of twelve, filtered or not (a shelf of its own: fourteen guides)."""

import pytest

from tests.factories import T, make_guide
from tests.helpers import listing

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def fourteen_guides(module_library, django_db_blocker):
    """Built once for the module (its tests only read them), inside module_database's transaction."""
    with django_db_blocker.unblock():
        for number in range(1, 15):
            make_guide(module_library.library, number, translate=False, title=T(f"Guide {number:02d}", ""))


def test_library_shows_twelve_items_a_page(client, library, fourteen_guides):
    first, first_titles = listing(client, "/en/library/")
    _, second_titles = listing(client, "/en/library/", {"page": "2"})
    assert len(first_titles) == 12
    assert second_titles == ["Guide 13", "Guide 14"]
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"


def test_pages_of_a_filtered_library_keep_the_filters(client, library, fourteen_guides):
    first, _ = listing(client, "/en/library/", {"format": "guide"})
    assert first.select_one(".pagination a[rel=next]")["href"] == "?format=guide&page=2"
    second, titles = listing(client, "/en/library/", {"format": "guide", "page": "2"})
    assert titles == ["Guide 13", "Guide 14"]
    assert second.select_one(".pagination a[rel=prev]")["href"] == "?format=guide&page=1"
    assert second.select_one(".result-count").get_text() == "14 items"
