"""The parts of every page that are the same on all pages of a language: names, menus, footer, safety links.

They are built once per language and kept in the shared cache until an editor changes a page, a menu,
the footer or the site settings, so a page pays no database queries for them. The same content version
also keys the cached pages (website/pagecache.py): one change forgets both, in every process at once.
"""

import logging

from django.db.models.signals import post_delete
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from website.cache import cached, forget, forget_when_changed
from website.localization import active_language, for_active_locale, localized
from website.models import Footer, FooterLink, HelpPage, MainMenu, MainMenuItem, SiteSettings

logger = logging.getLogger(__name__)

# The site's own report form, if an app offers one (the tipline registers its URL name in its AppConfig.ready());
# without it, the header and footer link to the outside tipline from the site settings.
REPORT_URL_NAME = []


def register_report_page(url_name):
    REPORT_URL_NAME[:] = [url_name]


def links(items):
    pages = localized([item.page for item in items])
    return [{"url": page.url, "label": item.label or page.title} for item, page in zip(items, pages, strict=True)]


def url_of_live(page):
    """The page's address in the reader's language, or None when no live version of it can be shown."""
    page = localized([page])[0] if page else None
    return page.url if page and page.live else None


def build():
    site_settings = SiteSettings.load()
    menu = for_active_locale(MainMenu)
    footer = for_active_locale(Footer)
    help_page = for_active_locale(HelpPage.objects.live())
    return {
        "organization_name": site_settings.organization_name,
        "contact_email": site_settings.contact_email,
        "tipline_name": site_settings.tipline_name,
        "tipline_url": site_settings.tipline_url,
        "report_url": reverse(REPORT_URL_NAME[0]) if REPORT_URL_NAME else None,
        "exit_url": site_settings.exit_url,
        "safety_page_url": url_of_live(site_settings.safety_page),
        "help_page_url": help_page.url if help_page else None,
        "main_menu": links(list(menu.items.select_related("page"))) if menu else [],
        "footer_about": footer.about if footer else "",
        "footer_links": links(list(footer.links.select_related("page"))) if footer else [],
    }


def get_chrome():
    return cached(f"language:{active_language()}", build)


def forget_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget()


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget, dispatch_uid=f"chrome-forget-{signal}")
    post_delete.connect(forget_on_page_delete, dispatch_uid="chrome-forget-page-delete")
    forget_when_changed(MainMenu, MainMenuItem, Footer, FooterLink, SiteSettings)


def context_processor(request):
    """`chrome` in every template, built (or read from the cache) only when a template uses it."""
    return {"chrome": SimpleLazyObject(get_chrome)}
