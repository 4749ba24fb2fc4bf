"""Fixtures of the tipline tests: a member of "Tipline analysts", and a client signed in as them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tipline.models import ANALYSTS_GROUP


@pytest.fixture
def analyst():
    user = get_user_model().objects.create_user(
        "analyst", email="analyst@northbridge.example", password="x-long-password-9"
    )
    user.groups.add(Group.objects.get(name=ANALYSTS_GROUP))
    return user


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client
