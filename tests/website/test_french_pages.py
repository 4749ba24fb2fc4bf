"""A French reader sees no English: every French demo page is rendered and compared with its English source."""

import re

from bs4 import BeautifulSoup

# Text the two languages share on purpose: names of services, organisations and people, and codes.
SHARED_NAMES = {"Cybertip.ca", "Kids Help Phone", "Northbridge", "RCMP", "GRC", "Take It Down"}


def visible_texts(html):
    """The texts a reader meets on the page (text, alt, title, aria-label, placeholder), without the code."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    texts = {" ".join(text.split()) for text in soup.stripped_strings}
    for element in soup.find_all(True):
        texts.update(
            " ".join(element[name].split())
            for name in ("alt", "title", "aria-label", "placeholder")
            if element.get(name)
        )
    return texts


def reads_as_english(text):
    """A phrase of three words or more, once addresses and the names both languages share are taken out."""
    if "@" in text or "://" in text:
        return False  # an address
    for name in SHARED_NAMES:
        text = text.replace(name, "")
    return len(re.findall(r"\b[A-Za-z][a-z]+\b", text)) >= 3  # codes such as NB-ORG-BK-EN are in capitals


def test_no_french_demo_page_shows_a_text_of_its_english_source(demo_pages):
    english = {page.translation_key: page for page in demo_pages if page.language == "en"}
    french_pages = [page for page in demo_pages if page.language == "fr"]
    assert len(french_pages) >= 30
    left = {
        page.url: sorted(
            text
            for text in visible_texts(english[page.translation_key].html) & visible_texts(page.html)
            if reads_as_english(text)
        )
        for page in french_pages
    }
    assert {url: texts for url, texts in left.items() if texts} == {}


def test_the_french_home_page_shows_its_cards_in_french(demo_content, client):
    html = client.get("/fr/").content.decode()
    cards = BeautifulSoup(html, "html.parser").select(".card p, .cards p")
    assert cards
    english_html = client.get("/en/").content.decode()
    english_cards = {
        p.get_text(strip=True) for p in BeautifulSoup(english_html, "html.parser").select(".card p, .cards p")
    }
    assert english_cards
    assert not english_cards & {p.get_text(strip=True) for p in cards}


def test_no_french_demo_page_says_it_is_partly_in_english(demo_pages):
    for page in demo_pages:
        if page.language == "fr":
            assert "pas encore entièrement traduite" not in page.html, page.url
            assert "pas encore offerte en français" not in page.html, page.url
