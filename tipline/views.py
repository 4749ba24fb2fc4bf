"""The tipline's public pages: the report form (with its confirmation) and the follow-up page.

Both are sent with `Cache-Control: no-store` and set no cookie beyond CSRF's. The confirmation is the
response to the POST itself, so the follow-up code is shown exactly once and never travels in a URL,
a cookie or a session; reloading it finds the report by the form's token and shows the number only.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from tipline.forms import FollowUpForm, ReportForm, hotline_countries
from tipline.models import Report
from tipline.ratelimit import over_limit
from tipline.services import add_information, find_report, submit_report
from website.localization import active_language


@never_cache
def report(request):
    form = ReportForm(
        request.POST if request.method == "POST" else None,
        initial={"language": active_language()},
        countries=hotline_countries(),
    )
    if request.method == "POST" and form.is_valid():
        if over_limit(request, "report"):
            form.add_error(None, _("You sent many reports in a short time. Wait an hour, then send this one again."))
        else:
            language = form.cleaned_data["language"] or active_language()
            saved, code = submit_report(form.report_fields(), language, form.cleaned_data["token"])
            return render(request, "tipline/confirmation.html", {"report": saved, "code": code})
    return render(request, "tipline/report_form.html", {"form": form, "follow_ups": ReportForm.FOLLOW_UPS})


@never_cache
def follow_up(request):
    form = FollowUpForm(request.POST if request.method == "POST" else None)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        if over_limit(request, "follow-up"):
            form.add_error(None, _("Too many tries in a short time. Wait an hour, then try again."))
            return render(request, "tipline/follow_up.html", context)
        found = find_report(form.cleaned_data["number"], form.cleaned_data["code"])
        if found is None:
            form.add_error(None, _("We found no report with this number and code. Check both and try again."))
            return render(request, "tipline/follow_up.html", context)
        if form.cleaned_data["addition"]:
            add_information(found, form.cleaned_data["addition"])
            context["added"] = True
            # A fresh form: the number and code stay (to add more), what was added does not.
            form = FollowUpForm(initial={"number": found.number, "code": form.cleaned_data["code"]})
        context.update(form=form, report=found, public_status=public_status(found))
    return render(request, "tipline/follow_up.html", context)


def public_status(report):
    """What a reporter is told of their report: where it is, never what an analyst thought of it."""
    Status = Report.Status
    return {
        Status.NEW: _("Received"),
        Status.IN_REVIEW: _("Being reviewed"),
        Status.NEEDS_INFO: _("We need more information: please add what you know below."),
        Status.SENT_TO_POLICE: _("Sent to police"),
    }.get(Report.Status(report.status), _("Closed"))
