"""The real ``ccpcj-kg serve`` for the web tests: one server per session over the session's store,
with small limits (5 s per query, 2 MB per answer) so the limit tests finish quickly."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import servers
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from webclient import ARTEFACTS, MAX_RESULT_BYTES, QUERY_TIMEOUT

TESTS = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def web(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL (``http://127.0.0.1:PORT``) of a running ``ccpcj-kg serve``."""
    server = servers.web_server(
        tmp_path_factory.mktemp("web"), store_path,
        "--query-timeout", str(QUERY_TIMEOUT), "--max-result-bytes", str(MAX_RESULT_BYTES),
    )
    server.start()
    try:
        yield server.base
    finally:
        server.stop()


PLANTED = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .
<https://w3id.org/ccpcj-kg/id/state/XSS> a ccpcj:State ;
    rdfs:label "<script>alert('planted')</script>"@en ;
    skos:altLabel "\\"><img src=x onerror=alert(2)>"@en ;
    skos:note "</dd></dl><script src=//evil.example/x.js></script>"@en ;
    ccpcj:iso3166Alpha3 "XSS" .
"""


@pytest.fixture(scope="session")
def planted_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a copy of the inputs with a State whose names and note are HTML/script."""
    home = tmp_path_factory.mktemp("planted-home")
    for folder in ("ontology", "data", "queries"):
        shutil.copytree(TESTS.parent / folder, home / folder)
    (home / "data" / "planted.ttl").write_text(PLANTED, encoding="utf-8")
    store = home / "store"
    env = {**os.environ, "CCPCJ_KG_HOME": str(home)}
    done = subprocess.run([servers.installed_cli(), "--store", str(store), "build", "--reason", "none"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    server = servers.web_server(tmp_path_factory.mktemp("planted-web"), store, env={"CCPCJ_KG_HOME": str(home)})
    server.start()
    try:
        yield server.base
    finally:
        server.stop()


FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000")


def system_binary(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError(f"{names[0]} is not installed: run `make browser` (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="session")
def browser() -> Iterator[webdriver.Chrome]:
    options = Options()
    options.binary_location = system_binary("chromium", "chromium-browser")
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=system_binary("chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


