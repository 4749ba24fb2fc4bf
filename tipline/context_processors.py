"""`officer_links` in every template: the tipline's links in the officer bar, for investigators only.

The officer bar (resources) knows nothing of the tipline: it shows whatever links this adds. Lazy, so only
a page that shows the bar pays the one query.
"""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from tipline.referrals import investigator_agency


def officer_links(request):
    def build():
        user = getattr(request, "user", None)
        if user is None or investigator_agency(user) is None:
            return []
        return [{"url": reverse("tipline_portal:referrals"), "label": _("Referrals")}]

    return {"officer_links": SimpleLazyObject(build)}
