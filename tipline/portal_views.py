"""The investigators' referral pages in the agency portal: the list, one referral, and what they answer.

Officers sign in through resources' sign-in. Only investigators of an approved agency get past
`investigator_required`; anyone else, and any referral of another agency, gets a 404, so the tipline's
existence shows nowhere. Every answer is `private, no-store`; every opening of a referral is audited.
"""

import uuid
from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from resources.views import agency_required
from tipline import referrals
from tipline.models import Outcome, Referral


def investigator_required(view):
    @wraps(view)
    @agency_required
    def wrapper(request, agency, *args, **kwargs):
        if referrals.investigator_agency(request.user) is None:
            raise Http404
        return view(request, agency, *args, **kwargs)

    return never_cache(wrapper)


def agency_referral(agency, pk):
    return get_object_or_404(Referral.objects.select_related("agency"), pk=pk, agency=agency)


@investigator_required
def referrals_list(request, agency):
    rows = Referral.objects.filter(agency=agency).only(
        "report_number", "urgent", "sent_at", "acknowledged_at", "outcome", "reminded_at", "agency_id"
    )
    return render(request, "tipline/portal/referrals.html", {"agency": agency, "referrals": rows})


@investigator_required
def referral(request, agency, pk):
    item = agency_referral(agency, pk)
    referrals.record_opening(item, request.user)
    context = {
        "agency": agency,
        "referral": item,
        "package": referrals.describe_package(item.package or {}),
        "questions": item.questions.select_related("author"),
        "outcomes": Outcome.choices,
        "question_token": uuid.uuid4(),
    }
    return render(request, "tipline/portal/referral.html", context)


def posted_version(request):
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return -1


def answer(request, item, action):
    """Run one of the agency's actions; a refusal is a message in the officer's language, never a 500."""
    try:
        changed = action()
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        if changed:
            messages.success(request, changed)
    return redirect("tipline_portal:referral", pk=item.pk)


@require_POST
@investigator_required
def acknowledge(request, agency, pk):
    item = agency_referral(agency, pk)

    def act():
        _referral, changed = referrals.acknowledge(item, request.user, posted_version(request))
        return _("Receipt acknowledged. Thank you.") if changed else _("Receipt was already acknowledged.")

    return answer(request, item, act)


@require_POST
@investigator_required
def outcome(request, agency, pk):
    item = agency_referral(agency, pk)

    def act():
        saved, changed = referrals.record_outcome(
            item, request.user, request.POST.get("outcome", ""), posted_version(request)
        )
        if not changed:
            return _("This outcome was already recorded.")
        return _("Outcome recorded: %(outcome)s.") % {"outcome": saved.get_outcome_display()}

    return answer(request, item, act)


@require_POST
@investigator_required
def question(request, agency, pk):
    item = agency_referral(agency, pk)

    def act():
        try:
            token = uuid.UUID(request.POST.get("token", ""))
        except ValueError:
            token = None
        _question, created = referrals.ask_question(item, request.user, request.POST.get("question", ""), token)
        return _("Your question was sent to the analysts.") if created else _("Your question was already sent.")

    return answer(request, item, act)
