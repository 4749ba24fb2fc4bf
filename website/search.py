"""Site search: editors' promoted results, then guides whose title or summary match, then everything else.

Apps register what this module ranks and describes (in their AppConfig.ready()), so the site shell
never names them: `rank_first(GuidePage)` and `describe_audiences(lookup)`.
"""

from urllib.parse import urlsplit

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from website.localization import localized

# More hits than anyone reads; the ranking and the pages of results work on this many at most.
MAX_HITS = 200

RANKED_FIRST = []  # page models whose title and summary matches lead the results
AUDIENCE_LOOKUPS = []  # callables: specific pages -> {page id: [audience names]}


def rank_first(model):
    """Matches of `model` on its title or summary come before every other result (title matches first)."""
    if model not in RANKED_FIRST:
        RANKED_FIRST.append(model)


def describe_audiences(lookup):
    if lookup not in AUDIENCE_LOOKUPS:
        AUDIENCE_LOOKUPS.append(lookup)


def every_word_in(words, *fields):
    """Each word in at least one of the fields (case-insensitive, as typed)."""
    condition = Q()
    for word in words:
        condition &= Q(_connector=Q.OR, **{f"{field}__icontains": word for field in fields})
    return condition


def ranked_page_ids(words, locale):
    """The ids of the live, public pages of one language that match, best first."""
    pages = Page.objects.live().public().filter(locale=locale)
    hits = [page.pk for page in pages.search(words, operator="and")[:MAX_HITS]]
    position = {pk: index for index, pk in enumerate(hits)}
    split = words.split()
    leading = []
    for model in RANKED_FIRST:
        matches = model.objects.live().public().filter(locale=locale).filter(every_word_in(split, "title", "summary"))
        for pk, title in matches.values_list("pk", "title")[:MAX_HITS]:
            in_title = all(word.casefold() in title.casefold() for word in split)
            leading.append((not in_title, position.get(pk, len(hits)), pk))
    first = [pk for _in_title, _position, pk in sorted(leading)]
    return first + [pk for pk in hits if pk not in set(first)]


def promotions(query, locale):
    """The results editors promoted for this query: pages (in the active language) and links.

    Looked up without Query.get(), which would store every query typed: readers' searches are not recorded.
    """
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    chosen = [pick.page for pick in picks if pick.page]
    pages = {page.pk: version for page, version in zip(chosen, localized(chosen), strict=True)}
    results = []
    for pick in picks:
        if pick.page:
            page = pages.get(pick.page.pk, pick.page)
            if page.live and page.locale_id == locale.pk:
                results.append({"page_id": page.pk, "description": pick.description})
        elif pick.external_link_url:
            results.append(
                {
                    "url": own_path(pick.external_link_url),
                    "title": pick.external_link_text or pick.external_link_url,
                    "description": pick.description,
                }
            )
    return results


def own_path(url):
    """A link to one of this installation's sites as a path, so it works at whatever address the site is read."""
    own_hosts = {urlsplit(root.root_url).hostname for root in Site.get_site_root_paths()}  # cached by Wagtail
    parts = urlsplit(url)
    if parts.hostname in own_hosts:
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return url


def search_entries(words, query, locale):
    """Everything to list for a query, in order: promoted results, then matching pages (ids), each once."""
    promoted = promotions(query, locale)
    promoted_pages = {entry["page_id"] for entry in promoted if "page_id" in entry}
    matches = [{"page_id": pk} for pk in ranked_page_ids(words, locale) if pk not in promoted_pages]
    return [{**entry, "promoted": True} for entry in promoted] + matches


def with_pages(entries):
    """The entries of one page of results, with their specific pages, kinds and audiences, in a few queries."""
    ids = [entry["page_id"] for entry in entries if "page_id" in entry]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    audiences = {}
    for lookup in AUDIENCE_LOOKUPS:
        audiences.update(lookup(list(specific.values())))
    results = []
    for entry in entries:
        page = specific.get(entry.get("page_id"))
        if "page_id" in entry and page is None:
            continue
        results.append(
            {
                **entry,
                "page": page,
                "url": page.url if page else entry["url"],
                "title": page.title if page else entry["title"],
                "summary": entry.get("description") or getattr(page, "summary", ""),
                "kind": kind_of(page) if page else _("Link"),
                "audiences": audiences.get(page.pk, []) if page else [],
            }
        )
    return results


def kind_of(page):
    """What a reader calls the result: "Guide", "Lesson plan", "Printed resource"... and "Page" for the rest."""
    return getattr(page, "format_label", None) or _("Page")
