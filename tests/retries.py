"""On CI only, browser tests are retried up to twice (pytest-rerunfailures); no other test ever is.

A rare race between Chromium and a loaded two-core machine should not throw away a whole CI run, so a
browser test that fails is run again. The summary lists every test that needed a retry (`-rR` in
pyproject.toml): each one is a bug to fix, in the page or in the test, not noise to ignore.
"""

import os

import pytest

CI_RETRIES = 2


def is_browser_test(item):
    return "tests/browser/" in str(item.path).replace("\\", "/")


def retry_browser_tests_on_ci(items, environment=os.environ):
    if environment.get("CI") != "true":
        return
    for item in items:
        if is_browser_test(item):
            item.add_marker(pytest.mark.flaky(reruns=CI_RETRIES))
