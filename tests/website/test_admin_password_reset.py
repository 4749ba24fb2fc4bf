"""The admin's password reset is throttled like the agencies' one: nobody can flood a staff mailbox through it."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.helpers import page_text

pytestmark = pytest.mark.django_db

URL = "/admin/password_reset/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "editor@northbridge.example", "a long passphrase 1")


def test_the_admin_reset_address_is_the_throttled_one():
    assert reverse("wagtailadmin_password_reset") == URL


def test_admin_password_resets_for_one_email_are_throttled(client, editor):
    for number in range(3):
        client.post(URL, {"email": editor.email}, REMOTE_ADDR=f"203.0.113.{number}")
    assert len(mail.outbox) == 3
    response = client.post(URL, {"email": editor.email.upper()}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429
    assert "Too many password reset requests" in page_text(response)
    assert len(mail.outbox) == 3


def test_admin_password_resets_from_one_address_are_throttled(client, editor):
    for number in range(10):
        client.post(URL, {"email": f"someone{number}@northbridge.example"})
    response = client.post(URL, {"email": editor.email})
    assert response.status_code == 429
    assert mail.outbox == []


def test_the_throttle_speaks_french(client, editor):
    for number in range(3):
        client.post(URL, {"email": editor.email}, REMOTE_ADDR=f"203.0.113.{number}")
    response = client.post(URL, {"email": editor.email}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert "Trop de demandes de réinitialisation" in page_text(response)
