"""A catalogue with three resources (one out of stock, one discontinued edition) and two approved agencies."""

from types import SimpleNamespace

import pytest

from resources.models import OrderingSettings
from tests.factories import make_agency, make_catalogue, make_resource


@pytest.fixture(scope="module")
def module_shop(module_site_pages, django_db_blocker):
    # Inside module_site_pages' transaction, so it is undone with it after the module.
    with django_db_blocker.unblock():
        catalogue = make_catalogue(module_site_pages.home)
        brochure, brochure_fr = make_resource(
            catalogue, 1, [("en", "NB-SXT-BR-EN", 50, 1000, 5000), ("fr", "NB-SXT-BR-FR", 50, 1000, 2000)]
        )
        poster, _ = make_resource(catalogue, 2, [("en", "NB-GAM-PO-EN", 10, 50, 500)], print_format="poster")
        card, _ = make_resource(
            catalogue,
            3,
            [("bilingual", "NB-HLP-CA-BI", 100, 2000, 0), ("en", "NB-HLP-CA-EN", 100, 2000, 1000)],
            print_format="card",
        )
        old_edition = card.editions.get(sku="NB-HLP-CA-EN")
        old_edition.discontinued = True
        old_edition.save()
        OrderingSettings.load()  # created once, as the demo content and a running site have it
        riverbend, officer = make_agency()
        lakeshore, other_officer = make_agency("Lakeshore Regional Police", province="BC", postal_code="V6B 1A1")
        return SimpleNamespace(
            catalogue=catalogue,
            brochure=brochure,
            brochure_fr=brochure_fr,
            poster=poster,
            card=card,
            agency=riverbend,
            officer=officer,
            other_agency=lakeshore,
            other_officer=other_officer,
        )


@pytest.fixture
def shop(module_shop, site_pages):
    # Fresh copies each test: a test that changes an officer's language must not leave it changed in memory.
    for name in ("officer", "other_officer", "agency", "other_agency"):
        current = getattr(module_shop, name)
        setattr(module_shop, name, type(current).objects.get(pk=current.pk))
    return module_shop


def edition(page, sku):
    return page.editions.get(sku=sku)


@pytest.fixture
def officer_client(client, shop):
    client.force_login(shop.officer)
    return client
