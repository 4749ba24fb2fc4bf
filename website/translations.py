"""Our .po catalogues: compile them to .mo with polib and find what is missing, fuzzy, stale or against
the French style guide (locale/fr/STYLE.md), in the catalogue and in the French demo content."""

import ast
import gettext
import re
from pathlib import Path

import polib


def po_files(locale_paths):
    """Every language's catalogues: django.po, and djangojs.po (Wagtail's JavaScript strings) where there is one."""
    return sorted(
        po
        for path in locale_paths
        for domain in ("django", "djangojs")
        for po in Path(path).glob(f"*/LC_MESSAGES/{domain}.po")
    )


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
    style = po_path.parent.parent / "STYLE.md"
    if style.exists():
        forbidden = forbidden_terms(style)
        for entry in catalogue.translated_entries():
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                found = style_problems(text, forbidden) + count_problems(text)
                problems += [f"{po_path}: {problem}: {entry.msgid!r}" for problem in found]
    problems += [f"{po_path}: fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path}: missing; run `make messages`")
    elif read_mo(mo_path) != compiled_messages(po_path):
        problems.append(f"{mo_path}: out of date with {po_path.name}; run `make messages`")
    return problems


# A regular (or narrow) space where the style guide wants U+00A0: before : ; ! ? and inside « ».
BREAKABLE_SPACE = re.compile(r"[ \u202f](?=[:;!?»])|(?<=«)[ \u202f]")
# A regular space inside a number (« 1 000 ») or between a number and its symbol (« 23 h », « 200 $ », « 15 % »).
BREAKABLE_NUMBER_SPACE = re.compile(r"(?<=\d)[ \u202f](?=\d{3}(?!\d)|\$|%|h\b)")
# No space at all before : ; ! ? that end a word ("Attention:", "Pourquoi?"), but not in "9:30" or "?q=".
MISSING_SPACE = re.compile(r"(?<=[\w)»’])[:;!?]+(?=\s|$|[<\"”»)])")

# A count and the word it counts (« 400 exemplaires », « %(days)s jours », « {{ n }} articles »): a regular space
# between them can break the line. Only words that follow a count are listed, so a name (« %(agency)s est »)
# is never taken for one (locale/fr/STYLE.md, "Spaces").
COUNTED_WORDS = (
    "exemplaires?|articles?|minutes?|secondes?|heures?|jours?|semaines?|mois|ans|années?|mots|éléments?|"
    "résultats?|ressources?|signalements?|commandes?|demandes?|caractères?|retraits?|fois|pages?|paquets?|"
    "adresses?|personnes?"
)
BREAKABLE_COUNT_SPACE = re.compile(rf"(?:\d|%\(\w+\)[sd]|\{{\{{ ?\w+ ?\}}\}})[ \u202f](?=(?:{COUNTED_WORDS})\b)")

# Not after "ou ": the masculine half of a doublet (« une amie ou un ami », « à une amie ou à un ami ») is not counted.
DOUBLET_SECOND_HALF = r"(?<!\bou )(?<!\bou à )(?<!\bou d’)(?<!\bou d')(?<!\bou de )"


def forbidden_terms(style_path):
    """The backquoted terms of the first column of the "## Forbidden" table in STYLE.md."""
    text = Path(style_path).read_text(encoding="utf-8")
    section = text.split("\n## Forbidden", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|", section, flags=re.MULTILINE)


def style_problems(text, forbidden):
    """What a French text does against the style guide, as short descriptions (empty when it complies)."""
    problems = []
    for match in BREAKABLE_SPACE.finditer(text):
        around = text[max(match.start() - 20, 0) : match.end() + 20]
        problems.append(f"breakable space where U+00A0 belongs in {around!r}")
    for match in BREAKABLE_NUMBER_SPACE.finditer(text):
        around = text[max(match.start() - 20, 0) : match.end() + 20]
        problems.append(f"breakable space in a number or before its symbol in {around!r}")
    for match in MISSING_SPACE.finditer(text):
        around = text[max(match.start() - 20, 0) : match.end() + 20]
        problems.append(f"no U+00A0 before {match.group()!r} in {around!r}")
    for term in forbidden:
        if re.search(rf"(?<!\w){DOUBLET_SECOND_HALF}{re.escape(term)}(?!\w)", text, flags=re.IGNORECASE):
            problems.append(f"forbidden term {term!r} (see locale/fr/STYLE.md)")
    return problems


def count_problems(text):
    """A count and the word it counts that a line can break apart (« 400 exemplaires » with a regular space)."""
    return [
        f"breakable space between a count and its word in {text[max(match.start() - 20, 0) : match.end() + 20]!r}"
        for match in BREAKABLE_COUNT_SPACE.finditer(text)
    ]


def demo_french_texts(path):
    """(line, English, French) of every T("English", "Français") and H(...) written in a demo content module.

    English is None when it is not written out as a string (a variable, say)."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    for node in sorted(ast.walk(tree), key=lambda node: getattr(node, "lineno", 0)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"T", "H"}
            and len(node.args) == 2
            and (french := written_text(node.args[1])) is not None
        ):
            yield node.lineno, written_text(node.args[0]), french


def written_text(node):
    """The text of a string written in the code, an f-string's fields as written ("{REPORT_FORM_HREF}"); else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else ast.unparse(part) for part in node.values)
    return None


# Names of services that have no French name, so the French text repeats them as they are.
SHARED_NAMES = ("Take It Down",)


def reads_as_a_phrase(text):
    """Three words or more: a name ("Cybertip.ca") or a code may be the same in both languages, a phrase may not."""
    for name in SHARED_NAMES:
        text = text.replace(name, "")
    return len(re.findall(r"\b[^\W\d_][^\W\d_A-Z]+\b", re.sub(r"<[^>]+>", " ", text))) >= 3


def demo_content_problems(base_dir, style_path):
    """Style problems in the French of every demo content module (`*/demo_*.py`),
    and English left as the "French" of a phrase."""
    forbidden = forbidden_terms(style_path)
    problems = []
    for path in sorted(Path(base_dir).glob("*/demo_*.py")):
        for line, english, text in demo_french_texts(path):
            found = style_problems(text, forbidden) + count_problems(text)
            problems += [f"{path}:{line}: {problem}" for problem in found]
            if english is not None and english.strip() == text.strip() and reads_as_a_phrase(text):
                problems.append(f"{path}:{line}: the French is the English text {text[:60]!r}")
    return problems
