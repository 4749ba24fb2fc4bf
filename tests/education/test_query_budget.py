"""Every education page renders in a fixed number of queries, with 5 library items as with 500
(tests/helpers.py: QUERY_BUDGETS)."""

from datetime import date

import pytest
from wagtail.models import Locale

from education.models import GuidePage, LessonPlanPage
from tests.factories import T, bulk_add_pages, bulk_tag, make_guide, make_hub, make_lesson
from website.covers import cover_image

pytestmark = pytest.mark.django_db


def guide_row(number, language):
    title = {"en": "Guide number", "fr": "Guide numéro"}[language]
    return {
        "title": f"{title} {number}",
        "slug": f"{language}-guide-{number}",
        "summary": f"{title} {number}.",
        "body": [{"type": "paragraph", "value": f"<p>{title} {number}</p>"}],
        "last_reviewed": date(2026, 9, 1),
        "age_min": 8,
        "age_max": 12,
    }


def lesson_row(number, language, preview):
    title = {"en": "Lesson number", "fr": "Leçon numéro"}[language]
    return {
        "title": f"{title} {number}",
        "slug": f"{language}-lesson-{number}",
        "summary": f"{title} {number}.",
        "grade_band": "7-8",
        "duration_minutes": 45,
        "subjects": "Health",
        "learning_outcomes": "<ul><li>Name a trusted adult.</li></ul>",
        "activities": [],
        "downloads": [],
        "preview_image": preview,
    }


def add_translated(library, library_fr, model, row, numbers):
    english = bulk_add_pages(library, model, [row(number, "en") for number in numbers])
    french = [
        {**row(number, "fr"), "translation_key": page.translation_key}
        for number, page in zip(numbers, english, strict=True)
    ]
    return english + bulk_add_pages(library_fr, model, french)


def test_education_pages_keep_to_their_query_budgets(client, site_pages, library, topics, query_budget):
    french = Locale.objects.get(language_code="fr")
    library_fr = library.get_translation(french)
    hub, hub_fr = make_hub(site_pages.home, "parents", T("parents", "parents-fr"))
    guide, guide_fr = make_guide(library, 1, audiences=("parents", "youth"), topics=[topics.sextortion])
    # Lessons show a preview on their cards. This one sorts first, so the library's first page shows a preview
    # with 5 items as with 500 (then all guides); the lessons' own pages show them too.
    lesson, lesson_fr = make_lesson(
        library, 1, topics=[topics.sextortion, topics.gaming], title=T("A lesson with a picture", "Atelier illustré")
    )
    preview = cover_image("A lesson", "Its handout.", "lesson")
    LessonPlanPage.objects.filter(pk__in=[lesson.pk, lesson_fr.pk]).update(preview_image=preview)
    made = []

    def add_items(count):
        numbers = range(len(made) + 2, len(made) + 2 + count)  # the guide and the lesson above are number 1
        made.extend(numbers)
        guides = add_translated(library, library_fr, GuidePage, guide_row, numbers)
        bulk_tag(guides, audiences=("parents", "youth"), topics=[topics.sextortion])
        lessons = add_translated(
            library, library_fr, LessonPlanPage, lambda number, language: lesson_row(number, language, preview), numbers
        )
        bulk_tag(lessons, audiences=("educators",), topics=[topics.sextortion, topics.gaming])

    query_budget(
        {
            "library": (client, library.url),
            "library (fr)": (client, library_fr.url),
            "library, filtered": (client, f"{library.url}?topic=sextortion&audience=parents&grade=7-8&translated=on"),
            "library, filtered (fr)": (client, f"{library_fr.url}?format=lesson&page=2"),
            "hub": (client, hub.url),
            "hub (fr)": (client, hub_fr.url),
            "guide": (client, guide.url),
            "guide (fr)": (client, guide_fr.url),
            "lesson plan": (client, lesson.url),
            "lesson plan (fr)": (client, lesson_fr.url),
        },
        add_items,
    )
