"""Every page type weighs at most 60 KB as sent compressed: its HTML with the site's own CSS, scripts, icons and
fonts (issue 13's budget). Content images (previews, figures) are not counted; they load lazily below the fold."""

import gzip
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static

from tests.helpers import ok_soup

BUDGET = 60 * 1024
# One page of every page type a reader or an officer opens, in both languages (the demo content).
PAGES = [
    "/en/",
    "/fr/",
    "/en/get-help-now/",
    "/fr/obtenir-de-l-aide/",
    "/en/parents/",
    "/fr/jeunes/",
    "/en/library/",
    "/fr/bibliotheque/",
    "/en/library/sextortion-what-parents-need-to-know/",
    "/fr/bibliotheque/sextorsion-ce-que-les-parents-doivent-savoir/",
    "/en/library/uh-oh-feelings-and-trusted-adults/",
    "/en/print-resources/",
    "/fr/ressources-imprimees/",
    "/en/search/?q=safety",
    "/en/agency/sign-in/",
    "/fr/services-de-police/demande-de-compte/",
]


def compressed(content):
    return len(gzip.compress(content, compresslevel=6))


def own_assets(page):
    """The site's own files a browser fetches to show the page (stylesheets, scripts, icons, images from /static/)."""
    static_prefix = static("")
    found = {
        element.get("href") or element.get("src")
        for element in page.select("link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], script[src], img[src]")
    }
    paths = {urlparse(address).path for address in found if address}
    return sorted(path[len(static_prefix) :] for path in paths if path.startswith(static_prefix))


@pytest.mark.parametrize("path", PAGES)
def test_every_page_type_weighs_at_most_60_kb_compressed(client, demo_content, path):
    response = client.get(path)
    page = ok_soup(response)
    assets = own_assets(page)
    assert any(asset.endswith(".css") for asset in assets)  # the stylesheet is counted
    weight = compressed(response.content) + sum(compressed(Path(finders.find(asset)).read_bytes()) for asset in assets)
    assert weight <= BUDGET, f"{path}: {weight} bytes with {assets}"


def test_every_font_the_stylesheet_declares_is_preloaded_so_the_budget_counts_it(client, demo_content):
    stylesheet = Path(finders.find("website/css/site.css")).read_text()
    declared = {f"website/{match}" for match in re.findall(r"url\(\"\.\./(fonts/[^\"]+\.woff2)\"\)", stylesheet)}
    assert declared  # the pattern still finds the @font-face sources
    assert declared <= set(own_assets(ok_soup(client.get("/en/"))))
