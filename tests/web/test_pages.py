"""Entity pages, search and the server's safety, through real HTTP requests (``curl``-style).

- content negotiation on ``/id/…``: HTML for browsers and ``*/*``; Turtle, JSON-LD, N-Triples and
  RDF/XML by ``Accept`` or suffix, each parsed and compared with the store; 406 and 404;
- a page shows the label, alternative names, kinds, facts, incoming links and source passages;
- search finds a State by an alternative name (Czech Republic → Czechia), accent-insensitively;
- a planted label with ``<script>`` renders inert on every page that shows it;
- ``/static`` cannot be escaped; no route accepts a write.
"""

from __future__ import annotations

import http.client
import json
import urllib.parse
from pathlib import Path

import html5lib
import pyoxigraph as ox
import pytest
import rdflib
from webclient import fetch

pytestmark = pytest.mark.server

KEN = "https://w3id.org/ccpcj-kg/id/state/KEN"


def assert_valid_html(body: bytes) -> None:
    """html5lib's strict parser raises on any parse error (unclosed tags, stray end tags, …)."""
    html5lib.HTMLParser(strict=True).parse(body)


def kenya_triples(kg: ox.Store) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in kg.quads_for_pattern(ox.NamedNode(KEN), None, None, None)}


@pytest.mark.parametrize(
    ("accept", "rdflib_format", "media"),
    [("text/turtle", "turtle", "text/turtle"), ("application/ld+json", "json-ld", "application/ld+json"),
     ("application/n-triples", "nt", "application/n-triples"), ("application/rdf+xml", "xml", "application/rdf+xml"),
     ("text/turtle;q=0.9, text/html;q=0.1", "turtle", "text/turtle")],
)
def test_machines_get_rdf_by_accept(web: str, kg: ox.Store, accept: str, rdflib_format: str, media: str) -> None:
    reply = fetch(f"{web}/id/state/KEN", headers={"Accept": accept})
    assert reply.status == 200
    assert reply.headers["content-type"].startswith(media)
    assert "Accept" in reply.headers.get("vary", "")
    graph = rdflib.Graph().parse(data=reply.body, format=rdflib_format)
    got = {(f"<{s}>", f"<{p}>", o.n3() if not isinstance(o, rdflib.URIRef) else f"<{o}>") for s, p, o in graph}
    expected = kenya_triples(kg)
    assert {(s, p) for s, p, _ in got} == {(s, p) for s, p, _ in expected}
    assert len(graph) == len(expected)
    assert (rdflib.URIRef(KEN), rdflib.RDFS.label, rdflib.Literal("Kenya", lang="en")) in graph


@pytest.mark.parametrize(("suffix", "media"), [(".ttl", "text/turtle"), (".jsonld", "application/ld+json"),
                                               (".nt", "application/n-triples"), (".html", "text/html")])
def test_suffix_picks_the_format_whatever_accept_says(web: str, suffix: str, media: str) -> None:
    reply = fetch(f"{web}/id/state/KEN{suffix}", headers={"Accept": "text/html"})
    assert reply.status == 200 and reply.headers["content-type"].startswith(media)
    assert b"Kenya" in reply.body


def test_turtle_is_the_canonical_form(web: str) -> None:
    first = fetch(f"{web}/id/state/KEN.ttl").body
    assert first == fetch(f"{web}/id/state/KEN", headers={"Accept": "text/turtle"}).body
    assert first.startswith(b"@prefix ") and b'rdfs:label "Kenya"@en' in first


def test_browsers_and_curl_get_html(web: str) -> None:
    for accept in ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", None):
        reply = fetch(f"{web}/id/state/KEN", headers={"Accept": accept} if accept else {})
        assert reply.status == 200 and reply.headers["content-type"].startswith("text/html")
    assert fetch(f"{web}/id/state/KEN", headers={"Accept": "image/png"}).status == 406
    missing = fetch(f"{web}/id/state/NOWHERE")
    assert missing.status == 404 and b"Not found" in missing.body
    assert fetch(f"{web}/id/state/NOWHERE.ttl").status == 404


def test_kenya_page_shows_facts_links_and_sources(web: str) -> None:
    reply = fetch(f"{web}/id/state/KEN")
    body = reply.text
    assert_valid_html(reply.body)
    assert "<h1>Kenya</h1>" in body
    assert "Republic of Kenya" in body  # its alternative name
    assert 'href="/ontology#MemberState"' in body  # kind, linked to the ontology docs
    assert "ISO 3166-1 alpha-3 code" in body and ">KEN<" in body  # a fact under its property's label
    # incoming: the sponsorship that names Kenya, with the paragraph it comes from
    link = '<a href="/id/document/E_CN.15_2022_L.2/sponsorship/ken">Sponsorship of E/CN.15/2022/L.2 by Kenya</a>'
    assert link in body
    assert '<a class="passage" href="/id/document/E_2022_30/para/84">E/2022/30, para. 84</a>' in body
    assert "sponsor of" in body
    # the sponsorship's page links the document and the passage, which links its document
    sponsorship = fetch(f"{web}/id/document/E_CN.15_2022_L.2/sponsorship/ken").text
    assert 'href="/id/document/E_CN.15_2022_L.2"' in sponsorship
    assert 'href="/id/document/E_2022_30/para/84"' in sponsorship
    passage = fetch(f"{web}/id/document/E_2022_30/para/84").text
    assert 'href="/id/document/E_2022_30"' in passage
    assert ">source of</dt>" in passage and "Sponsorship of E/CN.15/2022/L.2 by Kenya" in passage


def test_search_by_alternative_name(web: str) -> None:
    reply = fetch(f"{web}/search?" + urllib.parse.urlencode({"q": "Czech Republic"}))
    assert_valid_html(reply.body)
    first = reply.text.split('<ol class="hits">')[1].split("</li>")[0]
    assert '<a href="/id/state/CZE">Czechia</a>' in first and "Czech Republic" in first
    turkiye = fetch(f"{web}/search?q=turkiye", headers={"Accept": "application/json"})
    assert turkiye.headers["content-type"].startswith("application/json")
    hits = json.loads(turkiye.body)
    assert hits[0] == {"iri": "https://w3id.org/ccpcj-kg/id/state/TUR", "label": "Türkiye", "matched": "Türkiye"}
    assert fetch(f"{web}/search?q=").status == 200
    french = json.loads(fetch(f"{web}/search?" + urllib.parse.urlencode({"q": "Tchéquie"}),
                              headers={"Accept": "application/json"}).body)
    assert french[0]["label"] == "Czechia"  # a name in another language, shown under the English label


def test_planted_script_is_inert_everywhere(planted_web: str) -> None:
    pages = [
        fetch(f"{planted_web}/id/state/XSS"),
        fetch(f"{planted_web}/search?" + urllib.parse.urlencode({"q": "planted"})),
        fetch(f"{planted_web}/search?" + urllib.parse.urlencode({"q": "<script>alert(1)</script>"})),
        fetch(f"{planted_web}/queries/state-names?" + urllib.parse.urlencode({"state": "XSS"})),
    ]
    for reply in pages:
        assert reply.status == 200, reply.text
        body = reply.text
        assert "<script>alert" not in body and "<img src=x" not in body and "evil.example/x.js></script>" not in body
        assert_valid_html(reply.body)
    assert "&lt;script&gt;alert(&#39;planted&#39;)&lt;/script&gt;" in pages[0].text
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in pages[0].text
    assert "&lt;script&gt;alert(&#39;planted&#39;)&lt;/script&gt;" in pages[1].text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[2].text  # the search text echoed, escaped
    assert "&lt;script&gt;alert(&#39;planted&#39;)" in pages[3].text  # in a saved query's table


def raw_get(base: str, path: str) -> tuple[int, bytes]:
    """A GET with the path sent exactly as written (no client-side normalisation of ``..``)."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.mark.parametrize("path", [
    "/static/../web/app.py", "/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/static/..%2f..%2fpyproject.toml", "/static/vendor/../../app.py", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/....//....//pyproject.toml",
])
def test_static_files_cannot_escape_their_folder(web: str, path: str) -> None:
    status, body = raw_get(web, path)
    assert status == 404, (path, status)
    assert b"[project]" not in body and b"root:" not in body and b"starlette" not in body


def test_static_files_are_served(web: str) -> None:
    status, body = raw_get(web, "/static/site.css")
    assert status == 200 and b"--accent" in body
    status, body = raw_get(web, "/static/vendor/d3/d3.min.js")
    assert status == 200 and body.startswith(b"// https://d3js.org v7.9.0")


def test_no_route_accepts_writes(web: str, store_path: Path) -> None:
    before = sorted((p.name, p.stat().st_size) for p in (store_path / "oxigraph").iterdir() if p.is_file())
    manifest = (store_path / "build.json").read_bytes()
    for path in ("/", "/id/state/KEN", "/search", "/queries", "/queries/sessions", "/openapi.json", "/static/site.css"):
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            assert fetch(f"{web}{path}", method=method, data=b"x=1").status == 405, (method, path)
    assert (store_path / "build.json").read_bytes() == manifest
    after = sorted((p.name, p.stat().st_size) for p in (store_path / "oxigraph").iterdir() if p.is_file())
    assert [n for n, _ in after if n.endswith(".sst")] == [n for n, _ in before if n.endswith(".sst")]


def test_security_headers(web: str) -> None:
    reply = fetch(f"{web}/id/state/KEN")
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in reply.headers["content-security-policy"]


def test_long_incoming_lists_say_how_many_are_left_out(web: str, kg: ox.Store) -> None:
    at_session = {q.subject.value for q in kg.quads_for_pattern(
        None, ox.NamedNode("https://w3id.org/ccpcj-kg/ontology#atSession"),
        ox.NamedNode("https://w3id.org/ccpcj-kg/id/session/31"), None)}
    assert len(at_session) > 200
    body = fetch(f"{web}/id/session/31").text
    assert f"… and {len(at_session) - 200} more" in body


def test_a_deprecated_iri_points_to_its_replacement(web: str, kg: ox.Store) -> None:
    deprecated = ox.NamedNode("http://www.w3.org/2002/07/owl#deprecated")
    replaced = ox.NamedNode("http://purl.org/dc/terms/isReplacedBy")
    old = sorted(q.subject.value for q in kg.quads_for_pattern(None, deprecated, None, None))
    assert old, "the graph has deprecated IRIs (data/deprecated.ttl)"
    path = old[0].removeprefix("https://w3id.org/ccpcj-kg/id/")
    body = fetch(f"{web}/id/{path}").text
    assert "This identifier is deprecated" in body
    for q in kg.quads_for_pattern(ox.NamedNode(old[0]), replaced, None, None):
        assert f'href="/id/{q.object.value.removeprefix("https://w3id.org/ccpcj-kg/id/")}"' in body
    assert "deprecated" not in fetch(f"{web}/id/state/KEN").text
