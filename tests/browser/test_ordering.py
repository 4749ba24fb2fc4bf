"""Printed resources in a real browser: an agency asks for an account, staff approve it, officers order.

Orders, agencies, officers and baskets the tests create are deleted afterwards and the stock they
reserved is released (`put_back`), so every other browser test sees the demo content as loaded.
"""

import re
import uuid
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from resources import services
from resources.models import BasketLine, Order, OutgoingEmail, PrintEdition, StockItem
from tests.browser.conftest import TIMEOUT_MS
from tests.conftest import DEMO_ADMIN_PASSWORD, DEMO_OFFICER_PASSWORD

OFFICER_PASSWORD = DEMO_OFFICER_PASSWORD
ADMIN_PASSWORD = DEMO_ADMIN_PASSWORD
AMANDA = "amanda.kowalski@riverbendpolice.example"  # Riverbend Police Service, Ontario
MARIE_JOSEE = "mj.lavoie@police-riviere-des-cedres.example"  # a First Nations police service in Quebec
ORDER_NUMBER = re.compile(r"PR-\d{4}-\d{6}")


def label(text):
    """A form label exactly, with the colon Django adds (" :" in French)."""
    return re.compile(rf"^{re.escape(text)}\s*:?$")


@dataclass(frozen=True)
class Language:
    code: str
    catalogue: str
    brochure: str  # Sextortion: how to help your child (NB-SXT-BR-EN, NB-SXT-BR-FR: packs of 50)
    poster: str  # Game chat: play it safe (NB-GCH-PO-EN: packs of 10, at most 50 per order)
    french_brochures: str  # the quantity field of the French edition on the brochure's page
    english_posters: str
    add_french_brochures: str  # its button
    add_english_posters: str
    brochure_title: str
    email: str
    password: str
    sign_in: str
    sign_in_error: str
    basket_heading: str
    basket_updated: str
    view_basket: str  # the link in the confirmation that stays on the resource's page
    brochure_quantity_in_basket: str
    brochure_error: str  # the error summary's link to the French brochures' quantity
    update_basket: str
    checkout: str
    checkout_heading: str
    note: str
    review: str
    review_heading: str
    place_order: str
    placed: str
    order_heading: str
    my_orders: str
    leave_quickly: str
    error_summary: str
    pack_error: str
    french_edition: str
    whole_number_error: str
    request_heading: str
    send_request: str


ENGLISH = Language(
    code="en",
    catalogue="/en/print-resources/",
    brochure="/en/print-resources/sextortion-how-to-help-your-child/",
    poster="/en/print-resources/game-chat-play-it-safe/",
    french_brochures="Pieces, French edition",
    english_posters="Pieces, English edition",
    add_french_brochures="Add to basket (French edition)",
    add_english_posters="Add to basket (English edition)",
    brochure_title="Sextortion: how to help your child",
    email="Work email",
    password="Password",
    sign_in="Sign in",
    sign_in_error="The email or password is not right. Both are case-sensitive.",
    basket_heading="Your basket",
    basket_updated="Your basket is updated.",
    view_basket="View your basket",
    brochure_quantity_in_basket="Pieces of Sextortion: how to help your child, French",
    brochure_error="Sextortion: how to help your child (French): {error}",
    update_basket="Update the basket",
    checkout="Continue to checkout",
    checkout_heading="Checkout",
    note="Note for our team (optional)",
    review="Review the order",
    review_heading="Review your order",
    place_order="Place the order",
    placed="Thank you: order {number} is placed.",
    order_heading="Order {number}",
    my_orders="My orders",
    leave_quickly="Emergency: Leave quickly",
    error_summary="Please correct the following:",
    pack_error="This edition comes in packs of 50: order a multiple of 50 pieces.",
    french_edition="French edition: ",
    whole_number_error="Enter a whole number of pieces.",
    request_heading="Request an account for your agency",
    send_request="Send the request",
)

FRENCH = Language(
    code="fr",
    catalogue="/fr/ressources-imprimees/",
    brochure="/fr/ressources-imprimees/sextorsion-comment-aider-votre-enfant/",
    poster="/fr/ressources-imprimees/jeux-en-ligne-clavarde-en-securite/",
    french_brochures="Exemplaires, édition française",
    english_posters="Exemplaires, édition anglaise",
    add_french_brochures="Ajouter au panier (édition française)",
    add_english_posters="Ajouter au panier (édition anglaise)",
    brochure_title="Sextorsion : comment aider votre enfant",
    email="Courriel professionnel",
    password="Mot de passe",
    sign_in="Se connecter",
    sign_in_error="Le courriel ou le mot de passe est incorrect. Les majuscules et les minuscules comptent.",
    basket_heading="Votre panier",
    basket_updated="Votre panier a été mis à jour.",
    view_basket="Voir votre panier",
    brochure_quantity_in_basket="Exemplaires de Sextorsion : comment aider votre enfant, français",
    brochure_error="Sextorsion : comment aider votre enfant (français) : {error}",
    update_basket="Mettre à jour le panier",
    checkout="Passer à la commande",
    checkout_heading="Commande",
    note="Note pour notre équipe (facultatif)",
    review="Vérifier la commande",
    review_heading="Vérifiez votre commande",
    place_order="Passer la commande",
    placed="Merci : votre commande {number} a bien été passée.",
    order_heading="Commande {number}",
    my_orders="Mes commandes",
    leave_quickly="Urgence : Quitter rapidement",
    error_summary="Veuillez corriger ce qui suit :",
    pack_error="Cette édition est offerte en paquets de 50 : commandez un multiple de 50 exemplaires.",
    french_edition="Édition française : ",
    whole_number_error="Entrez un nombre entier d’exemplaires.",
    request_heading="Demander un compte pour votre service",
    send_request="Envoyer la demande",
)


@pytest.fixture(params=[ENGLISH, FRENCH], ids=["en", "fr"])
def language(request):
    return request.param


def stock(sku):
    return StockItem.objects.get(sku=sku)


def basket_quantities(email):
    lines = BasketLine.objects.filter(basket__user__username=email).select_related("stock_item")
    return {line.stock_item.sku: line.quantity for line in lines}


def sign_in(page, language, email, password=OFFICER_PASSWORD):
    page.goto(f"/{language.code}/agency/sign-in/")
    page.get_by_label(language.email).fill(email)
    page.get_by_label(label(language.password)).fill(password)
    page.get_by_role("button", name=language.sign_in, exact=True).click()


@pytest.fixture
def open_page(browser, live_site):
    """A new page in a browser of its own (one per person, with options such as java_script_enabled)."""
    contexts = []

    def open_page(**options):
        contexts.append(browser.new_context(base_url=live_site.url, viewport={"width": 1280, "height": 900}, **options))
        page = contexts[-1].new_page()
        page.set_default_timeout(TIMEOUT_MS)
        return page

    yield open_page
    for context in contexts:
        context.close()


def signed_in_page(open_page, language, email, **options):
    page = open_page(**options)
    sign_in(page, language, email)
    expect(page.get_by_role("heading", level=1)).to_have_text(language.my_orders)
    return page


def add_to_basket(page, language, resource, field, button, pieces):
    page.goto(resource)
    page.get_by_label(field, exact=True).fill(str(pieces))
    page.get_by_role("button", name=button, exact=True).click()
    # The officer stays on the resource's page, told what is in the basket, with a link to it.
    expect(page).to_have_url(re.compile(re.escape(resource) + "$"))
    confirmation = page.get_by_role("main").get_by_role("status")
    expect(confirmation).to_contain_text(str(pieces))
    confirmation.get_by_role("link", name=language.view_basket).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(language.basket_heading)


def place_order(page, language, note=""):
    """From the basket: checkout, review, place the order; returns the order's number."""
    page.get_by_role("button", name=language.checkout).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(language.checkout_heading)
    if note:
        page.get_by_label(language.note).fill(note)
    page.get_by_role("button", name=language.review).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(language.review_heading)
    page.get_by_role("button", name=language.place_order, exact=True).click()
    return placed_order_number(page, language)


def placed_order_number(page, language):
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile(language.order_heading.format(number=ORDER_NUMBER.pattern)))
    number = ORDER_NUMBER.search(heading.inner_text()).group()
    expect(page.get_by_role("main").get_by_role("status")).to_have_text(language.placed.format(number=number))
    return number


def order_lines(number):
    order = Order.objects.get(number=number)
    return {line.stock_item.sku: line.quantity for line in order.lines.select_related("stock_item")}


# --- 1. The whole story: request an account, approval, the first order ----------------------------


def test_an_officer_requests_an_account_staff_approve_it_and_the_officer_orders(open_page, put_back):
    run = uuid.uuid4().hex[:8]
    agency_name = f"Northfield Police Service {run}"
    email = f"j.tremblay.{run}@northfield-police.example"
    password = "Lantern harbour 2718"
    page = open_page()

    # The officer finds the request form from the resource page they want to order.
    page.goto(ENGLISH.brochure)
    page.get_by_role("link", name="Request an account for your agency").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH.request_heading)
    page.get_by_label("Agency name").fill(agency_name)
    page.get_by_label("Type of agency").select_option(label="Municipal police service")
    page.get_by_label("Province or territory").select_option(label="Ontario")
    page.get_by_label("Shipping address").fill("75 King Street West")
    page.get_by_label("City or town").fill("Northfield")
    page.get_by_label("Postal code").fill("k7l 2w4")
    page.get_by_label("Your first name").fill("Julie")
    page.get_by_label("Your last name").fill("Tremblay")
    page.get_by_label("Your work email").fill(email)
    page.get_by_label("Your work phone").fill("(613) 555-0188")
    page.get_by_label(label("Password")).fill(password)
    page.get_by_label("Password again").fill(password)
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Request received")
    expect(page.get_by_role("main")).to_contain_text(f"We sent an email to {email}")
    expect(page.get_by_role("main")).to_contain_text(f"the account for {agency_name} is approved")

    # The officer opens the link emailed to them and confirms that the mailbox is theirs.
    body = OutgoingEmail.objects.filter(to=email).latest("pk").body
    page.goto(re.search(r"https?://[^/\s]+(/en/agency/request/confirm/\S+/)", body).group(1))
    page.get_by_role("button", name="Confirm my email address").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Email address confirmed")
    expect(page.get_by_role("main")).to_contain_text(f"check the request for {agency_name}")

    # Until staff approve the agency, the officer cannot sign in, and is told why.
    sign_in(page, ENGLISH, email, password)
    expect(page.get_by_role("alert")).to_contain_text("Your account is waiting for approval")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to order printed resources")

    # A staff member signs in to the admin and approves the request.
    admin = open_page()
    admin.goto("/admin/login/")
    admin.get_by_label("Username").fill("admin")
    admin.get_by_label("Password").fill(ADMIN_PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    expect(admin.get_by_role("link", name="Dashboard")).to_be_visible()
    menu_item = admin.get_by_role("link", name="Agency requests")
    if not menu_item.is_visible():  # in the "Print orders" submenu
        admin.get_by_role("button", name="Print orders").click()
    menu_item.click()
    expect(admin.get_by_role("heading", level=1)).to_have_text("Agency requests")
    request_row = admin.get_by_role("row").filter(has_text=agency_name)
    expect(request_row).to_contain_text(email)
    expect(request_row).to_contain_text("K7L 2W4")
    request_row.get_by_role("button", name="Approve").click()
    expect(admin.get_by_text(f"{agency_name} is approved; its officers can now order.")).to_be_visible()
    expect(admin.get_by_role("row").filter(has_text=agency_name)).to_have_count(0)

    # The officer signs in and orders 200 French brochures and 50 English posters.
    sign_in(page, ENGLISH, email, password)
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH.my_orders)
    expect(page.get_by_role("main")).to_contain_text("Your agency has no orders yet.")
    brochures, posters = stock("NB-SXT-BR-FR").reserved, stock("NB-GCH-PO-EN").reserved
    add_to_basket(page, ENGLISH, ENGLISH.brochure, ENGLISH.french_brochures, ENGLISH.add_french_brochures, 200)
    add_to_basket(page, ENGLISH, ENGLISH.poster, ENGLISH.english_posters, ENGLISH.add_english_posters, 50)
    expect(page.get_by_label(ENGLISH.brochure_quantity_in_basket)).to_have_value("200")
    expect(page.get_by_label("Pieces of Game chat: play it safe, English")).to_have_value("50")

    page.get_by_role("button", name=ENGLISH.checkout).click()
    expect(page.get_by_role("radio", name=re.compile(agency_name))).to_be_checked()
    page.get_by_label(ENGLISH.note).fill("For the parents’ evening at Northfield Public School")
    page.get_by_role("button", name=ENGLISH.review).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH.review_heading)
    review = page.get_by_role("main")
    expect(review.get_by_role("row").filter(has_text="NB-SXT-BR-FR")).to_contain_text("200")
    expect(review.get_by_role("row").filter(has_text="NB-GCH-PO-EN")).to_contain_text("50")
    expect(review).to_contain_text("75 King Street West")
    page.get_by_role("button", name=ENGLISH.place_order, exact=True).click()
    number = placed_order_number(page, ENGLISH)

    # The confirmation shows the order; "My orders" lists it.
    confirmation = page.get_by_role("main")
    # Each line has the title of its edition's language.
    expect(confirmation.get_by_role("row").filter(has_text=FRENCH.brochure_title)).to_contain_text("200")
    expect(confirmation.get_by_role("row").filter(has_text="Game chat: play it safe")).to_contain_text("50")
    expect(confirmation).to_contain_text("Approved")
    page.get_by_role("link", name=ENGLISH.my_orders).click()
    expect(page.get_by_role("row").filter(has_text=number)).to_contain_text("250")
    page.get_by_role("link", name=number).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Order {number}")

    assert order_lines(number) == {"NB-SXT-BR-FR": 200, "NB-GCH-PO-EN": 50}
    assert stock("NB-SXT-BR-FR").reserved == brochures + 200
    assert stock("NB-GCH-PO-EN").reserved == posters + 50
    assert basket_quantities(email) == {}


# --- 2. Without JavaScript ------------------------------------------------------------------------


def test_ordering_works_without_javascript(open_page, put_back):
    """In French, from the French pages; the quantity changed in the basket is kept at checkout."""
    page = signed_in_page(open_page, FRENCH, MARIE_JOSEE, java_script_enabled=False)
    add_to_basket(page, FRENCH, FRENCH.brochure, FRENCH.french_brochures, FRENCH.add_french_brochures, 200)
    add_to_basket(page, FRENCH, FRENCH.poster, FRENCH.english_posters, FRENCH.add_english_posters, 10)
    page.get_by_label("Exemplaires de Jeux en ligne : clavarde en sécurité, Anglais").fill("50")
    number = place_order(page, FRENCH, note="Pour la soirée des parents")
    assert order_lines(number) == {"NB-SXT-BR-FR": 200, "NB-GCH-PO-EN": 50}


# --- 3. With the keyboard alone -------------------------------------------------------------------


def tab_to(page, target, presses=60):
    """Press Tab until `target` has the focus, as a keyboard user would; it must show that it has it."""
    element = target.element_handle()
    for _press in range(presses):
        page.keyboard.press("Tab")
        if element.evaluate("element => element === document.activeElement"):
            style = element.evaluate("element => getComputedStyle(element).outlineStyle")
            assert style != "none", "the focused control shows no focus indicator"
            return
    pytest.fail(f"{presses} presses of Tab never reached {target}")


def test_an_officer_orders_with_the_keyboard_alone(open_page, put_back):
    page = open_page()
    page.goto(ENGLISH.brochure)
    tab_to(page, page.get_by_role("link", name="Sign in to order"))
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_label(ENGLISH.email))
    page.keyboard.type(AMANDA)
    page.keyboard.press("Tab")
    page.keyboard.type(OFFICER_PASSWORD)
    page.keyboard.press("Enter")  # back to the resource page it came from
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH.brochure_title)

    tab_to(page, page.get_by_label(ENGLISH.french_brochures, exact=True))
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("200")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name=ENGLISH.add_french_brochures)).to_be_focused()
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("link", name=ENGLISH.view_basket))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH.basket_heading)

    tab_to(page, page.get_by_role("button", name=ENGLISH.checkout))
    page.keyboard.press("Space")
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH.checkout_heading)
    tab_to(page, page.get_by_role("radio", name=re.compile("^Riverbend Police Service")))  # the main address
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name=re.compile("^Lakeshore Community Office"))).to_be_checked()
    tab_to(page, page.get_by_role("button", name=ENGLISH.review))
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_contain_text("1190 Lakeshore Drive")
    tab_to(page, page.get_by_role("button", name=ENGLISH.place_order, exact=True))
    page.keyboard.press("Space")
    number = placed_order_number(page, ENGLISH)
    assert order_lines(number) == {"NB-SXT-BR-FR": 200}
    assert Order.objects.get(number=number).ship_to_label == "Lakeshore Community Office"


# --- 4. axe-core: tests/browser/test_accessibility.py ----------------------------------------------


# --- 5. Bad input ------------------------------------------------------------------------------------


def test_pieces_that_are_not_whole_packs_are_refused_in_the_pages_language(open_page, put_back, language):
    officer = AMANDA if language is ENGLISH else MARIE_JOSEE
    orders = Order.objects.filter(placed_by__username=officer).count()
    page = signed_in_page(open_page, language, officer)
    page.goto(language.brochure)
    page.get_by_label(language.french_brochures, exact=True).fill("75")
    page.get_by_role("button", name=language.add_french_brochures).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(language.brochure_title)
    # The page offers several editions: the message says which one it is about.
    expect(page.get_by_role("alert")).to_have_text(f"{language.french_edition}{language.pack_error}")
    assert basket_quantities(officer) == {}

    add_to_basket(page, language, language.brochure, language.french_brochures, language.add_french_brochures, 100)
    quantity = page.get_by_label(language.brochure_quantity_in_basket)
    for bad, error in [("120", language.pack_error), ("12.5", language.whole_number_error)]:
        quantity.fill(bad)
        page.get_by_role("button", name=language.update_basket).click()
        summary = page.get_by_role("alert")
        expect(summary).to_contain_text(language.error_summary)
        expect(summary.get_by_role("link")).to_have_text(language.brochure_error.format(error=error))
        expect(quantity).to_have_value(bad)  # what the officer typed, to correct it
        expect(quantity).to_have_attribute("aria-invalid", "true")
        expect(quantity).to_have_accessible_description(error)
        assert basket_quantities(officer) == {"NB-SXT-BR-FR": 100}

    # Following the summary's link puts the cursor in the field to correct.
    summary.get_by_role("link").click()
    expect(quantity).to_be_focused()
    page.get_by_role("button", name=language.checkout).click()  # not with the error uncorrected
    expect(page.get_by_role("heading", level=1)).to_have_text(language.basket_heading)
    expect(page.get_by_role("alert")).to_contain_text(language.whole_number_error)
    assert basket_quantities(officer) == {"NB-SXT-BR-FR": 100}
    assert Order.objects.filter(placed_by__username=officer).count() == orders


# --- 6 and 7. Another agency's order; Leave quickly on the ordering pages ---------------------------


def place_order_for(email, sku, pieces):
    """An order placed directly through the ordering rules, for tests about what comes after."""
    user = get_user_model().objects.get(username=email)
    edition = PrintEdition.objects.filter(sku=sku, page__locale__language_code="en").first()
    services.set_basket_quantity(user, edition.pk, pieces)
    basket = services.basket_of(user)
    address = services.agency_of(user).addresses.first()
    order, _created = services.submit_order(user, basket.token, address, "", "en")
    return order.number


def test_another_agencys_officer_gets_404_for_an_order(open_page, put_back):
    number = place_order_for(AMANDA, "NB-SXT-BR-FR", 200)
    page = signed_in_page(open_page, FRENCH, MARIE_JOSEE)
    response = page.goto(f"/fr/services-de-police/commandes/{number}/")
    assert response.status == 404
    expect(page.get_by_role("main")).not_to_contain_text("Riverbend")
    page.goto("/fr/services-de-police/commandes/")
    expect(page.get_by_role("link", name=number)).to_have_count(0)


def test_leave_quickly_is_on_the_sign_in_request_basket_and_order_pages(open_page, put_back, language):
    officer = AMANDA if language is ENGLISH else MARIE_JOSEE
    number = place_order_for(officer, "NB-GCH-PO-EN", 50)
    page = open_page()
    names = [("sign_in", []), ("request_account", []), ("basket", []), ("orders", []), ("order", [number])]
    for name, args in names:
        if name == "basket":
            sign_in(page, language, officer)
        with translation.override(language.code):
            path = reverse(f"resources:{name}", args=args)
        page.goto(path)
        expect(page).to_have_url(re.compile(f"{path}$"))  # not sent to sign in
        leave = page.get_by_role("link", name=language.leave_quickly)
        expect(leave).to_be_visible()
        page.keyboard.press("Tab")
        expect(leave).to_be_focused()  # the first stop of the keyboard
