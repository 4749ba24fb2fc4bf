"""sitemap.xml (every live public page in both languages, each with its hreflang alternates) and robots.txt."""

import posixpath
from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page


def sitemap(request):
    """One <url> per live public page; pages that are translations of each other name each other as alternates.

    Untranslated French aliases of English pages are left out: they would list the same text twice.
    """
    pages = list(
        Page.objects.live()
        .public()
        .filter(depth__gt=1, alias_of__isnull=True)
        .select_related("locale")
        .order_by("path")
        .only("id", "path", "url_path", "translation_key", "locale", "last_published_at", "depth")
    )
    entries, versions = [], defaultdict(list)
    for page in pages:
        url = page.get_full_url(request)
        if url is None:
            continue
        entry = {"loc": url, "lastmod": page.last_published_at, "code": page.locale.language_code}
        versions[page.translation_key].append(entry)
        entries.append((page.translation_key, entry))
    urls = [{**entry, "alternates": versions[key] if len(versions[key]) > 1 else []} for key, entry in entries]
    return TemplateResponse(request, "website/sitemap.xml", {"urls": urls}, content_type="application/xml")


# Pages of the agencies' side, which share the folder robots.txt keeps crawlers out of.
AGENCY_PAGES = ["resources:request_account", "resources:sign_in", "resources:basket", "resources:orders"]


def agency_prefixes():
    """Where the agencies' pages start in each language (/en/agency/), whatever words their addresses use."""
    prefixes = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            prefixes.append(posixpath.commonpath([reverse(name) for name in AGENCY_PAGES]) + "/")
    return prefixes


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: {prefix}" for prefix in agency_prefixes()]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
