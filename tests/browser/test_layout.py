"""Pages arranged for a phone: a short header with a Menu that opens without JavaScript, help one tap away,
and officers' pages that fit 320 px with order numbers whole, in English and in French. That no page type
scrolls sideways at 320 px is checked where the axe test has reached each one (test_accessibility.py)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import test_accessibility, test_ordering
from tests.browser.measure import SMALLEST_PHONE, sideways_overflow
from tests.browser.test_ordering import (
    AMANDA,
    ENGLISH,
    FRENCH,
    MARIE_JOSEE,
    add_to_basket,
    place_order_for,
    signed_in_page,
)

open_page = test_ordering.open_page  # the fixture, shared with the ordering tests

PHONE = {"width": 390, "height": 844}
TABLET = {"width": 768, "height": 1024}

HELP = {"en": ("Get help now", "Get help now"), "fr": ("Obtenir de l’aide", "Obtenir de l’aide maintenant")}
MENU_LINK = {"en": "About us", "fr": "À propos de nous"}
MAIN_MENU = {"en": "Main", "fr": "Menu principal"}
OFFICER_BAR = {"en": "Your orders", "fr": "Vos commandes"}
BASKET = {"en": re.compile(r"^Basket \d+ items?$"), "fr": re.compile(r"^Panier \d+ articles?$")}


def french_or_english(path):
    return "fr" if path.startswith("/fr/") else "en"


@pytest.mark.parametrize("language", [ENGLISH, FRENCH], ids=["en", "fr"])
def test_no_officer_page_scrolls_sideways_at_320_px_and_order_numbers_never_break(open_page, put_back, language):
    officer = AMANDA if language is ENGLISH else MARIE_JOSEE
    number = place_order_for(officer, "NB-SXT-BR-FR", 200)
    page = signed_in_page(open_page, language, officer)
    page.set_viewport_size(SMALLEST_PHONE)
    found = {"my orders": sideways_overflow(page)}
    add_to_basket(page, language, language.brochure, language.french_brochures, language.add_french_brochures, 200)
    found["basket"] = sideways_overflow(page)
    page.get_by_role("button", name=language.checkout).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(language.checkout_heading)
    found["checkout"] = sideways_overflow(page)
    page.goto(f"/{language.code}/agency/orders/{number}/")
    found["order"] = sideways_overflow(page)
    assert {name: excess for name, excess in found.items() if excess} == {}
    # One line box each: a number broken at its hyphens would have two.
    heading_number = page.get_by_role("heading", level=1).get_by_text(number)
    assert heading_number.evaluate("element => element.getClientRects().length") == 1
    page.goto(f"/{language.code}/agency/orders/")
    listed = page.get_by_role("link", name=number)
    assert listed.evaluate("element => element.getClientRects().length") == 1


@pytest.mark.parametrize("path", ["/en/", "/fr/", "/en/about/", "/fr/a-propos/", ENGLISH.catalogue, FRENCH.catalogue])
def test_on_a_phone_the_leave_quickly_bar_and_header_take_at_most_a_fifth_of_the_screen(page, live_site, path):
    page.set_viewport_size(PHONE)
    page.goto(path)
    header_bottom = page.locator("header.site-header").bounding_box()
    assert header_bottom["y"] + header_bottom["height"] <= 0.2 * PHONE["height"]


@pytest.mark.parametrize("path", ["/en/about/", "/fr/a-propos/"])
def test_on_a_phone_the_menu_opens_without_javascript(browser, live_site, path):
    context = browser.new_context(java_script_enabled=False, base_url=live_site.url, viewport=PHONE)
    page = context.new_page()
    page.goto(path)
    language = french_or_english(path)
    link = page.get_by_role("navigation", name=MAIN_MENU[language]).get_by_role("link", name=MENU_LINK[language])
    expect(link).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    expect(link).to_be_visible()
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(MENU_LINK[language])
    context.close()


def test_on_a_desktop_the_menu_is_open_without_a_menu_button(page, live_site):
    page.goto("/en/about/")
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Contact us")).to_be_visible()
    expect(page.get_by_text("Menu", exact=True)).to_be_hidden()


@pytest.mark.parametrize(
    "path", ["/en/library/sextortion-what-parents-need-to-know/", FRENCH.brochure, "/fr/aucune-page/"]
)
def test_on_a_phone_get_help_now_is_one_tap_from_any_page(page, live_site, path):
    page.set_viewport_size(PHONE)
    page.goto(path)
    link_text, heading = HELP[french_or_english(path)]
    link = page.get_by_role("banner").get_by_role("link", name=link_text)
    expect(link).to_be_in_viewport(ratio=1)
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.get_by_role("link", name="Call 911" if "/en/" in path else "Appeler le 911")).to_be_visible()


@pytest.mark.parametrize(
    ("path", "audiences"),
    [
        ("/en/", ["Parents", "Youth", "Teachers", "Organizations"]),
        ("/fr/", ["Parents", "Jeunes", "Personnel enseignant", "Organismes"]),
    ],
)
@pytest.mark.parametrize("viewport", [PHONE, SMALLEST_PHONE], ids=["390", "320"])
def test_home_page_first_screen_on_a_phone_shows_get_help_now_and_guides_for_me(
    page, live_site, path, audiences, viewport
):
    page.set_viewport_size(viewport)
    page.goto(path)
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name=HELP[french_or_english(path)][0])).to_be_in_viewport(ratio=1)
    for audience in audiences:
        expect(main.get_by_role("link", name=audience, exact=True)).to_be_in_viewport(ratio=1)


@pytest.mark.parametrize(
    ("path", "button", "results_first"),
    [
        ("/en/library/", "Filter", True),
        ("/fr/bibliotheque/", "Filtrer", True),
        # The catalogue first says how ordering works; its filters fold all the same.
        (FRENCH.catalogue, "Filtrer", False),
    ],
)
def test_on_a_phone_library_filters_fold_into_one_control_and_results_show_first(
    page, live_site, path, button, results_first
):
    page.set_viewport_size(PHONE)
    page.goto(path)
    apply = page.get_by_role("button", name="Apply filters" if button == "Filter" else "Appliquer les filtres")
    expect(apply).to_be_hidden()
    if results_first:
        expect(page.locator(".card-grid > li").first).to_be_in_viewport()  # a card has no role of its own
    page.get_by_text(button, exact=True).click()
    expect(apply).to_be_visible()


def an_investigator(code):
    """A demo investigator: their bar holds one more link, to the referrals."""
    user, _referral = test_accessibility.investigator(code)
    return user


REFERRALS = {"en": "Referrals", "fr": "Signalements transmis"}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("viewport", "most_lines"), [(PHONE, 1), (SMALLEST_PHONE, 2)], ids=["390", "320"])
@pytest.mark.parametrize("who", [test_accessibility.officer, an_investigator], ids=["officer", "investigator"])
def test_on_a_phone_the_officer_bar_takes_one_line_and_at_most_two_at_320_px(
    page, live_site, db_access, who, language, viewport, most_lines
):
    test_accessibility.sign_in_as(page, who(language))
    page.set_viewport_size(viewport)
    page.goto(f"/{language}/")
    bar = page.get_by_role("navigation", name=OFFICER_BAR[language])
    basket = bar.get_by_role("link", name=BASKET[language])  # its count, and the unit said to screen readers
    expect(basket).to_be_visible()
    expect(bar.get_by_role("link", name=test_accessibility.ordering(language).my_orders)).to_be_visible()
    if who is an_investigator:  # one more link, named in full for screen readers, its short label words of that name
        referrals = bar.get_by_role("link", name=REFERRALS[language], exact=True)
        expect(referrals).to_be_visible()
        assert referrals.locator(".officer-bar__short").inner_text() in REFERRALS[language]
    # A line of the bar is as tall as one of its links (a touch target); the bar's padding is less than a line.
    lines = bar.evaluate(
        "(bar, link) => Math.floor(bar.getBoundingClientRect().height / link.getBoundingClientRect().height)",
        basket.element_handle(),
    )
    assert lines <= most_lines


READING_ORDER = """stops => stops.every((stop, index) => {
    if (index === 0) return true;
    const before = stops[index - 1];
    const sameRow = stop.top < before.bottom && before.top < stop.bottom;
    return sameRow ? stop.left >= before.right - 1 : stop.top >= before.bottom - 1;
})"""


@pytest.mark.parametrize("path", ["/en/about/", "/fr/a-propos/"])
@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 900}, {"width": 820, "height": 1000}], ids=["1280", "820"]
)
def test_on_wider_screens_the_keyboard_goes_through_the_header_in_reading_order(page, live_site, path, viewport):
    """Leave quickly first, then the header as it reads: left to right, row after row."""
    page.set_viewport_size(viewport)
    page.goto(path)
    page.keyboard.press("Tab")
    expect(
        page.get_by_role("link", name="Leave quickly" if path.startswith("/en/") else "Quitter rapidement")
    ).to_be_focused()
    stops = []
    for _press in range(40):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            """() => {
                const element = document.activeElement;
                const box = element.getBoundingClientRect();
                return {inHeader: !!element.closest('header'), name: element.textContent.trim() || element.name,
                        top: box.top, bottom: box.bottom, left: box.left, right: box.right};
            }"""
        )
        if stop["inHeader"]:
            stops.append(stop)
        elif stops:
            break
    header = page.get_by_role("banner")
    visible_stops = header.locator("a, input, button, summary").evaluate_all(
        "elements => elements.filter(element => element.checkVisibility()).length"
    )
    assert len(stops) == visible_stops  # none left out
    language = french_or_english(path)
    assert [stop["name"] for stop in stops[:2]] == [page.title().split(" | ")[1], HELP[language][0]]
    assert page.evaluate(READING_ORDER, stops), [stop["name"] for stop in stops]


@pytest.mark.parametrize("path", ["/en/about/", "/fr/a-propos/"])
@pytest.mark.parametrize("viewport", [SMALLEST_PHONE, TABLET], ids=["320", "768"])
def test_on_the_smallest_phone_and_a_tablet_logo_get_help_now_report_and_menu_share_one_row(
    page, live_site, path, viewport
):
    page.set_viewport_size(viewport)
    page.goto(path)
    header = page.get_by_role("banner")
    language = french_or_english(path)
    parts = [
        header.get_by_role("link", name=page.title().split(" | ")[1]),
        header.get_by_role("link", name=HELP[language][0]),
        header.get_by_role("link", name="Report" if language == "en" else "Signaler"),
        header.locator("summary"),  # the Menu button: a disclosure's summary, which has no ARIA role to find it by
    ]
    for part in parts:
        expect(part).to_be_in_viewport(ratio=1)
    boxes = [part.bounding_box() for part in parts]
    assert max(box["y"] for box in boxes) < min(box["y"] + box["height"] for box in boxes)
    expect(parts[-1]).to_have_accessible_name("Menu")
