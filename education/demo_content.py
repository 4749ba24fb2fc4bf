"""Demo content for the education library: topics, the library, guides, lesson plans with PDFs, and the hubs."""

from datetime import date

from django.utils.text import slugify
from wagtail.models import Locale

from education import demo_data
from education.demo_crisis import right_now_first
from education.models import (
    Audience,
    AudienceHubPage,
    GuidePage,
    HubPin,
    LessonPlanPage,
    LibraryIndexPage,
    Topic,
)
from website.bilingual import T, english
from website.covers import cover_image
from website.demo_content import ensure_french, get_or_create_child
from website.demo_links import with_report_address, with_service_links
from website.pdf import pdf_document

# Short labels for the main menu; the hub pages' own titles are longer.
MENU_LABELS = {
    "parents": T("Parents", "Parents"),
    "youth": T("Youth", "Jeunes"),
    "educators": T("Teachers", "Personnel enseignant"),
    "organizations": T("Organizations", "Organismes"),
}


def load_topics():
    """The English topics by slug, each translated to French."""
    english_locale = Locale.objects.get(language_code="en")
    topics = {}
    for content in demo_data.TOPICS:
        topic = Topic.objects.filter(locale=english_locale, slug=content["slug"]).first()
        if topic is None:
            topic = Topic.objects.create(locale=english_locale, **english(content))
        ensure_french(topic, content)
        topics[topic.slug] = topic
    return topics


def library_item_fields(content, topics):
    """The non-translated fields of a guide or lesson: its audiences and topics as objects."""
    audiences = {audience.code: audience for audience in Audience.objects.all()}
    return {
        "audiences": [audiences[code] for code in content.get("audiences", ["educators"])],
        "topics": [topics[slug] for slug in content["topics"]],
    }


def load_guide(library, content, topics):
    text = {key: content[key] for key in ("slug", "title", "summary", "body")}
    text["body"] = with_service_links(right_now_first(content["slug"].en, content["body"]))
    guide, _ = get_or_create_child(
        library,
        GuidePage,
        text,
        age_min=content["age_min"],
        age_max=content["age_max"],
        last_reviewed=date.fromisoformat(content["last_reviewed"]),
        **library_item_fields(content, topics),
    )
    ensure_french(guide, text)
    return guide


def create_document(download, language, lesson_slug):
    file_name = f"{slugify(getattr(lesson_slug, language))}-{download['kind']}-{language}.pdf"
    text = with_report_address(getattr(download["text"], language), language)
    return pdf_document(getattr(download["title"], language), text, language, file_name)


def load_lesson(library, content, topics):
    lesson = library.get_children().filter(slug=content["slug"].en).first()
    if lesson is not None:
        return lesson.specific
    english_documents, french_documents = [], {}
    for download in content["downloads"]:
        document = create_document(download, "en", content["slug"])
        french_documents[document.pk] = create_document(download, "fr", content["slug"]).pk
        english_documents.append((document, download))
    text = {
        key: content[key]
        for key in (
            "slug",
            "title",
            "summary",
            "subjects",
            "learning_outcomes",
            "materials",
            "adult_preparation_note",
            "assessment",
            "take_home",
        )
    }
    text = with_service_links(text)
    text["activities"] = [
        {"type": "activity", "value": with_service_links(activity)} for activity in content["activities"]
    ]
    text["downloads"] = [
        {"type": "download", "value": {"document": document.pk, "title": download["title"]}}
        for document, download in english_documents
    ]
    lesson, _ = get_or_create_child(
        library,
        LessonPlanPage,
        text,
        grade_band=content["grade_band"],
        duration_minutes=content["duration_minutes"],
        adult_preparation=content["adult_preparation"],
        preview_image=cover_image(
            f"Cover: {content['title'].en}", "Drawing of a lesson handout", content["slug"].en, shape="circle"
        ),
        **library_item_fields(content, topics),
    )
    ensure_french(lesson, text, french_documents=french_documents)
    return lesson


# What each hub pins under "Start here": the guides and lessons a newcomer should read first.
HUB_PINS = {
    "parents": ["sextortion-what-parents-need-to-know", "if-your-child-tells-you-something-happened"],
    "youth": ["if-someone-is-threatening-to-share-your-pictures", "when-a-friend-needs-help"],
    "educators": ["when-a-student-discloses", "recognizing-manipulation-online"],
    "organizations": ["digital-communication-policy-for-youth-organizations", "training-staff-and-volunteers"],
}


def load_hub(home, code, content, items):
    pins = [HubPin(item=items[slug], sort_order=order) for order, slug in enumerate(HUB_PINS.get(code, []))]
    hub, _ = get_or_create_child(home, AudienceHubPage, content, audience=code, pins=pins)
    ensure_french(hub, content)
    return hub


def load(stdout, loaded):
    home = loaded["website"]["home"]
    topics = load_topics()
    library, _ = get_or_create_child(home, LibraryIndexPage, demo_data.LIBRARY)
    ensure_french(library, demo_data.LIBRARY)
    guides = [load_guide(library, content, topics) for content in demo_data.GUIDES]
    lessons = [load_lesson(library, content, topics) for content in demo_data.LESSON_PLANS]
    items = {page.slug: page for page in [*guides, *lessons]}
    hubs = {code: load_hub(home, code, content, items) for code, content in demo_data.AUDIENCE_HUBS.items()}
    # Each card's drawing (CardBlock.picture) is named after its audience.
    home_cards = [(hubs[code], content["summary"], code) for code, content in demo_data.AUDIENCE_HUBS.items()]
    home_cards.append((library, demo_data.LIBRARY["summary"], "library"))
    menu_items = [(hubs[code], label) for code, label in MENU_LABELS.items()] + [(library, demo_data.LIBRARY["title"])]
    return {
        "library": library,
        "hubs": hubs,
        "guides": guides,
        "lessons": lessons,
        "topics": topics,
        "home_cards": home_cards,
        "menu_items": menu_items,
        "audience_links": [(hubs[code], label) for code, label in MENU_LABELS.items()],
    }
