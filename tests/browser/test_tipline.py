"""The tipline in a real browser: the form works without JavaScript in both languages, Back after sending
shows no filled form, and Leave quickly works on every tipline page."""

import re
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tipline.models import AuditEntry, Report


@dataclass(frozen=True)
class Language:
    code: str
    form: str
    follow_up: str
    sextortion: re.Pattern
    luring: re.Pattern
    danger: str
    no: str
    description: str
    send: str
    received: str
    exit_link: str
    destination: str
    luring_questions: str
    image_questions: str


ENGLISH = Language(
    code="en", form="/en/report/", follow_up="/en/report/follow-up/", sextortion=re.compile(r"Sextortion"),
    luring=re.compile(r"An adult luring"), danger="Is a child in danger right now?", no="No",
    description="Tell us what happened, in your own words", send="Send the report", received="We got your report",
    exit_link="Emergency: Leave quickly", destination="https://weather.gc.ca/canada_e.html",
    luring_questions="Only if an adult was luring a child", image_questions="Only if it is about sexual images",
)  # fmt: skip
FRENCH = Language(
    code="fr", form="/fr/signaler/", follow_up="/fr/signaler/suivi/", sextortion=re.compile(r"Sextorsion"),
    luring=re.compile(r"Un adulte qui leurre"), danger="Un enfant est-il en danger en ce moment ?", no="Non",
    description="Décrivez ce qui s’est passé, en vos propres mots", send="Envoyer le signalement",
    received="Nous avons reçu votre signalement", exit_link="Urgence : Quitter rapidement",
    destination="https://meteo.gc.ca/canada_f.html",
    luring_questions="Seulement s’il s’agit d’un adulte qui leurre un enfant",
    image_questions="Seulement s’il s’agit d’images sexuelles",
)  # fmt: skip
DESCRIPTION = "A stranger in a game chat keeps asking my friend for photos."


@pytest.fixture(params=[ENGLISH, FRENCH], ids=["en", "fr"])
def language(request):
    return request.param


@pytest.fixture
def no_new_reports(db_access):
    """The reports a test sends are deleted afterwards (with their audit entries), so others see the demo only."""
    before = set(Report.objects.values_list("pk", flat=True))
    yield
    new = Report.objects.exclude(pk__in=before)
    AuditEntry.objects.filter(report__in=new).update(report=None)
    new.delete()


def fill_and_send(page, language):
    page.get_by_label(language.sextortion).check()
    page.get_by_role("group", name=language.danger).get_by_label(language.no, exact=True).check()
    page.get_by_label(language.description).fill(DESCRIPTION)
    page.get_by_role("button", name=language.send).click()


def test_the_form_works_without_javascript(browser, live_site, language, no_new_reports):
    context = browser.new_context(java_script_enabled=False, base_url=live_site.url)
    page = context.new_page()
    page.goto(language.form)
    # Without the script, every follow-up question shows, each group saying which type it is for.
    expect(page.get_by_role("group", name=language.luring_questions)).to_be_visible()
    expect(page.get_by_role("group", name=language.image_questions)).to_be_visible()
    fill_and_send(page, language)
    expect(page.get_by_role("heading", level=1)).to_have_text(language.received)
    report = Report.objects.order_by("-pk").first()
    expect(page.get_by_text(report.number)).to_be_visible()
    expect(page.locator(".tipline-code")).to_have_text(re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"))
    assert report.description == DESCRIPTION
    assert report.language == language.code
    assert [cookie["name"] for cookie in context.cookies()] == ["csrftoken"]
    context.close()


def test_the_script_shows_only_the_questions_of_the_chosen_type(page, live_site, language):
    page.goto(language.form)
    page.get_by_label(language.luring).check()
    expect(page.get_by_role("group", name=language.luring_questions)).to_be_visible()
    expect(page.get_by_role("group", name=language.image_questions)).to_be_hidden()
    page.get_by_label(language.sextortion).check()
    expect(page.get_by_role("group", name=language.luring_questions)).to_be_hidden()
    expect(page.get_by_role("group", name=language.image_questions)).to_be_visible()


def test_back_after_sending_shows_an_empty_form_and_sends_nothing_again(page, live_site, language, no_new_reports):
    before = Report.objects.count()
    page.goto(language.form)
    fill_and_send(page, language)
    expect(page.get_by_role("heading", level=1)).to_have_text(language.received)
    page.go_back()
    expect(page.get_by_label(language.description)).to_have_value("")
    expect(page.get_by_label(language.sextortion)).not_to_be_checked()
    assert Report.objects.count() == before + 1


@pytest.mark.parametrize("which", ["form", "follow_up", "confirmation"])
def test_leave_quickly_works_on_every_tipline_page(page, live_site, exit_destinations, language, which, no_new_reports):
    page.goto(language.follow_up if which == "follow_up" else language.form)
    if which == "confirmation":
        fill_and_send(page, language)
        expect(page.get_by_role("heading", level=1)).to_have_text(language.received)
    link = page.get_by_role("link", name=language.exit_link)
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(language.destination)
    assert [request.url for request in exit_destinations] == [language.destination]


def test_no_tipline_page_makes_a_request_to_another_site(page, context, live_site, language):
    page.goto(language.form)
    page.goto(language.follow_up)
    assert list(context.foreign_requests) == []


@pytest.mark.parametrize(
    ("form", "link", "heading"),
    [
        ("/en/report/", "What happens to reports: the tipline in figures", "The tipline in figures"),
        ("/fr/signaler/", re.compile("la centrale en chiffres"), "La centrale de signalement en chiffres"),
    ],
    ids=["en", "fr"],
)
def test_the_figures_page_is_linked_from_the_form(page, live_site, form, link, heading):
    # axe checks the figures page with every other page type (tests/browser/test_accessibility.py).
    page.goto(form)
    page.get_by_role("link", name=link).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.locator("[data-safety-exit]")).to_be_visible()
