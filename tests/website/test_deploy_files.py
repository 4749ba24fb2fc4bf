"""The files that say how the site runs name real commands, and `make run`'s settings keep their keys out of git."""

import os
import re
import runpy
import subprocess
import sys

from django.conf import settings

BASE_DIR = settings.BASE_DIR


def manage_commands():
    result = subprocess.run(
        [sys.executable, "manage.py", "help", "--commands"],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test"},
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def test_the_procfile_and_crontab_name_commands_that_exist():
    processes = dict(line.split(": ", 1) for line in (BASE_DIR / "Procfile").read_text().splitlines() if line)
    assert set(processes) == {"release", "web", "worker"}
    assert processes["web"] == "gunicorn --config gunicorn.conf.py"
    assert os.access(BASE_DIR / processes["release"], os.X_OK)
    scheduled = [line for line in (BASE_DIR / "crontab").read_text().splitlines() if line and not line.startswith("#")]
    named = {match for line in [processes["worker"], *scheduled] for match in re.findall(r"manage\.py (\w+)", line)}
    assert named == {"db_worker", "send_pending_emails", "prune_db_task_results"}
    assert named <= manage_commands()


def test_gunicorn_workers_follow_the_cpu_count_and_are_recycled_with_jitter():
    config = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))
    assert config["workers"] == os.cpu_count() * 2 + 1
    assert config["max_requests"] > 0
    assert 0 < config["max_requests_jitter"] < config["max_requests"]
    assert config["timeout"] == 30
    assert config["accesslog"] == "-"


def test_the_access_log_records_nothing_about_the_reader_nor_what_they_searched_for():
    log_format = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))["access_log_format"]
    # h: address, a: browser, f: referring page, r and q: the request line and its query string.
    assert not {"%(h)s", "%(a)s", "%(f)s", "%(r)s", "%(q)s"} & set(re.findall(r"%\([a-zA-Z{}_-]+\)s", log_format))
    assert "%(U)s" in log_format


def local_settings(expression):
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; print({expression})"],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.local"},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_make_runs_settings_serve_like_production_with_a_key_made_once_and_ignored_by_git():
    first = local_settings("settings.SECRET_KEY, settings.DEBUG, settings.STORAGES['staticfiles']['BACKEND']")
    assert local_settings("settings.SECRET_KEY, settings.DEBUG, settings.STORAGES['staticfiles']['BACKEND']") == first
    key, debug, static_storage = first.rsplit(" ", 2)
    assert len(key) >= 50
    assert debug == "False"
    assert static_storage == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert (BASE_DIR / ".local" / "secret_key").read_text().strip() in key
    ignored = subprocess.run(["git", "check-ignore", "-q", ".local/secret_key"], cwd=BASE_DIR, check=False)
    assert ignored.returncode == 0
