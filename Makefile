# Two commands for a newcomer: `make demo` and `make test` (each creates .venv and installs).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
GEO    := $(VENV)/bin/geo
STAMP  := $(VENV)/.installed-stamp
EVAL   ?= ../shared/eval

.PHONY: install demo test lint eval bench index clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("geo needs Python 3.11+, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[all,test]'
	touch $(STAMP)

install: $(STAMP)

# The offline gazetteer index is built once per source version into the user cache.
index: install
	$(GEO) index build

demo: index
	$(GEO) geocode Sumy
	mkdir -p maps
	$(GEO) geocode "Kursk region" --json > maps/kursk-region.json
	@echo "wrote maps/kursk-region.json"

lint: install
	$(VENV)/bin/ruff check geo tests benchmarks scripts

test: index lint
	$(VENV)/bin/pytest

# Scores the parser and the geotext baseline on ../shared/eval (dev part).
eval: index
	$(GEO) eval --eval-dir $(EVAL) --markdown docs/EVALUATION.md

bench: index
	$(PY) benchmarks/bench_gazetteer.py
	$(PY) benchmarks/bench_parser.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis
