"""A catalogue with three resources (one out of stock, one discontinued edition) and two approved agencies
(tests/factories.py: build_shop), shared by a module's tests (tests/conftest.py: module_database)."""

import pytest


@pytest.fixture(scope="module")
def module_shop(module_database):
    return module_database.shop


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
