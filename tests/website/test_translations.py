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

from website.translations import (
    catalogue_problems,
    compiled_messages,
    demo_content_problems,
    forbidden_terms,
    read_mo,
    style_problems,
)

PO_PATH = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
SOURCE_FOLDERS = ["website", "education", "resources", "tipline", "templates"]
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


def test_every_entry_of_the_french_catalogue_is_named_by_our_code():
    """`make messages` drops an entry no file of ours names: a Wagtail string we reword must be listed in
    website/wagtail_strings.py, or its French goes with the next `make messages`."""
    catalogue = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(PO_PATH)) if entry.msgid}
    unnamed = sorted(catalogue - source_messages(), key=str)
    assert not unnamed, f"List these in website/wagtail_strings.py, or drop them: {unnamed}"


def test_french_catalogue_has_no_untranslated_or_fuzzy_entry():
    catalogue = polib.pofile(str(PO_PATH))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


def test_shipped_mo_matches_the_po():
    assert read_mo(PO_PATH.with_suffix(".mo")) == compiled_messages(PO_PATH)


def write_catalogue(locale_folder, entries, compile_mo=True):
    """A French catalogue of these entries at locale_folder/fr/LC_MESSAGES/django.po, where the checks look for
    it (STYLE.md goes in locale_folder/fr/), compiled to its .mo unless compile_mo is False (a stale .mo)."""
    po_path = locale_folder / "fr" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True, exist_ok=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalogue.extend(entries)
    catalogue.save(str(po_path))
    if compile_mo:
        catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    return po_path


def demo_file_problems(folder, style, name, source):
    """What the demo-content check finds in one demo module `name` holding `source`, in an app under `folder`."""
    app = folder / "app"
    app.mkdir()
    (app / name).write_text(source, encoding="utf-8")
    return demo_content_problems(folder, style)


def test_check_reports_an_untranslated_entry_and_a_stale_mo(tmp_path):
    po_path = write_catalogue(tmp_path, [polib.POEntry(msgid="Leave quickly", msgstr="Quitter rapidement")])
    assert catalogue_problems(po_path) == []

    write_catalogue(
        tmp_path,
        [
            polib.POEntry(msgid="Leave quickly", msgstr="Quitter rapidement"),
            polib.POEntry(msgid="Private visit", msgstr=""),
            polib.POEntry(msgid="Search", msgstr="Rechercher", flags=["fuzzy"]),
        ],
        compile_mo=False,
    )
    problems = catalogue_problems(po_path)
    assert any("untranslated: 'Private visit'" in problem for problem in problems)
    assert any("fuzzy: 'Search'" in problem for problem in problems)

    write_catalogue(tmp_path, [polib.POEntry(msgid="Leave quickly", msgstr="Partir vite")], compile_mo=False)
    assert any("out of date" in problem for problem in catalogue_problems(po_path))


def test_compile_translations_check_fails_on_problems(settings, tmp_path):
    po_path = write_catalogue(tmp_path, [polib.POEntry(msgid="Search", msgstr="")], compile_mo=False)
    settings.LOCALE_PATHS = [tmp_path]
    with pytest.raises(CommandError, match="untranslated"):
        call_command("compile_translations", "--check")
    call_command("compile_translations")
    assert po_path.with_suffix(".mo").exists()


STYLE = """# Style

## Forbidden

| Term | Why | Write instead |
| --- | --- | --- |
| `proches aidantes` | carers of the ill | personnes responsables |
| `abus` | anglicism | mauvais traitements |

## After
| `chum` | not in the forbidden section | |
"""


@pytest.fixture
def style(tmp_path):
    path = tmp_path / "STYLE.md"
    path.write_text(STYLE, encoding="utf-8")
    return path


def test_forbidden_terms_are_read_from_the_forbidden_section_of_the_style_guide(style):
    assert forbidden_terms(style) == ["proches aidantes", "abus"]


def test_the_real_style_guide_forbids_the_terms_the_review_found():
    terms = forbidden_terms(PO_PATH.parent.parent / "STYLE.md")
    assert {"proches aidantes", "abus", "chum", "confronter", "drapeaux rouges"} <= set(terms)


def test_the_real_style_guide_flags_masculine_only_forms_for_a_mixed_group_or_an_unknown_reader():
    forbidden = forbidden_terms(PO_PATH.parent.parent / "STYLE.md")
    assert style_problems("Vous êtes connecté pour le service.", forbidden)
    assert style_problems("Tu n’es pas seul.", forbidden)
    assert style_problems("Une fiche pour les enseignants et les policiers.", forbidden)
    assert style_problems("Parlez à un parent ou à une personne proche aidante.", forbidden)
    assert style_problems("Signalez et bloquez l’agresseur.", forbidden)
    assert style_problems("Les jeux où ils retrouvent leurs amis.", forbidden)
    assert style_problems("Parler à des inconnus.", forbidden)
    assert style_problems("Une agresseuse ou un agresseur.", forbidden) == []  # a doublet
    assert style_problems("Tu n’es pas seule, et le personnel enseignant peut t’aider.", forbidden) == []


@pytest.mark.parametrize(
    "text",
    [
        "Courriel : vous",  # a regular space before a colon
        "Pourquoi ?",
        "Attention !",
        "Oui ; non",
        "le bouton « Quitter rapidement\u00a0»",  # a regular space after «
        "le bouton «\u00a0Quitter rapidement »",  # and before »
        "Courriel\u202f: vous",  # the narrow no-break space: we chose U+00A0 only
        "1 000 exemplaires",  # thousands
        "avant 23 h",  # a number and its symbol
        "200 $ en cartes-cadeaux",
        "15 % des jeunes",
    ],
)
def test_style_problems_find_a_breakable_space_where_french_wants_a_no_break_space(text):
    assert any("breakable space" in problem for problem in style_problems(text, []))


def test_style_problems_accept_no_break_spaces_and_times_urls_and_placeholders():
    text = (
        "Courriel\u00a0: «\u00a0Quitter\u00a0» à 9:30, https://example.org?q=1, %(count)s\u00a0! Pourquoi\u00a0? "
        "1\u00a0000 exemplaires à 23\u00a0h pour 200\u00a0$, code postal K1A 0B1, 1-800-668-6868, 12 heures"
    )
    assert style_problems(text, ["abus"]) == []


def test_style_problems_find_a_forbidden_term_as_a_whole_word_in_any_case(style):
    forbidden = forbidden_terms(style)
    assert style_problems("Victime d’abus.", forbidden)
    assert style_problems("Les Proches aidantes", forbidden)
    assert style_problems("Il abuse de sa position.", forbidden) == []


def test_check_fails_on_a_po_entry_with_a_breakable_space_or_a_forbidden_term(tmp_path, style):
    good = [polib.POEntry(msgid="Email:", msgstr="Courriel\u00a0:")]
    po_path = write_catalogue(tmp_path, good)
    style.rename(tmp_path / "fr" / "STYLE.md")
    assert catalogue_problems(po_path) == []

    write_catalogue(
        tmp_path,
        [
            *good,
            polib.POEntry(msgid="Name:", msgstr="Nom :"),
            polib.POEntry(msgid="Caregivers", msgstr="Proches aidantes"),
        ],
    )
    problems = catalogue_problems(po_path)
    assert any("breakable space" in problem and "'Name:'" in problem for problem in problems)
    assert any("forbidden term 'proches aidantes'" in problem for problem in problems)


def test_check_fails_on_a_po_entry_whose_count_and_counted_word_can_break_apart(tmp_path, style):
    good = [
        polib.POEntry(msgid="%(count)s pieces", msgstr="%(count)s\u00a0exemplaires"),
        polib.POEntry(msgid="%(agency)s is approved", msgstr="%(agency)s est approuvé"),  # a name
        polib.POEntry(msgid="Order %(number)s", msgstr="La commande %(number)s a changé"),
    ]
    po_path = write_catalogue(tmp_path, good)
    style.rename(tmp_path / "fr" / "STYLE.md")
    assert catalogue_problems(po_path) == []

    write_catalogue(
        tmp_path,
        [
            *good,
            polib.POEntry(msgid="within %(days)s days", msgstr="d’ici %(days)s jours"),
            polib.POEntry(msgid="Basket (%(lines)s item)", msgstr="Panier (%(lines)s article)"),
            polib.POEntry(msgid="for 24 hours", msgstr="pendant 24 heures"),
        ],
    )
    problems = catalogue_problems(po_path)
    assert len(problems) == 3
    assert all("between a count and its word" in problem for problem in problems)


def test_check_fails_on_demo_content_with_a_breakable_space_or_a_forbidden_term(settings, tmp_path, style):
    (tmp_path / "fr").mkdir()
    style.rename(tmp_path / "fr" / "STYLE.md")
    source = (
        'PAGE = {"title": T("Help", "Aide\u00a0: tout"), "body": H("<p>Abuse</p>", "<p>Les abus</p>")}\n'
        'OTHER = T("Why?", "Pourquoi ?")\n'
    )
    problems = demo_file_problems(tmp_path, tmp_path / "fr" / "STYLE.md", "demo_data.py", source)
    assert len(problems) == 2
    assert "demo_data.py:1: forbidden term 'abus'" in problems[0]
    assert "demo_data.py:2: breakable space" in problems[1]

    settings.BASE_DIR = tmp_path
    settings.LOCALE_PATHS = [tmp_path]
    with pytest.raises(CommandError, match="forbidden term 'abus'"):
        call_command("compile_translations", "--check")


def test_the_real_style_guide_flags_a_friend_in_the_masculine_but_not_the_masculine_half_of_a_doublet():
    forbidden = forbidden_terms(PO_PATH.parent.parent / "STYLE.md")
    assert style_problems("Si un ami se confie à toi, écoute.", forbidden)
    assert style_problems("Propose à ton ami de l’accompagner.", forbidden)
    assert style_problems("Un adolescent qui a été manipulé.", forbidden)
    assert style_problems("Au signal, le joueur a-t-il des ennuis.", forbidden)
    assert style_problems("Si une amie ou un ami se confie à toi, écoute.", forbidden) == []
    assert style_problems("Dis-le à une amie ou à un ami.", forbidden) == []
    assert style_problems("Le nom d’une conseillère ou d’un conseiller.", forbidden) == []


def test_check_reads_every_demo_module_not_only_demo_data_and_demo_content(tmp_path, style):
    problems = demo_file_problems(tmp_path, style, "demo_crisis.py", 'BODY = H("<p>Abuse</p>", "<p>Les abus</p>")\n')
    assert len(problems) == 1
    assert "demo_crisis.py:1: forbidden term 'abus'" in problems[0]


def test_check_reads_demo_rich_text_written_as_an_f_string(tmp_path, style):
    """Rich text that links the report form is an f-string (REPORT_FORM_HREF): the check reads it all the same."""
    source = (
        "LINK = H(f'<p><a href=\"{HREF}\">Report</a> abuse</p>', f'<p><a href=\"{HREF}\">Signalez</a> les abus</p>')\n"
    )
    problems = demo_file_problems(tmp_path, style, "demo_data.py", source)
    assert len(problems) == 1
    assert "demo_data.py:1: forbidden term 'abus'" in problems[0]


def test_check_fails_on_demo_content_whose_count_and_counted_word_can_break_apart(tmp_path, style):
    source = 'A = T("400 pieces", "400 exemplaires")\nB = T("Age 14", "14\u00a0ans")\nC = T("Ours", "Notre 2 avril")\n'
    problems = demo_file_problems(tmp_path, style, "demo_data.py", source)
    assert len(problems) == 1
    assert "demo_data.py:1: breakable space between a count and its word" in problems[0]


def test_the_french_catalogue_and_demo_content_follow_the_style_guide():
    style = PO_PATH.parent.parent / "STYLE.md"
    forbidden = forbidden_terms(style)
    problems = [
        f"{entry.msgid!r}: {problem}"
        for entry in polib.pofile(str(PO_PATH))
        for problem in style_problems(entry.msgstr, forbidden)
    ]
    problems += demo_content_problems(settings.BASE_DIR, style)
    assert problems == []


def test_check_fails_on_demo_content_whose_french_is_the_english_text(tmp_path, style):
    source = (
        'NAME = T("Cybertip.ca", "Cybertip.ca")\n'
        'CODE = T("NB-SXT-BR-EN", "NB-SXT-BR-EN")\n'
        'LEFT = H("<p>Talk to your child early.</p>", "<p>Talk to your child early.</p>")\n'
    )
    problems = demo_file_problems(tmp_path, style, "demo_content.py", source)
    assert problems == [
        f"{tmp_path / 'app' / 'demo_content.py'}:3: the French is the English text '<p>Talk to your child early.</p>'"
    ]
