"""The agency screens in the admin: order managers attach only officers' accounts to an agency."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from resources.models import Agency, AgencyAddress, AgencyMember
from tests.helpers import in_french, soup

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def manager_client(client, shop):
    manager = User.objects.create_user("manager@northbridge.example", password="x-long-password-9")
    manager.groups.add(Group.objects.get(name="Order managers"))
    client.force_login(manager)
    return client


@pytest.fixture
def accounts(shop):
    """Every kind of account an order manager could try to attach to an agency."""
    editor = User.objects.create_user("editor@northbridge.example", password="x-long-password-9")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return {
        "superuser": User.objects.create_superuser("admin@northbridge.example", password="x-long-password-9"),
        "staff": User.objects.create_user("staff@northbridge.example", password="x-long-password-9", is_staff=True),
        "editor": editor,
        "manager": User.objects.get(username="manager@northbridge.example"),
        "other agency's officer": shop.other_officer,
        "free": User.objects.create_user("new.officer@riverbend.example", password="x-long-password-9"),
    }


def member_form(client, member, **changes):
    data = {"user": member.user_id, "agency": member.agency_id, "phone": member.phone, "language": member.language}
    return client.post(reverse("agencymember:edit", args=[member.pk]), {**data, **changes})


def test_the_member_form_offers_only_this_member_and_officers_in_no_agency(manager_client, shop, accounts):
    member = shop.officer.agency_member
    page = BeautifulSoup(manager_client.get(reverse("agencymember:edit", args=[member.pk])).content, "html.parser")
    offered = {int(option["value"]) for option in page.select("select[name=user] option") if option["value"]}
    assert offered == {shop.officer.pk, accounts["free"].pk}


@pytest.mark.parametrize("account", ["superuser", "staff", "editor", "manager", "other agency's officer"])
def test_an_order_manager_cannot_attach_staff_or_another_agencys_officer(manager_client, shop, accounts, account):
    member = shop.officer.agency_member
    response = member_form(manager_client, member, user=accounts[account].pk)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert AgencyMember.objects.get(pk=member.pk).user == shop.officer


def test_an_order_manager_can_still_edit_a_member_and_attach_a_free_officer(manager_client, shop, accounts):
    member = shop.officer.agency_member
    assert member_form(manager_client, member, phone="613-555-0199").status_code == 302
    member.refresh_from_db()
    assert member_form(manager_client, member, user=accounts["free"].pk).status_code == 302
    member.refresh_from_db()
    assert (member.user, member.phone) == (accounts["free"], "613-555-0199")


def test_the_agency_lists_name_their_columns_and_languages_in_french(shop, manager_client):
    in_french(User.objects.get(username="manager@northbridge.example"))
    members = soup(manager_client.get(reverse("agencymember:index")))
    addresses = soup(manager_client.get(reverse("agencyaddress:index")))
    headers = [th.get_text(" ", strip=True) for th in members.select("thead th")]
    assert [h for h in headers if h] == ["Compte", "Service", "Langue des courriels"]
    assert "Service" in [th.get_text(" ", strip=True) for th in addresses.select("thead th")]
    assert "Anglais" in [td.get_text(" ", strip=True) for td in members.select("tbody td")]
    agencies = soup(manager_client.get(reverse("agency:index")))
    assert "Approuvé" in [td.get_text(" ", strip=True) for td in agencies.select("tbody td")]  # un service


@pytest.mark.parametrize("model", ["agency", "agencyaddress"])
def test_the_province_list_of_an_agency_and_an_address_reads_in_the_readers_alphabetical_order(manager_client, model):
    in_french(User.objects.get(username="manager@northbridge.example"))
    editable = {"agency": Agency, "agencyaddress": AgencyAddress}[model].objects.first()
    page = soup(manager_client.get(f"/admin/{model}/edit/{editable.pk}/"))
    provinces = [option.get_text() for option in page.select("select[name=province] option")][1:]
    assert provinces[:3] == ["Alberta", "Colombie-Britannique", "Île-du-Prince-Édouard"]
    assert len(provinces) == 13
