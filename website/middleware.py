"""Adds the strict Content-Security-Policy to every public response, and words the admin's title bar."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, pgettext


class ContentSecurityPolicyMiddleware:
    """Public pages get no inline scripts or styles and no other origins; the Wagtail admin needs its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(settings.CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES):
            response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class AdminHeaderTitleMiddleware:
    """The admin's title bar (« Modification : Adresse ») with the colon of the reader's language.

    Wagtail joins a screen's title and subtitle in Python with an English colon (``f"{title}: {subtitle}"`` in
    ``WagtailAdminTemplateMixin.get_header_title``), out of reach of any catalogue, so a French screen read
    « Modification: Adresse ». This joins them again with the same "after a label" colon as our own screens,
    and leaves alone a title a view worded itself. A creation screen's "New" becomes « Création », as on
    Wagtail's other creation screens (locale/fr: "New: %(model_name)s"): « Nouveau : Page standard » gets
    the gender of most of our types wrong.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        context = response.context_data
        if not isinstance(context, dict) or not context.get("page_subtitle"):
            return response
        # Wagtail renders its screens in the staff member's own language (wagtail.admin.localization), not the
        # request's: compare and word the title in that language.
        profile = getattr(request.user, "wagtail_userprofile", None)
        language = (profile and profile.get_preferred_language()) or translation.get_language()
        with translation.override(language):
            title, subtitle = context.get("page_title"), context["page_subtitle"]
            if context.get("header_title") == f"{title}: {subtitle}":
                if title == gettext("New"):
                    title = pgettext("title of a creation screen", "New")
                context["header_title"] = f"{title}{pgettext('after a label', ': ')}{subtitle}"
        return response
