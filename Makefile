# Two commands do everything on a fresh machine: `make site` and `make test`.
PYTHON_FOR_VENV := $(shell scripts/find-python)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: site test lint docs clean system-deps golden bench-deps

$(STAMP): requirements.lock pyproject.toml
	@test -n "$(PYTHON_FOR_VENV)" || { scripts/find-python; exit 1; }
	$(PYTHON_FOR_VENV) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

site: $(STAMP)
	$(PY) build_site.py

docs: $(STAMP)
	$(PY) build_site.py docs

system-deps:
	scripts/install-system-deps

# Lint first: CI runs `make test` (.ci/run), so the code stays as ruff checks and formats it.
test: $(STAMP) system-deps lint
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check akhbar tests bench build_site.py
	$(PY) -m ruff format --check akhbar tests bench build_site.py

# The benchmark's MkDocs anchor (bench/anchors.py): MkDocs, Material and mkdocs-static-i18n
# in their own venv, bench/.venv-anchor; Hugo and Pagefind come with the project's lock.
bench-deps: $(STAMP)
	$(PY) bench/anchors.py deps

golden: $(STAMP)
	AKHBAR_UPDATE_GOLDEN=1 $(PY) -m pytest tests/test_golden.py -q

clean:
	rm -rf site build .pytest_cache
