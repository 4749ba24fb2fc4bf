"""The browser tests' live site runs on a database of its own: the demo content it serves never reaches the
database every other test uses, so the order of the tests does not matter (see also tests/test_database.py)."""

from urllib.request import urlopen

from django.db import DEFAULT_DB_ALIAS, connection, connections
from wagtail.models import Page

from tests.browser.conftest import default_database


def test_the_demo_site_is_in_the_browser_tests_database_only(live_site, browser_database):
    with urlopen(live_site("/en/about/")) as response:  # noqa: S310 (the live server, on loopback)
        assert response.status == 200
    assert connection.settings_dict["NAME"] == browser_database["NAME"]
    assert Page.objects.filter(slug="about").exists()
    with default_database(connections.settings[DEFAULT_DB_ALIAS]):
        assert connection.settings_dict["NAME"] != browser_database["NAME"]
        assert not Page.objects.filter(slug="about").exists()
