"""Agency accounts: the request, staff approval in the admin, sign-in limits, password reset, no admin access."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from resources.models import Agency, OrderingSettings, OutgoingEmail
from tests.helpers import soup

pytestmark = pytest.mark.django_db

REQUEST = {
    "agency_name": "Harrow Creek Police Service",
    "agency_type": "municipal",
    "province": "ON",
    "line1": "12 King Street",
    "line2": "",
    "city": "Harrow Creek",
    "postal_code": "k7a1b2",
    "first_name": "Dana",
    "last_name": "Morin",
    "email": "Dana.Morin@HarrowCreekPolice.example",
    "phone": "(613) 555 0199",
    "language": "fr",
    "password1": "blue-heron-lantern-42",
    "password2": "blue-heron-lantern-42",
}


def errors(response):
    return [item.get_text(" ", strip=True) for item in soup(response).select(".error-summary li")]


def test_request_creates_a_pending_agency_and_an_inactive_account(client, shop):
    response = client.post(reverse("resources:request_account"), REQUEST)
    assert "We sent an email to dana.morin@harrowcreekpolice.example" in soup(response).get_text()
    agency = Agency.objects.get(name="Harrow Creek Police Service")
    assert agency.status == Agency.Status.PENDING
    address = agency.addresses.get()
    assert (address.postal_code, address.is_main) == ("K7A 1B2", True)
    member = agency.members.get()
    assert member.user.username == "dana.morin@harrowcreekpolice.example"
    assert not member.user.is_active
    assert (member.phone, member.language) == ("613-555-0199", "fr")


def test_postal_code_must_match_the_province_and_the_error_is_in_french(client, shop):
    response = client.post("/fr/services-de-police/demande-de-compte/", {**REQUEST, "province": "BC"})
    assert response.status_code == 200
    assert errors(response) == [
        "Code postal\u00a0: Le code postal K7A 1B2 ne correspond pas à la province ou au territoire choisi "
        "(Colombie-Britannique)."
    ]
    assert not Agency.objects.filter(name="Harrow Creek Police Service").exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("postal_code", "12345", "Enter a Canadian postal code, such as K1A 0B1."),
        ("postal_code", "D1A 0B1", "Enter a Canadian postal code, such as K1A 0B1."),
        ("phone", "555-12", "Enter a Canadian phone number with its area code"),
        ("email", "not-an-email", "Enter a valid email address."),
        ("password2", "something-else-entirely", "The two passwords are not the same."),
        ("province", "ZZ", "Select a valid choice."),
    ],
)
def test_request_form_gives_a_specific_error_and_creates_nothing(client, shop, field, value, message):
    users = get_user_model().objects.count()
    response = client.post(reverse("resources:request_account"), {**REQUEST, field: value})
    assert response.status_code == 200
    assert any(message in error for error in errors(response))
    assert get_user_model().objects.count() == users


def test_an_allow_listed_email_domain_is_approved_once_the_mailbox_is_confirmed(client, shop):
    settings = OrderingSettings.load()
    settings.auto_approve_domains = "rcmp-grc.example\nHarrowCreekPolice.example\n"
    settings.save()
    client.post(reverse("resources:request_account"), REQUEST)
    body = OutgoingEmail.objects.get(to="dana.morin@harrowcreekpolice.example").body
    client.post(re.search(r"testserver(/fr/services-de-police/demande-de-compte/confirmer/\S+/)", body).group(1))
    agency = Agency.objects.get(name="Harrow Creek Police Service")
    assert agency.status == Agency.Status.APPROVED
    assert agency.members.get().user.is_active


@pytest.fixture
def staff_client(client, shop):
    admin = get_user_model().objects.create_superuser("staff@northbridge.example", "staff@northbridge.example", "x")
    client.force_login(admin)
    return client


def test_staff_approve_a_request_and_the_officer_is_emailed_in_french(
    staff_client, shop, django_capture_on_commit_callbacks
):
    staff_client.post(reverse("resources:request_account"), REQUEST)
    agency = Agency.objects.get(name="Harrow Creek Police Service")
    listing = staff_client.get(reverse("resources_agency_requests"))
    assert "Harrow Creek Police Service" in soup(listing).get_text()
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(reverse("resources_decide_agency", args=[agency.pk]), {"decision": "approve"})
    agency.refresh_from_db()
    assert agency.status == Agency.Status.APPROVED
    assert agency.members.get().user.is_active
    assert mail.outbox[-1].subject == "Le compte de votre service est approuvé"
    assert mail.outbox[-1].to == ["dana.morin@harrowcreekpolice.example"]


def test_staff_decline_a_request_with_a_note(staff_client, shop, django_capture_on_commit_callbacks):
    staff_client.post(reverse("resources:request_account"), {**REQUEST, "language": "en"})
    agency = Agency.objects.get(name="Harrow Creek Police Service")
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            reverse("resources_decide_agency", args=[agency.pk]),
            {"decision": "decline", "note": "Please use your agency email."},
        )
    agency.refresh_from_db()
    assert agency.status == Agency.Status.DECLINED
    assert "Please use your agency email." in mail.outbox[-1].body


def test_editors_without_the_permission_cannot_decide(client, shop):
    editor = get_user_model().objects.create_user("editor@northbridge.example", password="x-long-password-9")
    editors = Group.objects.create(name="Test editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get(reverse("resources_agency_requests")).status_code in {302, 403}
    agency = Agency.objects.create(name="X", agency_type="other", province="ON")
    client.post(reverse("resources_decide_agency", args=[agency.pk]), {"decision": "approve"})
    agency.refresh_from_db()
    assert agency.status == Agency.Status.PENDING


def test_sign_in_is_refused_after_five_failures(client, shop):
    url = reverse("resources:sign_in")
    for _attempt in range(4):
        response = client.post(url, {"username": shop.officer.username, "password": "wrong"})
        assert "The email or password is not right" in soup(response).get_text()
    response = client.post(url, {"username": shop.officer.username, "password": "wrong"})
    assert "Too many attempts" in soup(response).get_text()
    response = client.post(url, {"username": shop.officer.username, "password": "officer-password-1"})
    assert "Too many attempts" in soup(response).get_text()
    assert "_auth_user_id" not in client.session


def test_officer_signs_in_and_lands_on_their_orders(client, shop):
    response = client.post(
        reverse("resources:sign_in"), {"username": shop.officer.username, "password": "officer-password-1"}
    )
    assert response["Location"] == reverse("resources:orders")


def test_password_reset_sends_a_working_link(client, shop):
    client.post(reverse("resources:password_reset"), {"email": shop.officer.email})
    body = mail.outbox[-1].body
    link = next(line for line in body.splitlines() if "/agency/reset/" in line)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert "Choose a new password" in soup(form_page).get_text()
    client.post(
        form_page.redirect_chain[-1][0], {"new_password1": "river-otter-42-x", "new_password2": "river-otter-42-x"}
    )
    shop.officer.refresh_from_db()
    assert shop.officer.check_password("river-otter-42-x")


def test_agency_officers_never_reach_the_wagtail_admin(client, shop):
    client.force_login(shop.officer)
    response = client.get("/admin/")
    assert response.status_code in {302, 403}
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]
