"""The analysts' screens in the Wagtail admin: the queue, one report, and the queue's export.

Only members of "Tipline analysts" get past `analysts_only`: not editors, not order managers, and
not superusers who are not members. Views parse input and call tipline.workflow; every opening,
decision and export is written to the audit log there.
"""

import csv
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from resources.back_office import admin_page
from resources.models import AgencyMember
from tipline import figures as tipline_figures
from tipline import notices, referrals, workflow
from tipline.models import (
    ANALYSTS_GROUP,
    AuditEntry,
    CriminalCodeSection,
    Investigator,
    ReferralPartner,
    ReferralQuestion,
    Report,
    ReportType,
    coded_detail,
    location_choices,
)
from tipline.services import linked_reports
from tipline.triage import OPEN, queue_rows
from website.charts import bar_chart

QUEUE_PAGE_SIZE = 50


def is_analyst(user):
    return user.is_authenticated and user.is_active and user.groups.filter(name=ANALYSTS_GROUP).exists()


def analysts_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_analyst(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


class QueueFilterForm(forms.Form):
    report_type = forms.ChoiceField(label=gettext_lazy("Type"), required=False)
    province = forms.ChoiceField(label=gettext_lazy("Where"), required=False)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    urgent = forms.ChoiceField(label=gettext_lazy("Urgent"), required=False)
    linked = forms.ChoiceField(label=gettext_lazy("Linked to other reports"), required=False)

    def __init__(self, data):
        super().__init__(data)
        everything = ("", _("All"))
        yes_no = [everything, ("yes", _("Yes")), ("no", _("No"))]
        self.fields["report_type"].choices = [everything, *ReportType.choices]
        self.fields["province"].choices = [everything, *location_choices()]
        self.fields["status"].choices = [("", _("Open")), ("all", _("All")), *Report.Status.choices]
        self.fields["urgent"].choices = yes_no
        self.fields["linked"].choices = yes_no

    def rows(self):
        self.is_valid()
        data = self.cleaned_data
        reports = Report.objects.all()
        if data.get("status") == "all":
            pass
        elif data.get("status"):
            reports = reports.filter(status=data["status"])
        else:
            reports = reports.filter(status__in=OPEN)
        if data.get("report_type"):
            reports = reports.filter(report_type=data["report_type"])
        if data.get("province"):
            reports = reports.filter(province=data["province"])
        if data.get("urgent"):
            reports = reports.filter(urgent=data["urgent"] == "yes")
        linked = {"yes": True, "no": False}.get(data.get("linked"))
        return queue_rows(reports, linked=linked)


@analysts_only
def queue(request):
    form = QueueFilterForm(request.GET)
    rows = form.rows()
    if request.GET.get("export") == "csv":
        return export_csv(request, rows)
    page = Paginator(rows, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    flags = referrals.coordination_flags([row.report.pk for row in page])
    for row in page:
        row.coordinate_with = flags[row.report.pk]
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "overdue_referrals": referrals.overdue_referrals(),
    }
    return admin_page(request, "tipline/admin/queue.html", _("Tipline reports"), context, icon="warning")


def export_csv(request, rows):
    """The queue's clear columns only: an export never holds what a reporter wrote."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="tipline-queue.csv"'
    writer = csv.writer(response)
    writer.writerow(["number", "received", "type", "urgent", "province", "age", "status", "linked", "score"])
    for row in rows:
        report = row.report
        writer.writerow([
            report.number, report.received_at.isoformat(), report.effective_type.value, report.urgent,
            report.province, report.child_age_range, report.status, row.linked, row.score,
        ])  # fmt: skip
    AuditEntry.objects.create(
        user=request.user, username=request.user.get_username(), action=AuditEntry.Action.EXPORTED,
        detail=coded_detail("queue", str(len(rows))),
    )  # fmt: skip
    return response


class ClassifyForm(forms.Form):
    report_type = forms.ChoiceField(label=gettext_lazy("Type"), choices=ReportType.choices)
    section = forms.ChoiceField(label=gettext_lazy("Criminal Code section"), choices=CriminalCodeSection.choices)


@analysts_only
def report_detail(request, pk):
    report = get_object_or_404(Report, pk=pk)
    if request.method == "POST":
        return act_on_report(request, report)
    workflow.record_opening(report, request.user)
    classify_form = ClassifyForm(
        initial={"report_type": report.classified_type or report.report_type, "section": report.criminal_code_section}
    )
    sent = list(report.referrals.select_related("agency", "hotline"))
    suggestion = referrals.suggest_recipient(report)
    agencies, hotlines = referrals.recipient_choices()
    return admin_page(
        request,
        "tipline/admin/report_detail.html",
        _("Report %(number)s") % {"number": report.number},
        {
            "report": report,
            "addresses": notices.addresses_with_providers(report),
            "linked": linked_reports(report).only("number", "report_type", "status", "received_at"),
            "additions": report.additions.all(),
            "notes": report.notes.select_related("author"),
            "audit": report.audit.all(),
            "classify_form": classify_form,
            "transitions": [
                Report.Status(s)
                for s in Report.Status.values
                if s in workflow.allowed_transitions(report) and s not in workflow.REFERRAL_STATUSES
            ],
            "close_reasons": Report.CloseReason.choices,
            "referrals": sent,
            "questions": ReferralQuestion.objects.filter(referral__report=report).select_related(
                "referral__agency", "author"
            ),
            "coordinate_with": referrals.coordination_flags([report.pk])[report.pk],
            "can_refer": report.status in {Report.Status.IN_REVIEW, *workflow.REFERRAL_STATUSES},
            "suggestion": suggestion,
            "agency_choices": agencies,
            "hotline_choices": hotlines,
        },
        icon="warning",
    )


def whole_number(value):
    """A number from a form, or -1 for anything else (which the service refuses with a clear message)."""
    try:
        return int(value or "")
    except ValueError:
        return -1


def act_on_report(request, report):
    action = request.POST.get("action")
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    try:
        if action == "decide":
            workflow.decide(report, request.POST.get("to_status", ""), request.user, version,
                            reason=request.POST.get("reason", ""))  # fmt: skip
        elif action == "classify":
            workflow.classify(report, request.user, request.POST.get("report_type", ""),
                              request.POST.get("section", ""), version)  # fmt: skip
        elif action == "note":
            for_police = request.POST.get("for_police") == "yes"
            workflow.add_note(report, request.user, request.POST.get("note", "")[:5000], for_police=for_police)
        elif action == "refer":
            referral = referrals.send_referral(report, request.user, request.POST.get("recipient", ""), version)
            messages.success(
                request,
                _("Report %(number)s is sent to %(recipient)s.")
                % {"number": report.number, "recipient": referral.recipient_name},
            )
            return redirect("tipline_report", pk=report.pk)
        elif action == "notice":
            # The analyst checked the address outside this system; the box says so.
            if request.POST.get("confirmed") != "yes":
                raise ValidationError(_("Confirm that you checked the address before sending a notice."))
            notices.send_notice(report, whole_number(request.POST.get("address")), request.user, version)
        elif action == "removed":
            notices.mark_removed(report, whole_number(request.POST.get("notice")), request.user)
        else:
            raise ValidationError(_("Choose an action."))
    except ValidationError as error:
        messages.error(request, error.messages[0])
        if isinstance(error, workflow.ReportChanged):
            messages.info(request, _("The report below is as it is now."))
        return redirect("tipline_report", pk=report.pk)
    messages.success(request, _("Report %(number)s is updated.") % {"number": report.number})
    return redirect("tipline_report", pk=report.pk)


# --- Investigators --------------------------------------------------------------------------------------------


@analysts_only
def investigators(request):
    """The members of the agencies that receive referrals, and who among them is an investigator."""
    if request.method == "POST":
        return change_investigator(request)
    partners = ReferralPartner.objects.filter(receives_referrals=True).values("agency_id")
    members = (
        AgencyMember.objects.filter(agency_id__in=partners, user__is_active=True)
        .select_related("user", "agency")
        .order_by("agency__name", "user__last_name", "user__first_name")
    )
    granted = dict(Investigator.objects.filter(member__in=members).values_list("member_id", "granted_at"))
    rows = [(member, granted.get(member.pk)) for member in members]
    return admin_page(request, "tipline/admin/investigators.html", _("Investigators"), {"rows": rows}, icon="user")


def change_investigator(request):
    member_id = request.POST.get("member", "")
    member = None
    if member_id.isdigit() and int(member_id) < 2**31:
        member = AgencyMember.objects.select_related("user", "agency").filter(pk=int(member_id)).first()
    if member is None:
        messages.error(request, _("Choose an officer from the list."))
        return redirect("tipline_investigators")
    grant = request.POST.get("grant") == "yes"
    try:
        changed = referrals.set_investigator(member, grant, request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("tipline_investigators")
    name = member.user.get_full_name() or member.user.get_username()
    if not changed:
        messages.info(request, _("Nothing changed for %(name)s.") % {"name": name})
    elif grant:
        messages.success(request, _("%(name)s is now an investigator.") % {"name": name})
    else:
        messages.success(request, _("%(name)s is no longer an investigator.") % {"name": name})
    return redirect("tipline_investigators")


class FiguresForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)


@analysts_only
def figures(request):
    """The analysts' yearly figures (tipline.figures computes them all), as a page or a CSV download."""
    form = FiguresForm(request.GET or {"year": timezone.localdate().year})
    result = tipline_figures.admin_figures(form.cleaned_data["year"]) if form.is_valid() else None
    if result and request.GET.get("export") == "csv":
        AuditEntry.objects.create(
            user=request.user, username=request.user.get_username(), action=AuditEntry.Action.EXPORTED,
            detail=coded_detail("figures", str(result.year)),
        )  # fmt: skip
        response = tipline_figures.admin_csv(result)
    else:
        chart = ""
        if result:
            chart = bar_chart(tipline_figures.month_chart_rows(result), _("Reports received per month"))
        response = admin_page(
            request, "tipline/admin/figures.html", _("Tipline figures"),
            {"form": form, "figures": result, "chart": chart,
             "type_labels": dict(ReportType.choices)},
            icon="table",
        )  # fmt: skip
    return response
