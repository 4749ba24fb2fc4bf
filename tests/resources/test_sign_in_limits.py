"""Sign-in limits (django-axes): one account from one client address, on the agencies' sign-in and the admin's."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse

from tests.helpers import page_text as text
from website.client_address import client_address

pytestmark = pytest.mark.django_db

PASSWORD = "officer-password-1"
# `officer@riverbend-police-service.example` with a fullwidth r and a fullwidth e, as NFKC folds them.
FULLWIDTH = "officeｒ@riverbend-police-sｅrvice.example"


def sign_in(client, username, password, path=None, **meta):
    return client.post(path or reverse("resources:sign_in"), {"username": username, "password": password}, **meta)


def signed_in(client):
    return "_auth_user_id" in client.session


def fail_five_times(client, username, path=None, **meta):
    for _attempt in range(5):
        response = sign_in(client, username, "wrong", path, **meta)
    assert response.status_code == 429
    return response


def test_a_fullwidth_spelling_of_a_locked_account_is_refused_from_the_same_client(client, shop, settings):
    """Behind two load-balanced proxies the failures reach us from both: they still count for one client."""
    settings.TRUSTED_PROXY_COUNT = 1
    for attempt in range(5):
        proxy = f"10.0.0.{attempt % 2 + 1}"
        sign_in(client, shop.officer.username, "wrong", REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.7")
    response = sign_in(client, FULLWIDTH, PASSWORD, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert response.status_code == 429
    assert not signed_in(client)


def test_failures_under_other_spellings_count_for_the_same_account(client, shop):
    for username in [FULLWIDTH, shop.officer.username.upper(), FULLWIDTH.upper(), shop.officer.username, FULLWIDTH]:
        response = sign_in(client, username, "wrong")
    assert "Too many attempts" in text(response)
    sign_in(client, shop.officer.username, PASSWORD)
    assert not signed_in(client)


def test_the_fullwidth_spelling_signs_in_when_nothing_is_locked(client, shop):
    response = sign_in(client, FULLWIDTH, PASSWORD)
    assert response["Location"] == reverse("resources:orders")


def test_twelve_wrong_admin_passwords_then_the_right_one_is_refused(client, db):
    get_user_model().objects.create_superuser("admin", "admin@northbridge.example", "right-admin-password")
    for _attempt in range(12):
        response = sign_in(client, "admin", "wrong", "/admin/login/")
    assert response.status_code == 429
    response = sign_in(client, "admin", "right-admin-password", "/admin/login/")
    assert response.status_code == 429
    assert "Sign-in paused" in text(response)
    assert not signed_in(client)


def test_the_admin_signs_in_after_a_few_failures(client, db):
    get_user_model().objects.create_superuser("admin", "admin@northbridge.example", "right-admin-password")
    for _attempt in range(4):
        sign_in(client, "admin", "wrong", "/admin/login/")
    assert sign_in(client, "admin", "right-admin-password", "/admin/login/").status_code == 302
    assert signed_in(client)


def test_behind_one_trusted_proxy_two_clients_are_counted_separately(client, shop, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    fail_five_times(client, shop.officer.username, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    response = sign_in(
        client, shop.officer.username, PASSWORD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.20"
    )
    assert response["Location"] == reverse("resources:orders")


def test_one_client_cannot_lock_an_officer_out_from_everywhere(client, shop):
    fail_five_times(client, shop.officer.username, REMOTE_ADDR="203.0.113.7")
    assert sign_in(client, shop.officer.username, PASSWORD, REMOTE_ADDR="203.0.113.7").status_code == 429
    response = sign_in(client, shop.officer.username, PASSWORD, REMOTE_ADDR="198.51.100.20")
    assert response["Location"] == reverse("resources:orders")


def test_a_spoofed_forwarded_for_is_ignored_without_trusted_proxies(client, shop, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for attempt in range(5):
        forged = f"1.1.1.{attempt}"
        sign_in(client, shop.officer.username, "wrong", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=forged)
    response = sign_in(
        client, shop.officer.username, PASSWORD, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="1.1.1.99"
    )
    assert response.status_code == 429
    assert not signed_in(client)


def test_an_entry_a_client_writes_before_the_trusted_proxys_is_ignored(client, shop, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for attempt in range(5):
        forwarded = f"1.1.1.{attempt}, 203.0.113.7"  # the proxy appended the real client after the forged one
        sign_in(client, shop.officer.username, "wrong", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    response = sign_in(
        client, shop.officer.username, PASSWORD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.99, 203.0.113.7"
    )
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("count", "forwarded_for", "address"),
    [
        (0, "", "10.0.0.1"),
        (0, "203.0.113.7", "10.0.0.1"),
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "1.1.1.1, 203.0.113.7", "203.0.113.7"),
        (2, "1.1.1.1, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
        (2, "203.0.113.7", "10.0.0.1"),  # fewer entries than proxies: a misconfiguration, never a guess
        (1, "not an address", "10.0.0.1"),
        (1, "2001:db8::7", "2001:db8::7"),
    ],
)
def test_the_client_address_is_read_through_the_trusted_proxies_only(settings, count, forwarded_for, address):
    settings.TRUSTED_PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_address(request) == address


def test_the_lockout_page_is_in_french_with_leave_quickly(client, shop):
    response = fail_five_times(client, shop.officer.username, "/fr/services-de-police/connexion/")
    page = text(response)
    assert "Connexion suspendue" in page
    assert "Quitter rapidement" in page
    assert "/fr/services-de-police/mot-de-passe-oublie/" in response.content.decode()


def test_staff_accounts_are_refused_by_the_agency_sign_in(client, db):
    get_user_model().objects.create_user("editor@northbridge.example", password="editor-password-1", is_staff=True)
    response = sign_in(client, "editor@northbridge.example", "editor-password-1")
    assert "Staff accounts sign in through the admin" in text(response)
    assert not signed_in(client)


def test_editors_who_reach_the_admin_without_is_staff_are_refused_by_the_agency_sign_in(client, db):
    editor = get_user_model().objects.create_user("writer@northbridge.example", password="editor-password-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    response = sign_in(client, "writer@northbridge.example", "editor-password-1")
    assert "Staff accounts sign in through the admin" in text(response)
    assert not signed_in(client)


def test_superusers_are_refused_by_the_agency_sign_in_in_french(client, db):
    get_user_model().objects.create_superuser("admin", "admin@northbridge.example", "right-admin-password")
    response = sign_in(client, "admin", "right-admin-password", "/fr/services-de-police/connexion/")
    assert "Les comptes du personnel" in text(response)
    assert not signed_in(client)
