# Two commands: `make run` and `make test`. Everything else here serves them (`make dev` for changing the code,
# `make test-fast` for testing it without the browser tests).
# Python's bytecode cache stays on even where the shell turns it off (PYTHONDONTWRITEBYTECODE, set on some CI and
# sandbox machines): without it each test worker, and each process a test starts, compiles the project again, and
# pytest rewrites the asserts of every test module again (7 s of collection per worker instead of 3.5 s).
unexport PYTHONDONTWRITEBYTECODE
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run dev test test-fast lint copies bench install install-dev messages browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

## make run: set everything up and serve the demo site on http://127.0.0.1:8000 (admin at /admin/)
## the way production serves it: gunicorn, DEBUG off, the collected static files (settings: website/settings/local.py).
run: export DJANGO_SETTINGS_MODULE = website.settings.local
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) compile_translations
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) load_demo_content
	$(BIN)/gunicorn --config gunicorn.conf.py --bind 127.0.0.1:8000

## make dev: the same site on Django's development server, with DEBUG on and reloading on every code change.
dev: install
	$(MANAGE) migrate --noinput
	$(MANAGE) compile_translations
	$(MANAGE) load_demo_content
	$(MANAGE) runserver 127.0.0.1:8000

## make test: lint, Django checks, translation check, then the whole suite with the browser tests.
test: lint browser
	$(BIN)/pytest

## make test-fast: the same checks and every test but the browser ones (about 2 minutes), for the inner loop.
## Each worker takes whole modules, largest first, so a module's shared pages and shop are built once, not on
## both workers, and one worker takes every module that reads the demo content, so only it loads the demo
## (`--dist loadgroup`, groups in tests/workers.py; `make test` keeps `--dist load`, which sends the browser
## tests last to each worker). It starts from the last run's migrated database while no migration has changed
## (tests/migrated_schema.py).
test-fast: lint
	$(BIN)/pytest --ignore=tests/browser --dist loadgroup --reuse-schema

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) makemigrations --check --dry-run
	$(MANAGE) compile_translations --check
	$(MAKE) --no-print-directory copies

## make copies: no logic copied between the education library and the print catalogue (issue 10). pylint's
## duplicate-code check reads the Python; its symilar reads the templates (and always exits 0, so awk fails on a find).
## Both at pylint's default length: a block of more than 4 lines alike, not counting comments, docstrings and imports
## (signatures count too, so a short function copied whole is found).
copies: install-dev
	$(BIN)/pylint --disable=all --enable=duplicate-code --score=n --ignore=migrations --min-similarity-lines=4 \
		--ignore-comments=y --ignore-docstrings=y --ignore-imports=y --ignore-signatures=n education resources
	$(BIN)/symilar -d 4 $$(find templates/education templates/resources templates/components -name '*.html' | sort) | \
		awk '{ print } / similar lines in / { found = 1 } END { exit found }'

## make bench: a cached page against a static file from the same gunicorn, and each page type's render time.
bench: install
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y wrk; } || \
		{ echo "make bench needs wrk: sudo apt-get install wrk"; exit 1; }
	$(BIN)/python scripts/bench.py

## make browser: a Chromium for the browser tests (Debian's package, or Playwright's own where it can download).
browser: install-dev
	@sh .ci/ensure-chromium $(BIN)

## make messages: collect new interface strings into locale/fr (needs GNU gettext), then compile the .mo.
messages: install-dev
	$(MANAGE) makemessages --locale fr --no-location --no-obsolete --ignore ".venv/*" --ignore "tests/*"
	$(MANAGE) compile_translations

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
