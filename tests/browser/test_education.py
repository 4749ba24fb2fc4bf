"""The education library in a real browser: the parents' and teachers' journeys, print, accessibility."""

import re
from io import BytesIO

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader


@pytest.mark.parametrize(
    ("home", "hub", "guide"),
    [
        ("/en/", "For parents and caregivers", "Sextortion: what parents need to know"),
        (
            "/fr/",
            "Pour les parents et les personnes responsables",
            "Sextorsion : ce que les parents doivent savoir",
        ),
    ],
)
def test_a_parent_on_a_phone_finds_the_sextortion_guide_in_two_taps(browser, live_site, home, hub, guide):
    context = browser.new_context(base_url=live_site.url, viewport={"width": 390, "height": 844}, has_touch=True)
    page = context.new_page()
    page.goto(home)
    page.get_by_role("main").get_by_role("link", name=hub).tap()
    page.get_by_role("link", name=guide).tap()
    expect(page.get_by_role("heading", level=1)).to_have_text(guide)
    context.close()


def test_a_teacher_filters_to_grades_7_8_and_downloads_the_french_lesson_plan(page, live_site, context):
    page.goto("/fr/bibliotheque/")
    page.get_by_label("Année scolaire ou âge").select_option(label="7e et 8e années")
    page.get_by_label("Format").select_option(label="Plans de leçon")
    page.get_by_role("button", name="Appliquer les filtres").click()
    expect(page).to_have_url(re.compile(r"grade=7-8"))
    expect(page.get_by_role("heading", name="2 éléments")).to_be_visible()

    page.get_by_role("link", name=re.compile("Reconnaître la manipulation en ligne")).click()
    note = page.get_by_role("note").filter(has_text="préparation des adultes")
    expect(note).to_be_visible()
    note_top = note.bounding_box()["y"]
    activities_top = page.get_by_role("heading", name="Activités", exact=True).bounding_box()["y"]
    assert note_top < activities_top

    link = page.get_by_role("link", name=re.compile("Plan de leçon"))
    expect(link).to_have_attribute("hreflang", "fr")
    response = context.request.get(link.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    text = PdfReader(BytesIO(response.body())).pages[0].extract_text()
    assert text.startswith("Plan de leçon")


def test_library_filters_work_without_javascript(browser, live_site):
    context = browser.new_context(base_url=live_site.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/library/")
    page.get_by_label("Audience").select_option(label="Youth")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"audience=youth"))
    expect(page.get_by_role("link", name="If someone is threatening to share your pictures").first).to_be_visible()
    page.get_by_role("link", name="Remove filter “Audience”").click()
    expect(page).not_to_have_url(re.compile(r"audience="))
    context.close()


def test_lesson_plan_prints_without_navigation_or_exit_and_with_link_addresses(page, live_site):
    page.goto("/en/library/recognizing-manipulation-online/")
    print_footer = page.get_by_text(re.compile(r"^Northbridge Child Protection Foundation · http://"))
    expect(print_footer).to_be_hidden()  # on screen, the site's own footer says it
    page.emulate_media(media="print")
    expect(print_footer).to_be_visible()
    expect(page.get_by_role("link", name="Emergency: Leave quickly")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Main")).to_be_hidden()
    expect(page.get_by_role("search").first).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    download = page.get_by_role("link", name=re.compile("Lesson plan"))
    shown_after = download.evaluate("link => getComputedStyle(link, '::after').content")
    assert re.search(r"\(http://[^/]+/documents/", shown_after), shown_after  # the full address, not a path
    pdf = page.pdf(format="Letter")
    assert pdf.startswith(b"%PDF")
    text = " ".join(sheet.extract_text() for sheet in PdfReader(BytesIO(pdf)).pages)
    assert "Northbridge Child Protection Foundation" in text
