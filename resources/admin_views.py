"""Staff screens in the Wagtail admin for the agencies' accounts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from resources.accounts import approve_agency, decline_agency
from resources.models import Agency


def check_can_decide(user):
    if not user.has_perm("resources.change_agency"):
        raise PermissionDenied


def agency_requests(request):
    """Agencies waiting for approval, oldest first, with what staff need to decide."""
    check_can_decide(request.user)
    pending = (
        Agency.objects.filter(status=Agency.Status.PENDING)
        .prefetch_related("addresses", "members__user")
        .order_by("created_at")
    )
    title = _("Agency requests")
    context = {"agencies": pending, "header_title": title, "page_title": title, "header_icon": "group"}
    return render(request, "resources/admin/agency_requests.html", context)


@require_POST
def decide_agency(request, pk):
    check_can_decide(request.user)
    agency = get_object_or_404(Agency, pk=pk, status=Agency.Status.PENDING)
    if request.POST.get("decision") == "approve":
        approve_agency(agency, by=request.user)
        messages.success(request, _("%(agency)s is approved; its officers can now order.") % {"agency": agency})
    elif request.POST.get("decision") == "decline":
        decline_agency(agency, by=request.user, note=request.POST.get("note", "")[:1000])
        messages.success(request, _("%(agency)s is declined.") % {"agency": agency})
    else:
        messages.error(request, _("Choose to approve or decline."))
    return redirect("resources_agency_requests")
