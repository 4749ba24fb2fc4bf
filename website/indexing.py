"""Wagtail's search index and reference index, brought up to date once per object after a bulk load.

Wagtail updates both on every save, and loading a page saves it many times (created, revised, published, copied
for translation, published again): the demo content made 437 search-index updates for the 162 objects the index
holds, and 526 reference-index updates for 235 objects.
"""

from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler as update_search_index_on_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task


@contextmanager
def indexed_once_at_the_end():
    """Within the block, saving an object updates neither index; when the block ends without an error, each object
    saved in it (and not deleted since) is indexed once, through the same tasks as a save (Wagtail's reference task
    indexes an inline child through its page, so a page is indexed again for each kind of child saved with it).
    Deleting still updates both at once.

    It disconnects Wagtail's handlers for the whole process, as Wagtail itself does around migrations: for a
    management command or a test, never while another thread serves requests."""
    indexes = [
        (update_search_index_on_save, insert_or_update_object_task, searched_models()),
        (update_reference_index_on_save, update_reference_index_task, set(ReferenceIndex.tracked_models)),
    ]
    saved = {}  # (model, pk) -> None: the objects saved, in the order first saved

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(sender, instance.pk)] = None

    def forget(sender, instance, **kwargs):
        saved.pop((sender, instance.pk), None)

    for handler, _, models in indexes:
        for model in models:
            post_save.disconnect(handler, sender=model)
    post_save.connect(remember, weak=False)
    post_delete.connect(forget, weak=False)
    try:
        yield
    finally:
        post_save.disconnect(remember)
        post_delete.disconnect(forget)
        for handler, _, models in indexes:
            for model in models:
                post_save.connect(handler, sender=model)
    for model, pk in saved:
        for _, task, models in indexes:
            if model in models:
                task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))


def searched_models():
    """The models whose saves update the search index (modelsearch.signal_handlers.register_signal_handlers)."""
    return {model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)}
