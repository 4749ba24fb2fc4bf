"""The address of the client behind a request, read through the proxies we trust and no others."""

from django.conf import settings
from python_ipware import IpWare


def client_address(request):
    """The client's IP address: REMOTE_ADDR, or with TRUSTED_PROXY_COUNT proxies, the entry they vouch for.

    Each trusted proxy appends the address it received the request from to X-Forwarded-For, so the
    client is the TRUSTED_PROXY_COUNT-th entry from the right; whatever a client wrote to the left of
    it is ignored. python-ipware counts only the proxies named in the header (the nearest proxy is
    REMOTE_ADDR, never in the header), hence `count - 1`.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        resolver = IpWare(precedence=("HTTP_X_FORWARDED_FOR",), proxy_count=count - 1, leftmost=True)
        address, _trusted = resolver.get_client_ip(request.META, strict=False)
        if address is not None:
            return str(address)
    return request.META.get("REMOTE_ADDR", "")
