"""axe-core finds no violation on any page type of the site shell, in English or in French."""

import pytest

from tests.browser.axe import violations

PAGES = [
    "/en/",
    "/fr/",
    "/en/about/",
    "/fr/a-propos/",
    "/en/get-help-now/",
    "/fr/obtenir-de-l-aide/",
    "/en/staying-safe-online/",
    "/fr/naviguer-en-securite/",
    "/en/search/?q=safety",
    "/fr/search/?q=s%C3%A9curit%C3%A9",
    "/en/search/?q=zzzz",
    "/en/no-such-page/",
    "/fr/aucune-page/",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_axe_violations(page, live_site, path):
    page.goto(path)
    assert page.locator("[data-safety-exit]").is_visible()
    assert violations(page) == []


@pytest.mark.parametrize("path", ["/en/about/", "/fr/a-propos/"])
def test_page_has_no_axe_violations_on_a_phone(page, live_site, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    assert violations(page) == []


@pytest.mark.parametrize(("path", "menu", "filters"), [("/en/library/", "Menu", "Filter"), ("/fr/", "Menu", None)])
def test_phone_menu_and_filters_opened_have_no_axe_violations(page, live_site, path, menu, filters):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    page.get_by_text(menu, exact=True).click()
    if filters:
        page.get_by_text(filters, exact=True).click()
    assert violations(page) == []


def test_axe_harness_reports_a_real_violation(page, live_site):
    # Guards the tests above: an image without alt text must be reported.
    page.goto("/en/")
    page.evaluate("document.querySelector('main').appendChild(document.createElement('img'))")
    assert any(line.startswith("image-alt") for line in violations(page))
