"""Adds the strict Content-Security-Policy to every public response."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Public pages get no inline scripts or styles and no other origins; the Wagtail admin needs its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(settings.CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES):
            response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response
