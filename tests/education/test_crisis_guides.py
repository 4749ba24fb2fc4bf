"""Crisis guides put "what to do right now" first: a block of its own, rendered before everything else."""

from datetime import date

import pytest

from education.models import Audience, GuidePage
from tests.factories import H, T, guide_content
from tests.helpers import ok_soup
from website.bilingual import publish_french
from website.demo_content import get_or_create_child

pytestmark = pytest.mark.django_db


def test_the_right_now_box_renders_first_wherever_the_editor_placed_it(client, library):
    content = guide_content(1)
    content["body"].append(
        {
            "type": "right_now",
            "value": {
                "title": T("What to do right now", "Que faire tout de suite"),
                "text": H("<ol><li>Stop replying.</li></ol>", "<ol><li>Arrête de répondre.</li></ol>"),
            },
        }
    )
    guide, _ = get_or_create_child(library, GuidePage, content, audiences=list(Audience.objects.filter(code="youth")),
                                   last_reviewed=date(2026, 9, 1))  # fmt: skip
    publish_french(guide, content)
    for url, title, first_step in [
        ("/en/library/guide-1/", "What to do right now", "Stop replying."),
        ("/fr/bibliotheque/guide-fr-1/", "Que faire tout de suite", "Arrête de répondre."),
    ]:
        main = ok_soup(client.get(url)).main
        assert main.find("h2").get_text(strip=True) == title
        box = main.select_one(".right-now")
        assert box.get_text(" ", strip=True) == f"{title} {first_step}"
        # Before the facts and the explanations, and only once.
        assert box.find_next("dl", class_="facts") is not None
        assert len(main.select(".right-now")) == 1
