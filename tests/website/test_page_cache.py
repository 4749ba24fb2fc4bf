"""Published pages come from the shared cache to readers without cookies; every change is seen at once everywhere."""

import pytest
from django.db import connection
from django.middleware.csrf import get_token
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests.factories import set_main_menu
from tests.helpers import soup
from website.models import Footer, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def get_counting_queries(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, len(captured)


def assert_from_cache(client, url):
    response, queries = get_counting_queries(client, url)
    assert response.status_code == 200
    assert queries == 0, f"{url} was rendered again"
    return response


def is_private(response):
    """Never kept by a browser or a shared cache: `private` and `no-store` (other directives may come too)."""
    directives = {directive.strip().split("=")[0] for directive in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


def warm(readers, *urls):
    """Both servers have each page in memory, as after a while of traffic."""
    for reader in (readers.first, readers.second):
        for url in urls:
            reader.get(url)
        for url in urls:
            assert_from_cache(reader, url)


def both(readers, url):
    return [reader.get(url) for reader in (readers.first, readers.second)]


def test_a_reader_without_cookies_gets_the_second_visit_from_the_cache(client, site_pages):
    first, queries = get_counting_queries(client, "/en/about/")
    assert queries > 0
    second = assert_from_cache(client, "/en/about/")
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Content-Language"] == "en"


def test_a_cached_page_sets_no_cookie_and_may_be_kept_by_shared_caches_for_a_minute(client, site_pages):
    for response in (client.get("/fr/a-propos/"), client.get("/fr/a-propos/")):
        assert not response.cookies
        assert response["Cache-Control"] == "public, max-age=60"
        assert "Cookie" in response["Vary"]
    assert not client.cookies


def test_a_request_with_any_cookie_is_rendered_and_kept_private(client, site_pages):
    client.get("/en/about/")
    client.cookies["anything"] = "1"
    response, queries = get_counting_queries(client, "/en/about/")
    assert queries > 0
    assert response["Cache-Control"] == "private, no-store"


def test_a_page_rendered_for_a_cookie_is_not_kept_for_readers_without_one(client, site_pages):
    client.cookies["anything"] = "1"
    client.get("/en/about/")
    del client.cookies["anything"]
    _, queries = get_counting_queries(client, "/en/about/")
    assert queries > 0


def test_a_signed_in_editor_never_gets_the_cached_page(client, site_pages, django_user_model):
    client.get("/en/about/")
    client.force_login(django_user_model.objects.create_user("editor", password="x-long-password-9"))
    response, queries = get_counting_queries(client, "/en/about/")
    assert queries > 0
    assert response["Cache-Control"] == "private, no-store"


def test_a_page_with_a_csrf_form_is_never_kept(client, site_pages, monkeypatch):
    original = StandardPage.get_context

    def with_a_form(self, request, *args, **kwargs):
        get_token(request)  # what {% csrf_token %} does
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(StandardPage, "get_context", with_a_form)
    client.get("/en/about/")
    client.cookies.clear()
    response, queries = get_counting_queries(client, "/en/about/")
    assert queries > 0
    assert response["Cache-Control"] == "private, no-store"


def test_search_results_are_never_kept(client, site_pages):
    client.get("/en/search/?q=history")
    response, queries = get_counting_queries(client, "/en/search/?q=history")
    assert queries > 0
    assert response["Cache-Control"] == "private, no-store"
    assert client.get("/en/search/")["Cache-Control"] == "private, no-store"


def test_a_missing_page_is_private_and_never_kept(client, site_pages):
    client.get("/en/no-such-page/")
    response, queries = get_counting_queries(client, "/en/no-such-page/")
    assert response.status_code == 404
    assert queries > 0
    assert response["Cache-Control"] == "private, no-store"


def test_a_head_request_is_answered_without_being_kept(client, site_pages):
    assert client.head("/en/about/").status_code == 200
    _, queries = get_counting_queries(client, "/en/about/")
    assert queries > 0


def test_with_the_page_cache_off_every_visit_is_rendered(client, site_pages, page_cache_off):
    client.get("/en/about/")
    _, queries = get_counting_queries(client, "/en/about/")
    assert queries > 0


# --- Every change is seen at once by every server ------------------------------------------------


def test_publishing_a_page_is_seen_at_once_by_every_server(two_servers, site_pages):
    warm(two_servers, "/en/about/")
    revision = site_pages.about.save_revision()
    revision.content["title"] = "About us, corrected"
    revision.save()
    revision.publish()
    assert [soup(response).h1.get_text() for response in both(two_servers, "/en/about/")] == ["About us, corrected"] * 2


def test_unpublishing_a_page_is_seen_at_once_by_every_server(two_servers, site_pages):
    warm(two_servers, "/en/about/")
    site_pages.about.unpublish()
    assert [response.status_code for response in both(two_servers, "/en/about/")] == [404, 404]


def test_moving_a_page_is_seen_at_once_by_every_server(two_servers, site_pages):
    warm(two_servers, "/en/page-99/")
    site_pages.english_only.move(site_pages.about, pos="last-child")
    # Wagtail's redirects app sends readers of the old address to the new one.
    assert [response.get("Location") for response in both(two_servers, "/en/page-99/")] == ["/en/about/page-99/"] * 2
    assert [response.status_code for response in both(two_servers, "/en/about/page-99/")] == [200, 200]


def test_deleting_a_page_is_seen_at_once_by_every_server(two_servers, site_pages):
    warm(two_servers, "/en/page-99/")
    site_pages.english_only.delete()
    assert [response.status_code for response in both(two_servers, "/en/page-99/")] == [404, 404]


def test_a_menu_change_is_seen_at_once_by_every_server(two_servers, site_pages):
    warm(two_servers, "/en/about/")
    set_main_menu([site_pages.english_only])
    for response in both(two_servers, "/en/about/"):
        assert [a.get_text(strip=True) for a in soup(response).select(".main-nav a")] == ["Only in English"]


def test_a_footer_change_is_seen_at_once_by_every_server(two_servers, site_pages):
    warm(two_servers, "/en/about/")
    Footer.objects.create(locale=Locale.objects.get(language_code="en"), about="Words written a moment ago.")
    for response in both(two_servers, "/en/about/"):
        assert "Words written a moment ago." in soup(response).select_one("footer").get_text()


def test_a_settings_change_is_seen_at_once_by_every_server(two_servers, site_pages):
    warm(two_servers, "/en/about/")
    site_settings = SiteSettings.load()
    site_settings.organization_name_en = "Renamed Foundation"
    site_settings.save()
    for response in both(two_servers, "/en/about/"):
        assert soup(response).title.get_text().endswith("| Renamed Foundation")
