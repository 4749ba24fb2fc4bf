"""Models import only leaf modules: from our own code, other models and modules that import no models.

The layers between apps and the absence of import circles are import-linter contracts (.importlinter, run by
`make lint`); this rule is the one import-linter cannot say. Imports inside functions count too.
"""

import grimp
import pytest

APPS = ("website", "education", "resources", "tipline")


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(*APPS)


def is_models(module):
    return any(module == f"{app}.models" or module.startswith(f"{app}.models.") for app in APPS)


def modules_models_import_that_are_not_leaves(graph):
    models = {module for module in graph.modules if is_models(module)}
    found = set()
    for importer in models:
        for imported in graph.find_modules_directly_imported_by(importer):
            if not is_models(imported) and graph.find_upstream_modules(imported) & models:
                found.add((importer, imported))
    return found


def test_models_import_only_other_models_and_leaf_modules(graph):
    assert modules_models_import_that_are_not_leaves(graph) == set()


def test_a_model_importing_a_module_that_imports_models_is_caught(graph):
    graph.add_import(importer="education.models", imported="education.library", line_number=1, line_contents="")
    assert ("education.models", "education.library") in modules_models_import_that_are_not_leaves(graph)
