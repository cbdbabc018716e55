# Bootstrap targets: each creates .venv with the pinned dependencies if it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test run crawl bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/basewatch demo

test: $(STAMP)
	$(BIN)/python -m pytest

run: $(STAMP)
	$(BIN)/basewatch run

crawl: $(STAMP)
	$(BIN)/basewatch crawl --once

bench: $(STAMP)
	$(BIN)/python bench/detection.py
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/dedup.py

clean:
	rm -rf $(VENV) var
