# Two commands for a newcomer: `make demo` and `make test` (each creates .venv and installs).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
GEO    := $(VENV)/bin/geo
STAMP  := $(VENV)/.installed-stamp
EVAL   ?= ../shared/eval

.PHONY: install demo test lint eval bench index browser clean

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

EXAMPLE := data/examples/sumy-kursk-bodies.txt
# Three short dated articles written for the project: one map with a time control.
CORPUS  := data/examples/front-week.jsonl

demo: index
	mkdir -p maps
	$(GEO) map $(EXAMPLE) -o maps/sumy-kursk-bodies.html \
		--geojson maps/sumy-kursk-bodies.geojson --svg maps/sumy-kursk-bodies.svg
	$(GEO) report $(EXAMPLE) -o maps/sumy-kursk-bodies.report.html
	$(GEO) map --jsonl $(CORPUS) -o maps/front-week.html --geojson maps/front-week.geojson
	$(GEO) report --jsonl $(CORPUS) -o maps/front-week.report.html

lint: install
	$(VENV)/bin/ruff check geo tests benchmarks scripts

# Headless Chromium for the browser tests (installed when missing and root).
browser:
	bash scripts/ensure-chromium.sh

test: index lint browser
	$(VENV)/bin/pytest

# Scores the parser and the geotext baseline on ../shared/eval (dev part).
eval: index
	$(GEO) eval --eval-dir $(EVAL) --markdown docs/EVALUATION.md

bench: index
	$(PY) benchmarks/bench_gazetteer.py
	$(PY) benchmarks/bench_parser.py
	$(PY) benchmarks/bench_map.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis
