"""How django-axes counts failed sign-ins (agencies' and admin alike), and the page it shows once locked."""

import unicodedata

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse


def normalize_account(value):
    """The account as Django looks it up (NFKC, as `AbstractBaseUser.normalize_username`), case-folded.

    Every spelling that reaches one account counts against that account: `ｒl2@tｅst.example`
    (fullwidth letters) and `RL2@test.example` are `rl2@test.example`.
    """
    return unicodedata.normalize("NFKC", value).casefold()[:255] if value else value


def account_key(request, credentials):
    """AXES_USERNAME_CALLABLE: the account a sign-in attempt is about, normalised."""
    field = settings.AXES_USERNAME_FORM_FIELD
    value = (credentials or {}).get(field) or request.POST.get(field)
    return normalize_account(value)


def lockout_response(request, original_response, credentials):
    """AXES_LOCKOUT_CALLABLE: a page in the reader's language, with Leave quickly, saying what to do."""
    in_admin = request.path.startswith("/admin/")
    context = {
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        "reset_url": reverse("wagtailadmin_password_reset" if in_admin else "resources:password_reset"),
        "sign_in_url": reverse("wagtailadmin_login" if in_admin else "resources:sign_in"),
    }
    return render(request, "website/sign_in_locked.html", context, status=429)
