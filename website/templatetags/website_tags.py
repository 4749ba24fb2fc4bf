"""Template tags for the site shell: language links, menus, footer and the safety exit."""

import re
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import formats, translation
from django.utils.html import avoid_wrapping, conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from website.dates import long_date
from website.localization import active_language

register = template.Library()


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    absolute_url: str
    available: bool  # False when the link falls back to that language's home page
    current: bool
    page_untranslated: bool = False  # a page of ours that has no version in that language yet

    @property
    def unavailable_note(self):
        """Said beside a link that falls back to the home page, in the reader's language, so nobody lands there
        without a word."""
        return NOT_YET_AVAILABLE.get(self.code, "") if self.page_untranslated else ""


NOT_YET_AVAILABLE = {
    "en": _("This page is not yet available in English."),
    "fr": _("This page is not yet available in French."),
}


def home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def translation_links(context):
    """One link per language: the same page in that language, or that language's home page."""
    request = context["request"]
    page = context.get("page")
    is_page = page is not None and hasattr(page, "live_translations")
    if is_page:
        urls = {translated.locale.language_code: translated.get_url(request) for translated in page.live_translations}
    elif request.resolver_match and not context.get("error_page"):
        urls = {code: translate_url(request.get_full_path(), code) for code, _ in settings.LANGUAGES}
    else:
        urls = {}
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code) or home_url(code)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                absolute_url=request.build_absolute_uri(url),
                available=code in urls,
                current=code == active_language(),
                page_untranslated=is_page and code not in urls,
            )
        )
    return links


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    return {"links": context["chrome"]["main_menu"], "current_path": context["request"].path}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    return {"chrome": context["chrome"]}


@register.inclusion_tag("components/safety_exit.html", takes_context=True)
def safety_exit(context):
    """The Leave quickly bar. Error pages pass exit_url themselves, so it needs no database there."""
    if context.get("exit_url"):
        return {"exit_url": context["exit_url"], "safety_page_url": None}
    chrome = context["chrome"]
    return {"exit_url": chrome["exit_url"], "safety_page_url": chrome["safety_page_url"]}


@register.filter
def get_item(mapping, key):
    """`mapping[key]` in a template, or None (used to look up a page's version in this language)."""
    return (mapping or {}).get(key)


# In local time, as the site's readers live it (the rule itself is in website/dates.py).
register.filter("long_date", long_date, expects_localtime=True)


# A language named inside a sentence or a parenthesis, in the reader's language: French writes it in lower case,
# « (PDF, 1,2 Mo, anglais) » (locale/fr/STYLE.md, "Language names").
LANGUAGES_IN_TEXT = {
    "en": pgettext_lazy("in running text", "English"),
    "fr": pgettext_lazy("in running text", "French"),
    "bilingual": pgettext_lazy("in running text", "bilingual"),
}


@register.filter
def language_in_text(code):
    """ "en" → "English" / « anglais », for a document's or a report's language shown as data."""
    return LANGUAGES_IN_TEXT.get(code, code)


@register.filter
def grouped(number):
    """A count with its thousands grouped as the reader's language writes them: "1,000", « 1 000 » (U+00A0).

    Only where a count is shown to be read, never in an attribute or a form value: that is why the setting
    USE_THOUSAND_SEPARATOR stays off."""
    if number is None or number == "":
        return ""
    return formats.number_format(number, force_grouping=True)


FILE_SIZE_UNITS = ((1024**3, _("%s GB")), (1024**2, _("%s MB")), (1024, _("%s KB")))


@register.filter
def file_size(size):
    """A document's size as the reader's language writes it: "1.2 MB", « 1,2 Mo » (U+00A0).

    Django's filesizeformat says « Mio » and « Kio » in French, the binary units Canadian French does not use."""
    size = int(size or 0)
    for bound, unit in FILE_SIZE_UNITS:
        if size >= bound:
            return avoid_wrapping(unit % formats.number_format(round(size / bound, 1), 1))
    return avoid_wrapping(ngettext("%(size)d byte", "%(size)d bytes", size) % {"size": size})


@register.filter
def tel_uri(number):
    """A phone number as a tel: or sms: address: digits only, with +1 for a Canadian ten- or eleven-digit number
    (1-800-668-6868 → +18006686868), so phones dial it from anywhere; short numbers (911, 686868) stay as they are."""
    digits = "".join(character for character in str(number) if character.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        return f"+{digits}"
    if len(digits) == 10:
        return f"+1{digits}"
    return digits


@register.filter
def nowrap(value):
    """`value` in a span that never breaks across lines (order numbers break at their hyphens otherwise)."""
    return format_html('<span class="nowrap">{}</span>', value)


# A link to this site by its path: href="/…" (not "//host", which is already absolute).
SITE_PATH_LINK = re.compile(r'href="(/(?!/)[^"]*)"')


@register.filter(is_safe=True)
def absolute_links(html, request):
    """The links of `html` to this site written with its full address, so a printed page shows where each leads."""
    if not isinstance(html, SafeString):
        return html  # only the template's own, already escaped, output is rewritten
    site = conditional_escape(f"{request.scheme}://{request.get_host()}")
    return SafeString(SITE_PATH_LINK.sub(lambda link: f'href="{site}{link[1]}"', html))
