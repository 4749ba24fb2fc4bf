"""Models import only leaf modules: from our own code, other models and modules that import no models.

The layers between apps and the absence of import circles are import-linter contracts (.importlinter, run by
`make lint`); this rule is the one import-linter cannot say. Imports inside functions count too.

Import-linter cannot tell an import inside a function, which hides a circle rather than removing it, from any
other: the second rule here is that only `AppConfig.ready()` imports late, because models can be imported only
once every app is loaded.
"""

import ast
from pathlib import Path

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


def imports_inside_functions(source):
    """Line numbers of the imports inside a function other than `ready()`."""
    functions = (
        node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    )
    return sorted(
        {
            node.lineno
            for function in functions
            if function.name != "ready"
            for statement in function.body
            for node in ast.walk(statement)
            if isinstance(node, ast.Import | ast.ImportFrom)
        }
    )


def test_nothing_imports_inside_a_function_but_app_configs_ready():
    root = Path(__file__).resolve().parent.parent
    found = {
        str(path.relative_to(root)): lines
        for app in APPS
        for path in sorted((root / app).rglob("*.py"))
        if "migrations" not in path.parts and (lines := imports_inside_functions(path.read_text()))
    }
    assert found == {}


def test_an_import_inside_a_function_is_caught():
    source = "def ready():\n    import a\n\ndef helper():\n    if True:\n        from b import c\n"
    assert imports_inside_functions(source) == [6]
