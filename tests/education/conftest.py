"""A bilingual site with a library and two topics (tests/factories.py: build_library), shared by a module's tests
(tests/conftest.py: module_database), and a guide and a lesson."""

import pytest

from tests.factories import make_guide, make_lesson


@pytest.fixture(scope="module")
def module_library(module_database):
    return module_database.library


@pytest.fixture
def library(module_library, site_pages):
    module_library.library.refresh_from_db()
    return module_library.library


@pytest.fixture
def topics(module_library, site_pages):
    return module_library.topics


@pytest.fixture
def guide(library, topics):
    return make_guide(library, 1, audiences=("parents",), topics=[topics.sextortion], ages=(11, 17))


@pytest.fixture
def lesson(library, topics):
    return make_lesson(library, 1, grade_band="7-8", topics=[topics.sextortion], adult_preparation=True)
