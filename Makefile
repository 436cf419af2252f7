# Two commands do all the set-up on a fresh machine with python3 and make:
#   make demo   — virtual environment, install, build the graph, validate it, answer saved queries
#   make test   — install the test extras and the real servers the tests start, run the suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export CCPCJ_KG_STORE ?= $(CURDIR)/.cache/store

.PHONY: demo test install install-test servers owl-tools browser jena vendor lint typecheck bench clean help

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

# Real servers for the store tests (tests/servers.py starts them on free loopback ports):
# - the Oxigraph server: the `oxigraph` command of the PyPI package `oxigraph` (test extras);
# - Virtuoso Open Source 7: Debian's `virtuoso-opensource`, installed when `virtuoso-t` is missing.
#   Non-interactive: debconf's administrator-password question is preseeded empty (the tests make
#   their own fresh database, whose login is dba/dba), and `env` carries DEBIAN_FRONTEND past sudo.
VIRTUOSO_PRESEED := virtuoso-opensource-7 virtuoso-opensource-7/dba-password
servers: install-test
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  echo "installing virtuoso-opensource (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  printf '$(VIRTUOSO_PRESEED) password \n$(VIRTUOSO_PRESEED)-again password \n' \
	    | $$SUDO debconf-set-selections && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null; }
	@command -v virtuoso-t >/dev/null 2>&1 || { echo "virtuoso-t is still missing after the install" >&2; exit 1; }
	@test -x $(BIN)/oxigraph || { echo "$(BIN)/oxigraph is missing: the test extras did not install it" >&2; exit 1; }
	@echo "servers: $$(command -v virtuoso-t), $(BIN)/oxigraph"

# The OWL checks of tests/test_owl_profiles.py: a JDK (runs tests/owl/ProfileCheck.java) and the
# OWL API (Debian's libowlapi-java) for the OWL 2 RL/DL profile checkers; HermiT comes with the
# PyPI package owlready2 (test extras) and needs the same Java.
owl-tools:
	@{ command -v javac >/dev/null 2>&1 && test -f /usr/share/java/owlapi-api.jar; } || { \
	  echo "installing a JDK and libowlapi-java (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jdk-headless libowlapi-java >/dev/null; }
	@test -f /usr/share/java/owlapi-api.jar || { echo "libowlapi-java is still missing after the install" >&2; exit 1; }

# The browser tests drive Debian's Chromium through its chromedriver (Selenium, test extras).
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || { \
	  echo "installing chromium and chromium-driver (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }
	@command -v chromedriver >/dev/null 2>&1 || { echo "chromedriver is still missing after the install" >&2; exit 1; }

# Re-vendor the query page's and charts' JavaScript from the npm registry (pinned versions).
vendor:
	sh scripts/vendor_js.sh

# Lint and types first: they take seconds and name the line at fault.
test: install-test servers owl-tools browser
	$(BIN)/ruff check ccpcj_kg tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check ccpcj_kg tests bench scripts

typecheck: install-test
	$(BIN)/mypy

# The anchor of bench/validate_all_bench.py: Apache Jena SHACL from Debian (libapache-jena-java,
# with a JDK); the bench locates the jars under /usr/share/java. The tests do not need it.
jena:
	@{ command -v java >/dev/null 2>&1 && test -f /usr/share/java/jena-shacl.jar; } || { \
	  echo "installing libapache-jena-java (Debian)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless libapache-jena-java >/dev/null; }
	@test -f /usr/share/java/jena-shacl.jar || { echo "libapache-jena-java is still missing after the install" >&2; exit 1; }

bench: install-test jena
	@for b in bench/*_bench.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf .cache .pytest_cache .mypy_cache .ruff_cache
