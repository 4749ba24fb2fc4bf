"""A renamed topic is seen at once on every server's cached guides."""

import pytest
from bs4 import BeautifulSoup

from tests.website.test_page_cache import both, warm

pytestmark = pytest.mark.django_db


def test_a_topic_change_is_seen_at_once_by_every_server(two_servers, guide, topics):
    english, _ = guide
    warm(two_servers, english.url)
    topics.sextortion.name = "Sextortion and blackmail"
    topics.sextortion.save()
    for response in both(two_servers, english.url):
        assert "Sextortion and blackmail" in BeautifulSoup(response.content, "html.parser").select_one(".facts").text
