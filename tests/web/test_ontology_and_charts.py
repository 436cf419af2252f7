"""The ontology documentation and the charts' data, from the real server, checked against the
ontology file and the store."""

from __future__ import annotations

import json
from pathlib import Path

import html5lib
import pyoxigraph as ox
import pytest
import rdflib
from webclient import fetch

from ccpcj_kg.model.namespaces import CCPCJ, PREFIXES

TESTS = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.server
ROOT = TESTS.parent
PREFIX = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))


def test_every_term_of_the_ontology_is_documented(web: str) -> None:
    reply = fetch(f"{web}/ontology")
    html5lib.HTMLParser(strict=True).parse(reply.body)
    onto = rdflib.Graph().parse(ROOT / "ontology" / "ccpcj.ttl")
    owl = rdflib.OWL
    terms = {str(s) for kind in (owl.Class, owl.ObjectProperty, owl.DatatypeProperty, owl.AnnotationProperty)
             for s in onto.subjects(rdflib.RDF.type, kind) if str(s).startswith(CCPCJ)}
    assert len(terms) > 100
    for iri in terms:
        assert f'id="{iri[len(CCPCJ):]}"' in reply.text, iri
    section = reply.text.split('<section class="term" id="sponsor">')[1].split("</section>")[0]
    assert '<dt>domain</dt><dd><a href="/ontology#Sponsorship">' in section
    assert '<dt>range</dt><dd><a href="/ontology#State">' in section
    assert "ccpcjsh:SponsorshipShape" in section and "one sponsor (ccpcj:sponsor)" in section
    definition = str(onto.value(rdflib.URIRef(CCPCJ + "sponsor"), rdflib.SKOS.definition))
    assert definition[:40] in section
    state = reply.text.split('<section class="term" id="State">')[1].split("</section>")[0]
    assert "subclasses" in state and 'href="/ontology#MemberState"' in state
    turtle = fetch(f"{web}/ontology.ttl")
    assert turtle.body == (ROOT / "ontology" / "ccpcj.ttl").read_bytes()


def test_cosponsorship_network_data(web: str, kg: ox.Store) -> None:
    data = json.loads(fetch(f"{web}/charts/cosponsorship.json?session=31").body)
    sponsors = kg.query(PREFIX + """SELECT (COUNT(DISTINCT ?state) AS ?n) WHERE {
        ?doc ccpcj:atSession session:31 . ?sp ccpcj:sponsorshipOf ?doc ; ccpcj:sponsor ?state .
        ?state a ccpcj:State }""",
                        use_default_graph_as_union=True)
    assert len(data["nodes"]) == int(next(iter(sponsors))["n"].value)  # type: ignore[call-overload, index]
    pairs = kg.query(PREFIX + """SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?a ?b WHERE {
        ?doc ccpcj:atSession session:31 .
        ?x ccpcj:sponsorshipOf ?doc ; ccpcj:sponsor ?a . ?y ccpcj:sponsorshipOf ?doc ; ccpcj:sponsor ?b .
        ?a a ccpcj:State . ?b a ccpcj:State . FILTER(STR(?a) < STR(?b)) } } }""", use_default_graph_as_union=True)
    assert len(data["edges"]) == int(next(iter(pairs))["n"].value)  # type: ignore[call-overload, index]
    kenya = next(n for n in data["nodes"] if n["label"] == "Kenya")
    assert kenya["group"].endswith("/regional-group/african-states") and kenya["texts"] == 2
    assert all(e["weight"] >= 1 for e in data["edges"])
    page = fetch(f"{web}/charts/cosponsorship?session=31")
    html5lib.HTMLParser(strict=True).parse(page.body)
    assert 'data-src="/charts/cosponsorship.json?session=31"' in page.text and "vendor/d3/d3.min.js" in page.text


def test_timeline_data(web: str) -> None:
    events = json.loads(fetch(f"{web}/charts/timeline.json").body)["events"]
    session31 = next(e for e in events if e["id"].endswith("/session/31"))
    assert session31["start"] == "2022-05-16" and session31["chair"]
    kyoto = next(e for e in events if e["id"].endswith("/congress/14"))
    assert kyoto["place"] == "Kyoto" and kyoto["host"] == "Japan"
    starts = [str(e["start"] or "9999") for e in events]
    assert starts == sorted(starts)


def test_statements_by_item_and_mode(web: str, kg: ox.Store) -> None:
    data = json.loads(fetch(f"{web}/charts/statements.json?session=31").body)
    total = sum(sum(item["counts"].values()) for item in data["items"])
    expected = kg.query(PREFIX + """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?st ?item ?mode WHERE {
        ?st a ccpcj:Statement ; ccpcj:atSession session:31 ; ccpcj:underAgendaItem ?item .
        OPTIONAL { ?st ccpcj:mode ?m } BIND(COALESCE(STR(?m), "") AS ?mode) } }""", use_default_graph_as_union=True)
    assert total == int(next(iter(expected))["n"].value)  # type: ignore[call-overload, index]
    assert "in-person" in data["modes"] and data["items"][0]["item"] == "3"
    distinct = kg.query(PREFIX + """SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {
        ?st a ccpcj:Statement ; ccpcj:atSession session:31 ; ccpcj:underAgendaItem ?item }""",
                        use_default_graph_as_union=True)
    assert data["statements"] == int(next(iter(distinct))["n"].value) <= total  # type: ignore[call-overload, index]
    assert fetch(f"{web}/charts/nothing").status == 404
