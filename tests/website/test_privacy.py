"""Readers who only read get no cookies, no other origins, a strict CSP and a same-origin Referrer-Policy."""

from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

PUBLIC_URLS = ["/en/", "/fr/", "/en/about/", "/fr/a-propos/", "/en/search/?q=safety", "/fr/recherche/?q=x", "/en/nope/"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_reading_sets_no_cookie(client, site_pages, url):
    response = client.get(url)
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_send_a_strict_content_security_policy(client, site_pages, url):
    policy = client.get(url)["Content-Security-Policy"]
    directives = dict(directive.strip().split(" ", 1) for directive in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_have_no_inline_script_or_style(client, site_pages, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert all(script.get("src") for script in page.find_all("script"))
    assert page.find("style") is None
    assert page.find(style=True) is None
    assert not [tag for tag in page.find_all(True) if any(attribute.startswith("on") for attribute in tag.attrs)]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_load_nothing_from_another_origin(client, site_pages, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    loaded = [tag.get("src") for tag in page.find_all(["script", "img", "iframe", "source", "audio", "video"])]
    loaded += [link.get("href") for link in page.find_all("link") if "alternate" not in link.get("rel", [])]
    assert loaded
    assert [url for url in loaded if url and urlparse(url).netloc] == []


@pytest.mark.parametrize("url", [*PUBLIC_URLS, "/admin/login/", "/static/website/css/site.css"])
def test_every_response_keeps_the_referrer_on_this_site(client, site_pages, url):
    assert client.get(url)["Referrer-Policy"] == "same-origin"


def test_admin_is_not_held_to_the_public_policy(client, site_pages):
    # Wagtail's admin needs inline scripts; it is for staff, not readers.
    assert "Content-Security-Policy" not in client.get("/admin/login/")


@pytest.mark.parametrize("url", [*PUBLIC_URLS, "/", "/admin/", "/admin/login/", "/static/website/css/site.css"])
def test_every_response_denies_what_the_site_never_uses(client, site_pages, url):
    policy = dict(item.split("=", 1) for item in client.get(url)["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"):
        assert policy[feature] == "()"
