"""The content version (website/cache.py): a change forgets everything cached; a scope's change forgets its own."""

import pytest
from django.core.cache import cache

from website.cache import cached, forget, forget_scope

pytestmark = pytest.mark.django_db  # forgetting again after the commit asks the connection


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def keep(value, scope=None):
    """What `cached()` answers when it would build `value`: the value it kept before, if any."""
    return cached("value", lambda: value, scope)


def test_a_value_is_kept_until_the_content_changes():
    assert keep("first") == "first"
    assert keep("second") == "first"
    forget()
    assert keep("third") == "third"


def test_forgetting_a_scope_forgets_its_values_only():
    forgetting_a_scope_forgets_its_values_only()


def test_forgetting_a_scope_forgets_its_values_only_in_the_shared_caches_too(two_servers):
    forgetting_a_scope_forgets_its_values_only()


def forgetting_a_scope_forgets_its_values_only():
    keep("page")
    keep("alex's", "roles:1")
    keep("sam's", "roles:2")
    forget_scope("roles:1")
    assert (keep("page again"), keep("alex's again", "roles:1"), keep("sam's again", "roles:2")) == (
        "page",
        "alex's again",
        "sam's",
    )


def test_a_change_to_the_content_forgets_the_scopes_too():
    keep("alex's", "roles:1")
    forget()
    assert keep("alex's again", "roles:1") == "alex's again"
