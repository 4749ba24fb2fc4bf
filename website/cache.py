"""The content version: what is built from published content is cached under it, and every change starts a new one.

A leaf module (it imports nothing of ours), so models can keep values with `cached()` and forget them with
`forget()` without importing the page chrome. The cached page chrome (website/chrome.py) and the cached
pages (website/pagecache.py) are both keyed by this one version: one change forgets both, in every process.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "content:version"


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


def new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def forget(**kwargs):
    """Start a new content version now, and again once the change is committed.

    Now, so that this process never serves what it just changed; after the commit, because a request
    in another process may have cached the old content under the new version before the commit.
    """
    new_version()
    transaction.on_commit(new_version, robust=True)


def forget_when_changed(*models):
    """Rebuild what `cached()` keeps whenever one of these models is saved or deleted."""
    for model in models:
        post_save.connect(forget, sender=model, dispatch_uid=f"chrome-forget-save-{model._meta.label}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"chrome-forget-delete-{model._meta.label}")
