"""A French reader's emails carry no English: every email template, rendered in both languages from the same
order, shares no phrase with its English version (names, titles and codes aside), in each of its branches (an
urgent referral, a provider's reminder, a declined order)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from resources.models import Order, StockItem
from resources.workflow import change_status
from tests.helpers import place
from tests.resources.test_back_office import manager  # noqa: F401 (a fixture)
from tests.website.test_french_pages import reads_as_english, visible_texts

pytestmark = pytest.mark.django_db

TEMPLATE_DIRS = [
    Path(settings.BASE_DIR) / "templates" / "resources" / "emails",
    Path(settings.BASE_DIR) / "templates" / "tipline" / "emails",
]
# Staff emails written in both languages on purpose, and the urgent alert the tipline team reads in English.
BILINGUAL_OR_STAFF = {"low_stock", "urgent_alert"}


def email_templates():
    """Every email a reader gets: its subject, its text and, when it has one, its HTML (the shared parts aside)."""
    names = sorted(
        path.name.removesuffix("_subject.txt") for folder in TEMPLATE_DIRS for path in folder.glob("*_subject.txt")
    )
    for folder in TEMPLATE_DIRS:
        for name in names:
            if name in BILINGUAL_OR_STAFF or not (folder / f"{name}.txt").exists():
                continue
            app = folder.parent.name
            for suffix in ("_subject.txt", ".txt", ".html"):
                if (folder / f"{name}{suffix}").exists():
                    yield f"{app}/emails/{name}{suffix}"


@pytest.fixture
def email_context(shop, manager):  # noqa: F811
    order = place(shop.officer, [("NB-GAM-PO-EN", 120), ("NB-SXT-BR-FR", 100)])
    assert order.status == Order.Status.NEEDS_REVIEW  # so its review reasons are rendered too
    change_status(order, Order.Status.APPROVED, manager, quantities={order.lines.first().pk: 50})
    change_status(order, Order.Status.PACKING, manager)
    order = change_status(order, Order.Status.SHIPPED, manager, carrier="Canada Post", tracking="7301")
    return context_for(shop, order)


@pytest.fixture
def other_branches_context(shop, manager):  # noqa: F811
    """The same emails down their other branches: a declined order, an urgent referral, a provider's reminder."""
    order = place(shop.officer, [("NB-GAM-PO-EN", 120)])
    order = change_status(order, Order.Status.DECLINED, manager)
    context = context_for(shop, order)
    context.update(urgent=True, times_sent=2, first_sent_at=timezone.now(), provider="Example Hosting Inc.",
                   url="https://example.net/x", reference="NB-N-000001", bilingual=False)  # fmt: skip
    return context


def context_for(shop, order):
    member = shop.officer.agency_member
    return {
        "order": order,
        "lines": list(order.lines.all()),
        "member": member,
        "agency": member.agency,
        "user": shop.officer,
        "follow_up": order,
        "item": StockItem.objects.get(sku="NB-GAM-PO-EN"),
        "site_url": "https://northbridge.example",
        "token": "token",
        "days": 3,
        "protocol": "https",
        "domain": "northbridge.example",
        "uid": "MQ",
        "number": "NB-2026-000123",
        "follow_up_url": "https://northbridge.example/fr/signaler/suivi/",
        "link": "https://northbridge.example/admin/",
    }


def texts(template, context, language):
    """The email's sentences, so that one English sentence left in a translated paragraph is found too."""
    with translation.override(language):
        rendered = render_to_string(template, context)
    lines = visible_texts(rendered) if template.endswith(".html") else rendered.splitlines()
    return {
        " ".join(sentence.split())
        for line in lines
        for sentence in re.split(r"(?<=[.:;?!])\s+", line)
        if sentence.strip()
    }


def without_names(text, context):
    """The text without what both languages share: the titles of the order's lines, the agency, the person."""
    for name in [line.title for line in context["lines"]] + [context["agency"].name, context["user"].first_name]:
        text = text.replace(name, "")
    return text


def test_every_email_template_is_covered():
    covered = set(email_templates())
    assert "resources/emails/order_shipped.html" in covered
    assert "resources/emails/order_needs_review.txt" in covered
    assert "tipline/emails/needs_info.txt" in covered
    assert len(covered) >= 30


@pytest.mark.parametrize("template", list(email_templates()))
def test_no_french_email_carries_a_phrase_of_its_english_version(template, email_context):
    english, french = texts(template, email_context, "en"), texts(template, email_context, "fr")
    assert french, template
    left = sorted(text for text in english & french if reads_as_english(without_names(text, email_context)))
    assert left == []
    assert "Canada Post" not in " ".join(french)


@pytest.mark.parametrize("template", list(email_templates()))
def test_no_french_email_carries_a_phrase_of_its_english_version_down_its_other_branches(
    template, other_branches_context
):
    english, french = texts(template, other_branches_context, "en"), texts(template, other_branches_context, "fr")
    assert french, template
    left = sorted(text for text in english & french if reads_as_english(without_names(text, other_branches_context)))
    assert left == []


@pytest.mark.parametrize(
    ("language", "path"), [("en", "/en/agency/orders/"), ("fr", "/fr/services-de-police/commandes/")]
)
def test_an_order_email_links_the_order_at_its_path_in_the_readers_language(email_context, language, path):
    with translation.override(language):
        text = render_to_string("resources/emails/order_shipped.txt", email_context)
        html = render_to_string("resources/emails/order_shipped.html", email_context)
    link = f"https://northbridge.example{path}{email_context['order'].number}/"
    assert link in text
    assert f'href="{link}"' in html
