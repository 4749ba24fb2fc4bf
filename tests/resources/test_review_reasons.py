"""Review reasons are codes with figures, worded in the reader's language; old sentences are read back into codes."""

import importlib

from django.utils import translation

from resources import review

migration = importlib.import_module("resources.migrations.0006_review_reason_codes")


def test_a_reason_is_worded_in_the_active_language_with_its_numbers_grouped():
    reason = review.over_quota(1000, 1200)
    with translation.override("en"):
        assert review.describe(reason) == (
            "Your agency’s quota is 1,000 pieces per period; with this order it would reach 1,200."
        )
    with translation.override("fr"):
        assert review.describe(reason) == (
            "Le quota de votre service est de 1\u00a0000\u00a0exemplaires par période\u00a0; "
            "avec cette commande, il atteindrait 1\u00a0200."
        )


def test_a_reason_shows_the_title_the_order_gives_its_line():
    reason = review.over_maximum("NB-SXT-BR-FR", "Sextortion: how to help", 120, 50)
    with translation.override("fr"):
        text = review.describe(reason, {"NB-SXT-BR-FR": "Sextorsion\u00a0: comment aider"})
    assert text == (
        "Sextorsion\u00a0: comment aider (NB-SXT-BR-FR)\u00a0: 120\u00a0exemplaires demandés\u00a0; "
        "le maximum par commande est de 50."
    )


def test_old_english_and_french_sentences_become_codes():
    assert migration.reason_code(
        "Resource number 2 (NB-GAM-PO-EN): 1,200 pieces requested; the maximum per order is 50."
    ) == review.over_maximum("NB-GAM-PO-EN", "Resource number 2", 1200, 50)
    assert migration.reason_code(
        "Ressource (NB-GAM-PO-FR) : 120 exemplaires demandés; le maximum par commande est de 1\u00a0000."
    ) == review.over_maximum("NB-GAM-PO-FR", "Ressource", 120, 1000)
    assert migration.reason_code(
        "Your agency’s quota is 300 pieces per period; with this order it would reach 400."
    ) == review.over_quota(300, 400)
    assert migration.reason_code(
        "Le quota de votre service est de 300 exemplaires par période; avec cette commande, il atteindrait 400."
    ) == review.over_quota(300, 400)


def test_an_old_sentence_of_another_kind_is_kept_as_written():
    reason = migration.reason_code("Checked by phone with the detachment.")
    assert reason == {"code": "text", "text": "Checked by phone with the detachment."}
    assert review.describe(reason) == "Checked by phone with the detachment."
