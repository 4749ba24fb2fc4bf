"""sitemap.xml lists every public page in both languages with its hreflang alternates; robots.txt keeps
crawlers out of the admin and the agencies' pages."""

from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

NAMESPACES = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own response, not untrusted input)
    return {
        url.findtext("s:loc", namespaces=NAMESPACES): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NAMESPACES)
        }
        for url in root.findall("s:url", NAMESPACES)
    }


def test_sitemap_lists_pages_in_both_languages_with_their_alternates(client, site_pages):
    entries = sitemap_entries(client)
    about = {"en": "http://localhost/en/about/", "fr": "http://localhost/fr/a-propos/"}
    assert entries["http://localhost/en/about/"] == about
    assert entries["http://localhost/fr/a-propos/"] == about
    assert entries["http://localhost/fr/"] == {"en": "http://localhost/en/", "fr": "http://localhost/fr/"}


def test_sitemap_lists_a_page_without_translation_once_and_without_alternates(client, site_pages):
    entries = sitemap_entries(client)
    english_only = [url for url in entries if "page-99" in url]
    assert english_only == ["http://localhost/en/page-99/"]
    assert entries[english_only[0]] == {}


def test_sitemap_leaves_out_unpublished_pages(client, site_pages):
    site_pages.about_fr.unpublish()
    entries = sitemap_entries(client)
    assert "http://localhost/fr/a-propos/" not in entries
    assert entries["http://localhost/en/about/"] == {}


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_agency_pages_and_names_the_sitemap(client, site_pages):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /en/agency/", "Disallow: /fr/services-de-police/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    ("name", "args"),
    [("resources:sign_in", []), ("resources:request_account", []), ("resources:basket", []),
     ("resources:checkout", []), ("resources:order", ["PR-2026-000001"]), ("tipline_portal:referrals", []),
     ("tipline_portal:referral", [1])],
)  # fmt: skip
def test_robots_txt_keeps_crawlers_out_of_every_agency_page_whatever_its_address(client, language, name, args):
    disallowed = [line.split(": ", 1)[1] for line in client.get("/robots.txt").content.decode().splitlines()
                  if line.startswith("Disallow: ")]  # fmt: skip
    with translation.override(language):
        address = reverse(name, args=args)
    assert any(address.startswith(prefix) for prefix in disallowed)
    # Only the agencies' side: public pages stay open to crawlers.
    assert not any(f"/{language}/".startswith(prefix) for prefix in disallowed)
