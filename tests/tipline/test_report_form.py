"""The public report form, its confirmation and the follow-up page, in both languages."""

import re

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests.helpers import soup
from tests.tipline.factories import make_report
from tipline.models import Addition, Report, ReportType

pytestmark = pytest.mark.django_db

FORM_URLS = {"en": "/en/report/", "fr": "/fr/signaler/"}
FOLLOW_UP_URLS = {"en": "/en/report/follow-up/", "fr": "/fr/signaler/suivi/"}


def valid_post(**overrides):
    data = {
        "report_type": "sextortion",
        "danger": "no",
        "urls": "https://chat.example.com/u/someone\nhttps://chat.example.com/u/someone#again",
        "usernames": "@someone_123",
        "description": "Someone I met in a game says they will share a picture of me unless I pay.",
        "province": "MB",
        "child_age_range": "13-15",
        "reporter_is_person_shown": "yes",
        "meeting_planned": "yes",  # a luring question: not kept for sextortion
    }
    return {**data, **overrides}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_form_is_served_in_each_language_without_being_stored_anywhere(client, site_pages, language):
    response = client.get(FORM_URLS[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert f'lang="{language}"' in html
    assert "911" in html
    assert "Leave quickly" in html or "Quitter rapidement" in html
    assert set(response.cookies) <= {"csrftoken"}


def test_the_french_forms_sections_are_the_reporters_not_the_stock_screens(client, site_pages):
    # "What happened" also labels a change of stock on a staff screen; the reporter's section is not « Type de
    # mouvement ».
    legends = [legend.get_text(strip=True) for legend in soup(client.get(FORM_URLS["fr"])).select("legend")]
    assert "Ce qui s’est passé" in legends
    assert "Type de mouvement" not in legends


def test_the_form_has_no_file_field_and_sensitive_fields_are_not_remembered(client, site_pages):
    html = client.get(FORM_URLS["en"]).content.decode()
    assert 'type="file"' not in html
    assert "multipart" not in html
    assert re.search(r'<form method="post" class="form" novalidate autocomplete="off"', html)
    for name in ["urls", "usernames", "description", "reporter_name", "reporter_email", "reporter_phone"]:
        tag = re.search(rf'<(input|textarea)[^>]*name="{name}"[^>]*>', html).group(0)
        assert 'autocomplete="off"' in tag, name


def test_the_header_links_to_the_report_form_in_place_of_the_outside_tipline(client, site_pages):
    english = client.get("/en/").content.decode()
    french = client.get("/fr/").content.decode()
    assert '<a class="site-header__report" href="/en/report/">Report</a>' in english
    assert '<a class="site-header__report" href="/fr/signaler/">Signaler</a>' in french
    assert 'href="https://www.cybertip.ca' not in english


def test_the_safety_page_links_to_the_report_form(client, site_pages):
    assert 'href="/en/report/"' in client.get(site_pages.safety.url).content.decode()
    assert 'href="/fr/signaler/"' in client.get(site_pages.safety_fr.url).content.decode()


def test_a_report_is_saved_and_the_confirmation_shows_its_number_and_code_once(client, site_pages):
    response = client.post(FORM_URLS["en"], valid_post())
    html = response.content.decode()
    report = Report.objects.get()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert set(response.cookies) <= {"csrftoken"}
    assert report.number in html
    code = re.search(r'class="tipline-code">([A-Z0-9-]+)<', html).group(1)
    assert report.urls == ["https://chat.example.com/u/someone"]
    assert report.usernames == ["someone_123"]
    assert report.meeting_planned == ""  # asked only about luring
    assert report.reporter_is_person_shown == "yes"
    assert report.language == "en"
    assert "Do not pay" in html  # sextortion advice
    assert "Call 911 or your local police now" not in html  # not urgent
    assert code.replace("-", "") not in report.follow_up_code_hash


def test_sending_the_same_form_again_saves_nothing_more_and_never_shows_the_code_again(client, site_pages):
    data = valid_post(token="8f5bb4ad-1111-4a5a-9d5e-2d2f0c3b4a11")
    client.post(FORM_URLS["en"], data)
    again = client.post(FORM_URLS["en"], data).content.decode()
    assert Report.objects.count() == 1
    assert Report.objects.get().number in again
    assert "tipline-code" not in again


def test_a_child_in_danger_makes_the_report_urgent_and_repeats_911_first(client, site_pages):
    html = client.post(FORM_URLS["fr"], valid_post(danger="yes")).content.decode()
    report = Report.objects.get()
    assert report.urgent
    assert report.language == "fr"
    assert html.index("911") < html.index(report.number)


@pytest.mark.parametrize(
    "pasted",
    [
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "look " + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrLw" * 3,
    ],
)
def test_a_pasted_image_is_refused_with_the_reason_and_the_form_keeps_what_was_typed(client, site_pages, pasted):
    response = client.post(FORM_URLS["en"], valid_post(description=pasted, person_name="Sam Example"))
    html = response.content.decode()
    assert Report.objects.count() == 0
    assert "Never send images, not even to us" in html
    assert 'value="Sam Example"' in html
    assert "https://chat.example.com/u/someone" in html


def test_the_refusal_of_a_pasted_image_is_in_french_on_the_french_form(client, site_pages):
    response = client.post(FORM_URLS["fr"], valid_post(urls="data:image/jpeg;base64,AAAA"))
    assert "N’envoyez jamais d’images" in response.content.decode()
    assert Report.objects.count() == 0


def test_an_address_that_is_not_http_is_refused_by_name(client, site_pages):
    html = client.post(FORM_URLS["en"], valid_post(urls="ftp://files.example/x")).content.decode()
    assert "“ftp://files.example/x” is not a web address" in html
    assert Report.objects.count() == 0


def test_more_than_ten_addresses_are_refused(client, site_pages):
    urls = "\n".join(f"https://site.example/{number}" for number in range(11))
    assert "at most 10 web addresses" in client.post(FORM_URLS["en"], valid_post(urls=urls)).content.decode()
    assert Report.objects.count() == 0


def test_a_report_with_nothing_to_act_on_is_refused(client, site_pages):
    html = client.post(FORM_URLS["en"], valid_post(urls="", usernames="", description="")).content.decode()
    assert "Tell us what happened, or give a web address" in html
    assert Report.objects.count() == 0


def test_the_honeypot_field_stops_a_bot(client, site_pages):
    client.post(FORM_URLS["en"], valid_post(website="https://spam.example"))
    assert Report.objects.count() == 0


@override_settings(TIPLINE_RATE_LIMIT=2)
def test_one_address_can_send_only_a_few_reports_per_window_and_is_kept_only_hashed(client, site_pages):
    for _ in range(2):
        client.post(FORM_URLS["en"], valid_post(), REMOTE_ADDR="203.0.113.7")
    refused = client.post(FORM_URLS["en"], valid_post(), REMOTE_ADDR="203.0.113.7").content.decode()
    other = client.post(FORM_URLS["en"], valid_post(), REMOTE_ADDR="203.0.113.8")
    assert "You sent many reports in a short time" in refused
    assert "Someone I met in a game" in refused  # what they typed stays
    assert Report.objects.count() == 3
    assert other.status_code == 200
    keys = list(cache._cache.keys())
    assert keys
    assert not any("203.0.113" in key for key in keys)


@override_settings(TRUSTED_PROXY_COUNT=1, TIPLINE_RATE_LIMIT=2)
def test_behind_the_proxy_each_reporter_is_limited_on_their_own_address(client, site_pages):
    """Every request reaches us from the TLS proxy: counting its address would let one person block everyone."""
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(2):  # as many as one address may send
        client.post(FORM_URLS["en"], valid_post(), HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    other = client.post(FORM_URLS["en"], valid_post(), HTTP_X_FORWARDED_FOR="203.0.113.8", **proxy)
    assert "You sent many reports in a short time" not in other.content.decode()
    assert Report.objects.count() == 3


def test_with_the_number_and_code_a_reporter_adds_information_and_sees_the_status(client, site_pages):
    report, code = make_report()
    response = client.post(
        FOLLOW_UP_URLS["en"],
        {"number": report.number, "code": code, "addition": "The screenshot shows the username dark_fox."},
    )
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert "We added this to your report" in html
    assert "Received" in html
    assert "Someone I met in a game" not in html  # the report is never read back
    assert "dark_fox" not in html
    assert Addition.objects.get().text == "The screenshot shows the username dark_fox."


def test_a_wrong_code_shows_nothing_of_the_report(client, site_pages):
    report, _ = make_report()
    html = client.post(FOLLOW_UP_URLS["fr"], {"number": report.number, "code": "AAAA-BBBB-CCCC"}).content.decode()
    assert "Aucun signalement" in html
    assert Addition.objects.count() == 0


def test_the_report_types_on_the_form_are_those_of_the_issue(client, site_pages):
    html = client.get(FORM_URLS["en"]).content.decode()
    for value in ReportType.values:
        assert f'value="{value}"' in html
