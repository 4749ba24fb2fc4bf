"""Help within one tap: "Get help now" on every page, its page of numbers and links, the home page's first actions."""

import pytest

from tests.helpers import soup
from website.templatetags.website_tags import tel_uri


@pytest.mark.parametrize(
    ("url", "help_url", "label"),
    [
        ("/en/", "/en/get-help-now/", "Get help now"),
        ("/en/about/", "/en/get-help-now/", "Get help now"),
        ("/en/search/?q=safety", "/en/get-help-now/", "Get help now"),
        ("/en/no-such-page/", "/en/get-help-now/", "Get help now"),
        ("/fr/", "/fr/obtenir-de-l-aide/", "Obtenir de l’aide"),
        ("/fr/a-propos/", "/fr/obtenir-de-l-aide/", "Obtenir de l’aide"),
        ("/fr/aucune-page/", "/fr/obtenir-de-l-aide/", "Obtenir de l’aide"),
    ],
)
def test_every_page_header_links_to_get_help_now_in_its_language(client, site_pages, url, help_url, label):
    link = soup(client.get(url)).select_one("header.site-header a.help-link")
    assert link["href"] == help_url
    assert link.get_text(strip=True) == label


def test_get_help_now_link_sits_outside_the_folded_menu_so_phones_see_it_at_once(client, site_pages):
    header = soup(client.get("/en/about/")).select_one("header.site-header")
    assert header.select_one("details.site-menu a.help-link") is None
    assert header.select_one("details.site-menu > summary").get_text(strip=True) == "Menu"
    assert header.select_one("details.site-menu nav.main-nav") is not None


def test_header_has_no_get_help_link_when_there_is_no_help_page(client, site_pages):
    site_pages.help_fr.delete()
    site_pages.help.delete()
    assert soup(client.get("/en/about/")).select_one("a.help-link") is None


@pytest.mark.parametrize(
    ("url", "call", "text", "report"),
    [
        ("/en/get-help-now/", "Call 1-800-668-6868", "Text 686868", "/en/report/"),
        ("/fr/obtenir-de-l-aide/", "Appeler le 1-800-668-6868", "Envoyer un texto au 686868", "/fr/signaler/"),
    ],
)
def test_get_help_page_gives_911_the_report_line_and_help_lines_as_tel_and_sms_links(
    client, site_pages, url, call, text, report
):
    main = soup(client.get(url)).select_one("main")
    first = main.select_one(".help-line")
    assert "help-line--urgent" in first["class"]
    assert first.select_one("a")["href"] == "tel:911"
    assert main.find("a", href="tel:+18006686868").get_text(strip=True) == call
    assert main.find("a", href="sms:686868").get_text(strip=True) == text
    # The report line comes second: the site's own report form.
    assert main.select(".help-line")[1].select_one("a")["href"] == report
    hrefs = [a["href"] for a in main.select("a")]
    assert "https://needhelpnow.ca/" in hrefs
    assert "https://takeitdown.ncmec.org/" in hrefs


@pytest.mark.parametrize(
    ("number", "uri"),
    [("911", "911"), ("1-800-668-6868", "+18006686868"), ("(613) 555-0142", "+16135550142"), ("686868", "686868")],
)
def test_phone_numbers_become_dialable_addresses(number, uri):
    assert tel_uri(number) == uri


@pytest.mark.parametrize(
    ("url", "help_url", "audiences"),
    [
        ("/en/", "/en/get-help-now/", ["Parents", "Youth", "Teachers", "Organizations"]),
        ("/fr/", "/fr/obtenir-de-l-aide/", ["Parents", "Jeunes", "Personnel enseignant", "Organismes"]),
    ],
)
def test_home_page_leads_with_get_help_now_and_guides_for_each_audience(client, demo_content, url, help_url, audiences):
    hero = soup(client.get(url)).select_one("main .hero")
    assert hero.select_one(".hero__actions a.button--urgent")["href"] == help_url
    links = hero.select(".audience-links a")
    assert [link.get_text(strip=True) for link in links] == audiences
    assert all(link["href"].startswith(url) for link in links)


def test_home_page_911_line_is_urgent_without_a_good_to_know_label(client, demo_content):
    callout = soup(client.get("/en/")).select_one(".callout")
    assert "callout--urgent" in callout["class"]
    assert callout.select_one(".callout__title").get_text(strip=True) == "If a child is in immediate danger, call 911."
