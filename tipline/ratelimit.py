"""A limit on reports (and follow-up attempts) per client address, with no third-party CAPTCHA.

The address is the one the trusted proxies vouch for (website/client_address.py), kept only as a keyed hash,
only in the cache, and only for the limit's window (website/throttle.py): never written to the database and
never stored with a report.
"""

from django.conf import settings

from website.client_address import client_address
from website.throttle import throttled


def over_limit(request, action):
    """Count one attempt; True once the address has used up its attempts for the window."""
    return throttled(
        f"tipline:{action}",
        [client_address(request)],
        settings.TIPLINE_RATE_LIMIT,
        settings.TIPLINE_RATE_WINDOW_SECONDS,
    )
