"""Every interface string has a reviewed French translation, and the shipped .mo matches the .po."""

import io
from pathlib import Path

import polib
import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.translation.template import templatize

from website.translations import catalogue_problems, compiled_messages, read_mo

PO_PATH = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
SOURCE_FOLDERS = ["website", "education", "resources", "templates"]
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}


def source_messages():
    """(msgctxt, msgid) of every string marked for translation in our Python code and templates."""
    found = set()
    for folder in SOURCE_FOLDERS:
        root = Path(settings.BASE_DIR) / folder
        for path in root.rglob("*"):
            if "migrations" in path.parts or path.suffix not in {".py", ".html", ".txt"}:
                continue
            text = path.read_text(encoding="utf-8")
            if path.suffix != ".py":
                # Template layout means nothing to Python's tokenizer: drop indentation (strings are on one line).
                text = "\n".join(line.lstrip() for line in templatize(text, origin=str(path)).splitlines())
            for _, message, _, context in extract("python", io.BytesIO(text.encode()), keywords=KEYWORDS):
                msgid = message[0] if isinstance(message, tuple) else message
                if msgid:
                    found.add((context, msgid))
    return found


def test_every_marked_string_is_in_the_french_catalogue():
    catalogue = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(PO_PATH))}
    missing = sorted(source_messages() - catalogue, key=str)
    assert not missing, f"Run `make messages` and translate: {missing}"


def test_french_catalogue_has_no_untranslated_or_fuzzy_entry():
    catalogue = polib.pofile(str(PO_PATH))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


def test_shipped_mo_matches_the_po():
    assert read_mo(PO_PATH.with_suffix(".mo")) == compiled_messages(PO_PATH)


def test_check_reports_an_untranslated_entry_and_a_stale_mo(tmp_path):
    po_path = tmp_path / "fr" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalogue.append(polib.POEntry(msgid="Leave quickly", msgstr="Quitter rapidement"))
    catalogue.save(str(po_path))
    catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    assert catalogue_problems(po_path) == []

    catalogue.append(polib.POEntry(msgid="Private visit", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Search", msgstr="Rechercher", flags=["fuzzy"]))
    catalogue.save(str(po_path))
    problems = catalogue_problems(po_path)
    assert any("untranslated: 'Private visit'" in problem for problem in problems)
    assert any("fuzzy: 'Search'" in problem for problem in problems)

    catalogue[0].msgstr = "Partir vite"
    catalogue.save(str(po_path))
    assert any("out of date" in problem for problem in catalogue_problems(po_path))


def test_compile_translations_check_fails_on_problems(settings, tmp_path):
    po_path = tmp_path / "fr" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Search", msgstr=""))
    catalogue.save(str(po_path))
    settings.LOCALE_PATHS = [tmp_path]
    with pytest.raises(CommandError, match="untranslated"):
        call_command("compile_translations", "--check")
    call_command("compile_translations")
    assert po_path.with_suffix(".mo").exists()
