"""Demo content for the print catalogue: resources with their editions and stock, and police agencies."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from education.demo_content import library_item_fields
from resources import demo_data
from resources.models import (
    Agency,
    AgencyAddress,
    AgencyMember,
    Basket,
    BasketLine,
    Order,
    OutgoingEmail,
    PrintCataloguePage,
    PrintEdition,
    PrintResourcePage,
    StockItem,
    StockMovement,
)
from resources.services import submit_order
from resources.workflow import change_status
from website.bilingual import T
from website.covers import cover_image
from website.demo_content import ensure_french, get_or_create_child
from website.demo_links import with_report_address, with_service_links
from website.pdf import pdf_document


def create_pdf(content, language):
    title = getattr(content["title"], language)
    text = with_report_address(getattr(content["pdf_text"], language), language)
    return pdf_document(title, text, language, f"{slugify(getattr(content['slug'], language))}.pdf")


def receive_stock(edition):
    """The opening stock, as the first line of the ledger (on hand is always the ledger's sum)."""
    item = StockItem.objects.get(sku=edition["sku"])
    if edition["stock"] and not item.movements.exists():
        StockMovement.objects.create(stock_item=item, quantity=edition["stock"], reason=StockMovement.Reason.OPENING)
    item.on_hand = sum(item.movements.values_list("quantity", flat=True))
    item.low_stock_threshold = edition["low_stock_threshold"]
    item.save(update_fields=["on_hand", "low_stock_threshold"])


def load_resource(catalogue, content, topics):
    existing = catalogue.get_children().filter(slug=content["slug"].en).first()
    if existing is not None:
        return existing.specific
    english_pdf, french_pdf = create_pdf(content, "en"), create_pdf(content, "fr")
    text = with_service_links({key: content[key] for key in ("slug", "title", "summary", "description", "size")})
    resource, _ = get_or_create_child(
        catalogue,
        PrintResourcePage,
        text,
        print_format=content["print_format"],
        page_count=content["page_count"],
        pdf=english_pdf,
        preview_image=cover_image(
            f"Cover: {content['title'].en}",
            f"Drawing of the {content['print_format']}'s cover",
            content["slug"].en,
            shape="circle" if content["print_format"] in ("poster", "card") else "figures",
        ),
        **library_item_fields(content, topics),
        editions=[
            PrintEdition(
                language=edition["language"],
                sku=edition["sku"],
                pack_size=edition["pack_size"],
                max_per_order=edition["max_per_order"],
            )
            for edition in content["editions"]
        ],
    )
    for edition in content["editions"]:
        receive_stock(edition)
    ensure_french(resource, text, french_documents={english_pdf.pk: french_pdf.pk})
    return resource


def load_agency(content, stdout):
    agency = Agency.objects.filter(name=content["name"]).first()
    if agency is not None:
        return agency
    agency = Agency.objects.create(
        name=content["name"], agency_type=content["agency_type"], province=content["province"], status=content["status"]
    )
    AgencyAddress.objects.create(agency=agency, label=content["name"], is_main=True, province=content["province"],
                                 **content["address"])  # fmt: skip
    for detachment in content["detachments"]:
        AgencyAddress.objects.create(agency=agency, province=content["province"], **detachment)
    person = content["user"]
    password = os.environ.get("DEMO_OFFICER_PASSWORD") or secrets.token_urlsafe(10)
    user = get_user_model().objects.create_user(
        username=person["email"],
        email=person["email"],
        password=password,
        first_name=person["first_name"],
        last_name=person["last_name"],
        is_active=content["status"] == Agency.Status.APPROVED,
    )
    AgencyMember.objects.create(user=user, agency=agency, phone=person["phone"], language=person["language"])
    if user.is_active:
        stdout.write(f"Officer of {agency.name}: {person['email']} / {password}")
    return agency


# A few orders so the order team's screens and the distribution report have something to show:
# (officer's email, [(sku, pieces)], what staff did with it).
DEMO_ORDERS = [
    ("amanda.kowalski@riverbendpolice.example", [("NB-SXT-BR-EN", 300), ("NB-GCH-PO-EN", 30)], ["packing", "shipped"]),
    ("daniel.okafor@harrowcreek-rcmp.example", [("NB-THR-WC-BI", 1000)], ["packing", "shipped", "delivered"]),
    ("mj.lavoie@police-riviere-des-cedres.example", [("NB-SXT-BR-FR", 400)], ["packing", "shipped"]),
    ("amanda.kowalski@riverbendpolice.example", [("NB-GRM-BR-EN", 200)], ["packing"]),
    ("daniel.okafor@harrowcreek-rcmp.example", [("NB-GCH-PO-EN", 120), ("NB-SXT-BR-EN", 100)], []),
]


def load_demo_orders():
    """Orders placed and moved along the way staff would, through the same services (only once)."""
    if Order.objects.exists():
        return
    staff = get_user_model().objects.filter(is_superuser=True).first()
    for email, lines, steps in DEMO_ORDERS:
        officer = get_user_model().objects.get(username=email)
        basket, _ = Basket.objects.get_or_create(user=officer)
        for sku, pieces in lines:
            BasketLine.objects.create(basket=basket, stock_item=StockItem.objects.get(sku=sku), quantity=pieces)
        basket.touch()
        address = officer.agency_member.agency.addresses.get(is_main=True)
        order, _ = submit_order(officer, basket.token, address, "", officer.agency_member.language)
        for step in steps:
            order = change_status(order, step, staff, carrier="Canada Post", tracking=f"7301 2026 {order.pk:04d}")
    # The officers did not really order: their confirmation emails are not sent.
    OutgoingEmail.objects.filter(sent_at=None).update(sent_at=timezone.now(), last_error="Demo content: not sent")


def load(stdout, loaded):
    home = loaded["website"]["home"]
    catalogue, _ = get_or_create_child(home, PrintCataloguePage, demo_data.CATALOGUE)
    ensure_french(catalogue, demo_data.CATALOGUE)
    topics = loaded["education"]["topics"]
    resources = [load_resource(catalogue, content, topics) for content in demo_data.RESOURCES]
    agencies = [load_agency(content, stdout) for content in demo_data.AGENCIES]
    load_demo_orders()
    return {
        "catalogue": catalogue,
        "resources": resources,
        "agencies": agencies,
        "home_cards": [(catalogue, demo_data.CATALOGUE["summary"], "print")],
        "menu_items": [(catalogue, T("Order print", "Commander"))],
    }
