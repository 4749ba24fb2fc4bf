"""/healthz says the process answers; /readyz says the database, the cache and the static files answer."""

import logging
import os
import socket
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db


def closed_port():
    """A loopback port nobody listens on: it was free a moment ago and is closed again."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def assert_neither_cached_nor_cookied(response):
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_healthz_answers_without_the_database_cookies_or_caching(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert_neither_cached_nor_cookied(response)


def test_readyz_answers_200_when_the_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ready\n"
    assert_neither_cached_nor_cookied(response)


def test_readyz_answers_503_without_an_error_report_when_the_cache_is_unreachable(client, caplog):
    unreachable = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port()}/3",
    }
    with caplog.at_level(logging.WARNING), override_settings(CACHES={"default": unreachable}):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert b"cache default" in response.content
    assert_neither_cached_nor_cookied(response)
    assert [record.levelname for record in caplog.records if record.name == "django.request"] == []
    assert any("cache default does not answer" in record.getMessage() for record in caplog.records)


def test_readyz_answers_503_when_the_static_files_manifest_is_missing(client, tmp_path):
    manifest_storage = {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}
    with override_settings(STATIC_ROOT=tmp_path, STORAGES={**settings.STORAGES, "staticfiles": manifest_storage}):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert b"static files manifest" in response.content


def test_readyz_answers_503_and_healthz_200_when_the_database_is_unreachable():
    """In a fresh process whose DATABASE_URL points at a closed port: a real connection failure."""
    code = (
        "import django; django.setup(); from django.test import Client; client = Client(); "
        "print(client.get('/healthz').status_code, client.get('/readyz').status_code)"
    )
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.test",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port()}/unreachable",
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["200", "503"]
    assert "database default does not answer" in result.stderr
