"""The report form asks where the child and the other person are, precisely enough to route a referral."""

import pytest
from django.utils import translation

from tests.helpers import page_text, soup
from tests.tipline.factories import make_hotline
from tests.tipline.test_report_form import valid_post
from tipline.forms import ReportForm
from tipline.models import Report

pytestmark = pytest.mark.django_db


def test_the_form_keeps_the_postal_prefixes_and_country_in_clear_for_routing(client, site_pages):
    make_hotline("FR", "France", "France", "Point Contact (demo)")
    data = valid_post(
        province="ON", child_postal_prefix=" k7a ", person_province="XX", person_country="FR",
        person_location="Lyon",
    )  # fmt: skip
    response = client.post("/en/report/", data)
    assert response.status_code == 200
    report = Report.objects.get()
    assert (report.province, report.child_postal_prefix) == ("ON", "K7A")
    assert (report.person_province, report.person_postal_prefix, report.person_country) == ("XX", "", "FR")
    assert report.person_location == "Lyon"


def test_the_country_list_holds_the_hotlines_countries_and_another_country(client, site_pages):
    make_hotline("FR", "France", "France", "Point Contact (demo)")
    make_hotline("US", "United States", "États-Unis", "US Tipline (demo)")
    options = [o.get_text() for o in soup(client.get("/fr/signaler/")).select("select#id_child_country option")]
    assert options == ["Choisissez une réponse (facultatif)", "États-Unis", "France", "Un autre pays"]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"province": "ON", "child_postal_prefix": "H2X"}, "child_postal_prefix",
         "Postal codes starting with H2X are not in Ontario."),
        ({"province": "ON", "child_postal_prefix": "12A"}, "child_postal_prefix",
         "“12A” is not the start of a Canadian postal code. Give its first 3 characters, such as K7A."),
        ({"province": "XX", "child_postal_prefix": "K7A"}, "child_postal_prefix",
         "A postal code prefix is only for a place in Canada."),
        ({"province": "ON", "child_country": "other"}, "child_country",
         "Choose “Outside Canada” above, or leave the country empty."),
        ({"person_province": "QC", "person_postal_prefix": "K7A"}, "person_postal_prefix",
         "Postal codes starting with K7A are not in Quebec."),
        ({"person_province": "XX", "person_country": "ZZ"}, "person_country",
         "Select a valid choice. ZZ is not one of the available choices."),
    ],
)  # fmt: skip
def test_a_place_that_does_not_add_up_is_refused_at_its_field(fields, field, message):
    form = ReportForm(valid_post(**fields))
    assert form.errors[field] == [message]


def test_another_country_is_kept_as_outside_canada_without_a_country():
    form = ReportForm(valid_post(province="XX", child_country="other"))
    assert form.is_valid(), form.errors
    assert form.report_fields()["child_country"] == ""


def test_location_errors_are_in_french_on_the_french_form(client, site_pages):
    response = client.post("/fr/signaler/", valid_post(province="ON", child_postal_prefix="H2X"))
    assert "Les codes postaux qui commencent par H2X ne sont pas dans cette province ou ce territoire" in page_text(
        response
    )
    with translation.override("fr"):
        form = ReportForm(valid_post(province="XX", child_postal_prefix="K7A"))
        assert form.errors["child_postal_prefix"] == ["Le début d’un code postal ne s’applique qu’à un lieu au Canada."]


FRENCH_PLACES = [
    "Choisissez une réponse (facultatif)", "Alberta", "Colombie-Britannique", "Île-du-Prince-Édouard", "Manitoba",
    "Nouveau-Brunswick", "Nouvelle-Écosse", "Nunavut", "Ontario", "Québec", "Saskatchewan",
    "Terre-Neuve-et-Labrador", "Territoires du Nord-Ouest", "Yukon", "Hors du Canada",
]  # fmt: skip


@pytest.mark.parametrize("field", ["province", "person_province"])
def test_the_provinces_are_listed_in_the_alphabetical_order_of_the_readers_language(client, site_pages, field):
    french = [o.get_text() for o in soup(client.get("/fr/signaler/")).select(f"select#id_{field} option")]
    assert french == FRENCH_PLACES
    english = [o.get_text() for o in soup(client.get("/en/report/")).select(f"select#id_{field} option")]
    provinces = english[1:-1]
    assert provinces == sorted(provinces)
    assert len(provinces) == 13
    assert english[-1] == "Outside Canada"
