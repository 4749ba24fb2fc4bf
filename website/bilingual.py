"""Bilingual content written side by side in code, saved in English and translated to French through wagtail-localize.

Demo content (and tests) write each text once as `T("English", "Français")` (plain text) or
`H("<p>English</p>", "<p>Français</p>")` (rich text with the same block structure). `english()`
gives the value to save on the English object; `publish_french()` then creates the French version
the way an editor would: a wagtail-localize translation whose every string is translated.
The French is saved as written: `manage.py compile_translations --check` holds it to locale/fr/STYLE.md
(no-break spaces, forbidden terms).
"""

import json
import re
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

# Names of the fields and block fields that choose a document.
DOCUMENT_FIELDS = {"document", "pdf"}


@dataclass(frozen=True)
class T:
    """Plain text in both languages."""

    en: str
    fr: str

    def pairs(self):
        yield StringValue.from_plaintext(self.en).data, StringValue.from_plaintext(self.fr).data


@dataclass(frozen=True)
class H(T):
    """Rich text (HTML) in both languages; both must have the same blocks in the same order."""

    def pairs(self):
        _, english_strings = extract_strings(self.en)
        _, french_strings = extract_strings(self.fr)
        if len(english_strings) != len(french_strings):
            raise ImproperlyConfigured(f"English and French rich text differ in structure: {self.en[:80]!r}")
        for (english, _), (french, _) in zip(english_strings, french_strings, strict=True):
            yield english.data, french.data


def english(value):
    """The value with every T or H replaced by its English text, for saving on the English object."""
    if isinstance(value, T):
        return value.en
    if isinstance(value, dict):
        return {key: english(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(english(item) for item in value)
    return value


def french_strings(value, found=None):
    """Map each English translatable string in `value` to its French translation."""
    found = {} if found is None else found
    if isinstance(value, T):
        found.update(value.pairs())
    elif isinstance(value, dict):
        for item in value.values():
            french_strings(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            french_strings(item, found)
    return found


LINK_TARGET = re.compile(r'<a\b[^>]*\bhref="([^"]*)"')


def french_link_targets(value, found=None):
    """Map each link target of the English rich text in `value` to the French text's (links in the same order)."""
    found = {} if found is None else found
    if isinstance(value, H):
        for english_href, french_href in zip(LINK_TARGET.findall(value.en), LINK_TARGET.findall(value.fr), strict=True):
            if english_href != french_href:
                found[english_href] = french_href
    elif isinstance(value, dict):
        for item in value.values():
            french_link_targets(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            french_link_targets(item, found)
    return found


def french_locale():
    return Locale.objects.get(language_code="fr")


def has_french(instance):
    return instance.has_translation(french_locale())


def publish_french(instance, content, user=None, french_documents=None):
    """Translate `instance` (a page or translatable snippet) to French with the French of `content`.

    Every translatable string of the English object must have a French version in `content`;
    a missing one is a mistake in the content, so it stops the load instead of publishing English.
    `french_documents` maps English document ids to the French files, which translators would
    choose in the translation editor (documents are synchronised, but overridable, segments).
    """
    if isinstance(instance, Page):
        instance = instance.specific
    locale = french_locale()
    french = french_strings(content)
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    # The Translation record is what lets editors keep the French in sync from the admin.
    Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.string.data not in french:
            raise ImproperlyConfigured(f"No French text for {segment.string.data!r} in {instance!r}")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": french[segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # Links in rich text keep the English target unless overridden, as a translator would ("/fr/signaler/").
    link_targets = french_link_targets(content)
    for segment in OverridableSegment.objects.filter(source=source):
        # Only document choosers ("….document" in blocks, or a `pdf` field), never a page id that looks the same.
        if segment.context.path.rsplit(".", 1)[-1] in DOCUMENT_FIELDS and segment.data in (french_documents or {}):
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(french_documents[segment.data])},
            )
        elif isinstance(segment.data, str) and segment.data in link_targets:
            SegmentOverride.objects.update_or_create(
                locale=locale, context=segment.context, defaults={"data_json": json.dumps(link_targets[segment.data])}
            )
    # Published here rather than by wagtail-localize's on_commit hook, so the French page is live
    # even inside a surrounding transaction (the demo load, a test).
    translated, _ = source.create_or_update_translation(
        locale, user=user, publish=not isinstance(instance, Page), copy_parent_pages=True
    )
    if isinstance(translated, Page):
        translated.get_latest_revision().publish(user=user)
    return translated
