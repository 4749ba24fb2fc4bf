"""axe-core finds no violation on any page type of the site, in English and in French: one test over them all.

Each page type says how a person reaches it (a link, a form sent with an error, an officer's basket...). The
officers' pages start signed in (a session made for them); what a test orders or sends is deleted afterwards.
"""

import re
import uuid

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from resources.accounts import request_agency_account
from resources.models import Basket, BasketLine, OutgoingEmail, StockItem
from resources.services import submit_order
from tests.browser import test_ordering, test_safety_exit, test_tipline
from tests.browser.axe import violations
from tests.browser.measure import SMALLEST_PHONE, sideways_overflow
from tipline.models import AuditEntry, Investigator, Referral

LANGUAGES = {"en": 0, "fr": 1}
no_new_reports = test_tipline.no_new_reports  # the fixture, shared with the tipline's tests


def ordering(code):
    return (test_ordering.ENGLISH, test_ordering.FRENCH)[LANGUAGES[code]]


def tipline(code):
    return (test_tipline.ENGLISH, test_tipline.FRENCH)[LANGUAGES[code]]


def visit(english, french):
    """A page type reached at one address per language."""
    return lambda page, code: page.goto({"en": english, "fr": french}[code])


def officer(code):
    """The demo officer who reads in that language."""
    return get_user_model().objects.get(username=test_ordering.AMANDA if code == "en" else test_ordering.MARIE_JOSEE)


def sign_in_as(page, user):
    """Give the page's browser a session of `user`, as signing in would."""
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "domain": "127.0.0.1", "path": "/"}]
    )


def with_basket(page, code):
    """An officer signed in, with only French brochures in their basket."""
    user = officer(code)
    basket, _ = Basket.objects.get_or_create(user=user)
    basket.lines.all().delete()
    BasketLine.objects.create(basket=basket, stock_item=StockItem.objects.get(sku="NB-SXT-BR-FR"), quantity=200)
    sign_in_as(page, user)
    return ordering(code)


def signed_in(path):
    def reach(page, code):
        sign_in_as(page, officer(code))
        page.goto(path(ordering(code)))

    return reach


def basket(page, code):
    with_basket(page, code)
    page.goto(f"/{code}/agency/basket/")


def basket_with_an_error(page, code):
    language = with_basket(page, code)
    page.goto(f"/{code}/agency/basket/")
    page.get_by_label(language.brochure_quantity_in_basket).fill("220")
    page.get_by_role("button", name=language.update_basket).click()
    expect(page.get_by_role("alert")).to_contain_text(language.pack_error)


def checkout(page, code):
    language = with_basket(page, code)
    page.goto(f"/{code}/agency/checkout/")
    expect(page.get_by_role("heading", level=1)).to_have_text(language.checkout_heading)


def review(page, code):
    checkout(page, code)
    language = ordering(code)
    page.get_by_role("button", name=language.review).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(language.review_heading)


def order_placed(page, code):
    review(page, code)
    language = ordering(code)
    page.get_by_role("button", name=language.place_order, exact=True).click()
    test_ordering.placed_order_number(page, language)


def my_orders(page, code):
    with_basket(page, code)
    user = officer(code)
    basket = Basket.objects.get(user=user)
    submit_order(user, basket.token, user.agency_member.agency.addresses.get(is_main=True), "", code)
    page.goto(f"/{code}/agency/orders/")


def request_with_errors(page, code):
    language = ordering(code)
    page.goto(f"/{code}/agency/request/")
    page.get_by_label("Postal code" if code == "en" else "Code postal").fill("90210")
    page.get_by_role("button", name=language.send_request).click()
    expect(page.get_by_role("alert")).to_contain_text(language.error_summary)


def sign_in_with_an_error(page, code):
    language = ordering(code)
    test_ordering.sign_in(page, language, test_ordering.AMANDA, "not the password")
    expect(page.get_by_role("alert")).to_contain_text(language.sign_in_error)


def new_account(code):
    """An agency's request for an account, as sent through the form; its email address."""
    run = uuid.uuid4().hex[:8]
    email = f"k.singh.{run}@northfield-police.example"
    request = {
        "agency_name": f"Northfield Police Service {run}", "agency_type": "municipal", "province": "ON",
        "line1": "75 King Street West", "city": "Northfield", "postal_code": "K7L 2W4", "first_name": "Kiran",
        "last_name": "Singh", "email": email, "phone": "613-555-0188", "language": code,
        "password1": test_ordering.OFFICER_PASSWORD,
    }  # fmt: skip
    request_agency_account(request, site_url="")
    return email


def confirm_email(page, code):
    email = new_account(code)
    page.goto(
        re.search(
            r"(/\w\w/(?:agency/request/confirm|services-de-police/demande-de-compte/confirmer)/\S+/)",
            OutgoingEmail.objects.get(to=email).body,
        ).group(1)
    )


def email_confirmed(page, code):
    confirm_email(page, code)
    english = code == "en"
    page.get_by_role("button", name="Confirm my email address" if english else "Confirmer mon adresse courriel").click()
    confirmed = "Email address confirmed" if english else "Adresse courriel confirmée"
    expect(page.get_by_role("heading", level=1)).to_have_text(confirmed)


def sign_in_paused(page, code):
    email = new_account(code)
    for _attempt in range(5):
        test_ordering.sign_in(page, ordering(code), email, "not the password")
    expect(page.get_by_role("alert")).to_contain_text("Too many attempts" if code == "en" else "Trop de tentatives")


def report_with_errors(page, code):
    language = tipline(code)
    page.goto(language.form)
    page.get_by_role("button", name=language.send).click()
    expect(page.locator(".error-summary")).to_be_visible()


def report_sent(page, code):
    language = tipline(code)
    page.goto(language.form)
    test_tipline.fill_and_send(page, language)
    expect(page.get_by_role("heading", level=1)).to_have_text(language.received)


def investigator(code):
    """A demo investigator who reads in that language, and a referral the tipline sent to their agency."""
    for found in Investigator.objects.select_related("member__user").filter(member__language=code).order_by("pk"):
        referral = Referral.objects.filter(agency_id=found.member.agency_id).order_by("pk").first()
        if referral is not None:
            return found.member.user, referral
    raise LookupError(f"No demo referral reaches an investigator who reads in {code}")


def referrals(page, code):
    user, _referral = investigator(code)
    sign_in_as(page, user)
    page.goto(localized("tipline_portal:referrals", code))


def referral(page, code):
    user, item = investigator(code)
    sign_in_as(page, user)
    page.goto(localized("tipline_portal:referral", code, item.pk))


@pytest.fixture
def no_new_audit_entries(db_access):
    """Opening a referral is written to the audit log: those entries are taken out afterwards."""
    last = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    yield
    AuditEntry.objects.filter(pk__gt=last).delete()  # the queryset's delete: only for putting tests back


def localized(name, code, *args):
    """The address of a named view in a language (the agencies' French addresses are French words)."""
    with translation.override(code):
        return reverse(name, args=args)


def private_visit_on(page, code):
    language = (test_safety_exit.ENGLISH, test_safety_exit.FRENCH)[LANGUAGES[code]]
    page.goto(language.home)
    page.get_by_role("switch", name=language.private_visit).check()
    test_safety_exit.press_shift(page)
    expect(test_safety_exit.shortcut_status(page, language)).to_have_text(language.press_two_more)


PAGE_TYPES = {
    "home": visit("/en/", "/fr/"),
    "home, private visit on, shortcut started": private_visit_on,
    "standard page": visit("/en/about/", "/fr/a-propos/"),
    "help": visit("/en/get-help-now/", "/fr/obtenir-de-l-aide/"),
    "staying safe": visit("/en/staying-safe-online/", "/fr/naviguer-en-securite/"),
    "search": visit("/en/search/?q=safety", "/fr/recherche/?q=s%C3%A9curit%C3%A9"),
    "search, nothing found": visit("/en/search/?q=zzzz", "/fr/recherche/?q=zzzz"),
    "not found": visit("/en/no-such-page/", "/fr/aucune-page/"),
    "library": visit("/en/library/", "/fr/bibliotheque/"),
    "library, filtered": visit(
        "/en/library/?grade=7-8&format=lesson", "/fr/bibliotheque/?audience=organizations&topic=sextortion"
    ),
    "hub": visit("/en/parents/", "/fr/jeunes/"),
    "guide": visit(
        "/en/library/sextortion-what-parents-need-to-know/",
        "/fr/bibliotheque/sextorsion-ce-que-les-parents-doivent-savoir/",
    ),
    "guide for youth": visit(
        "/en/library/if-someone-is-threatening-to-share-your-pictures/",
        "/fr/bibliotheque/si-quelquun-menace-de-partager-tes-photos/",
    ),
    "lesson plan": visit(
        "/en/library/recognizing-manipulation-online/", "/fr/bibliotheque/reconnaitre-la-manipulation-en-ligne/"
    ),
    "print catalogue": visit(test_ordering.ENGLISH.catalogue, test_ordering.FRENCH.catalogue),
    "print catalogue, filtered": visit(
        f"{test_ordering.ENGLISH.catalogue}?audience=parents&format=brochure&edition=fr&in_stock=on",
        f"{test_ordering.FRENCH.catalogue}?format=poster&edition=bilingual",
    ),
    "print catalogue, nothing matches": visit(
        f"{test_ordering.ENGLISH.catalogue}?format=bookmark&audience=organizations",
        f"{test_ordering.FRENCH.catalogue}?format=bookmark&audience=organizations",
    ),
    "print resource": visit(test_ordering.ENGLISH.brochure, test_ordering.FRENCH.brochure),
    "request account": visit("/en/agency/request/", "/fr/services-de-police/demande-de-compte/"),
    "request account, with errors": request_with_errors,
    "confirm the email address": confirm_email,
    "email address confirmed": email_confirmed,
    "sign-in": visit("/en/agency/sign-in/", "/fr/services-de-police/connexion/"),
    "sign-in, with an error": sign_in_with_an_error,
    "sign-in, paused after too many attempts": sign_in_paused,
    "password reset": visit("/en/agency/password-reset/", "/fr/services-de-police/mot-de-passe-oublie/"),
    "print catalogue, signed in": signed_in(lambda language: language.catalogue),
    "print resource, signed in": signed_in(lambda language: language.brochure),
    "my orders, none yet": signed_in(lambda language: f"/{language.code}/agency/orders/"),
    "basket": basket,
    "basket, with a quantity error": basket_with_an_error,
    "checkout": checkout,
    "review the order": review,
    "order, just placed": order_placed,
    "my orders": my_orders,
    "report form": visit(test_tipline.ENGLISH.form, test_tipline.FRENCH.form),
    "report form, with errors": report_with_errors,
    "report sent": report_sent,
    "report follow-up": visit(test_tipline.ENGLISH.follow_up, test_tipline.FRENCH.follow_up),
    "tipline in figures": visit("/en/tipline-in-figures/", "/fr/centrale-en-chiffres/"),
    "referrals, for an investigator": referrals,
    "referral, for an investigator": referral,
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_has_no_axe_violations_and_fits_the_smallest_phone(
    page, live_site, put_back, no_new_reports, no_new_audit_entries, page_type, language
):
    """Each page type, reached as a person would (officers' and investigators' pages, forms with errors...):
    axe finds nothing on a desktop, and on a 320 px phone nothing makes the page scroll sideways. The screen
    narrows on the page reached rather than reaching it again: the layout follows the width alone."""
    PAGE_TYPES[page_type](page, language)
    assert page.locator("[data-safety-exit]").is_visible()
    assert violations(page) == []
    page.set_viewport_size(SMALLEST_PHONE)
    assert sideways_overflow(page) == {}


@pytest.mark.parametrize("path", ["/en/about/", "/fr/a-propos/"])
def test_page_has_no_axe_violations_on_a_phone(page, live_site, path):
    page.set_viewport_size(SMALLEST_PHONE)
    page.goto(path)
    assert violations(page) == []


@pytest.mark.parametrize(("path", "menu", "filters"), [("/en/library/", "Menu", "Filter"), ("/fr/", "Menu", None)])
def test_phone_menu_and_filters_opened_have_no_axe_violations(page, live_site, path, menu, filters):
    page.set_viewport_size(SMALLEST_PHONE)
    page.goto(path)
    # At 320 px the Menu button shows its icon alone: the summary named Menu (a summary has no ARIA role).
    page.get_by_role("banner").locator("summary", has_text=menu).click()
    if filters:
        page.get_by_text(filters, exact=True).click()
    assert violations(page) == []


def test_axe_harness_reports_a_real_violation(page, live_site):
    # Guards the tests above: an image without alt text must be reported.
    page.goto("/en/")
    page.evaluate("document.querySelector('main').appendChild(document.createElement('img'))")
    assert any(line.startswith("image-alt") for line in violations(page))


def undersized_targets(page):
    """The form controls in the page's main content smaller than 24 × 24 CSS pixels (WCAG 2.2, 2.5.8).

    A radio button or checkbox inside its label is clicked anywhere on the label: the label is its target."""
    return page.evaluate(
        """() => [...document.querySelectorAll(
                'main form input:not([type=hidden]), main form select, main form textarea, main form button')]
            .filter(control => control.offsetParent !== null)
            .map(control => {
                const target = control.matches('[type=radio], [type=checkbox]') && control.closest('label') || control;
                const box = target.getBoundingClientRect();
                return {name: control.name || control.textContent.trim(), width: box.width, height: box.height};
            })
            .filter(box => box.width < 24 || box.height < 24)"""
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_form_controls_of_officers_and_reporters_are_targets_of_at_least_24_px_on_a_phone(
    page, live_site, put_back, no_new_reports, code
):
    page.set_viewport_size({"width": 390, "height": 844})
    found = {}
    for name in ("resources:sign_in", "resources:request_account", "resources:password_reset"):
        page.goto(localized(name, code))
        found[name] = undersized_targets(page)
    page.goto(tipline(code).form)
    found["report form"] = undersized_targets(page)
    with_basket(page, code)
    page.goto(localized("resources:checkout", code))
    expect(page.get_by_role("radio").first).to_be_visible()  # the agency's addresses to ship to
    found["checkout"] = undersized_targets(page)
    assert {name: small for name, small in found.items() if small} == {}
