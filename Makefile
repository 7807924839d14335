# Two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= out

.PHONY: demo test lint format chromium bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

## Build the example article into $(OUT)/ and print the paths.
demo: $(VENV)/.installed
	$(BIN)/stancegraph build examples/security_guarantees.txt -o $(OUT)
	@echo "open $(abspath $(OUT))/graph.html in a browser; query $(abspath $(OUT))/graph.ttl with: $(BIN)/stancegraph query $(OUT)/graph.ttl -f ontology/queries/actors.rq"

## Debian's Chromium, for the browser tests (Playwright drives /usr/bin/chromium).
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check graph tests benchmarks
	$(BIN)/ruff format --check graph tests benchmarks
	$(BIN)/mypy graph benchmarks

format: $(VENV)/.dev-installed
	$(BIN)/ruff format graph tests benchmarks
	$(BIN)/ruff check --fix graph tests benchmarks

## Install the dev extra and Chromium, lint and type-check, then run the whole suite.
test: $(VENV)/.dev-installed chromium
	$(BIN)/ruff check graph tests benchmarks
	$(BIN)/mypy graph benchmarks
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
