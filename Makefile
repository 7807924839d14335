# Two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= out

.PHONY: demo test lint format chromium bench clean train-attribution

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

## Retrain the shipped attribution tagger (graph/data/attribution) from PolNeAR train,
## checked on dev: about 10 minutes of CPU. POLNEAR= points at PolNeAR's data/
POLNEAR ?= ../shared/datasets/polnear/data
EVAL_ARTICLES ?= ../shared/eval/articles
ATTRIBUTION_STEPS ?= 1400
ATTRIBUTION_RUN ?= training/runs/shipped
train-attribution: $(VENV)/.installed
	$(BIN)/python -m training.convert $(POLNEAR)/train training/corpus/train.spacy --exclude $(EVAL_ARTICLES)
	$(BIN)/python -m training.convert $(POLNEAR)/dev training/corpus/dev.spacy --exclude $(EVAL_ARTICLES)
	$(BIN)/python -m spacy train training/attribution.cfg --code training/functions.py \
		--output $(ATTRIBUTION_RUN) --training.max_steps $(ATTRIBUTION_STEPS) \
		--paths.pipeline $$($(BIN)/python -c "from graph.nlp import default_pipeline_name as d; print(d())")
	cp graph/data/attribution/MODEL_CARD.md $(ATTRIBUTION_RUN)/model-best/
	rm -rf graph/data/attribution
	cp -r $(ATTRIBUTION_RUN)/model-best graph/data/attribution
	@echo "shipped $(ATTRIBUTION_RUN)/model-best as graph/data/attribution; update graph/data/attribution/MODEL_CARD.md scores"

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
