"""Every test starts from the database the migrations made, whichever tests ran before it on the same worker
(the browser tests' live site and the demo content it serves live in a database of their own)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection


@pytest.mark.django_db
def test_the_database_holds_exactly_what_the_migrations_made():
    assert connection.creation.serialize_db_to_string() == connection._test_serialized_contents


def test_a_committed_test_leaves_the_database_as_the_migrations_made_it_even_with_no_content_type_cached(committed_db):
    """committed_db refills the emptied database afterwards; its teardown must not fail when the content types
    are not cached (as in a worker that found its schema already migrated: make test-fast)."""
    ContentType.objects.clear_cache()
