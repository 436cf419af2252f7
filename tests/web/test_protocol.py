"""``/sparql`` of the real server, driven by real clients (SPARQLWrapper, rdflib's SPARQLStore,
plain HTTP): every result format, CONSTRUCT, ASK, the dataset parameters, the service
description, a syntax error with its position, updates and SERVICE refused, and the limits.

Expected answers come from the embedded store the server reads (the session's ``kg``)."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from webclient import MAX_RESULT_BYTES, QUERY_TIMEOUT, fetch

from ccpcj_kg.model.namespaces import GRAPH, PREFIXES

pytestmark = pytest.mark.server

PREFIX = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))
AFRICAN = PREFIX + """SELECT ?state ?code WHERE {
  ?state ccpcj:inRegionalGroup group:african-states ; ccpcj:iso3166Alpha3 ?code .
} ORDER BY ?code"""
STATES_GRAPH = GRAPH + "data/reference/states"


def local_codes(kg: ox.Store) -> list[str]:
    result = kg.query(AFRICAN, use_default_graph_as_union=True)
    return [row["code"].value for row in result]  # type: ignore[union-attr, index]


def wrapper(web: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{web}/sparql")
    client.setReturnFormat(fmt)
    return client


def test_select_in_every_result_format(web: str, kg: ox.Store) -> None:
    expected = local_codes(kg)
    assert len(expected) > 40 and "KEN" in expected

    client = wrapper(web, JSON)
    client.setQuery(AFRICAN)
    doc = client.queryAndConvert()
    assert [b["code"]["value"] for b in doc["results"]["bindings"]] == expected  # type: ignore[index]

    client = wrapper(web, XML)
    client.setQuery(AFRICAN)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    raw = client.query().response.read()
    root = ET.fromstring(raw)
    codes = [lit.text for lit in root.iter(f"{ns}literal")]
    assert codes == expected

    client = wrapper(web, CSV)
    client.setQuery(AFRICAN)
    rows = list(csv.DictReader(io.StringIO(client.queryAndConvert().decode("utf-8"))))  # type: ignore[union-attr]
    assert [r["code"] for r in rows] == expected
    assert rows[0]["state"].startswith("https://w3id.org/ccpcj-kg/id/state/")

    client = wrapper(web, TSV)
    client.setQuery(AFRICAN)
    lines = client.queryAndConvert().decode("utf-8").splitlines()  # type: ignore[union-attr]
    assert lines[0] == "?state\t?code"
    assert [line.split("\t")[1].strip('"') for line in lines[1:]] == expected


def test_get_post_form_and_post_direct_agree(web: str) -> None:
    query = PREFIX + 'SELECT ?s WHERE { ?s ccpcj:iso3166Alpha3 "KEN" }'
    accept = {"Accept": "application/sparql-results+json"}
    by_get = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": query}), headers=accept)
    by_form = fetch(f"{web}/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                    headers={**accept, "Content-Type": "application/x-www-form-urlencoded"})
    direct = fetch(f"{web}/sparql", data=query.encode(),
                   headers={**accept, "Content-Type": "application/sparql-query"})
    for reply in (by_get, by_form, direct):
        assert reply.status == 200
        assert reply.headers["content-type"].startswith("application/sparql-results+json")
        assert json.loads(reply.body)["results"]["bindings"] == [
            {"s": {"type": "uri", "value": "https://w3id.org/ccpcj-kg/id/state/KEN"}}
        ]


@pytest.mark.parametrize(
    ("media", "rdflib_format"),
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
     ("application/rdf+xml", "xml")],
)
def test_construct_in_every_graph_format(web: str, kg: ox.Store, media: str, rdflib_format: str) -> None:
    query = PREFIX + ("CONSTRUCT { ?s rdfs:label ?l } "
                      "WHERE { ?s ccpcj:inRegionalGroup group:african-states ; rdfs:label ?l }")
    expected = {(t.subject.value, t.object.value) for t in kg.query(query, use_default_graph_as_union=True)}  # type: ignore[union-attr]
    reply = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": media})
    assert reply.status == 200, reply.text
    assert reply.headers["content-type"].startswith(media)
    graph = rdflib.Graph().parse(data=reply.body, format=rdflib_format)
    assert {(str(s), str(o)) for s, _, o in graph} == expected
    assert ("https://w3id.org/ccpcj-kg/id/state/KEN", "Kenya") in expected


def test_describe_and_ask(web: str) -> None:
    client = wrapper(web, JSON)
    client.setQuery(PREFIX + 'ASK { state:KEN rdfs:label "Kenya"@en }')
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]
    client.setQuery(PREFIX + 'ASK { state:KEN rdfs:label "Narnia"@en }')
    assert client.queryAndConvert()["boolean"] is False  # type: ignore[index]
    reply = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": PREFIX + "DESCRIBE state:KEN"}),
                  headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=reply.body, format="turtle")
    ken = rdflib.URIRef(PREFIXES["state"] + "KEN")
    assert (ken, rdflib.RDFS.label, rdflib.Literal("Kenya", lang="en")) in graph


def test_rdflib_sparqlstore_reads_the_endpoint(web: str, kg: ox.Store) -> None:
    graph = rdflib.Graph(store=SPARQLStore(f"{web}/sparql", returnFormat="json"))
    rows = list(graph.query(AFRICAN))
    assert [str(row.code) for row in rows] == local_codes(kg)  # type: ignore[union-attr]


def test_dataset_parameters(web: str, kg: ox.Store) -> None:
    count = PREFIX + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?kind }"
    union = json.loads(fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": count}),
                             headers={"Accept": "application/json"}).body)
    only_states = json.loads(fetch(
        f"{web}/sparql?" + urllib.parse.urlencode({"query": count, "default-graph-uri": STATES_GRAPH}),
        headers={"Accept": "application/json"}).body)
    n_union = int(union["results"]["bindings"][0]["n"]["value"])
    n_states = int(only_states["results"]["bindings"][0]["n"]["value"])
    in_graph = PREFIX + f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH <{STATES_GRAPH}> {{ ?s a ?kind }} }}"
    expected = int(next(iter(kg.query(in_graph)))["n"].value)  # type: ignore[call-overload, index]
    assert n_states == expected and n_union > n_states > 195  # the 195 States and their passages

    named = PREFIX + "SELECT DISTINCT ?g WHERE { GRAPH ?g { state:KEN ?p ?o } }"
    reply = fetch(f"{web}/sparql?" + urllib.parse.urlencode(
        {"query": named, "named-graph-uri": STATES_GRAPH}), headers={"Accept": "application/json"})
    assert [b["g"]["value"] for b in json.loads(reply.body)["results"]["bindings"]] == [STATES_GRAPH]


def test_service_description(web: str) -> None:
    reply = fetch(f"{web}/sparql", headers={"Accept": "text/turtle"})
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=reply.body, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.endpoint, rdflib.URIRef(f"{web}/sparql")) in graph
    assert (None, sd.name, rdflib.URIRef(STATES_GRAPH)) in graph
    browser = fetch(f"{web}/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert browser.status == 200 and b"<html" in browser.body  # followed the redirect to the query page


def test_syntax_error_is_400_with_line_and_column(web: str) -> None:
    client = wrapper(web, JSON)
    client.setQuery("SELECT ?s\nWHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed):
        client.queryAndConvert()
    reply = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s\nWHERE { ?s ?p }"}))
    assert reply.status == 400
    assert "SPARQL syntax error at line 2, column 16" in reply.text


def test_updates_are_refused_and_nothing_changes(web: str) -> None:
    insert = PREFIX + 'INSERT DATA { state:KEN rdfs:label "Planted"@en }'
    as_form = fetch(f"{web}/sparql", data=urllib.parse.urlencode({"update": insert}).encode(),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    as_body = fetch(f"{web}/sparql", data=insert.encode(), headers={"Content-Type": "application/sparql-update"})
    as_query = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": insert}))
    assert (as_form.status, as_body.status, as_query.status) == (403, 403, 400)
    assert "read-only" in as_form.text
    for method in ("PUT", "DELETE", "PATCH"):
        assert fetch(f"{web}/sparql", method=method, data=b"x").status == 405
    client = SPARQLWrapper(f"{web}/sparql")
    client.setMethod("POST")
    client.setQuery(insert)
    with pytest.raises(Exception, match=r"403|Forbidden|Unauthorized|access"):
        client.query()
    ask = PREFIX + 'ASK { state:KEN rdfs:label "Planted"@en }'
    check = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": ask}), headers={"Accept": "application/json"})
    assert json.loads(check.body)["boolean"] is False


def test_service_is_refused_but_the_word_in_a_string_is_not(web: str) -> None:
    federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    reply = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": federated}))
    assert reply.status == 403 and "SERVICE" in reply.text
    lower = "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": lower})).status == 403
    innocent = 'SELECT ?x WHERE { BIND("SERVICE <x> { }" AS ?x) } # SERVICE in a comment'
    ok = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": innocent}), headers={"Accept": "text/csv"})
    assert ok.status == 200 and ok.text.splitlines()[1] == "SERVICE <x> { }"


def test_unacceptable_format_is_406(web: str) -> None:
    reply = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}), headers={"Accept": "image/png"})
    assert reply.status == 406 and "application/sparql-results+json" in reply.text


def test_answers_over_the_size_limit_are_refused(web: str) -> None:
    everything = "SELECT * WHERE { ?s ?p ?o }"  # ~25,000 triples: far more than 2 MB as XML
    reply = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": everything}),
                  headers={"Accept": "application/sparql-results+xml"})
    assert reply.status == 500
    assert f"larger than the limit of {MAX_RESULT_BYTES:,} bytes" in reply.text


@pytest.mark.slow
def test_a_heavy_query_is_stopped_and_blocks_nothing_else(web: str) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 10^13 rows
    outcome: dict[str, object] = {}

    def run_heavy() -> None:
        start = time.monotonic()
        outcome["reply"] = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": heavy}))
        outcome["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=run_heavy)
    thread.start()
    time.sleep(0.5)
    # While it runs: an entity page, a search and another query all answer.
    start = time.monotonic()
    page = fetch(f"{web}/id/state/KEN")
    other = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}),
                  headers={"Accept": "application/json"})
    meanwhile = time.monotonic() - start
    thread.join(timeout=QUERY_TIMEOUT + 60)
    assert page.status == 200 and other.status == 200
    assert meanwhile < QUERY_TIMEOUT, "a heavy query held up other requests"
    reply = outcome["reply"]
    assert isinstance(reply, type(page)) and reply.status == 500
    assert "time limit" in reply.text
    assert QUERY_TIMEOUT <= float(outcome["seconds"]) < QUERY_TIMEOUT + 30  # type: ignore[arg-type]
    again = fetch(f"{web}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}),
                  headers={"Accept": "application/json"})
    assert json.loads(again.body)["boolean"] is True  # the replaced worker answers


def test_oversized_bodies_are_refused(web: str) -> None:
    huge = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 1_200_000
    reply = fetch(f"{web}/sparql", data=huge, headers={"Content-Type": "application/sparql-query"})
    assert reply.status == 413 and "larger than 1,000,000 bytes" in reply.text
    wrong = fetch(f"{web}/sparql", data=b"query=ASK{}", headers={"Content-Type": "text/plain"})
    assert wrong.status == 415
