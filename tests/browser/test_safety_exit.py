"""Leave quickly: a reader at risk leaves the site in one step, from every page, in English and in French.

The destinations are intercepted (conftest's `exit_destinations`), so no test leaves the machine.

Playwright cannot look into a page while a cross-site navigation is pending: Chromium holds DevTools
messages for the renderer until the new page commits. What the page shows while it is leaving is
therefore recorded from inside the page (an init script reporting through a binding), while the
destination's response is held back until the page has reported a painted frame.
"""

from contextlib import suppress
from dataclasses import dataclass

import pytest
from django.test import Client
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.browser.conftest import CHROMIUM_ARGS, TIMEOUT_MS, chromium_path, route_destinations
from website import views
from website.models import SiteSettings


@dataclass(frozen=True)
class Language:
    code: str
    exit_link: str
    emergency_prefix: str
    destination: str
    neutral_title: str
    bar: str
    skip_link: str
    safety_link: str
    safety_title: str
    shortcut_explained: str
    private_visit: str
    search_box: str
    main_menu: str
    menu_link: str
    press_two_more: str
    press_one_more: str
    shortcut_cancelled: str
    home: str
    standard: str
    safety: str
    search: str
    missing: str


ENGLISH = Language(
    code="en",
    exit_link="Emergency: Leave quickly",
    emergency_prefix="Emergency:",
    destination="https://weather.gc.ca/canada_e.html",
    neutral_title="Loading",
    bar="Leave this site quickly",
    skip_link="Skip to main content",
    safety_link="Staying safe online",
    safety_title="Staying safe online",
    shortcut_explained="press the Shift key three times in a row to leave",
    private_visit="Private visit",
    search_box="Search the site",
    main_menu="Main",
    menu_link="About us",
    press_two_more="Press Shift 2 more times to leave this site.",
    press_one_more="Press Shift 1 more time to leave this site.",
    shortcut_cancelled="Leave quickly shortcut cancelled.",
    home="/en/",
    standard="/en/about/",
    safety="/en/staying-safe-online/",
    search="/en/search/?q=online",
    missing="/en/no-such-page/",
)

FRENCH = Language(
    code="fr",
    exit_link="Urgence : Quitter rapidement",
    emergency_prefix="Urgence :",
    destination="https://meteo.gc.ca/canada_f.html",
    neutral_title="Chargement",
    bar="Quitter ce site rapidement",
    skip_link="Passer au contenu principal",
    safety_link="Naviguer en sécurité",
    safety_title="Naviguer en sécurité",
    shortcut_explained="appuyer trois fois de suite sur la touche Maj (Shift) pour quitter",
    private_visit="Visite privée",
    search_box="Rechercher dans le site",
    main_menu="Menu principal",
    menu_link="À propos de nous",
    press_two_more="Appuyez encore 2 fois sur Maj pour quitter ce site.",
    press_one_more="Appuyez encore une fois sur Maj pour quitter ce site.",
    shortcut_cancelled="Raccourci « Quitter rapidement » annulé.",
    home="/fr/",
    standard="/fr/a-propos/",
    safety="/fr/naviguer-en-securite/",
    search="/fr/recherche/?q=s%C3%A9curit%C3%A9",
    missing="/fr/aucune-page/",
)

BEFORE_THE_SITE = "https://before.example/"
SCRIPT_SIZE_LIMIT = 8 * 1024

# Runs in every document before the site's own script, so its capture listeners see input first.
RECORDER = """
(() => {
    const viewportIsBlank = () => {
        const overlay = document.querySelector(".exit-overlay");
        const main = document.querySelector("main");
        if (!overlay || !main || getComputedStyle(main).visibility !== "hidden") {
            return false;
        }
        const w = innerWidth, h = innerHeight;
        return [[2, 2], [w - 3, 2], [w / 2, h / 2], [2, h - 3], [w - 3, h - 3]]
            .every(([x, y]) => document.elementFromPoint(x, y) === overlay);
    };
    // The time is taken first: checking what is on screen forces a layout, which is not the site's doing.
    let count = 0;
    const report = (moment, withState = true) => {
        const at = performance.now();
        const order = ++count;
        window.reportExit(
            withState ? {moment, at, order, title: document.title, blank: viewportIsBlank()} : {moment, at, order}
        );
    };
    // Each input also queues a task behind itself: leaving must start before that task runs, i.e. in the input's
    // own task, with nothing (a timer, a fetch, an animation frame) put between the reader's action and the exit.
    const input = () => {
        report("input", false);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => report("next task", false);
        channel.port2.postMessage(null);
    };
    addEventListener("click", input, true);
    addEventListener("keyup", (event) => {
        if (event.key === "Shift") input();
    }, true);
    navigation.addEventListener("navigate", (event) => {
        if (new URL(event.destination.url).origin === location.origin) return;
        report("navigate");
        // The second frame callback runs once the frame drawn after the first one has been presented.
        requestAnimationFrame(() => requestAnimationFrame(() => report("painted")));
    });
})();
"""


class ExitWatch:
    """What the page showed while leaving; the destination's response waits until a frame was painted."""

    def __init__(self, page, destination):
        self.reports = []
        self.held = []
        self.released = False
        page.expose_binding("reportExit", lambda source, report: self._report(report))
        page.add_init_script(RECORDER)
        page.route(destination, self._hold)

    def _hold(self, route):
        self.held.append(route)
        self._release_once_painted()

    def _report(self, report):
        report["before_destination_answered"] = not self.released
        self.reports.append(report)
        self._release_once_painted()

    def _release_once_painted(self):
        if self.held and not self.released and self.moment("painted"):
            self.released = True
            for route in self.held:
                route.fallback()  # on to conftest's exit_destinations, which answers and records it

    def moment(self, name):
        return [report for report in self.reports if report["moment"] == name]

    def starts_in_the_input_task(self):
        """Whether the navigation away began within the task of the last click or Shift release before it.

        Order, not milliseconds: a clock would measure how busy the machine is (a loaded CI runner once took
        51.6 ms); the task order holds on any machine, and a site that leaves in its input's task leaves at once.
        """
        navigate = self.moment("navigate")[0]
        last_input = [report for report in self.moment("input") if report["order"] < navigate["order"]][-1]
        return not [
            report for report in self.moment("next task") if last_input["order"] < report["order"] < navigate["order"]
        ]


@pytest.fixture(params=[ENGLISH, FRENCH], ids=["en", "fr"])
def language(request):
    return request.param


@pytest.fixture
def other_origin(context):
    """A page of another site, where the reader was before coming here."""
    context.route(
        f"{BEFORE_THE_SITE}**",
        lambda route: route.fulfill(content_type="text/html", body="<!DOCTYPE html><title>Before</title><p>Before"),
    )
    return BEFORE_THE_SITE


def exit_link(page, language):
    return page.get_by_role("link", name=language.exit_link, exact=True)


def safety_bar(page, language):
    return page.get_by_role("complementary", name=language.bar)


def main_menu_link(page, language):
    return page.get_by_role("navigation", name=language.main_menu).get_by_role("link", name=language.menu_link)


def shortcut_status(page, language):
    return safety_bar(page, language).get_by_role("status")


def press_shift(page, times=1):
    for _ in range(times):
        page.keyboard.press("Shift")


# --- 1. Without JavaScript it is a plain link -------------------------------------------------------


def test_without_javascript_leave_quickly_is_a_plain_link_to_the_destination(browser, live_site, language):
    context = browser.new_context(java_script_enabled=False, base_url=live_site.url)
    reached = route_destinations(context)
    page = context.new_page()
    page.goto(language.standard)

    link = exit_link(page, language)
    expect(link).to_have_attribute("href", language.destination)
    assert set(link.get_attribute("rel").split()) >= {"nofollow", "noreferrer"}
    prefix = link.get_by_text(language.emergency_prefix)
    box = prefix.bounding_box()
    assert box["width"] <= 1, "the Emergency prefix is for screen readers only"
    assert box["height"] <= 1
    expect(page.get_by_role("switch", name=language.private_visit)).to_be_hidden()  # needs the script

    link.click()
    expect(page).to_have_url(language.destination)
    assert [request.url for request in reached] == [language.destination]
    assert "referer" not in reached[0].all_headers()
    context.close()


# --- 2. On every page type, sticky, not printed, never hiding the focus -----------------------------


@pytest.mark.parametrize("page_type", ["home", "standard", "search", "missing"])
def test_every_page_type_leads_with_leave_quickly(page, live_site, exit_destinations, language, page_type):
    response = page.goto(getattr(language, page_type))
    assert response.status == (404 if page_type == "missing" else 200)
    link = exit_link(page, language)
    expect(link).to_be_visible()
    expect(link).to_have_attribute("href", language.destination)
    link.click()
    expect(page).to_have_url(language.destination)
    assert [request.url for request in exit_destinations] == [language.destination]


@pytest.fixture
def failing_search(monkeypatch, server_errors_expected):
    """The search view crashes, so the live server (a thread of this process) answers with its 500 page."""

    def crash(entries):
        raise RuntimeError("Simulated failure for the 500 page")

    monkeypatch.setattr(views, "with_pages", crash)


def test_server_error_page_leads_with_leave_quickly(page, live_site, exit_destinations, failing_search, language):
    response = page.goto(language.search)
    assert response.status == 500
    link = exit_link(page, language)
    expect(link).to_be_visible()
    expect(link).to_have_attribute("href", language.destination)
    link.click()
    expect(page).to_have_url(language.destination)
    assert [request.url for request in exit_destinations] == [language.destination]


def test_on_a_phone_the_bar_stays_at_the_top_full_width_after_scrolling(page, live_site, language):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(language.safety)
    # Scroll on every poll: on a loaded machine one End key press once scrolled nothing, and the test is
    # about where the bar sits after scrolling, not about how the reader scrolled.
    page.wait_for_function(
        "() => { scrollTo(0, document.documentElement.scrollHeight);"
        " return scrollY > 500 && scrollY + innerHeight >= document.documentElement.scrollHeight - 1; }"
    )

    bar = safety_bar(page, language).bounding_box()
    assert (bar["x"], bar["y"], bar["width"]) == (0, 0, 320)
    link = exit_link(page, language)
    expect(link).to_be_in_viewport(ratio=1)
    assert link.bounding_box()["width"] >= 0.9 * 320


def test_leave_quickly_is_not_printed(page, live_site):
    page.goto(ENGLISH.safety)
    expect(exit_link(page, ENGLISH)).to_be_visible()
    page.emulate_media(media="print")
    expect(exit_link(page, ENGLISH)).to_be_hidden()
    expect(safety_bar(page, ENGLISH)).to_be_hidden()


@pytest.mark.parametrize("viewport", [(320, 640), (768, 800), (1280, 900)], ids=["phone", "tablet", "desktop"])
def test_keyboard_focus_never_hides_under_the_bar(page, live_site, language, viewport):
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    page.goto(language.search)
    bar_bottom = safety_bar(page, language).bounding_box()["height"]
    results = page.get_by_role("main").get_by_role("link")
    result, next_result = results.nth(0), results.nth(1)

    # A result lies just under the bar, partly hidden; Shift+Tab from the next one must bring it out.
    page.evaluate("y => scrollTo({top: y, behavior: 'instant'})", result.bounding_box()["y"] - bar_bottom + 8)
    assert result.bounding_box()["y"] < bar_bottom
    next_result.focus()
    page.keyboard.press("Shift+Tab")
    expect(result).to_be_focused()
    assert result.bounding_box()["y"] >= bar_bottom - 0.5, "the focused link is under the Leave quickly bar"

    # The skip link from the foot of the page: the main content lands below the bar.
    page.goto(language.search)
    page.evaluate("scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})")
    page.keyboard.press("Tab")
    expect(exit_link(page, language)).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    main = page.get_by_role("main")
    expect(main).to_be_focused()
    assert main.bounding_box()["y"] >= bar_bottom - 0.5, "the main content starts under the Leave quickly bar"


# --- 3. Keyboard order ----------------------------------------------------------------------------


def test_first_tab_reaches_leave_quickly_and_the_second_the_skip_link_without_moving_the_page(
    page, live_site, language
):
    page.goto(language.safety)
    page.evaluate("scrollTo({top: 600, behavior: 'instant'})")  # the reader is halfway down the page
    page.keyboard.press("Tab")
    expect(exit_link(page, language)).to_be_focused()
    assert page.evaluate("scrollY") == 600
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name=language.skip_link)
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert page.evaluate("scrollY") == 600


# --- 4 and 6. Blank at once, then replace this page in the history ----------------------------------


def leave_by(page, language, how):
    link = exit_link(page, language)
    if how == "click":
        link.click()
    elif how in ("Enter", "Space"):
        link.focus()
        page.keyboard.press(how)
    else:  # the shortcut, left and right Shift keys mixed
        status = shortcut_status(page, language)
        page.keyboard.press("ShiftLeft")
        expect(status).to_have_text(language.press_two_more)
        page.keyboard.press("ShiftRight")
        expect(status).to_have_text(language.press_one_more)
        page.keyboard.press("ShiftLeft")


@pytest.mark.parametrize("how", ["click", "Enter", "Space", "Shift x3"])
def test_leaving_blanks_the_page_first_then_replaces_it_in_the_history(
    page, live_site, exit_destinations, language, how
):
    watch = ExitWatch(page, language.destination)
    page.goto(language.home)
    page.goto(language.standard)

    leave_by(page, language, how)
    expect(page).to_have_url(language.destination)

    navigate, painted = watch.moment("navigate")[0], watch.moment("painted")[0]
    assert navigate["blank"], "the page was not blanked before the navigation started"
    assert navigate["title"] == language.neutral_title
    assert painted["before_destination_answered"]
    assert painted["blank"]
    assert painted["title"] == language.neutral_title
    assert len(exit_destinations) == 1
    assert "referer" not in exit_destinations[0].all_headers()
    assert page.context.foreign_requests == [language.destination]

    page.go_back()
    expect(page).to_have_url(live_site(language.home))  # the page that was left is gone from the history


@pytest.fixture(scope="module")
def bfcache_browser(browser):
    """A Chromium with the back-forward cache on (Playwright turns it off by default)."""
    bfcache_browser = browser.browser_type.launch(
        executable_path=chromium_path(),
        headless=True,
        args=CHROMIUM_ARGS,
        ignore_default_args=["--disable-back-forward-cache"],
    )
    yield bfcache_browser
    bfcache_browser.close()


@pytest.fixture
def bfcache_page(bfcache_browser, live_site):
    context = bfcache_browser.new_context(base_url=live_site.url)
    context.exit_destinations = route_destinations(context)
    # Records whether each showing of a page came from the back-forward cache.
    context.add_init_script(
        "addEventListener('pageshow', (event) => { (window.pageshows ??= []).push(event.persisted); });"
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


def expect_shown_normally(page, language, title):
    expect(page.locator("html")).not_to_have_class("is-leaving")
    expect(page.locator(".exit-overlay")).to_be_hidden()  # no role: the overlay is only a blank surface
    expect(page).to_have_title(title)
    expect(exit_link(page, language)).to_be_visible()
    expect(page.get_by_role("main")).to_be_visible()


def test_back_after_leaving_shows_the_previous_page_normally_from_the_back_forward_cache(
    bfcache_page, live_site, language
):
    page = bfcache_page
    page.goto(language.home)
    title = page.title()
    main_menu_link(page, language).click()
    expect(page).to_have_url(live_site(language.standard))
    page.wait_for_function("() => window.pageshows?.length === 1")

    exit_link(page, language).click()
    expect(page).to_have_url(language.destination)
    assert len(page.context.exit_destinations) == 1
    page.go_back(wait_until="commit")  # a page from the cache fires no load event

    expect(page).to_have_url(live_site(language.home))
    expect_shown_normally(page, language, title)
    assert page.evaluate("window.pageshows") == [False, True], "not restored from the back-forward cache"


def test_page_left_and_returned_to_before_the_destination_loaded_shows_normally(bfcache_page, live_site, language):
    page = bfcache_page
    page.goto(language.home)
    main_menu_link(page, language).click()
    expect(page).to_have_url(live_site(language.standard))
    # Wait for its first pageshow (after load): leaving earlier would leave nothing to compare with below.
    page.wait_for_function("() => window.pageshows?.length === 1")
    title = page.title()
    page.route(language.destination, lambda route: None)  # the destination never answers
    try:
        with page.expect_request(language.destination):
            exit_link(page, language).click(no_wait_after=True)
        # The reader changes their mind: Back while the destination loads, then Forward to this page again.
        with suppress(PlaywrightError):  # Playwright reports the abandoned navigation to the destination
            page.go_back(wait_until="commit")
        expect(page).to_have_url(live_site(language.home))
        page.go_forward(wait_until="commit")

        expect(page).to_have_url(live_site(language.standard))
        expect_shown_normally(page, language, title)
        assert page.evaluate("window.pageshows") == [False, True], "not restored from the back-forward cache"
    finally:
        page.unroute_all(behavior="ignoreErrors")


# --- 5. The Shift x3 shortcut -------------------------------------------------------------------------


def test_shift_with_another_key_starts_the_count_again(page, live_site, exit_destinations, language):
    page.goto(language.standard)
    status = shortcut_status(page, language)
    press_shift(page, 2)
    expect(status).to_have_text(language.press_one_more)
    page.keyboard.press("Shift+A")  # a capital letter: not a Shift press
    expect(status).to_have_text("")
    press_shift(page)
    expect(status).to_have_text(language.press_two_more)  # counting from one again, not leaving
    press_shift(page)
    expect(status).to_have_text(language.press_one_more)
    assert exit_destinations == []
    expect(page).to_have_url(live_site(language.standard))


def test_shift_presses_while_typing_in_the_search_field_do_not_count(page, live_site, exit_destinations, language):
    page.goto(language.standard)
    search_box = page.get_by_role("searchbox", name=language.search_box)
    search_box.click()
    press_shift(page, 3)
    search_box.press_sequentially("Online Safety")
    press_shift(page, 3)
    expect(search_box).to_have_value("Online Safety")
    expect(search_box).to_be_focused()
    expect(shortcut_status(page, language)).to_have_text("")
    assert exit_destinations == []
    expect(page).to_have_url(live_site(language.standard))


def test_shortcut_expires_five_seconds_after_the_last_press(page, live_site, exit_destinations, language):
    page.clock.install()
    page.goto(language.standard)
    # Time stands still but for fast_forward, so a slow machine cannot add to the 5 s being tested.
    page.clock.pause_at(page.evaluate("Date.now()") + 10)
    status = shortcut_status(page, language)

    press_shift(page, 2)
    expect(status).to_have_text(language.press_one_more)
    page.clock.fast_forward(5_001)
    expect(status).to_have_text(language.shortcut_cancelled)
    press_shift(page)
    expect(status).to_have_text(language.press_two_more)  # a first press again: still on the page
    assert exit_destinations == []

    press_shift(page)
    page.clock.fast_forward(4_900)  # within the 5 s, the third press still counts
    press_shift(page)
    expect(page).to_have_url(language.destination)


# --- 7. No referrer ---------------------------------------------------------------------------------


def test_every_response_of_the_site_keeps_the_referrer_on_the_site(page, live_site, failing_search, language):
    responses = []
    page.on("response", lambda response: responses.append(response))
    for path in ["/", language.home, language.standard, language.missing, language.search]:
        page.goto(path)
    documents = [response for response in responses if response.request.resource_type == "document"]
    assert {response.status for response in documents} == {200, 302, 404, 500}
    assert {response.url: response.headers.get("referrer-policy") for response in documents} == {
        response.url: "same-origin" for response in documents
    }
    # Scripts and styles come from the test server's static handler here; in production WhiteNoise serves them.
    assert Client().get("/static/website/js/safety-exit.js")["Referrer-Policy"] == "same-origin"


# --- 8. Destination from the site settings ----------------------------------------------------------


OTHER_DESTINATIONS = {"en": "https://www.theweathernetwork.com/ca/", "fr": "https://www.meteomedia.com/ca/"}


def test_each_language_leaves_for_the_destination_in_the_site_settings(
    page, context, live_site, db_access, exit_destinations, language
):
    other = FRENCH if language is ENGLISH else ENGLISH
    new_destination = OTHER_DESTINATIONS[language.code]
    reached = []

    def fulfil(route):
        reached.append(route.request)
        route.fulfill(content_type="text/html", body="<!DOCTYPE html><title>Weather</title><p>Weather")

    context.route(f"{new_destination}**", fulfil)
    site_settings = SiteSettings.load()
    field = f"exit_url_{language.code}"
    original = getattr(site_settings, field)
    assert original == language.destination
    try:
        setattr(site_settings, field, new_destination)
        site_settings.full_clean()
        site_settings.save()

        page.goto(other.home)
        expect(exit_link(page, other)).to_have_attribute("href", other.destination)
        page.goto(language.home)
        expect(exit_link(page, language)).to_have_attribute("href", new_destination)
        exit_link(page, language).click()
        expect(page).to_have_url(new_destination)
        assert [request.url for request in reached] == [new_destination]
    finally:
        setattr(site_settings, field, original)
        site_settings.save()
    page.goto(language.home)
    expect(exit_link(page, language)).to_have_attribute("href", language.destination)


# --- 9. Private visit -------------------------------------------------------------------------------


def test_private_visit_keeps_the_whole_visit_to_one_history_step(
    page, context, live_site, exit_destinations, other_origin, language
):
    page.goto(other_origin)
    page.goto(language.home)
    switch = page.get_by_role("switch", name=language.private_visit)
    expect(switch).not_to_be_checked()
    switch.check()

    main_menu_link(page, language).click()
    expect(page).to_have_url(live_site(language.standard))
    expect(switch).to_be_checked()
    safety_bar(page, language).get_by_role("link", name=language.safety_link).click()
    expect(page).to_have_url(live_site(language.safety))
    expect(switch).to_be_checked()  # also means the page's script has run
    search_box = page.get_by_role("searchbox", name=language.search_box)
    search_box.fill("internet")
    search_box.press("Enter")
    search_path = {"en": "/en/search/", "fr": "/fr/recherche/"}[language.code]
    expect(page).to_have_url(live_site(f"{search_path}?q=internet"))
    expect(switch).to_be_checked()

    assert page.evaluate("[sessionStorage.getItem('privateVisit'), localStorage.length]") == ["on", 0]
    assert context.cookies() == []
    another_tab = context.new_page()
    another_tab.goto(language.home)
    expect(another_tab.get_by_role("switch", name=language.private_visit)).not_to_be_checked()
    another_tab.close()

    exit_link(page, language).click()
    expect(page).to_have_url(language.destination)
    page.go_back()
    expect(page).to_have_url(other_origin)  # every page of the visit has gone from the history
    assert context.cookies() == []


# --- 10. The "Staying safe online" page ----------------------------------------------------------------


def test_staying_safe_online_is_linked_beside_the_button_and_explains_the_shortcut(page, live_site, language):
    page.goto(language.home)
    safety_bar(page, language).get_by_role("link", name=language.safety_link).click()
    expect(page).to_have_url(live_site(language.safety))
    expect(page.get_by_role("heading", level=1)).to_have_text(language.safety_title)
    expect(page.get_by_role("main")).to_contain_text(language.shortcut_explained)


# --- 11. Nothing goes elsewhere ---------------------------------------------------------------------


def test_no_request_leaves_the_site_except_the_exit_itself(page, context, live_site, exit_destinations, language):
    for path in [language.home, language.standard, language.safety, language.search, language.missing]:
        page.goto(path)
    assert context.foreign_requests == []
    press_shift(page, 3)
    expect(page).to_have_url(language.destination)
    assert context.foreign_requests == [language.destination]
    assert "referer" not in exit_destinations[0].all_headers()


# --- 12. Fast ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["click", "Shift x3"])
def test_leaving_starts_in_the_task_of_the_click_or_last_shift(page, live_site, exit_destinations, how):
    watch = ExitWatch(page, ENGLISH.destination)
    page.goto(ENGLISH.standard)
    leave_by(page, ENGLISH, how)
    expect(page).to_have_url(ENGLISH.destination)
    assert watch.starts_in_the_input_task()


def test_script_is_deferred_and_small(page, live_site):
    page.goto(ENGLISH.home)
    script = page.locator("script[src*='safety-exit']")  # a script has no role
    expect(script).to_have_attribute("defer", "")
    body = page.request.get(script.get_attribute("src")).body()
    assert 0 < len(body) < SCRIPT_SIZE_LIMIT
