"""Demo content as readers in trouble need it: every service named in the text is a link they can follow
(its website, or its phone number to call)."""

import re

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from website import chrome
from website.bilingual import H, T

# Where the demo content's "report to Cybertip.ca" leads: the site's own report form (the site's tipline is the
# national tipline), or the national tipline's site when no app offers a form.
REPORT_FORM = object()
NATIONAL_TIPLINE = T("https://www.cybertip.ca/", "https://www.cyberaide.ca/")
# How demo rich text links the report form (`<a href="{REPORT_FORM_HREF}">report form</a>`), in both languages:
# with_service_links() puts the form's address in each language there, so that address is written in one place.
REPORT_FORM_HREF = "report-form:"

# Services named in the demo content, in each language, and where a reader reaches them.
SERVICE_LINKS = [
    (T("Cybertip.ca", "Cyberaide.ca"), REPORT_FORM),
    (T("Kids Help Phone", "Jeunesse, J’écoute"), T("https://kidshelpphone.ca/", "https://jeunessejecoute.ca/")),
    (T("NeedHelpNow.ca", "AidezMoiSVP.ca"), T("https://needhelpnow.ca/", "https://aidezmoisvp.ca/")),
    (T("1-800-668-6868", "1-800-668-6868"), T("tel:+18006686868", "tel:+18006686868")),
    (T("911", "911"), T("tel:911", "tel:911")),
]

# Text outside tags and outside links: only there may a name become a link.
LINK_OR_TAG = re.compile(r"(<a\b[^>]*>.*?</a>|<[^>]+>)", re.DOTALL)


def link_names(html, name, href):
    """Each mention of `name` in the text of `html` (not already in a link) as a link to `href`."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    parts = LINK_OR_TAG.split(html)
    return "".join(
        part if index % 2 else pattern.sub(f'<a href="{href}">{name}</a>', part) for index, part in enumerate(parts)
    )


def mentions(html, name):
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return sum(len(pattern.findall(part)) for index, part in enumerate(LINK_OR_TAG.split(html)) if not index % 2)


def report_form_address():
    if not chrome.REPORT_URL_NAME:
        return NATIONAL_TIPLINE
    paths = {}
    for code in ("en", "fr"):
        with translation.override(code):
            paths[code] = reverse(chrome.REPORT_URL_NAME[0])
    return T(paths["en"], paths["fr"])


def with_service_links(value):
    """The content with the services named in its rich text linked, in both languages alike, and its links to
    the report form (REPORT_FORM_HREF) leading to the form in each language.

    A name is linked only where English and French mention it as often, so both keep the same links
    (wagtail-localize translates each link of the English text, it cannot add one).
    """
    report_form = report_form_address()  # once for the whole content, however deep
    links = [(name, report_form if href is REPORT_FORM else href) for name, href in SERVICE_LINKS]
    return with_links(value, links, report_form)


def with_links(value, links, report_form):
    """`value` with each (name, href) of `links` linked in its rich text, and its REPORT_FORM_HREF links leading
    to `report_form`, at any depth of dicts and lists."""
    if isinstance(value, H):
        english = value.en.replace(f'href="{REPORT_FORM_HREF}"', f'href="{report_form.en}"')
        french = value.fr.replace(f'href="{REPORT_FORM_HREF}"', f'href="{report_form.fr}"')
        for name, href in links:
            if mentions(english, name.en) and mentions(english, name.en) == mentions(french, name.fr):
                english, french = link_names(english, name.en, href.en), link_names(french, name.fr, href.fr)
        return H(english, french)
    if isinstance(value, dict):
        return {key: with_links(item, links, report_form) for key, item in value.items()}
    if isinstance(value, list):
        return [with_links(item, links, report_form) for item in value]
    return value


# A printed page cannot be clicked: where its text sends readers to the national tipline, it gives the full address of
# the site's own report form instead ("Report: https://…/en/report/"), with the preposition an address takes.
PRINTED_TIPLINE = {
    "en": re.compile(r"(?<![\w-])(?:(?P<prep>to) )?Cybertip\.ca(?![\w-])"),
    "fr": re.compile(r"(?<![\w-])(?:(?P<prep>à) )?Cyberaide\.ca(?![\w-])"),
}
ADDRESS_PREPOSITION = {"en": "at ", "fr": "à l’adresse "}


def with_report_address(text, language):
    """Printed `text` in `language` with each mention of the national tipline as the site's report address in full."""
    if not chrome.REPORT_URL_NAME:
        return text
    address = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + getattr(report_form_address(), language)
    return PRINTED_TIPLINE[language].sub(
        lambda match: (ADDRESS_PREPOSITION[language] if match["prep"] else "") + address, text
    )
