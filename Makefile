# Yanlu (言录) — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint bench eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: setup
	@$(PY) -m bot.launch

test: setup
	$(PY) -m pytest -q

lint: setup
	$(PY) -m ruff check retrieval bot tests bench

bench: setup
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'  # tantivy, for the scale suite
	$(PY) -m bench

eval: setup
	$(PY) -m retrieval eval

clean:
	rm -rf $(VENV) .cache .pytest_cache
