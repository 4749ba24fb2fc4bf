"""Which translation a reader sees: the one rule for pages, translatable snippets and bilingual settings fields.

The rule:

- A reader sees each thing in their language when a live version exists there. Otherwise they see what the
  editor chose: choosers, menus and topics point to the default language's version (English), and a lookup
  by model (`for_active_locale`) falls back to the default language.
- An alias page (wagtail-localize's stand-in, at a French address, for a page nobody has translated yet) is the
  page's live version in its language: readers are sent to it, so they stay on their language's addresses and
  the page itself says it is not yet translated (SitePage.untranslated_status). It never counts as a
  translation: `translated_into_another_language` ignores it, so the library never offers "also in French"
  for what is English text.
- A bilingual settings field (`name_en` and `name_fr`) left empty in the reader's language shows the default
  language's value.

A leaf module (it imports nothing of ours), so models can use it. Each function costs a fixed number of
queries (one per kind of object), however many objects it is given.
"""

import unicodedata

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils.translation import get_language
from wagtail.models import Page


def active_language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def alphabetical_key(name):
    """Alphabetical order as readers expect it: « États-Unis » among the E's, « Île-du-Prince-Édouard » among the
    I's, not after the Z's."""
    name = str(name).casefold().replace("œ", "oe").replace("æ", "ae")  # letters NFKD does not split
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def in_alphabetical_order(choices):
    """(value, label) choices by their labels in the reader's language: a list ordered by its English names reads
    out of order in French (« Île-du-Prince-Édouard » between « Ontario » and « Québec »)."""
    return sorted(choices, key=lambda choice: alphabetical_key(choice[1]))


def language_field(obj, name, language=None):
    """The `<name>_en` or `<name>_fr` field for the language (the active one by default), the default when empty."""
    return either_language(getattr(obj, f"{name}_en"), getattr(obj, f"{name}_fr", ""), language)


def either_language(english, french, language=None):
    """The same rule for two values that are not fields of one object (a name kept in a coded reason)."""
    return (french if (language or active_language()) == "fr" else "") or english


def live_versions(model):
    """Every version readers may be sent to: live pages (aliases included), or all of a snippet's rows."""
    return model.objects.live() if issubclass(model, Page) else model._default_manager.all()


def translation_keys_by_model(objects):
    """The objects' translation keys, grouped by the model that holds every version (Page for all pages)."""
    keys = {}
    for obj in objects:
        keys.setdefault(type(obj).get_translation_model(), set()).add(obj.translation_key)
    return keys


def localized(objects, language=None):
    """Each object as a reader of `language` (the active one by default) sees it, in the same order.

    Its live version in that language, or else the object as given. Pages come back as plain `Page`s.
    Given a queryset, the objects and their versions come in one query, in the model's order.
    """
    language = language or active_language()
    if isinstance(objects, QuerySet):
        return localized_queryset(objects, language)
    objects = list(objects)
    found = {}
    for model, keys in translation_keys_by_model(objects).items():
        for version in live_versions(model).filter(translation_key__in=keys, locale__language_code=language):
            found[model, version.translation_key] = version
    return [found.get((type(obj).get_translation_model(), obj.translation_key), obj) for obj in objects]


def localized_queryset(queryset, language):
    model = queryset.model.get_translation_model()
    in_language = live_versions(model).filter(
        translation_key__in=queryset.values("translation_key"), locale__language_code=language
    )
    versions = model._default_manager.filter(
        Q(pk__in=queryset.values("pk")) | Q(pk__in=in_language.values("pk"))
    ).annotate(language_code=F("locale__language_code"))
    found = {}
    for version in versions:
        if version.translation_key not in found or version.language_code == language:
            found[version.translation_key] = version
    return list(found.values())


def translations(objects):
    """{translation key: {language code: live version}} for the objects, each with its locale, by language code."""
    found = {}
    for model, keys in translation_keys_by_model(objects).items():
        versions = (
            live_versions(model)
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for version in versions:
            found.setdefault(version.translation_key, {})[version.locale.language_code] = version
    return found


def for_active_locale(model):
    """The one object of `model` (or of a queryset) in the active language, or else the default language's."""
    queryset = model._default_manager.all() if isinstance(model, type) else model
    active, default = active_language(), settings.LANGUAGE_CODE
    versions = {
        version.locale.language_code: version
        for version in queryset.filter(locale__language_code__in=[active, default]).select_related("locale")
    }
    return versions.get(active) or versions.get(default)


def translated_into_another_language(locale_id):
    """For a page queryset: the page has a live translation in another language than `locale_id` (not an alias)."""
    translated = Page.objects.live().filter(translation_key=OuterRef("translation_key"), alias_of__isnull=True)
    return Exists(translated.exclude(locale_id=locale_id))
