"""Throttles for forms that send email or create accounts: so many requests per address, or per email, per window.

Counts live in Django's default cache. In production that is Redis (REDIS_URL): one count shared by every
process, with atomic increments. Keys are keyed hashes (HMAC with the secret key), so no email or client
address is stored in the cache, nor can one be found again from a key by trying every address.
"""

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from website.client_address import client_address
from website.sign_in_limits import normalize_account

# Forms that send email (account requests, password resets): at most this many per client address and per email.
REQUESTS_PER_ADDRESS, REQUESTS_PER_EMAIL, THROTTLE_SECONDS = 10, 3, 60 * 60


def throttled(scope, keys, limit, seconds):
    """Count one more request for each key; True when any key has gone over `limit` within `seconds`.

    The window starts at a key's first request (a fixed window): simple, and enough to stop floods.
    """
    over = False
    for key in filter(None, keys):
        name = f"throttle:{scope}:{salted_hmac('website.throttle', key, algorithm='sha256').hexdigest()}"
        cache.add(name, 0, seconds)
        try:
            count = cache.incr(name)
        except ValueError:  # the window ended between add() and incr(): this request opens the next one
            cache.add(name, 1, seconds)
            count = 1
        over = over or count > limit
    return over


def too_many_emails(scope, request, email):
    """True when this address or this email has asked `scope` to send email too often within the hour."""
    # Both counts go up on every request, so flooding one address or one email never spares the other.
    by_address = throttled(scope, [client_address(request)], REQUESTS_PER_ADDRESS, THROTTLE_SECONDS)
    by_email = throttled(f"{scope}-email", [normalize_account(email)], REQUESTS_PER_EMAIL, THROTTLE_SECONDS)
    return by_address or by_email


SHARED_CACHES = {"django.core.cache.backends.redis.RedisCache", "django.core.cache.backends.memcached.PyMemcacheCache"}


def check_shared_cache(app_configs, **kwargs):
    """`check --deploy` warns when the throttles would count in each process on its own."""
    if settings.CACHES["default"]["BACKEND"] in SHARED_CACHES:
        return []
    return [
        checks.Warning(
            "The default cache is not shared between processes: request throttles count per process.",
            hint="Set REDIS_URL.",
            id="website.W001",
        )
    ]
