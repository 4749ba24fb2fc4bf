"""The migration that turns the demo's bilingual "Opening stock · Stock initial" note into the opening reason."""

import importlib

import pytest
from django.apps import apps

from resources.models import StockItem, StockMovement

pytestmark = pytest.mark.django_db
migration = importlib.import_module("resources.migrations.0007_stock_movement_opening_reason")


def test_the_bilingual_opening_note_becomes_the_opening_reason_and_other_notes_stay():
    item = StockItem.objects.create(sku="NB-TEST-EN")
    opening = StockMovement.objects.create(
        stock_item=item, quantity=100, reason="received", note="Opening stock · Stock initial"
    )
    reprint = StockMovement.objects.create(stock_item=item, quantity=50, reason="received", note="Reprint")
    migration.notes_to_reason(apps, None)
    opening.refresh_from_db()
    reprint.refresh_from_db()
    assert (opening.reason, opening.note) == (StockMovement.Reason.OPENING, "")
    assert (reprint.reason, reprint.note) == ("received", "Reprint")
    migration.reason_to_notes(apps, None)
    opening.refresh_from_db()
    assert (opening.reason, opening.note) == ("received", "Opening stock · Stock initial")
