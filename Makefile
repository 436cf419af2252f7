# Two commands do all the set-up on a fresh machine with python3 and make:
#   make demo   — virtual environment, install, build the graph, validate it, answer saved queries
#   make test   — install the test extras and the real servers the tests start, run the suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export CCPCJ_KG_STORE ?= $(CURDIR)/.cache/store

.PHONY: demo test install install-test servers lint typecheck bench clean help

help:
	@echo "make demo    build the graph, validate it and print saved query answers"
	@echo "make test    install test extras and servers, run the whole suite"
	@echo "make lint    ruff; make typecheck: mypy; make bench: benchmarks"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when pyproject.toml changes (the stamp records the last install).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/ccpcj-kg build
	$(BIN)/ccpcj-kg stats
	$(BIN)/ccpcj-kg validate --all
	$(BIN)/ccpcj-kg query officers-of-session --param session=31
	$(BIN)/ccpcj-kg query sponsors-of-document --param document=E/CN.15/2022/L.2
	$(BIN)/ccpcj-kg query speakers-under-agenda-item --param session=31 --param item=4

# Real servers for the store tests: the Oxigraph server comes with the test extras (PyPI
# package `oxigraph`); Virtuoso Open Source 7 from Debian when it is missing.
servers:
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  echo "installing virtuoso-opensource (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq virtuoso-opensource >/dev/null; }

test: install-test servers
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check ccpcj_kg tests bench scripts

typecheck: install-test
	$(BIN)/mypy

bench: install-test
	@for b in bench/*_bench.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf .cache .pytest_cache .mypy_cache .ruff_cache
