"""Site-wide views: search and the error pages."""

import logging

from django.core.paginator import Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from wagtail.models import Locale

from website.models import SiteSettings
from website.search import search_entries, with_pages

logger = logging.getLogger(__name__)

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the live pages of the active language only (ranked by website/search.py)."""
    # NUL characters cannot be stored or searched by PostgreSQL; nobody types them.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    entries = []
    if words := search_words(query):
        # "and": every word must match, so longer queries narrow the results on every database.
        entries = search_entries(words, query, Locale.get_active())
    # get_page() turns a missing, malformed or too-large page number into a real page, never an error.
    page_of_results = Paginator(entries, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "website/search.html",
        {
            "search_query": query,
            "page_of_results": page_of_results,
            "results": with_pages(page_of_results.object_list),
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


# The views whose paths are translated: an English path under another language is sent on only to one of these.
TRANSLATED_PATHS = ("search", "resources", "tipline_portal")


def english_path_elsewhere(request, english_path):
    """An English path under another language's prefix (/fr/agency/basket/): the same page at that language's path
    (/fr/services-de-police/panier/), for good. Only paths that were English in every language before are sent on."""
    language = translation.get_language()
    if language == "en":
        raise Http404
    try:
        with translation.override("en"):
            match = resolve(f"/en/{english_path}")
    except Resolver404:
        raise Http404 from None
    if match.view_name.split(":")[0] not in TRANSLATED_PATHS:
        raise Http404
    with translation.override(language):
        url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    if query := request.META.get("QUERY_STRING"):
        url = f"{url}?{query}"
    # 308 for a form: posted again to the new address, not turned into a GET; 301 for a plain visit.
    return HttpResponsePermanentRedirect(url, preserve_request=request.method not in ("GET", "HEAD"))


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
