"""The documented deploy: the release step under production settings, then gunicorn serves the site."""

import re

import pytest
import redis

from tests.factories import build_bilingual_site
from tests.servers import Visitor, gunicorn, production_environment, release

pytestmark = pytest.mark.usefixtures("committed_db")

# Production runs several workers, so `check --deploy` in the release step insists on a shared cache
# (website.W001); this test's own Redis database, emptied first so no other run's pages are cached there.
REDIS_URL = "redis://127.0.0.1:6379/5"


def test_after_the_release_step_gunicorn_serves_pages_static_files_and_the_sites_own_404s(tmp_path):
    build_bilingual_site()
    redis.Redis.from_url(REDIS_URL).flushdb()
    environment = production_environment(
        REDIS_URL=REDIS_URL, STATIC_ROOT=str(tmp_path / "static"), MEDIA_ROOT=str(tmp_path / "media")
    )

    result = release(environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "static" / "staticfiles.json").exists()

    with gunicorn(environment) as server:
        visitor = Visitor()
        home = visitor.get(server.url + "/en/")
        assert home.status == 200
        assert "Leave quickly" in home.text
        stylesheet = re.search(r'href="(/static/website/css/site\.[0-9a-f]{12}\.css)"', home.text)
        assert stylesheet, "pages name the hashed stylesheet from the manifest"
        assert visitor.get(server.url + stylesheet.group(1)).status == 200

        english = visitor.get(server.url + "/en/no-such-page/")
        assert english.status == 404
        assert "Page not found" in english.text
        assert "Leave quickly" in english.text
        french = visitor.get(server.url + "/fr/pas-de-page/")
        assert french.status == 404
        assert "Page introuvable" in french.text
        assert "Quitter rapidement" in french.text
        assert visitor.cookies == {}  # readers get no cookies, even on error pages

        # The load balancer probes over plain HTTP: the health checks answer, pages redirect to HTTPS.
        assert visitor.get(server.url + "/healthz", https=False).status == 200
        assert visitor.get(server.url + "/readyz", https=False).status == 200
        assert visitor.get(server.url + "/en/", https=False).status == 301
