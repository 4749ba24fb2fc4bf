"""Pages written for young people (the youth hub and guides for youth) wear the site's warmer youth look."""

import pytest

from tests.factories import T, make_guide, make_hub
from tests.helpers import ok_soup

pytestmark = pytest.mark.django_db


def look(client, url):
    return ok_soup(client.get(url)).body.get("class", [])


def test_the_youth_hub_and_guides_for_youth_wear_the_youth_look_in_both_languages(client, site_pages, library):
    hub, hub_fr = make_hub(site_pages.home, "youth", T("youth", "jeunes"))
    guide, guide_fr = make_guide(library, 1, audiences=("parents", "youth"))
    for page in (hub, hub_fr, guide, guide_fr):
        assert look(client, page.url) == ["theme-youth"], page.url


def test_pages_for_adults_keep_the_site_look(client, site_pages, library):
    hub, _ = make_hub(site_pages.home, "parents", T("parents", "parents-fr"))
    guide, _ = make_guide(library, 1, audiences=("parents", "educators"))
    for page in (hub, guide, site_pages.about):
        assert look(client, page.url) == [], page.url
