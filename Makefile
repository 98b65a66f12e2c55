# One command to run, one to test. Both set up a local virtualenv first (idempotent).
# Each installs only what it needs: `run` the bot's own dependencies, `test` adds the test extra,
# `bench` the bench extra; a stamp per extra redoes an install only when pyproject.toml changes.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# --no-compile: modules are compiled when first imported instead of all at install, which keeps
# the virtualenv about 40 MB smaller (most of numpy, babel and the platforms' code is never imported
# by a given run). The version check would ask the package index about pip on every install.
PIP := $(BIN)/pip install --quiet --disable-pip-version-check --no-compile

.PHONY: run test lint bench setup clean catalogs golden

$(VENV)/pyvenv.cfg:
	$(PY) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(VENV)/pyvenv.cfg
	$(PIP) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed-run
	$(PIP) -e '.[test]'
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-run
	$(PIP) -e '.[bench]'
	touch $@

setup: $(VENV)/.installed-run

## Start the bot: Telegram/Discord when their tokens are set, otherwise the console chat over seeds/.
run: $(VENV)/.installed-run
	$(BIN)/memorial-bot run

## Set up and run the whole test suite (lint included).
test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	bash tests/setup-postgres.sh
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

## Re-extract the messages from bot/ and adapters/ and merge them into each language's catalog
## (bot/i18n/locales/*/LC_MESSAGES/messages.po); new and changed messages then need translating.
LOCALES := bot/i18n/locales
catalogs: $(VENV)/.installed-run
	$(BIN)/pybabel extract -F babel.cfg -k N_ -c TRANSLATORS: --add-location=file --sort-by-file \
		--project memorial-bot --no-wrap -o $(LOCALES)/messages.pot .
	$(BIN)/pybabel update -i $(LOCALES)/messages.pot -d $(LOCALES) --previous --no-wrap --ignore-obsolete
	$(BIN)/pybabel compile --statistics -d $(LOCALES) -f --use-fuzzy 2>&1 | grep -v '^compiling' || true
	rm -f $(LOCALES)/*/LC_MESSAGES/messages.mo

## Rewrite the golden replies (tests/golden/<platform>/<language>/) from what the bot answers now;
## then read `git diff tests/golden` in each language before committing it.
golden: $(VENV)/.installed-test
	MEMORIAL_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden_telegram.py tests/on_discord/test_discord_golden.py

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/lookup.py

clean:
	rm -rf $(VENV)
