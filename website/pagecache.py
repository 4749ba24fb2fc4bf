"""Published pages from the shared cache for readers who send no cookie; a deliberate Cache-Control on every response.

- A page says it is the same for every reader by answering `Cache-Control: public` (SitePage.serve).
  Every other response is personal and leaves as `private, no-store`: agency pages, sign-in, basket,
  the admin, search, errors, and anything rendered for a request that carried a cookie.
- A public page is kept only when the request carried no cookie and the response sets none and holds no
  CSRF token: then nothing in it can belong to one reader.
- It is kept in the shared cache (Redis, or the embedded file cache) under the content version of
  website/cache.py, and as ready-to-send bytes in this process's memory. A hit reads only that small
  version from the shared cache, so a change seen by one process is seen by every process at once.

The middleware sits right after whitenoise: a hit skips sessions, locale, CSRF and authentication,
which is safe because only requests without cookies are answered from the cache.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from website import cache as content_version

logger = logging.getLogger(__name__)
PRIVATE = "private, no-store"
# Process-local copies kept at most; past this the copies start again from the shared cache.
LOCAL_COPIES_MAX = 500


def cache_key(request):
    """Where a shareable answer to this request is kept, or None when the request may be personal."""
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return None  # filters and search are not kept: unbounded variations, each cheap enough to render
    if request.META.get("HTTP_COOKIE") or "HTTP_AUTHORIZATION" in request.META:
        return None
    return f"{request.scheme}://{request.META.get('HTTP_HOST', '')}{request.path}"


def is_shareable(request, response):
    """True for a page declared public, rendered for a request without cookies, that gives none back."""
    return (
        response.status_code == 200
        and "public" in response.get("Cache-Control", "")
        and not request.META.get("HTTP_COOKIE")
        and "HTTP_AUTHORIZATION" not in request.META
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not response.streaming
    )


def set_cache_control(request, response):
    """Public pages may sit in shared caches (a CDN) for a short time; anything else is private and never stored."""
    if is_shareable(request, response):
        del response["Cache-Control"]
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        patch_vary_headers(response, ("Cookie",))  # a shared cache must not answer signed-in readers with it
        return True
    if "Cache-Control" in response and "public" in response["Cache-Control"]:
        del response["Cache-Control"]
    patch_cache_control(response, private=True, no_store=True)
    return False


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # This process's ready-to-send pages: key -> (content version, status, headers, bytes).
        self.copies = {}

    def __call__(self, request):
        key = cache_key(request) if settings.PAGE_CACHE_SECONDS else None
        version = None
        if key:
            try:
                version = content_version.current_version()
                if version is not None:
                    hit = self.copies.get(key)
                    if hit is None or hit[0] != version:
                        hit = self.shared_copy(key, version)
                    if hit is not None:
                        return HttpResponse(hit[3], status=hit[1], headers=hit[2])
                # The version before rendering: a change during the render leaves this copy already outdated.
                version = version or content_version.version()
            except Exception:  # the cache only speeds pages up: when it fails, render (and /readyz says so)
                logger.warning("The page cache does not answer: rendering %s", request.path, exc_info=True)
                key = None
        response = self.get_response(request)
        if set_cache_control(request, response) and key:
            try:
                self.keep(key, version, response)
            except Exception:
                logger.warning("The page cache does not answer: %s not kept", request.path, exc_info=True)
        return response

    def shared_copy(self, key, version):
        stored = cache.get(f"page:{version}:{key}")
        if stored is None:
            return None
        copy = (version, *stored)
        self.remember(key, copy)
        return copy

    def keep(self, key, version, response):
        stored = (response.status_code, dict(response.headers), response.content)
        cache.set(f"page:{version}:{key}", stored, settings.PAGE_CACHE_SECONDS)
        self.remember(key, (version, *stored))

    def remember(self, key, copy):
        if len(self.copies) >= LOCAL_COPIES_MAX:
            self.copies.clear()
        self.copies[key] = copy
