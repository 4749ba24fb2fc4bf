"""`make test-fast` loads the demo content on one worker only: every module that reads it goes to the same one."""

import os
import re
import subprocess
import sys

from django.conf import settings

CONFTEST = """
import os
from pathlib import Path

import pytest

pytest_plugins = ["tests.workers"]


@pytest.fixture(scope="session")
def demo_database():
    with open(Path(__file__).parent / "demo-loads.txt", "a") as loads:
        loads.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")


@pytest.fixture
def demo_content(demo_database):
    pass
"""
READS_THE_DEMO = "def test_one(demo_content):\n    pass\n\n\ndef test_two():\n    pass\n"
READS_NOTHING = "def test_one():\n    pass\n\n\ndef test_two():\n    pass\n"


def test_one_worker_runs_every_module_that_reads_the_demo_and_loads_it_once(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "conftest.py").write_text(CONFTEST)
    for number in range(6):
        (tmp_path / f"test_demo_{number}.py").write_text(READS_THE_DEMO)
        (tmp_path / f"test_other_{number}.py").write_text(READS_NOTHING)
    environment = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    environment.update(PYTHONPATH=str(settings.BASE_DIR))
    plugins = ["-p", "no:django", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *plugins, "-c", "pytest.ini", "-n", "2", "--dist", "loadgroup", "-v"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "24 passed" in result.stdout, result.stdout + result.stderr
    workers = {
        module: set(re.findall(rf"\[(gw\d)\] .*PASSED {module}\.py::", result.stdout))
        for module in [f"test_demo_{number}" for number in range(6)] + [f"test_other_{number}" for number in range(6)]
    }
    assert all(len(found) == 1 for found in workers.values()), workers  # each module on one worker
    assert len(set.union(*(workers[f"test_demo_{number}"] for number in range(6)))) == 1, workers
    assert len((tmp_path / "demo-loads.txt").read_text().split()) == 1
