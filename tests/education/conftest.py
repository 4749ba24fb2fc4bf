"""A bilingual site with a library and two topics (built once per module), and a guide and a lesson."""

from types import SimpleNamespace

import pytest

from tests.factories import T, make_guide, make_lesson, make_library, make_topic


@pytest.fixture(scope="module")
def module_library(module_site_pages, django_db_blocker):
    # Inside module_site_pages' transaction, so it is undone with it after the module.
    with django_db_blocker.unblock():
        return SimpleNamespace(
            library=make_library(module_site_pages.home),
            topics=SimpleNamespace(
                sextortion=make_topic("sextortion", T("Sextortion", "Sextorsion")),
                gaming=make_topic("gaming-and-chat", T("Gaming and chat", "Jeux et clavardage")),
            ),
        )


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
