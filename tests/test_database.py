"""Every test starts from the database the migrations made, whichever tests ran before it on the same worker
(the browser tests' live site and the demo content it serves live in a database of their own)."""

import pytest
from django.db import connection


@pytest.mark.django_db
def test_the_database_holds_exactly_what_the_migrations_made():
    assert connection.creation.serialize_db_to_string() == connection._test_serialized_contents
