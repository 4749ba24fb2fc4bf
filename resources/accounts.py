"""Agency accounts: an officer's request, the link that confirms their mailbox, and staff deciding on it."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from resources.emails import queue_email
from resources.models import Agency, AgencyAddress, AgencyMember, OrderingSettings

CONFIRMATION_SALT = "resources.agency-request.email"
CONFIRMATION_DAYS = 3


@transaction.atomic
def request_agency_account(data, site_url):
    """Record an officer's request, or, when the email has an account already, tell its owner by email.

    The requester sees the same answer either way, so the form never tells who has an account. A new
    request waits with an inactive account; we email a link to prove the mailbox is the requester's
    (see `confirm_agency_request`). `site_url` (scheme and host) starts the links in the emails.
    """
    existing = get_user_model().objects.filter(username__iexact=data["email"]).first()
    if existing is not None:
        make_password(data["password1"])  # take as long as creating an account does, so timing tells nothing
        tell_owner(existing, data["language"], site_url)
        return
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
    member = AgencyMember.objects.create(user=user, agency=agency, phone=data["phone"], language=data["language"])
    send_confirmation(member, site_url)


def tell_owner(user, language, site_url):
    """Someone asked for an account with this user's email: a pending officer gets a fresh link, others a note."""
    member = AgencyMember.objects.select_related("user", "agency").filter(user=user).first()
    if member is not None and member.email_confirmed_at is None and member.agency.status == Agency.Status.PENDING:
        send_confirmation(member, site_url)  # the first link may be lost or expired
        return
    context = {"user": user, "site_url": site_url}
    queue_email(user.email, "resources/emails/account_exists", context, member.language if member else language)


def mailbox_digest(email):
    # The link names the mailbox by a keyed hash: a signed token is readable by anyone, and links end up in
    # server logs, so the email itself never goes in it. A changed email still makes the link useless.
    return salted_hmac(CONFIRMATION_SALT, email, algorithm="sha256").hexdigest()[:32]


def send_confirmation(member, site_url):
    token = signing.dumps({"member": member.pk, "mailbox": mailbox_digest(member.user.email)}, salt=CONFIRMATION_SALT)
    context = {"agency": member.agency, "site_url": site_url, "token": token, "days": CONFIRMATION_DAYS}
    email_member(member, "resources/emails/confirm_request", context)


def member_to_confirm(token):
    """The officer whose request this emailed link confirms; a clear error when it is expired or not ours."""
    try:
        data = signing.loads(token, salt=CONFIRMATION_SALT, max_age=timedelta(days=CONFIRMATION_DAYS))
    except signing.SignatureExpired:
        raise ValidationError(
            _("This link has expired. Request an account again: we will send a new link."), code="expired"
        ) from None
    except signing.BadSignature:
        raise ValidationError(
            _("This link is not valid. Copy the whole link from the email."), code="invalid"
        ) from None
    member = AgencyMember.objects.select_related("user", "agency").filter(pk=data["member"]).first()
    if member is None or not constant_time_compare(mailbox_digest(member.user.email), data.get("mailbox", "")):
        raise ValidationError(_("This link is not valid. Copy the whole link from the email."), code="invalid")
    return member


@transaction.atomic
def confirm_agency_request(token):
    """The requester opened the link sent to their mailbox: note it, and approve an allow-listed domain now.

    Until then a request from an allow-listed domain waits like any other, so nobody gets an approved
    account for a mailbox that is not theirs.
    """
    member = member_to_confirm(token)
    member = AgencyMember.objects.select_for_update(of=("self",)).select_related("user", "agency").get(pk=member.pk)
    if member.email_confirmed_at is None:
        member.email_confirmed_at = timezone.now()
        member.save(update_fields=["email_confirmed_at"])
        pending = member.agency.status == Agency.Status.PENDING
        if pending and OrderingSettings.load().approves_automatically(member.user.email):
            member.agency = approve_agency(member.agency, by=None)
    return member


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


def is_staff_account(user):
    """A staff account: a superuser, a user with is_staff, or anyone who can reach the Wagtail admin.

    Editors, order managers and tipline analysts are not is_staff here, yet they are staff: they sign in
    only through the admin, and never join an agency.
    """
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def users_who_may_join_an_agency(member=None):
    """The accounts an agency member row may point to: `member`'s own, and officers' accounts in no agency.

    Never a staff account (`is_staff_account`, written here as a query), which would otherwise see and
    order as that agency.
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
