"""The parts of every page that are the same on all pages of a language: names, menus, footer, safety links.

They are built once per language and kept in the shared cache until an editor changes a page, a menu,
the footer or the site settings, so a page pays no database queries for them. The same content version
also keys the cached pages (website/pagecache.py): one change forgets both, in every process at once.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from website.models import (
    Footer,
    FooterLink,
    HelpPage,
    MainMenu,
    MainMenuItem,
    SiteSettings,
    active_language,
    for_active_locale,
)

VERSION_KEY = "content:version"

logger = logging.getLogger(__name__)

# The site's own report form, if an app offers one (the tipline registers its URL name in its AppConfig.ready());
# without it, the header and footer link to the outside tipline from the site settings.
REPORT_URL_NAME = []


def register_report_page(url_name):
    REPORT_URL_NAME[:] = [url_name]


def localized_pages(pages):
    """Map each page's pk to its live version in the active language, or to itself, in one query."""
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages], locale__language_code=active_language()
        )
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}


def links(items):
    pages = localized_pages([item.page for item in items])
    return [{"url": pages[item.page_id].url, "label": item.label or pages[item.page_id].title} for item in items]


def safety_page_url(site_settings):
    """The safety page in the active language, or the page as chosen if it is not translated."""
    if not site_settings.safety_page_id:
        return None
    chosen = Page.objects.filter(pk=site_settings.safety_page_id).values("translation_key")
    versions = {
        page.locale.language_code: page
        for page in Page.objects.live().filter(translation_key__in=chosen).select_related("locale")
    }
    page = versions.get(active_language()) or next(
        (page for page in versions.values() if page.pk == site_settings.safety_page_id), None
    )
    return page.url if page else None


def help_page_url():
    """The "Get help now" page in the active language, or in the default language if it is not translated."""
    pages = {
        page.locale.language_code: page
        for page in HelpPage.objects.live()
        .filter(locale__language_code__in=[active_language(), settings.LANGUAGE_CODE])
        .select_related("locale")
    }
    page = pages.get(active_language()) or pages.get(settings.LANGUAGE_CODE)
    return page.url if page else None


def build():
    site_settings = SiteSettings.load()
    menu = for_active_locale(MainMenu)
    footer = for_active_locale(Footer)
    return {
        "organization_name": site_settings.organization_name,
        "contact_email": site_settings.contact_email,
        "tipline_name": site_settings.tipline_name,
        "tipline_url": site_settings.tipline_url,
        "report_url": reverse(REPORT_URL_NAME[0]) if REPORT_URL_NAME else None,
        "exit_url": site_settings.exit_url,
        "safety_page_url": safety_page_url(site_settings),
        "help_page_url": help_page_url(),
        "main_menu": links(list(menu.items.select_related("page"))) if menu else [],
        "footer_about": footer.about if footer else "",
        "footer_links": links(list(footer.links.select_related("page"))) if footer else [],
    }


def current_version():
    """The content version in the shared cache, or None when nothing was cached since it was emptied."""
    return cache.get(VERSION_KEY)


def version():
    """The content version, started when missing; it never expires, only changes."""
    current = current_version()
    if current is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)  # add, not set: when processes race, the first one wins
        current = current_version()
    return current


def cached(key, build_value):
    """`build_value()` kept in the cache until the next change to pages, menus, footer or settings."""
    return cache.get_or_set(f"chrome:{version()}:{key}", build_value, settings.CHROME_CACHE_SECONDS)


def get_chrome():
    return cached(f"language:{active_language()}", build)


def new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def forget(**kwargs):
    """Start a new content version now, and again once the change is committed.

    Now, so that this process never serves what it just changed; after the commit, because a request
    in another process may have cached the old content under the new version before the commit.
    """
    new_version()
    transaction.on_commit(new_version, robust=True)


def forget_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget()


def forget_when_changed(*models):
    """Rebuild what `cached()` keeps whenever one of these models is saved or deleted."""
    for model in models:
        post_save.connect(forget, sender=model, dispatch_uid=f"chrome-forget-save-{model._meta.label}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"chrome-forget-delete-{model._meta.label}")


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget, dispatch_uid=f"chrome-forget-{signal}")
    post_delete.connect(forget_on_page_delete, dispatch_uid="chrome-forget-page-delete")
    forget_when_changed(MainMenu, MainMenuItem, Footer, FooterLink, SiteSettings)


def context_processor(request):
    """`chrome` in every template, built (or read from the cache) only when a template uses it."""
    return {"chrome": SimpleLazyObject(get_chrome)}
