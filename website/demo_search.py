"""Demo promoted search results: the words readers in trouble type, and where they should land first."""

from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Site

from website import chrome
from website.models import SiteSettings

# (query, language, what it leads to, description)
PROMOTIONS = [
    ("help", "en", "help", "Emergency numbers, the report form and help lines, in one place."),
    ("aide", "fr", "help", "Les numéros d’urgence, le formulaire de signalement et les lignes d’aide, au même "
     "endroit."),
    ("report", "en", "report", "Tell us about a child harmed online. You do not have to give your name."),
    ("signaler", "fr", "report", "Signalez-nous un enfant victime d’exploitation en ligne. Vous n’avez pas à donner "
     "votre nom."),
]  # fmt: skip
REPORT_LINK_TEXT = {"en": "Report form", "fr": "Formulaire de signalement"}


def report_url(language):
    """The site's own report form (as an address of this site), or else the national tipline's."""
    if not chrome.REPORT_URL_NAME:
        return SiteSettings.load().tipline_url
    with translation.override(language):
        path = reverse(chrome.REPORT_URL_NAME[0])
    return Site.objects.get(is_default_site=True).root_url + path


def load(help_page):
    """Each promotion once; an editor's later changes to a query's promotions are kept."""
    for query_string, language, target, description in PROMOTIONS:
        query, _ = Query.objects.get_or_create(query_string=query_string)
        if query.editors_picks.exists():
            continue
        if target == "help":
            page = help_page.get_translation(Locale.objects.get(language_code=language))
            SearchPromotion.objects.create(query=query, page=page, description=description, sort_order=0)
        else:
            SearchPromotion.objects.create(
                query=query,
                external_link_url=report_url(language),
                external_link_text=REPORT_LINK_TEXT[language],
                description=description,
                sort_order=0,
            )
