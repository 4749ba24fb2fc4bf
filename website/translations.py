"""Our .po catalogues: compile them to .mo with polib and find what is missing, fuzzy or stale."""

import gettext
from pathlib import Path

import polib


def po_files(locale_paths):
    return sorted(po for path in locale_paths for po in Path(path).glob("*/LC_MESSAGES/django.po"))


def compiled_messages(po_path):
    """The messages a correct .mo for this .po holds, as Python's gettext reads them."""
    catalogue = polib.pofile(str(po_path))
    messages = {}
    for entry in catalogue.translated_entries():
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            for index, text in entry.msgstr_plural.items():
                messages[(key, int(index))] = text
        else:
            messages[key] = entry.msgstr
    return messages


def read_mo(mo_path):
    with open(mo_path, "rb") as mo_file:
        catalogue = gettext.GNUTranslations(mo_file)._catalog
    return {key: value for key, value in catalogue.items() if key != ""}


def compile_catalogue(po_path):
    """Write the .mo next to the .po when it differs; return True if it was written."""
    mo_path = po_path.with_suffix(".mo")
    if mo_path.exists() and read_mo(mo_path) == compiled_messages(po_path):
        return False
    polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
    return True


def catalogue_problems(po_path):
    catalogue = polib.pofile(str(po_path))
    problems = [f"{po_path}: untranslated: {entry.msgid!r}" for entry in catalogue.untranslated_entries()]
    problems += [f"{po_path}: fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path}: missing; run `make messages`")
    elif read_mo(mo_path) != compiled_messages(po_path):
        problems.append(f"{mo_path}: out of date with {po_path.name}; run `make messages`")
    return problems
