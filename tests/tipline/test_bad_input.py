"""Malformed and hostile input to every tipline field: a specific error (or the value kept), never a 500."""

import re

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from education.readability import reading_level
from tipline.forms import FollowUpForm, ReportForm
from tipline.models import Report

HOSTILE = ["", " ", "\x00", "<script>alert(1)</script>", "' OR 1=1 --", "😀" * 300, "a" * 6000, "data:,hi"]
VALID = {"report_type": "luring", "danger": "unknown", "description": "An adult keeps messaging a child."}


def form_with(field, value):
    return ReportForm({**VALID, field: value})


@settings(max_examples=25, deadline=None)
@given(
    field=st.sampled_from(list(ReportForm.base_fields)),
    value=st.one_of(st.text(max_size=400), st.sampled_from(HOSTILE)),
)
def test_any_value_in_any_field_is_either_accepted_or_refused_with_a_message(field, value):
    form = form_with(field, value)
    if not form.is_valid():
        assert form.errors
        assert all(message for messages in form.errors.values() for message in messages)


@pytest.mark.parametrize("value", HOSTILE[1:])
@pytest.mark.parametrize("field", ["report_type", "danger", "platform", "child_age_range", "province", "language"])
def test_a_choice_outside_the_list_is_refused(field, value):
    assert field in form_with(field, value).errors


@pytest.mark.parametrize("value", ["2999-01-01", "1970-01-01", "31/02/2024", "yesterday"])
def test_a_date_in_the_future_too_old_or_not_a_date_is_refused(value):
    assert "incident_date" in form_with("incident_date", value).errors


@pytest.mark.parametrize("field", ["description", "person_name", "person_location", "platform_other", "usernames"])
def test_text_fields_have_length_limits(field):
    assert any("at most" in message for message in form_with(field, "word " * 1300).errors[field])


def test_errors_are_in_the_readers_language():
    with translation.override("fr"):
        form = form_with("incident_date", "2999-01-01")
        assert form.errors["incident_date"] == ["Cette date n’est pas encore arrivée."]


def test_the_follow_up_form_refuses_an_image_pasted_as_an_addition():
    form = FollowUpForm({"number": "TL-2026-000001", "code": "x", "addition": "data:image/png;base64,AAAA"})
    assert "image" in form.errors["addition"][0]


@pytest.mark.django_db
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.dictionaries(st.sampled_from(list(ReportForm.base_fields)), st.text(max_size=200), max_size=6))
def test_the_form_page_never_fails_whatever_is_posted(client, values):
    response = client.post("/en/report/", values)
    assert response.status_code == 200
    html = response.content.decode()
    if Report.objects.filter(number__isnull=False).exists() and "tipline-code" in html:
        Report.objects.all().delete()
    else:
        assert "error-summary" in html


def visible_text(html, css_class):
    block = html.split(f'class="{css_class}"', 1)[1].split("</div>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block))


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_form_and_the_confirmation_read_at_grade_8_or_below(client, site_pages, language):
    form_url = {"en": "/en/report/", "fr": "/fr/signaler/"}[language]
    form_page = client.get(form_url).content.decode()
    confirmation = client.post(form_url, {**VALID, "report_type": "sextortion"}).content.decode()
    for html in (form_page, confirmation):
        level = reading_level(visible_text(html, "tipline-intro"), language)
        assert level.rounded_grade <= 8, (language, level)
