"""The Leave quickly destinations in the site settings: neutral https pages, and nothing else is accepted."""

import pytest
from django.core.exceptions import ValidationError

from website.models import SiteSettings

pytestmark = pytest.mark.django_db

DESTINATION_FIELDS = ["exit_url_en", "exit_url_fr"]


def test_default_destinations_are_the_government_weather_pages_in_each_language():
    site_settings = SiteSettings.load()
    assert site_settings.exit_url_en == "https://weather.gc.ca/canada_e.html"
    assert site_settings.exit_url_fr == "https://meteo.gc.ca/canada_f.html"
    site_settings.full_clean()


@pytest.mark.parametrize("field", DESTINATION_FIELDS)
@pytest.mark.parametrize(
    "address",
    [
        "http://weather.gc.ca/canada_e.html",
        "ftp://weather.gc.ca/",
        "javascript:alert(1)",
        "//weather.gc.ca/canada_e.html",
        "weather.gc.ca",
    ],
)
def test_a_destination_that_is_not_https_is_refused(field, address):
    site_settings = SiteSettings.load()
    setattr(site_settings, field, address)
    with pytest.raises(ValidationError) as refused:
        site_settings.full_clean()
    assert list(refused.value.message_dict) == [field]


@pytest.mark.parametrize("field", DESTINATION_FIELDS)
def test_a_plain_http_destination_is_refused_with_a_message_asking_for_https(field):
    site_settings = SiteSettings.load()
    setattr(site_settings, field, "http://weather.gc.ca/canada_e.html")
    with pytest.raises(ValidationError) as refused:
        site_settings.full_clean()
    assert refused.value.message_dict[field] == ["Enter a full address that starts with https://."]


@pytest.mark.parametrize("field", DESTINATION_FIELDS)
def test_another_https_destination_is_accepted(field):
    site_settings = SiteSettings.load()
    setattr(site_settings, field, "https://www.theweathernetwork.com/ca/")
    site_settings.full_clean()
