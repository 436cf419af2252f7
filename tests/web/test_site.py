"""``ccpcj-kg site -o DIR``: a page (with .ttl and .jsonld) for every ``/id/`` resource, every
internal link resolving, valid HTML, the same Turtle as the server, VoID and sitemap, and a
non-empty folder refused without touching it."""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import html5lib
import pyoxigraph as ox
import pytest
import rdflib
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from ccpcj_kg.model.namespaces import ID

TESTS = Path(__file__).resolve().parent.parent
for folder in (TESTS, TESTS / "web"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
from linkcheck import broken_links  # noqa: E402
from webclient import ARTEFACTS, fetch  # noqa: E402

Run = Callable[..., subprocess.CompletedProcess[str]]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(run_cli: Run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site") / "public"
    done = run_cli("site", "-o", str(folder), "--endpoint", "https://query.example.org/sparql")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote ")
    return folder


def id_subjects(kg: ox.Store) -> set[str]:
    return {q.subject.value for q in kg.quads_for_pattern(None, None, None, None)
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ID)}


def test_a_page_for_every_resource(site: Path, kg: ox.Store) -> None:
    expected = {iri[len(ID):] for iri in id_subjects(kg)}
    pages = {p.relative_to(site / "id").as_posix()[: -len(".html")] for p in (site / "id").rglob("*.html")}
    assert pages == expected and len(pages) > 2000
    for path in expected:
        assert (site / "id" / f"{path}.ttl").is_file() and (site / "id" / f"{path}.jsonld").is_file(), path


def test_every_internal_link_resolves(site: Path) -> None:
    assert broken_links(site) == []


def test_html_validates(site: Path) -> None:
    """Every page that is not an entity page, and every 8th entity page (html5lib, strict)."""
    others = [p for p in site.rglob("*.html") if "id" not in p.relative_to(site).parts[:1]]
    entities = sorted((site / "id").rglob("*.html"))[::8]
    assert len(others) > 50 and len(entities) > 250
    parser = html5lib.HTMLParser(strict=True)
    for page in others + entities:
        parser.parse(page.read_bytes())


def test_same_turtle_as_the_server_and_valid_json_ld(site: Path, web: str) -> None:
    for path in ("state/KEN", "document/E_CN.15_2022_L.2", "document/E_2022_30/para/84"):
        assert (site / "id" / f"{path}.ttl").read_bytes() == fetch(f"{web}/id/{path}.ttl").body
        graph = rdflib.Graph().parse(site / "id" / f"{path}.jsonld", format="json-ld")
        assert (rdflib.URIRef(ID + path), rdflib.RDF.type, None) in graph


def test_saved_query_answers_and_charts(site: Path, web: str) -> None:
    assert (site / "queries" / "sponsors-of-document.csv").read_bytes() == \
        fetch(f"{web}/queries/sponsors-of-document.csv").body
    assert "Kenya" in (site / "queries" / "sponsors-of-document.html").read_text(encoding="utf-8")
    assert (site / "charts" / "cosponsorship-31.json").is_file()
    chart = (site / "charts" / "cosponsorship-31.html").read_text(encoding="utf-8")
    assert 'data-src="cosponsorship-31.json"' in chart and 'src="../static/vendor/d3/d3.min.js"' in chart
    editor = (site / "sparql-editor.html").read_text(encoding="utf-8")
    assert "https://query.example.org/sparql" in editor


def test_void_and_sitemap(site: Path, kg: ox.Store) -> None:
    count = len(id_subjects(kg))
    void = rdflib.Graph().parse(site / "void.ttl")
    (entities,) = void.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#entities"))
    assert int(entities) == count  # type: ignore[call-overload]
    urls = ET.parse(site / "sitemap.xml").getroot()
    assert len(urls) == count + 4


def test_a_non_empty_folder_is_refused_untouched(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    done = run_cli("site", "-o", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "not empty" in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_static_search_and_chart_in_a_browser(site: Path, browser: webdriver.Chrome) -> None:
    """The site served as plain files (Python's http.server on loopback): the search page finds
    Czechia by "Czech Republic" in the browser, its page opens, and a chart draws from its JSON."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        browser.get(f"{base}/search.html?q=Czech+Republic")
        WebDriverWait(browser, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#search-hits li a")))
        first = browser.find_element(By.CSS_SELECTOR, "#search-hits li a")
        assert first.text == "Czechia"
        first.click()
        WebDriverWait(browser, 30).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Czechia"))
        assert browser.current_url == f"{base}/id/state/CZE.html"
        browser.get(f"{base}/charts/cosponsorship-31.html")
        WebDriverWait(browser, 30).until(
            EC.presence_of_element_located((By.CSS_SELECTOR, "#chart[data-drawn='true'] svg")))
        assert len(browser.find_elements(By.CSS_SELECTOR, "#chart svg g.nodes circle")) > 30
        browser.save_screenshot(str(ARTEFACTS / "12-static-site-chart.png"))
        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
    finally:
        httpd.shutdown()
        httpd.server_close()
