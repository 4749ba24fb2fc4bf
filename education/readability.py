"""Estimated reading grade of a text: Flesch–Kincaid for English, Kandel & Moles for French.

Both are published formulas built on sentence length and syllables per word. Kandel & Moles
(1958) adapts Flesch's reading ease to French; its score is turned into a school grade with
Flesch's own table, so editors see one scale in both languages.
"""

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|[\n\r]+")
ENGLISH_VOWELS = re.compile(r"[aeiouy]+")
FRENCH_VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüœæ]+")

# Flesch's reading ease bands and the school grade each corresponds to.
EASE_TO_GRADE = [(90, 5), (80, 6), (70, 7), (60, 8.5), (50, 11), (30, 14)]


@dataclass(frozen=True)
class ReadingLevel:
    grade: float
    formula: str
    words: int

    @property
    def rounded_grade(self):
        return max(1, round(self.grade))


def english_syllables(word):
    word = word.lower()
    count = len(ENGLISH_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def french_syllables(word):
    word = word.lower().replace("’", "'").split("'")[-1]
    count = len(FRENCH_VOWELS.findall(word))
    # A final mute e (table, tables, parlent) is not spoken.
    if count > 1 and re.search(r"[^aeiouyé](e|es|ent)$", word):
        count -= 1
    return max(1, count)


def text_statistics(text, syllables):
    words = WORD.findall(text)
    sentences = [part for part in SENTENCE_END.split(text) if WORD.search(part)]
    return len(words), max(1, len(sentences)), sum(syllables(word) for word in words)


def reading_level(text, language):
    """The estimated grade for `text` in `language` ("en" or "fr"), or None for an empty text."""
    if language == "fr":
        words, sentences, syllables = text_statistics(text, french_syllables)
        if not words:
            return None
        ease = 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words)
        grade = next((grade for floor, grade in EASE_TO_GRADE if ease >= floor), 17)
        return ReadingLevel(grade=grade, formula="Kandel & Moles", words=words)
    words, sentences, syllables = text_statistics(text, english_syllables)
    if not words:
        return None
    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
    return ReadingLevel(grade=min(max(grade, 1.0), 18.0), formula="Flesch–Kincaid", words=words)
