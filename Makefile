# Two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= out

.PHONY: demo test lint format chromium bench docs clean train-attribution cue-words attribution-filter

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

## Build the example article into $(OUT)/; the build ends by saying what to open and ask.
demo: $(VENV)/.installed
	$(BIN)/stancegraph build examples/security_guarantees.txt -o $(OUT)
	@echo "(stancegraph is $(BIN)/stancegraph; source $(BIN)/activate to call it by name)"

## Debian's Chromium, for the browser tests (Playwright drives /usr/bin/chromium).
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check graph tests benchmarks tools training
	$(BIN)/ruff format --check graph tests benchmarks tools training
	$(BIN)/mypy graph benchmarks tools training

format: $(VENV)/.dev-installed
	$(BIN)/ruff format graph tests benchmarks tools training
	$(BIN)/ruff check --fix graph tests benchmarks tools training

## Install the dev extra and Chromium, lint and type-check, then run the whole suite.
test: $(VENV)/.dev-installed chromium
	$(BIN)/ruff check graph tests benchmarks tools training
	$(BIN)/mypy graph benchmarks tools training
	$(BIN)/python -m pytest

## Retrain the shipped attribution tagger (graph/data/attribution) and its cue table from PolNeAR train,
## checked on dev: about 40 minutes of CPU. POLNEAR= points at PolNeAR's data/
POLNEAR ?= ../shared/datasets/polnear/data
EVAL_ARTICLES ?= ../shared/eval/articles
ATTRIBUTION_STEPS ?= 5000
ATTRIBUTION_RUN ?= training/runs/shipped
train-attribution: $(VENV)/.installed
	$(BIN)/python -m training.convert $(POLNEAR)/train training/corpus/train.spacy --exclude $(EVAL_ARTICLES)
	$(BIN)/python -m training.convert $(POLNEAR)/dev training/corpus/dev.spacy --exclude $(EVAL_ARTICLES)
	$(BIN)/python -m spacy train training/attribution_cnn.cfg --code training/functions.py \
		--output $(ATTRIBUTION_RUN) --training.max_steps $(ATTRIBUTION_STEPS) \
		--paths.pipeline $$($(BIN)/python -c "from graph.nlp import default_pipeline_name as d; print(d())")
	cp graph/data/attribution/MODEL_CARD.md $(ATTRIBUTION_RUN)/model-best/
	rm -rf graph/data/attribution
	cp -r $(ATTRIBUTION_RUN)/model-best graph/data/attribution
	$(MAKE) cue-words
	@echo "shipped $(ATTRIBUTION_RUN)/model-best as graph/data/attribution; update graph/data/attribution/MODEL_CARD.md scores"

## Retrain the attribution check (graph/data/attribution/filter.json, which
## --attribution checked and the default, both, run) from PolNeAR train: parses the split once into
## training/corpus/filter_train (about 30 CPU minutes; kept, so a rerun only refits), then
## fits a logistic regression in a few minutes. Rerun after the rules or cue-words change.
attribution-filter: $(VENV)/.installed
	$(BIN)/python -m training.parse_cache $(POLNEAR)/train training/corpus/filter_train --exclude $(EVAL_ARTICLES)
	$(BIN)/python -m training.attribution_filter training/corpus/filter_train $(POLNEAR)/train graph/data/attribution/filter.json

## Regenerate docs/reference, every console output in README.md and docs/, and
## docs/evaluation.md (when ../shared is there); tests/test_docs.py checks they are current.
docs: $(VENV)/.installed
	$(BIN)/python -m tools.make_docs

## Every benchmark in one run; the output is also kept in benchmarks/results/.
bench: $(VENV)/.installed
	mkdir -p benchmarks/results
	bash -o pipefail -c '$(BIN)/python -m benchmarks | tee benchmarks/results/$$(date -u +%Y-%m-%dT%H%MZ).txt'

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info

## Rebuild only the cue table the rules and the tagger's filter read
## (graph/data/attribution/cue_words.tsv) from PolNeAR train: about a minute
cue-words: $(VENV)/.installed
	$(BIN)/python -m training.cue_words $(POLNEAR)/train graph/data/attribution/cue_words.tsv --exclude $(EVAL_ARTICLES)
