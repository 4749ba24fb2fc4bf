"""Demo content links the services it names: the site's own report form where it has one, else the national
tipline's site."""

from website import chrome, demo_links
from website.bilingual import H, T
from website.demo_links import with_service_links

REPORT = H("<p>Report it to Cybertip.ca.</p>", "<p>Signale-le à Cyberaide.ca.</p>")


def test_the_national_tipline_named_at_any_depth_links_to_the_sites_report_form_asked_for_once(monkeypatch):
    asked = []
    monkeypatch.setattr(demo_links, "report_form_address", lambda: asked.append(1) or T("/en/report/", "/fr/signaler/"))
    content = with_service_links({"body": [REPORT, {"card": REPORT}], "title": T("Help", "Aide")})
    assert content["body"][1]["card"] == H(
        '<p>Report it to <a href="/en/report/">Cybertip.ca</a>.</p>',
        '<p>Signale-le à <a href="/fr/signaler/">Cyberaide.ca</a>.</p>',
    )
    assert content["body"][0] == content["body"][1]["card"]
    assert content["title"] == T("Help", "Aide")
    assert len(asked) == 1  # not once per piece of rich text


def test_without_a_report_form_of_its_own_the_site_links_the_national_tipline(monkeypatch):
    assert with_service_links(REPORT).en == '<p>Report it to <a href="/en/report/">Cybertip.ca</a>.</p>'
    monkeypatch.setattr(chrome, "REPORT_URL_NAME", [])
    assert with_service_links(REPORT) == H(
        '<p>Report it to <a href="https://www.cybertip.ca/">Cybertip.ca</a>.</p>',
        '<p>Signale-le à <a href="https://www.cyberaide.ca/">Cyberaide.ca</a>.</p>',
    )
