"""`officer` in every template: what the officer bar shows to a signed-in officer of an approved agency."""

from django.utils.functional import SimpleLazyObject

from resources import services


def officer(request):
    """Lazy, so a page that never shows the bar (and every reader, who has no session) pays no query for it."""

    def build():
        user = getattr(request, "user", None)
        agency = services.agency_of(user) if user is not None else None
        if agency is None:
            return None
        return {"agency": agency, "basket_lines": services.basket_line_count(user)}

    return {"officer": SimpleLazyObject(build)}
