"""Rules of the education models: reading time and level, ages, adult preparation, what wagtail-localize translates."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, TranslationSource

from education.readability import english_syllables, french_syllables, reading_level
from tests.factories import make_guide, make_lesson

pytestmark = pytest.mark.django_db

EASY_ENGLISH = "The cat sat on the mat. The dog ran to the park. We had fun in the sun."
HARD_ENGLISH = (
    "Notwithstanding considerable institutional heterogeneity, comprehensive preventative interventions "
    "demonstrate substantially ameliorated developmental trajectories among vulnerable adolescent populations."
)
EASY_FRENCH = "Le chat dort. Le chien court au parc. Nous jouons dehors. Il fait beau."
HARD_FRENCH = (
    "Nonobstant une hétérogénéité institutionnelle considérable, les interventions préventives "
    "systématiques démontrent une amélioration substantielle des trajectoires développementales des "
    "populations adolescentes particulièrement vulnérables."
)


@pytest.mark.parametrize(
    ("word", "syllables"), [("cat", 1), ("table", 2), ("make", 1), ("education", 4), ("sextortion", 3)]
)
def test_english_syllables(word, syllables):
    assert english_syllables(word) == syllables


@pytest.mark.parametrize(
    ("word", "syllables"), [("chat", 1), ("table", 1), ("école", 2), ("parlent", 1), ("l’enfant", 2)]
)
def test_french_syllables(word, syllables):
    assert french_syllables(word) == syllables


def test_reading_level_rates_easy_text_lower_than_hard_text_in_each_language():
    assert reading_level(EASY_ENGLISH, "en").grade < 3 < 12 < reading_level(HARD_ENGLISH, "en").grade
    assert reading_level(EASY_FRENCH, "fr").grade <= 6 < 14 <= reading_level(HARD_FRENCH, "fr").grade
    assert reading_level(EASY_FRENCH, "fr").formula == "Kandel & Moles"
    assert reading_level("", "en") is None


def test_guide_reading_time_and_level_are_computed_from_its_own_language(library, topics):
    english, french = make_guide(library, 1)
    assert english.reading_minutes == french.reading_minutes == 1
    assert english.reading_level.formula == "Flesch–Kincaid"
    assert french.reading_level.formula == "Kandel & Moles"


def test_guide_reading_time_grows_with_the_text(library):
    guide, _ = make_guide(library, 1, translate=False)
    guide.body = [("paragraph", RichText("<p>" + "word " * 900 + "</p>"))]
    guide.save()
    assert guide.reading_minutes == 5


def test_guide_ages_must_be_in_order(library):
    guide, _ = make_guide(library, 1, translate=False)
    guide.age_min, guide.age_max = 12, 9
    with pytest.raises(ValidationError, match="must not be lower"):
        guide.full_clean()


def test_lesson_needing_adult_preparation_needs_a_note(library):
    lesson, _ = make_lesson(library, 1, translate=False)
    lesson.adult_preparation = True
    lesson.adult_preparation_note = ""
    with pytest.raises(ValidationError) as error:
        lesson.full_clean()
    assert "adult_preparation_note" in error.value.message_dict


def test_lesson_ages_follow_its_grade_band(library):
    lesson, french = make_lesson(library, 1, grade_band="4-6")
    assert (lesson.age_min, lesson.age_max) == (french.age_min, french.age_max) == (9, 11)


def test_codes_numbers_and_documents_are_synchronised_never_offered_for_translation(lesson):
    english, french = lesson
    source = TranslationSource.objects.get_for_instance(english)
    translatable_paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert {"title", "subjects"} <= translatable_paths
    assert not {path for path in translatable_paths if path.startswith(("grade_band", "duration", "slug_of"))}
    assert not [path for path in translatable_paths if path.endswith(".document")]
    assert (french.grade_band, french.duration_minutes) == (english.grade_band, english.duration_minutes)
    assert list(french.topics.all()) == list(english.topics.all())


def test_topic_slug_is_synchronised_and_its_name_translated(topics):
    french = topics.sextortion.get_translation(Locale.objects.get(language_code="fr"))
    assert (french.slug, french.name) == ("sextortion", "Sextorsion")
