"""Which worker runs which tests in `make test-fast` (`--dist loadgroup`)."""

import pytest


@pytest.hookimpl(tryfirst=True)  # before xdist's own, which turns the groups into the workers' work units
def pytest_collection_modifyitems(config, items):
    if config.getoption("loadgroup", False):  # set on the workers of `--dist loadgroup`
        group_by_module_and_demo(items)


def group_by_module_and_demo(items):
    """Each module's tests go to one worker, so what the module shares is built once (module_database); and the
    modules that read the demo content all go to the same worker, so only that one loads it (demo_database)."""
    demo_modules = {item.module for item in items if "demo_database" in item.fixturenames}
    for item in items:
        group = "demo content" if item.module in demo_modules else item.module.__name__
        item.add_marker(pytest.mark.xdist_group(group))
