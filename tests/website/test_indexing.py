"""A bulk load (the demo content) updates Wagtail's search and reference indexes once per object, at the end."""

import logging

import pytest
from wagtail.models import Page, ReferenceIndex

from tests.factories import add_standard_page, standard_page_content
from website import demo_content
from website.bilingual import T
from website.indexing import indexed_once_at_the_end
from website.models import MainMenu

pytestmark = pytest.mark.django_db


def found(words):
    return [page.pk for page in Page.objects.live().search(words)]


def lighthouse_page(home, number=1):
    content = standard_page_content(number, T(f"Lighthouse keepers {number}", f"Gardiens de phare {number}"))
    page, _ = add_standard_page(home, content, translate=False)
    return page


def test_what_the_block_saves_is_searchable_and_referenced_once_it_ends_not_before():
    home = demo_content.load_home()
    with indexed_once_at_the_end():
        page = lighthouse_page(home)
        page.save_revision().publish()  # saved again, as loading does
        demo_content.load_link_snippet(MainMenu, "items", [page])
        assert found("Lighthouse") == []
        assert not ReferenceIndex.get_references_to(page).exists()
    assert found("Lighthouse") == [page.pk]
    assert ReferenceIndex.get_references_to(page).exists()  # from the menu


def test_what_the_block_saves_then_deletes_is_not_indexed_and_fails_no_task(caplog):
    home = demo_content.load_home()
    with indexed_once_at_the_end():
        kept, deleted = lighthouse_page(home, 1), lighthouse_page(home, 2)
        deleted.delete()
    assert found("Lighthouse") == [kept.pk]
    assert not [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


def test_after_the_block_even_one_that_failed_each_save_updates_the_indexes_at_once():
    home = demo_content.load_home()
    with pytest.raises(RuntimeError), indexed_once_at_the_end():
        raise RuntimeError("the load stopped")
    page = lighthouse_page(home)
    assert found("Lighthouse") == [page.pk]
    demo_content.load_link_snippet(MainMenu, "items", [page])
    assert ReferenceIndex.get_references_to(page).exists()
