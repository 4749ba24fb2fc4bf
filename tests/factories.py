"""Builders for test data: real pages and snippets, translated through wagtail-localize like an editor would."""

import uuid
from datetime import date
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from education.models import (
    Audience,
    AudienceHubPage,
    GuidePage,
    LessonPlanPage,
    LibraryIndexPage,
    LibraryItemPage,
    Topic,
)
from resources.models import (
    Agency,
    AgencyAddress,
    AgencyMember,
    OrderingSettings,
    PrintCataloguePage,
    PrintEdition,
    PrintResourcePage,
    StockItem,
    StockMovement,
)
from website import demo_content
from website.bilingual import H, T, english, publish_french
from website.chrome import forget
from website.models import HelpPage, MainMenu, MainMenuItem, SiteSettings, StandardPage
from website.pdf import pdf_document


def standard_page_content(number, title=None):
    title = title or T(f"Page number {number}", f"Page numéro {number}")
    return {
        "title": title,
        "slug": T(f"page-{number}", f"page-fr-{number}"),
        "summary": T(f"Summary of page {number}.", f"Résumé de la page {number}."),
        "body": [
            {
                "type": "paragraph",
                "value": H(f"<p>Body of page {number}.</p>", f"<p>Contenu de la page {number}.</p>"),
            }
        ],
    }


def add_standard_page(parent, content, translate=True):
    page, _ = demo_content.get_or_create_child(parent, StandardPage, content)
    french = publish_french(page, content) if translate else None
    return page, french


def build_bilingual_site():
    """Home, about and safety pages in both languages, plus one page that exists only in English."""
    home = demo_content.load_home()
    about, about_fr = add_standard_page(home, demo_content.ABOUT)
    safety, safety_fr = add_standard_page(home, demo_content.STAYING_SAFE)
    english_only, _ = add_standard_page(home, standard_page_content(99, T("Only in English", "")), translate=False)
    help_page, _ = demo_content.get_or_create_child(home, HelpPage, demo_content.GET_HELP)
    help_fr = publish_french(help_page, demo_content.GET_HELP)
    demo_content.load_link_snippet(MainMenu, "items", [about, safety])
    site_settings = SiteSettings.load()
    site_settings.safety_page = safety
    site_settings.save()
    return SimpleNamespace(
        home=home,
        home_fr=home.get_translation(Locale.objects.get(language_code="fr")),
        about=about,
        about_fr=about_fr,
        safety=safety,
        safety_fr=safety_fr,
        english_only=english_only,
        help=help_page,
        help_fr=help_fr,
    )


def set_main_menu(pages, locale_code="en"):
    """Make the main menu of that language link to exactly these pages."""
    locale = Locale.objects.get(language_code=locale_code)
    menu = MainMenu.objects.filter(locale=locale).first() or MainMenu(locale=locale)
    menu.items = [menu._meta.get_field("items").related_model(page=page) for page in pages]
    menu.save()
    return menu


__all__ = ["H", "T", "add_standard_page", "build_bilingual_site", "english", "set_main_menu", "standard_page_content"]


# --- Education library ------------------------------------------------------


def make_topic(slug, name):
    topic = Topic.objects.create(locale=Locale.objects.get(language_code="en"), slug=slug, name=name.en)
    publish_french(topic, {"name": name})
    return topic


def make_library(home):
    content = {
        "title": T("Library", "Bibliothèque"),
        "slug": T("library", "bibliotheque"),
        "intro": T("Everything we publish.", "Tout ce que nous publions."),
    }
    library, _ = demo_content.get_or_create_child(home, LibraryIndexPage, content)
    demo_content.ensure_french(library, content)
    return library


def build_library(home):
    """A library under `home` with two topics: what the education tests share (tests/conftest.py)."""
    return SimpleNamespace(
        library=make_library(home),
        topics=SimpleNamespace(
            sextortion=make_topic("sextortion", T("Sextortion", "Sextorsion")),
            gaming=make_topic("gaming-and-chat", T("Gaming and chat", "Jeux et clavardage")),
        ),
    )


def guide_content(number, title=None):
    return {
        "title": title or T(f"Guide number {number}", f"Guide numéro {number}"),
        "slug": T(f"guide-{number}", f"guide-fr-{number}"),
        "summary": T(f"What guide {number} is about.", f"Le sujet du guide {number}."),
        "body": [
            {"type": "heading", "value": {"text": T("Warning signs", "Signaux d’alarme"), "level": "h2"}},
            {
                "type": "paragraph",
                "value": H(
                    f"<p>Guide {number} explains how to talk with children about friends made online or at the "
                    "skate park.</p>",
                    f"<p>Le guide {number} explique comment parler avec les enfants des amis rencontrés en ligne ou "
                    "au planchodrome.</p>",
                ),
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Talk about it", "Parlez-en"),
                    "intro": T("Try one of these.", "Essayez l’une de ces phrases."),
                    "starters": [T("Who do you chat with?", "Avec qui clavardes-tu?")],
                },
            },
        ],
    }


def make_guide(library, number, audiences=("parents",), topics=(), ages=(8, 12), translate=True, title=None):
    content = guide_content(number, title)
    guide, _ = demo_content.get_or_create_child(
        library,
        GuidePage,
        content,
        audiences=list(Audience.objects.filter(code__in=audiences)),
        topics=list(topics),
        age_min=ages[0],
        age_max=ages[1],
        last_reviewed=date(2026, 9, 1),
    )
    french = publish_french(guide, content) if translate else None
    return guide, french


def make_document(title, language, text="Lesson text."):
    return pdf_document(title, text, language, f"{language}-{slugify(title)}.pdf")


PREPARATION_NOTE = T("Read the disclosure steps first.", "Lisez d’abord les étapes en cas de dévoilement.")


def make_lesson(library, number, grade_band="7-8", topics=(), adult_preparation=False, translate=True, title=None):
    english_document = make_document(f"Lesson {number} plan", "en", "Students discuss trusted adults.")
    french_document = make_document(f"Plan de leçon {number}", "fr", "Les élèves parlent des adultes de confiance.")
    content = {
        "title": title or T(f"Lesson number {number}", f"Leçon numéro {number}"),
        "slug": T(f"lesson-{number}", f"lecon-{number}"),
        "summary": T(f"What lesson {number} teaches.", f"Ce qu’enseigne la leçon {number}."),
        "subjects": T("Health", "Santé"),
        "learning_outcomes": H(
            "<ul><li>Name a trusted adult.</li></ul>", "<ul><li>Nommer un adulte de confiance.</li></ul>"
        ),
        "adult_preparation_note": PREPARATION_NOTE if adult_preparation else T("", ""),
        "activities": [
            {
                "type": "activity",
                "value": {
                    "title": T("Warm-up", "Mise en train"),
                    "minutes": 15,
                    "instructions": H("<p>Ask the class.</p>", "<p>Demandez au groupe.</p>"),
                },
            }
        ],
        "downloads": [
            {
                "type": "download",
                "value": {"document": english_document.pk, "title": T("Lesson plan", "Plan de leçon")},
            }
        ],
    }
    lesson, _ = demo_content.get_or_create_child(
        library,
        LessonPlanPage,
        content,
        grade_band=grade_band,
        duration_minutes=45,
        adult_preparation=adult_preparation,
        audiences=list(Audience.objects.filter(code="educators")),
        topics=list(topics),
    )
    french = (
        publish_french(lesson, content, french_documents={english_document.pk: french_document.pk})
        if translate
        else None
    )
    return lesson, french


def make_hub(home, code, slug):
    content = {
        "title": T(f"For {code}", f"Pour {code}"),
        "slug": slug,
        "intro": T(f"Material for {code}.", f"Du matériel pour {code}."),
    }
    hub, _ = demo_content.get_or_create_child(home, AudienceHubPage, content, audience=code)
    return hub, publish_french(hub, content)


# --- Print catalogue and agencies ----------------------------------------------


def make_catalogue(home):
    content = {
        "title": T("Printed resources", "Ressources imprimées"),
        "slug": T("print-resources", "ressources-imprimees"),
        "intro": T("Free for police agencies.", "Gratuit pour les services de police."),
    }
    catalogue, _ = demo_content.get_or_create_child(home, PrintCataloguePage, content)
    demo_content.ensure_french(catalogue, content)
    return catalogue


def make_resource(catalogue, number, editions, print_format="brochure", topics=(), translate=True):
    """A printed resource; `editions` is a list of (language, sku, pack_size, max_per_order, stock)."""
    content = {
        "title": T(f"Resource number {number}", f"Ressource numéro {number}"),
        "slug": T(f"resource-{number}", f"ressource-{number}"),
        "summary": T(f"What resource {number} is.", f"Ce qu’est la ressource {number}."),
        "description": H(f"<p>Resource {number} for families.</p>", f"<p>Ressource {number} pour les familles.</p>"),
        "size": T("8.5 × 11 in", "8,5 × 11 po"),
    }
    resource, _ = demo_content.get_or_create_child(
        catalogue,
        PrintResourcePage,
        content,
        print_format=print_format,
        page_count=2,
        audiences=list(Audience.objects.filter(code="parents")),
        topics=list(topics),
        editions=[
            PrintEdition(language=language, sku=sku, pack_size=pack, max_per_order=maximum)
            for language, sku, pack, maximum, _stock in editions
        ],
    )
    for _language, sku, _pack, _maximum, stock in editions:
        item = StockItem.objects.get(sku=sku)
        if stock:
            StockMovement.objects.create(stock_item=item, quantity=stock, reason=StockMovement.Reason.RECEIVED)
        item.on_hand = stock
        item.low_stock_threshold = max(stock // 10, 1)
        item.save()
    french = publish_french(resource, content) if translate else None
    return resource, french


def make_agency(name="Riverbend Police Service", province="ON", postal_code="K7A 1B2", status="approved", email=None):
    """An agency with its main address and one officer (password "officer-password-1")."""
    agency = Agency.objects.create(name=name, agency_type="municipal", province=province, status=status)
    AgencyAddress.objects.create(
        agency=agency, label=name, is_main=True, line1="100 Main Street", city="Riverbend", province=province,
        postal_code=postal_code,
    )  # fmt: skip
    email = email or f"officer@{slugify_name(name)}.example"
    user = get_user_model().objects.create_user(
        username=email, email=email, password="officer-password-1", first_name="Sam", last_name="Tremblay",
        is_active=status == "approved",
    )  # fmt: skip
    AgencyMember.objects.create(user=user, agency=agency, phone="613-555-0142", language="en")
    return agency, user


def build_shop(home):
    """A catalogue with three resources (one out of stock, one discontinued edition) and two approved agencies:
    what the print-order tests share (tests/conftest.py)."""
    catalogue = make_catalogue(home)
    brochure, brochure_fr = make_resource(
        catalogue, 1, [("en", "NB-SXT-BR-EN", 50, 1000, 5000), ("fr", "NB-SXT-BR-FR", 50, 1000, 2000)]
    )
    poster, _ = make_resource(catalogue, 2, [("en", "NB-GAM-PO-EN", 10, 50, 500)], print_format="poster")
    card, _ = make_resource(
        catalogue,
        3,
        [("bilingual", "NB-HLP-CA-BI", 100, 2000, 0), ("en", "NB-HLP-CA-EN", 100, 2000, 1000)],
        print_format="card",
    )
    old_edition = card.editions.get(sku="NB-HLP-CA-EN")
    old_edition.discontinued = True
    old_edition.save()
    OrderingSettings.load()  # created once, as the demo content and a running site have it
    riverbend, officer = make_agency()
    lakeshore, other_officer = make_agency("Lakeshore Regional Police", province="BC", postal_code="V6B 1A1")
    return SimpleNamespace(
        catalogue=catalogue,
        brochure=brochure,
        brochure_fr=brochure_fr,
        poster=poster,
        card=card,
        agency=riverbend,
        officer=officer,
        other_agency=lakeshore,
        other_officer=other_officer,
    )


def slugify_name(name):
    return slugify(name)


# --- Many rows at once, for the query budgets (tests/helpers.py: query_budget) ----------------------------


def insert_rows(model, objects):
    """Insert the rows of `model`'s own table for these objects, a few statements in all; return the new ids.

    bulk_create() refuses models that inherit a table (every page type does), so each table of the chain is
    written with the same batched insert bulk_create uses.
    """
    # Every column but Page's own id, which the database numbers; the other tables' keys are links to it.
    fields = [field for field in model._meta.local_concrete_fields if not (model is Page and field.name == "id")]
    rows = model._base_manager.all()._batched_insert(objects, fields, batch_size=None)
    return [row[0] for row in rows or []]


def bulk_add_pages(parent, model, rows):
    """Live children of `parent`, one per dict of field values in `rows`, with a few queries per table.

    Wagtail's add_child() and publish() take dozens of queries a page. These pages have no revisions: what a
    reader sees of a page comes from its own row. A row with a `translation_key` makes a translation.
    """
    parent.refresh_from_db()
    last_child = parent.get_last_child()
    step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    pages = []
    for offset, fields in enumerate(rows, start=1):
        fields = {"translation_key": uuid.uuid4(), **fields}
        pages.append(
            model(
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, step + offset),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{fields['slug']}/",
                locale_id=parent.locale_id,
                live=True,
                draft_title=fields["title"],
                first_published_at=now,
                last_published_at=now,
                **fields,
            )
        )
    ids = insert_rows(Page, pages)
    for page, page_id in zip(pages, ids, strict=True):
        page.id = page_id
        for link in model._meta.parents.values():  # every parent's link to the row (page_ptr, ...)
            setattr(page, link.attname, page_id)
        for ancestor in model._meta.get_parent_list():
            for link in ancestor._meta.parents.values():
                setattr(page, link.attname, page_id)
    for table in [*reversed(model._meta.get_parent_list()), model]:
        if table is not Page:
            insert_rows(table, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    get_search_backend().add_bulk(model, pages)
    forget()  # addresses and menus are cached with the page chrome
    return pages


def bulk_tag(pages, audiences=(), topics=()):
    """Give library items these audiences and topics, in two queries."""
    audience_ids = list(Audience.objects.filter(code__in=audiences).values_list("pk", flat=True))
    Through = LibraryItemPage.audiences.through
    Through.objects.bulk_create(
        Through(libraryitempage_id=page.pk, audience_id=audience) for page in pages for audience in audience_ids
    )
    Through = LibraryItemPage.topics.through
    Through.objects.bulk_create(
        Through(libraryitempage_id=page.pk, topic_id=topic.pk) for page in pages for topic in topics
    )


def bulk_menu(pages, locale_code):
    """Make the main menu of that language link to exactly these pages, in a few queries."""
    menu = set_main_menu([], locale_code)
    MainMenuItem.objects.bulk_create(
        MainMenuItem(menu=menu, page=page, locale_id=menu.locale_id, translation_key=uuid.uuid4(), sort_order=number)
        for number, page in enumerate(pages)
    )
    forget()
    return menu
