"""Run axe-core (shipped offline by axe-playwright-python) on a page and describe what it finds."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()


def violations(page):
    """axe-core's violations on the page as "rule: target" lines, empty when there are none."""
    page.wait_for_load_state()
    results = _axe.run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} {node.get('failureSummary', '')}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]
