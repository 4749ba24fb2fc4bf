"""The content version: what is built from published content is cached under it, and every change starts a new one.

A leaf module (it imports nothing of ours), so models can keep values with `cached()` and forget them with
`forget()` without importing the page chrome. The cached page chrome (website/chrome.py) and the cached
pages (website/pagecache.py) are both keyed by this one version: one change forgets both, in every process.

A value about one person (whether an officer is an investigator) is cached in a scope ("tipline-roles:12") with a
version of its own as well: a change to that person forgets their values alone, and leaves every page cached.
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
    return started(VERSION_KEY, None)


def scope_version(scope):
    """The version of one scope, started when missing; it may expire, which only forgets what it kept."""
    return started(scope_key(scope), settings.CHROME_CACHE_SECONDS)


def scope_key(scope):
    return f"{VERSION_KEY}:{scope}"


def started(key, timeout):
    current = cache.get(key)
    if current is None:
        cache.add(key, uuid.uuid4().hex, timeout)  # add, not set: when processes race, the first one wins
        current = cache.get(key)
    return current


def cached(key, build_value, scope=None):
    """`build_value()` kept in the cache until the next change to pages, menus, footer or settings.

    With a `scope`, also only until `forget_scope(scope)`.
    """
    versions = version() if scope is None else f"{version()}:{scope}:{scope_version(scope)}"
    return cache.get_or_set(f"chrome:{versions}:{key}", build_value, settings.CHROME_CACHE_SECONDS)


def new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def forget(**kwargs):
    """Start a new content version now, and again once the change is committed.

    Now, so that this process never serves what it just changed; after the commit, because a request
    in another process may have cached the old content under the new version before the commit.
    """
    new_version()
    transaction.on_commit(new_version, robust=True)


def forget_scope(scope):
    """Forget what `cached()` keeps in one scope, now and once the change is committed (see `forget`)."""

    def new_scope_version():
        cache.set(scope_key(scope), uuid.uuid4().hex, settings.CHROME_CACHE_SECONDS)

    new_scope_version()
    transaction.on_commit(new_scope_version, robust=True)


def forget_when_changed(*models, scope=None):
    """Rebuild what `cached()` keeps whenever one of these models is saved or deleted.

    `scope`, a function of the saved or deleted row: forget only that scope, not every page.
    """
    if scope is None:
        receiver = forget
    else:

        def receiver(instance, **kwargs):
            forget_scope(scope(instance))

    for model in models:
        uid = f"chrome-forget{'-scope' if scope else ''}-{model._meta.label}"
        # Held strongly: a receiver made here has no other reference, and a weak one would be collected.
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-save")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-delete")
