"""A reader switches language with a plain link and lands on the same page."""

from playwright.sync_api import expect


def test_language_link_opens_the_same_page_in_french_and_back(page, live_site):
    page.goto("/en/about/")
    page.get_by_role("link", name="Français").click()
    expect(page).to_have_url(live_site("/fr/a-propos/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("À propos de nous")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(live_site("/en/about/"))


def test_french_home_shows_french_menu_footer_and_interface(page, live_site):
    page.goto("/fr/")
    navigation = page.get_by_role("navigation", name="Menu principal")
    expect(navigation.get_by_role("link", name="À propos de nous")).to_be_visible()
    expect(page.get_by_role("link", name="Urgence : Quitter rapidement")).to_be_visible()
    report = page.get_by_role("contentinfo").get_by_role("link", name="Faire un signalement")
    expect(report).to_have_attribute("href", "/fr/signaler/")
    expect(page.get_by_role("search").get_by_role("button", name="Rechercher")).to_be_visible()


def test_root_address_opens_the_readers_language(browser, live_site):
    context = browser.new_context(locale="fr-CA", base_url=live_site.url)
    page = context.new_page()
    page.goto("/")
    expect(page).to_have_url(live_site("/fr/"))
    context.close()


def test_search_works_from_the_header_without_javascript(browser, live_site):
    context = browser.new_context(java_script_enabled=False, base_url=live_site.url)
    page = context.new_page()
    page.goto("/en/")
    page.get_by_role("searchbox", name="Search the site").fill("history")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name="Staying safe online").last).to_be_visible()
    expect(page.get_by_text("1 result for “history”")).to_be_visible()
    context.close()
