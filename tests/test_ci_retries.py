"""On CI only, browser tests are retried up to twice, and the run lists each test that needed a retry."""

import os
import subprocess
import sys

from django.conf import settings

FAILS_ON_FIRST_RUN = """
from pathlib import Path

def test_fails_on_first_run_only(tmp_path_factory):
    runs = Path(__file__).with_suffix(".runs")
    count = int(runs.read_text()) if runs.exists() else 0
    runs.write_text(str(count + 1))
    assert count > 0
"""


def run_pytest_on_two_tests_that_fail_once(tmp_path, ci):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "conftest.py").write_text(
        "from tests.retries import retry_browser_tests_on_ci\n\n"
        "def pytest_collection_modifyitems(items):\n"
        "    retry_browser_tests_on_ci(items)\n"
    )
    for folder in ("tests/browser", "tests/website"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "test_once.py").write_text(FAILS_ON_FIRST_RUN)
    environment = {key: value for key, value in os.environ.items() if key not in {"CI", "DJANGO_SETTINGS_MODULE"}}
    environment.update(PYTHONPATH=str(settings.BASE_DIR), **({"CI": "true"} if ci else {}))
    plugins = ["-p", "no:django", "-p", "no:xdist", "-p", "no:randomly", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *plugins, "-raR", "--import-mode=importlib", "-c", "pytest.ini", "tests"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout


def test_on_ci_a_browser_test_is_retried_and_listed_but_no_other_test_is(tmp_path):
    output = run_pytest_on_two_tests_that_fail_once(tmp_path, ci=True)
    assert "RERUN tests/browser/test_once.py::test_fails_on_first_run_only" in output
    assert "FAILED tests/website/test_once.py::test_fails_on_first_run_only" in output
    assert "1 failed, 1 passed, 1 rerun" in output


def test_off_ci_no_test_is_retried(tmp_path):
    output = run_pytest_on_two_tests_that_fail_once(tmp_path, ci=False)
    assert "RERUN" not in output
    assert "2 failed" in output
