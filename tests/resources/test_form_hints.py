"""The agencies' forms help browsers fill them in and show each error at its field (issue 13).

Autofill names (the WHATWG autocomplete tokens) fill the request in one tap and let password managers tell a new
password from a current one; phones get `type=tel`, so phones show a number pad. The tipline's sensitive fields
keep autocomplete="off" (tests/tipline/test_report_form.py).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.helpers import ok_soup, soup
from tests.resources.test_accounts import REQUEST

pytestmark = pytest.mark.django_db


def hints(page):
    """{field name: autocomplete} of the page's form inputs (not the CSRF token or hidden fields)."""
    form = page.select_one("main form.form")
    fields = form.select("input:not([type=hidden]), select, textarea")
    return {field["name"]: field.get("autocomplete") for field in fields}


def test_the_account_request_form_names_what_each_field_is_for_browsers(client, shop):
    page = ok_soup(client.get(reverse("resources:request_account")))
    assert hints(page) == {
        "agency_name": "organization",
        "agency_type": None,
        "province": "address-level1",
        "line1": "address-line1",
        "line2": "address-line2",
        "city": "address-level2",
        "postal_code": "postal-code",
        "first_name": "given-name",
        "last_name": "family-name",
        "email": "email",
        "phone": "tel",
        "language": None,
        "password1": "new-password",
        "password2": "new-password",
    }
    assert page.select_one("input[name=phone]")["type"] == "tel"
    assert page.select_one("input[name=email]")["type"] == "email"


def test_sign_in_asks_for_the_current_password_of_the_account(client, shop):
    page = ok_soup(client.get(reverse("resources:sign_in")))
    assert hints(page) == {"username": "username", "password": "current-password"}


def test_password_reset_asks_for_an_email_and_then_a_new_password(client, shop):
    page = ok_soup(client.get(reverse("resources:password_reset")))
    assert hints(page) == {"email": "email"}
    assert page.select_one("input[name=email]")["type"] == "email"

    user = get_user_model().objects.create_user("reset@agency.example", "reset@agency.example", "x-long-password-9")
    link = reverse(
        "resources:password_reset_confirm",
        args=[urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)],
    )
    page = ok_soup(client.get(link, follow=True))
    assert hints(page) == {"new_password1": "new-password", "new_password2": "new-password"}


def test_an_error_is_shown_at_its_field_as_well_as_in_the_summary(client, shop):
    page = soup(client.post(reverse("resources:request_account"), {**REQUEST, "phone": "12"}))
    summary_link = page.select_one(".error-summary a[href='#id_phone']")
    assert "Enter a Canadian phone number" in summary_link.get_text()
    phone = page.select_one("input#id_phone")
    at_field = page.select_one(f"#{phone['aria-describedby']}")
    assert "Enter a Canadian phone number" in at_field.get_text()
    assert phone["aria-invalid"] == "true"
    assert phone.find_previous_sibling("label")["for"] == "id_phone"  # the error sits between label and input
    assert at_field.find_next_sibling("input") is phone
