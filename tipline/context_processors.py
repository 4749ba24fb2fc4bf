"""`officer_links` in every template: the tipline's links in the officer bar, for investigators only.

The officer bar (resources) knows nothing of the tipline: it shows whatever links this adds. Lazy, so only
a page that shows the bar asks; and the answer is cached in the officer's own scope (forgotten when their role
is granted or revoked, without forgetting any page), so the officers' pages stay within their query budget.
The referral pages check the role themselves on every request: a stale link could only lead to a 404.
"""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from tipline.referrals import investigator_agency, roles_scope
from website.cache import cached


def officer_links(request):
    def build():
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return []
        is_investigator = cached("investigator", lambda: investigator_agency(user) is not None, roles_scope(user.pk))
        if not is_investigator:
            return []
        return [
            {
                "url": reverse("tipline_portal:referrals"),
                "label": _("Referrals"),
                # Shown instead on a phone, with the full label kept for screen readers.
                "short_label": pgettext("short for Referrals on a phone: words of Referrals only", "Referrals"),
            }
        ]

    return {"officer_links": SimpleLazyObject(build)}
