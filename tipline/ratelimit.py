"""A limit on reports (and follow-up attempts) per client address, with no third-party CAPTCHA.

The address is kept only as a keyed hash, only in the cache, and only for the limit's window: it is
never written to the database and never stored with a report.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_key(request, action):
    address = request.META.get("REMOTE_ADDR", "")
    digest = salted_hmac("tipline.ratelimit", address, algorithm="sha256").hexdigest()
    return f"tipline:rate:{action}:{digest}"


def over_limit(request, action):
    """Count one attempt; True once the address has used up its attempts for the window."""
    key = client_key(request, action)
    window = settings.TIPLINE_RATE_WINDOW_SECONDS
    if cache.add(key, 1, window):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, window)
        return False
    return count > settings.TIPLINE_RATE_LIMIT
