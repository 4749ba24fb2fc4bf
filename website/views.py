"""Site-wide views: search and the error pages."""

import logging

from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from website.models import SiteSettings

logger = logging.getLogger(__name__)

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the live pages of the active language only."""
    # NUL characters cannot be stored or searched by PostgreSQL; nobody types them.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = Page.objects.none()
    if words := search_words(query):
        # "and": every word must match, so longer queries narrow the results on every database.
        results = Page.objects.live().public().filter(locale=Locale.get_active()).search(words, operator="and")
    # get_page() turns a missing, malformed or too-large page number into a real page, never an error.
    page_of_results = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "website/search.html",
        {
            "search_query": query,
            "page_of_results": page_of_results,
            "results": specific_in_order(page_of_results.object_list),
        },
    )


def search_words(query):
    """The words of a query as the search backends can take them, whatever the reader typed.

    The SQLite backend puts each word between double quotes without escaping the ones inside it,
    so a `"` in a word is a syntax error there (wagtail/wagtail#13227). The full-text tokenizers
    drop quotes anyway, so here they separate words instead; every other character is left to
    the backends, which quote or drop it themselves.
    """
    return " ".join(query.replace('"', " ").split())


def specific_in_order(pages):
    """The specific version of each page, in the same order, in one query per page type."""
    ids = [page.pk for page in pages]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [specific[pk] for pk in ids if pk in specific]


def page_not_found(request, exception):
    return render(request, "404.html", {"error_page": True}, status=404)


def server_error(request):
    """A bilingual 500 page that still shows the safety exit when the database is unreachable."""
    try:
        site_settings = SiteSettings.load()
        exit_url = site_settings.exit_url
    except Exception:  # the error being reported may be the database itself
        logger.exception("Site settings unavailable while rendering the 500 page")
        exit_url = SiteSettings.default_exit_url()
    return render(request, "500.html", {"exit_url": exit_url, "error_page": True}, status=500)
