"""Settings come from the environment: production refuses to start without its secrets and passes the deploy check."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "website.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "protectkids.example",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/northbridge",
    "REDIS_URL": "redis://127.0.0.1:6379/4",
    # The test settings' fixed tipline keys (never used anywhere else).
    "TIPLINE_KEYS": ",".join(settings.TIPLINE_KEYS),
    "TIPLINE_FINGERPRINT_KEY": settings.TIPLINE_FINGERPRINT_KEY,
}
# Variables of the test run that must not leak into the production processes these tests start.
NOT_PASSED_ON = {
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "TIPLINE_KEYS",
    "TIPLINE_FINGERPRINT_KEY",
}


def run_manage(*args, environment):
    env = {key: value for key, value in os.environ.items() if key not in NOT_PASSED_ON}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != "SECRET_KEY"}
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


@pytest.mark.parametrize("name", ["TIPLINE_KEYS", "TIPLINE_FINGERPRINT_KEY"])
def test_production_refuses_to_start_without_the_tipline_keys(name):
    environment = {**PRODUCTION_ENVIRONMENT, name: ""}
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    assert f"Set the {name} environment variable" in result.stderr


def test_production_passes_the_deploy_check():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", environment=PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_deploy_check_warns_when_throttles_would_count_per_process():
    environment = {**PRODUCTION_ENVIRONMENT, "REDIS_URL": ""}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", environment=environment)
    assert result.returncode != 0
    assert "website.W001" in result.stderr


def run_python(code, environment):
    """Run `code` after django.setup() in a fresh process with this environment; return what it prints."""
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(environment)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def settings_value(expression, environment):
    return run_python(f"from django.conf import settings; print({expression})", environment)


def test_sqlite_is_the_default_and_database_url_switches_to_postgresql():
    base = {"DJANGO_SETTINGS_MODULE": "website.settings.dev"}
    assert settings_value("settings.DATABASES['default']['ENGINE']", base) == "django.db.backends.sqlite3"
    postgres = {**base, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/northbridge"}
    assert settings_value("settings.DATABASES['default']['ENGINE']", postgres) == "django.db.backends.postgresql"


def test_the_cache_is_shared_files_by_default_and_redis_with_redis_url():
    base = {"DJANGO_SETTINGS_MODULE": "website.settings.dev"}
    assert settings_value("settings.CACHES['default']['BACKEND']", base).endswith("FileBasedCache")
    redis = {**base, "REDIS_URL": "redis://127.0.0.1:6379/1"}
    assert settings_value("settings.CACHES['default']['BACKEND']", redis).endswith("RedisCache")


def test_the_embedded_file_cache_is_shared_by_every_process(tmp_path):
    """Workers of one server agree: what one process caches, a second process reads (never per-process memory)."""
    files = {"DJANGO_SETTINGS_MODULE": "website.settings.dev", "CACHE_DIR": str(tmp_path)}
    run_python("from django.core.cache import cache; cache.set('probe', 'shared', 600)", files)
    assert run_python("from django.core.cache import cache; print(cache.get('probe'))", files) == "shared"


def test_redis_cache_stores_and_reads_values_on_the_real_server():
    redis = {"DJANGO_SETTINGS_MODULE": "website.settings.dev", "REDIS_URL": "redis://127.0.0.1:6379/15"}
    code = "from django.core.cache import cache; cache.set('probe', 'stored', 10); print(cache.get('probe'))"
    assert run_python(code, redis) == "stored"
