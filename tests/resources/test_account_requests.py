"""Account requests: the mailbox is confirmed by a link, the answer never tells who has an account, floods stop."""

import re
import time
import uuid

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from resources.accounts import CONFIRMATION_SALT
from resources.models import Agency, AgencyMember, OrderingSettings, OutgoingEmail
from tests.helpers import QUERY_BUDGETS, page_text
from tests.resources.test_accounts import REQUEST
from tests.website.test_settings import run_python
from website.throttle import throttled

pytestmark = pytest.mark.django_db

EMAIL = "dana.morin@harrowcreekpolice.example"
CONFIRM_LINK = re.compile(
    r"https?://testserver(/(en/agency/request/confirm|fr/services-de-police/demande-de-compte/confirmer)/[^/\s]+/)"
)


def text(response):
    return page_text(response, "main")


def request_account(client, **changes):
    return client.post(reverse("resources:request_account"), {**REQUEST, **changes})


def last_email_to(address):
    return OutgoingEmail.objects.filter(to=address).latest("pk")


def confirmation_path(address=EMAIL):
    return CONFIRM_LINK.search(last_email_to(address).body).group(1)


def allow_list(domain):
    settings = OrderingSettings.load()
    settings.auto_approve_domains = f"{domain}\n"
    settings.save()


def agency():
    return Agency.objects.get(name=REQUEST["agency_name"])


# --- The mailbox is confirmed before a domain on the allow-list approves anything ------------------


def test_an_allow_listed_domain_waits_until_the_mailbox_is_confirmed(client, shop):
    allow_list("harrowcreekpolice.example")
    request_account(client)
    assert agency().status == Agency.Status.PENDING
    assert not agency().members.get().user.is_active
    response = client.post(reverse("resources:sign_in"), {"username": EMAIL, "password": REQUEST["password1"]})
    assert "Your account is waiting for approval" in text(response)


def test_opening_the_link_asks_to_confirm_and_confirming_approves_an_allow_listed_domain(client, shop):
    allow_list("harrowcreekpolice.example")
    request_account(client, language="en")
    path = confirmation_path()
    page = client.get(path)  # what a mail scanner following links does: nothing changes
    assert "Confirm that dana.morin@harrowcreekpolice.example is your address" in text(page)
    assert agency().status == Agency.Status.PENDING
    response = client.post(path)
    assert "Your account for Harrow Creek Police Service is ready" in text(response)
    assert agency().status == Agency.Status.APPROVED
    assert agency().members.get().user.is_active
    assert agency().members.get().email_confirmed_at is not None


def test_a_confirmed_request_from_another_domain_waits_for_staff(client, shop):
    request_account(client, language="en")
    response = client.post(confirmation_path())
    assert "Our team will check the request for Harrow Creek Police Service" in text(response)
    assert agency().status == Agency.Status.PENDING
    assert agency().members.get().email_confirmed_at is not None
    assert "Email confirmed" in text_of_staff_listing(client)


def text_of_staff_listing(client):
    admin = get_user_model().objects.create_superuser("staff@northbridge.example", "staff@northbridge.example", "x")
    client.force_login(admin)
    return BeautifulSoup(client.get(reverse("resources_agency_requests")).content, "html.parser").get_text()


def test_staff_see_which_requests_are_not_confirmed_yet(client, shop):
    request_account(client)
    assert "Email not confirmed yet" in text_of_staff_listing(client)


def test_the_confirmation_email_is_in_the_officers_language(client, shop):
    request_account(client)  # REQUEST asks for emails in French
    email = last_email_to(EMAIL)
    assert email.subject == "Confirmez votre adresse courriel pour commander des ressources imprimées"
    assert confirmation_path().startswith("/fr/")


def test_an_expired_link_is_refused_in_french_and_changes_nothing(client, shop):
    allow_list("harrowcreekpolice.example")
    request_account(client)
    member = AgencyMember.objects.get(user__username=EMAIL)

    class FourDaysAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 4 * 24 * 60 * 60)

    token = FourDaysAgo(salt=CONFIRMATION_SALT).sign_object({"member": member.pk, "email": EMAIL})
    response = client.post(f"/fr/services-de-police/demande-de-compte/confirmer/{token}/")
    assert response.status_code == 400
    assert "Ce lien a expiré" in text(response)
    assert agency().status == Agency.Status.PENDING


@pytest.mark.parametrize("mangle", [lambda token: token[:-2] + "xx", lambda token: "not-a-token"])
def test_a_mangled_link_is_refused_and_changes_nothing(client, shop, mangle):
    allow_list("harrowcreekpolice.example")
    request_account(client)
    token = confirmation_path().rstrip("/").rsplit("/", 1)[1]
    response = client.post(f"/en/agency/request/confirm/{mangle(token)}/")
    assert response.status_code == 400
    assert "This link is not valid" in text(response)
    assert agency().status == Agency.Status.PENDING


# --- The same answer whether or not the email has an account -------------------------------------


def test_the_answer_is_the_same_whether_or_not_the_email_has_an_account(client, shop):
    first = request_account(client)
    again = request_account(client)
    assert first.status_code == again.status_code == 200
    assert text(first) == text(again)
    assert "already an account" not in text(again)
    assert get_user_model().objects.filter(username=EMAIL).count() == 1


def test_the_owner_of_an_existing_account_is_told_by_email_in_their_language(client, shop):
    AgencyMember.objects.filter(user=shop.officer).update(language="fr")
    response = request_account(client, email=shop.officer.email, language="en")
    assert "We sent an email to" in text(response)
    email = last_email_to(shop.officer.email)
    assert email.subject == "À propos de votre compte pour commander des ressources imprimées"
    assert "http://testserver/fr/services-de-police/mot-de-passe-oublie/" in email.body
    assert Agency.objects.filter(name=REQUEST["agency_name"]).count() == 0


def test_a_pending_officer_who_asks_again_gets_a_fresh_link(client, shop):
    request_account(client)
    request_account(client)
    assert OutgoingEmail.objects.filter(to=EMAIL).count() == 2
    assert client.post(confirmation_path()).status_code == 200
    assert Agency.objects.filter(name=REQUEST["agency_name"]).count() == 1


# --- Throttles per client address and per email -----------------------------------------------------


def test_account_requests_from_one_address_are_throttled(client, shop):
    for number in range(10):
        assert request_account(client, email=f"officer{number}@police.example").status_code == 200
    response = request_account(client, email="officer10@police.example")
    assert response.status_code == 429
    assert "Too many account requests from here or for this email" in text(response)
    assert not get_user_model().objects.filter(username="officer10@police.example").exists()


def test_account_requests_for_one_email_are_throttled_whatever_the_address(client, shop):
    for number in range(3):
        request_account(client, REMOTE_ADDR=f"203.0.113.{number}")
    response = client.post(
        "/fr/services-de-police/demande-de-compte/", {**REQUEST, "email": EMAIL.upper()}, REMOTE_ADDR="198.51.100.9"
    )
    assert response.status_code == 429
    assert "Trop de demandes de compte" in text(response)
    assert OutgoingEmail.objects.filter(to=EMAIL).count() == 3


def test_password_resets_for_one_email_are_throttled(client, shop):
    for number in range(3):
        client.post(
            reverse("resources:password_reset"), {"email": shop.officer.email}, REMOTE_ADDR=f"203.0.113.{number}"
        )
    response = client.post(reverse("resources:password_reset"), {"email": shop.officer.email.upper()})
    assert response.status_code == 429
    assert "Too many password reset requests" in text(response)
    assert len(mail.outbox) == 3


def test_password_resets_from_one_address_are_throttled(client, shop):
    for number in range(10):
        client.post(reverse("resources:password_reset"), {"email": f"officer{number}@police.example"})
    response = client.post(reverse("resources:password_reset"), {"email": shop.officer.email})
    assert response.status_code == 429
    assert mail.outbox == []


def test_throttle_counts_are_shared_by_every_process_through_redis(settings):
    """Production counts in Redis: requests that another process served count here too (db 4 is ours)."""
    redis = "redis://127.0.0.1:6379/4"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis}}
    scope = f"probe-{uuid.uuid4().hex}"
    code = f"from website.throttle import throttled; print([throttled({scope!r}, ['x'], 2, 60) for _ in range(2)])"
    production = {
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        # The same secret as this process: every app server of a site shares it, and the throttle keys are HMACs.
        "SECRET_KEY": settings.SECRET_KEY,
        "TIPLINE_KEYS": ",".join(settings.TIPLINE_KEYS),
        "TIPLINE_FINGERPRINT_KEY": settings.TIPLINE_FINGERPRINT_KEY,
        "REDIS_URL": redis,
    }
    assert run_python(code, production) == "[False, False]"
    assert throttled(scope, ["x"], 2, 60)
    assert not throttled(scope, ["y"], 2, 60)


def test_the_confirmation_page_uses_a_fixed_number_of_queries(client, shop):
    request_account(client, language="en")
    path = confirmation_path()
    client.get(path)  # the page chrome is cached from here on
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    assert len(captured) <= QUERY_BUDGETS["account request confirmation"], [query["sql"] for query in captured]


def test_an_email_spelled_with_fullwidth_letters_is_the_account_it_reaches(client, shop):
    """Django stores usernames NFKC-normalised, so `polｉce` (a fullwidth i) reaches the same account:
    asking again with it answers as for that account, never a 500 from the unique username."""
    request_account(client)
    response = request_account(client, email=EMAIL.replace("police", "polｉce"))
    assert response.status_code == 200
    assert get_user_model().objects.filter(username=EMAIL).count() == 1
    assert OutgoingEmail.objects.filter(to=EMAIL).count() == 2


def test_the_link_does_not_carry_the_email_which_would_end_up_in_server_logs(client, shop):
    request_account(client)
    token = confirmation_path().rstrip("/").rsplit("/", 1)[1]
    payload = signing.b64_decode(token.split(":")[0].encode()).decode()
    assert EMAIL.split("@")[0] not in payload.casefold()
    assert "harrowcreekpolice" not in payload.casefold()


def test_a_link_for_an_email_that_has_since_changed_is_refused(client, shop):
    allow_list("harrowcreekpolice.example")
    request_account(client)
    path = confirmation_path()
    get_user_model().objects.filter(username=EMAIL).update(email="someone.else@harrowcreekpolice.example")
    response = client.post(path)
    assert response.status_code == 400
    assert agency().status == Agency.Status.PENDING


def test_the_account_request_lists_the_provinces_in_the_alphabetical_order_of_the_readers_language(client, shop):
    page = BeautifulSoup(client.get("/fr/services-de-police/demande-de-compte/").content, "html.parser")
    provinces = [option.get_text() for option in page.select("select#id_province option")][1:]
    assert provinces[:4] == ["Alberta", "Colombie-Britannique", "Île-du-Prince-Édouard", "Manitoba"]
    assert provinces[-3:] == ["Terre-Neuve-et-Labrador", "Territoires du Nord-Ouest", "Yukon"]
