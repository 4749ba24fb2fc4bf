"""Agency accounts: an officer's request, and staff approving or declining it."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone

from resources.emails import queue_email
from resources.models import Agency, AgencyAddress, AgencyMember, OrderingSettings


@transaction.atomic
def request_agency_account(data):
    """Create the officer's (inactive) account and their pending agency; returns the agency.

    Work emails from a domain on the settings' allow-list are approved at once.
    """
    user = get_user_model().objects.create_user(
        username=data["email"],
        email=data["email"],
        password=data["password1"],
        first_name=data["first_name"],
        last_name=data["last_name"],
        is_active=False,
    )
    agency = Agency.objects.create(name=data["agency_name"], agency_type=data["agency_type"], province=data["province"])
    AgencyAddress.objects.create(
        agency=agency,
        label=data["agency_name"],
        is_main=True,
        line1=data["line1"],
        line2=data.get("line2", ""),
        city=data["city"],
        province=data["province"],
        postal_code=data["postal_code"],
    )
    AgencyMember.objects.create(user=user, agency=agency, phone=data["phone"], language=data["language"])
    if OrderingSettings.load().approves_automatically(data["email"]):
        approve_agency(agency, by=None)
    return agency


@transaction.atomic
def approve_agency(agency, by):
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    agency.status = Agency.Status.APPROVED
    agency.decided_at, agency.decided_by = timezone.now(), by
    agency.save(update_fields=["status", "decided_at", "decided_by"])
    members = list(agency.members.select_related("user"))
    get_user_model().objects.filter(pk__in=[member.user_id for member in members]).update(is_active=True)
    for member in members:
        email_member(member, "resources/emails/agency_approved", {"agency": agency})
    return agency


@transaction.atomic
def decline_agency(agency, by, note=""):
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    agency.status = Agency.Status.DECLINED
    agency.decided_at, agency.decided_by, agency.decision_note = timezone.now(), by, note
    agency.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    get_user_model().objects.filter(agency_member__agency=agency).update(is_active=False)
    for member in agency.members.select_related("user"):
        email_member(member, "resources/emails/agency_declined", {"agency": agency, "note": note})
    return agency


def email_member(member, template, context):
    """Email an officer in their language once the change is committed; a mail outage changes nothing."""
    queue_email(member.user.email, template, {**context, "member": member}, member.language)


def users_who_may_join_an_agency(member=None):
    """The accounts an agency member row may point to: `member`'s own, and officers' accounts in no agency.

    Never staff: a superuser, a user with is_staff, or anyone who can reach the Wagtail admin (editors
    and order managers are not is_staff there) would otherwise see and order as that agency.
    """
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    officers = (
        get_user_model()
        .objects.filter(is_staff=False, is_superuser=False, agency_member=None)
        .exclude(groups__permissions__in=admin_access)
        .exclude(user_permissions__in=admin_access)
    )
    if member is not None and member.user_id:
        officers = officers | get_user_model().objects.filter(pk=member.user_id)
    return officers.order_by("username")
