"""Why an order needs review: stored on the order as codes with their figures, put into words in the reader's language.

An order is read by the officer (on the site and in emails, each in the officer's language) and by staff,
so its reasons are never stored as sentences: a French email must not carry reasons worded in English.
"""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

OVER_MAXIMUM = "over_maximum"  # a line asks for more than the edition's maximum per order
OVER_QUOTA = "over_quota"  # the agency's pieces this period would pass its quota
TEXT = "text"  # a reason from before codes, kept as it was written


def over_maximum(sku, title, quantity, maximum):
    return {"code": OVER_MAXIMUM, "sku": sku, "title": title, "quantity": quantity, "maximum": maximum}


def over_quota(quota, total):
    return {"code": OVER_QUOTA, "quota": quota, "total": total}


def describe(reason, titles=None):
    """The reason as a sentence in the active language; `titles` maps SKUs to the titles to show."""
    figures = {
        key: number_format(value, force_grouping=True) for key, value in reason.items() if isinstance(value, int)
    }
    if reason["code"] == OVER_MAXIMUM:
        title = (titles or {}).get(reason["sku"], reason["title"])
        return _("%(title)s (%(sku)s): %(quantity)s pieces requested; the maximum per order is %(maximum)s.") % {
            "title": title,
            "sku": reason["sku"],
            **figures,
        }
    if reason["code"] == OVER_QUOTA:
        return _("Your agency’s quota is %(quota)s pieces per period; with this order it would reach %(total)s.") % (
            figures
        )
    return reason.get("text", "")
