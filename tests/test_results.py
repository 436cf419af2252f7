"""Result formats: SPARQL results JSON/CSV/TSV, markdown, terminal tables with labels, yes/no, Turtle."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from ccpcj_kg.errors import InputError
from ccpcj_kg.results import MAX_CELL, Answer, collect, compact, render, store_labeler, values

ID = "https://w3id.org/ccpcj-kg/id/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
KEN, SPONSOR = ox.NamedNode(ID + "state/KEN"), ox.NamedNode("https://w3id.org/ccpcj-kg/ontology#sponsor")
DOC = ox.NamedNode(ID + "document/E_CN.15_2022_L.2")


@pytest.fixture
def store() -> ox.Store:
    s = ox.Store()
    g = ox.NamedNode("https://w3id.org/ccpcj-kg/graph/data/t")
    s.add(ox.Quad(DOC, SPONSOR, KEN, g))
    s.add(ox.Quad(KEN, ox.NamedNode(RDFS + "label"), ox.Literal("Kenya", language="en"), g))
    s.add(ox.Quad(DOC, ox.NamedNode(ID + "note"), ox.Literal('says "hi",\tthen | pipes\nand more'), g))
    s.add(
        ox.Quad(DOC, ox.NamedNode(ID + "count"), ox.Literal("14", datatype=ox.NamedNode(XSD + "integer")), g)
    )
    return s


def select(store: ox.Store) -> Answer:
    q = (
        f"SELECT ?doc ?who ?note ?n ?missing WHERE {{ ?doc <{SPONSOR.value}> ?who ; "
        f"<{ID}note> ?note ; <{ID}count> ?n }}"
    )
    return collect(store.query(q, use_default_graph_as_union=True))


def test_json_is_sparql_results_json(store: ox.Store) -> None:
    doc = json.loads(render(select(store), "json"))
    assert doc["head"]["vars"] == ["doc", "who", "note", "n", "missing"]
    (row,) = doc["results"]["bindings"]
    assert row["who"] == {"type": "uri", "value": KEN.value}
    assert row["note"] == {"type": "literal", "value": 'says "hi",\tthen | pipes\nand more'}
    assert row["n"] == {"type": "literal", "value": "14", "datatype": XSD + "integer"}
    assert "missing" not in row  # unbound variables are left out
    label = collect(
        store.query(f"SELECT ?l WHERE {{ <{KEN.value}> <{RDFS}label> ?l }}", use_default_graph_as_union=True)
    )
    assert json.loads(render(label, "json"))["results"]["bindings"][0]["l"]["xml:lang"] == "en"


def test_csv_has_a_header_and_iris(store: ox.Store) -> None:
    text = render(select(store), "csv", labeler=store_labeler(store))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows == [
        {
            "doc": DOC.value,
            "who": KEN.value,
            "note": 'says "hi",\tthen | pipes\nand more',
            "n": "14",
            "missing": "",
        }
    ]
    assert text.startswith("doc,who,note,n,missing\r\n")


def test_csv_with_labels(store: ox.Store) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(render(select(store), "csv", labeler=store_labeler(store), show_iris=False))
        )
    )
    assert rows[0]["who"] == "Kenya"
    assert rows[0]["doc"] == "doc:E_CN.15_2022_L.2"  # no label: the prefixed name


def test_tsv_writes_terms(store: ox.Store) -> None:
    lines = render(select(store), "tsv").splitlines()
    assert lines[0] == "?doc\t?who\t?note\t?n\t?missing"
    cells = lines[1].split("\t")
    assert cells[1] == f"<{KEN.value}>"
    assert cells[2] == '"says \\"hi\\",\\tthen | pipes\\nand more"'
    assert cells[3] == f'"14"^^<{XSD}integer>'
    assert cells[4] == ""


def test_table_shows_labels_unless_iris(store: ox.Store) -> None:
    labelled = render(select(store), "table", labeler=store_labeler(store))
    assert "Kenya" in labelled and KEN.value not in labelled
    assert "doc:E_CN.15_2022_L.2" in labelled  # no label: shortened, never a bare full IRI
    assert labelled.rstrip().endswith("(1 row)")
    assert "\n" not in labelled.splitlines()[2]  # multi-line values are flattened
    with_iris = render(select(store), "table", labeler=store_labeler(store), show_iris=True)
    assert "state:KEN" in with_iris and "Kenya" not in with_iris


def test_table_cuts_long_cells_md_does_not(store: ox.Store) -> None:
    long = "x" * (MAX_CELL + 20)
    answer = collect(store.query(f'SELECT ?v WHERE {{ BIND("{long}" AS ?v) }}'))
    assert ("x" * (MAX_CELL - 1) + "…") in render(answer, "table")
    assert long in render(answer, "md")


def test_markdown_escapes_pipes(store: ox.Store) -> None:
    md = render(select(store), "md", labeler=store_labeler(store))
    lines = md.splitlines()
    assert lines[0] == "| doc | who | note | n | missing |"
    assert lines[1] == "|---|---|---|---|---|"
    assert "then \\| pipes and more" in lines[2] and "Kenya" in lines[2]


def test_empty_answer(store: ox.Store) -> None:
    answer = collect(store.query("SELECT ?x WHERE { ?x <urn:none> ?y }"))
    assert render(answer, "table").splitlines()[-1] == "(no rows)"
    assert render(answer, "csv") == "x\r\n"
    assert json.loads(render(answer, "json")) == {"head": {"vars": ["x"]}, "results": {"bindings": []}}


def test_ask(store: ox.Store) -> None:
    yes = collect(store.query("ASK { ?s ?p ?o }", use_default_graph_as_union=True))
    no = collect(store.query("ASK { ?s <urn:none> ?o }", use_default_graph_as_union=True))
    assert render(yes, "table") == "yes\n" and render(no, "csv") == "no\n"
    assert json.loads(render(no, "json")) == {"head": {}, "boolean": False}


def test_construct_is_canonical_turtle(store: ox.Store) -> None:
    answer = collect(store.query("CONSTRUCT WHERE { ?s ?p ?o }", use_default_graph_as_union=True))
    text = render(answer, "ttl")
    assert text == render(answer, "table")
    assert "@prefix state: <https://w3id.org/ccpcj-kg/id/state/> ." in text
    parsed = list(ox.parse(text.encode(), ox.RdfFormat.TURTLE))
    assert len(parsed) == 4


@pytest.mark.parametrize(
    ("query", "fmt", "message"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "ttl", "ttl is for CONSTRUCT"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "csv", "use --format ttl"),
        ("SELECT * WHERE { ?s ?p ?o }", "rdfxml", "unknown format 'rdfxml'"),
            ("CONSTRUCT WHERE { ?s ?p ?o }", "xml", "use --format ttl"),
    ],
)
def test_format_mismatches_are_input_errors(store: ox.Store, query: str, fmt: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        render(collect(store.query(query)), fmt)


def test_compact_and_values(store: ox.Store) -> None:
    assert compact(ID + "state/KEN") == "state:KEN"
    assert compact("http://example.org/x") == "http://example.org/x"
    assert values(select(store))[0]["who"] == KEN.value


# -- SPARQL Query Results XML ---------------------------------------------------------------------
TRICKY = ox.Literal('a & b < c > d "q"\r\nline\ttab é')


def _tricky_answer() -> Answer:
    return Answer("select", variables=["s", "b", "lang", "typed", "plain", "unbound"], rows=[
        [KEN, ox.BlankNode("b0"), ox.Literal("Kenya", language="en"),
         ox.Literal("14", datatype=ox.NamedNode(XSD + "integer")), TRICKY, None],
        [DOC, None, None, None, ox.Literal(""), None],
    ])


def test_xml_round_trips_through_rdflib() -> None:
    import rdflib
    from rdflib.query import Result

    answer = _tricky_answer()
    parsed = Result.parse(io.StringIO(render(answer, "xml")), format="xml")
    assert [str(v) for v in parsed.vars] == answer.variables
    rows = [list(r) for r in parsed]  # type: ignore[arg-type]
    assert rows[0][0] == rdflib.URIRef(KEN.value)
    assert isinstance(rows[0][1], rdflib.BNode) and str(rows[0][1]) == "b0"
    assert rows[0][2] == rdflib.Literal("Kenya", lang="en")
    assert rows[0][3] == rdflib.Literal("14", datatype=rdflib.XSD.integer)
    assert rows[0][4] == rdflib.Literal(TRICKY.value)  # &, <, >, quotes, CR LF, tab, non-ASCII kept
    assert rows[0][5] is None and rows[1][1:4] == [None, None, None]
    assert rows[1][4] == rdflib.Literal("")


def test_xml_round_trips_through_oxigraph() -> None:
    """A second, independent parser: the terms come back identical."""
    answer = _tricky_answer()
    parsed = ox.parse_query_results(render(answer, "xml").encode(), format=ox.QueryResultsFormat.XML)
    assert isinstance(parsed, ox.QuerySolutions)
    assert [v.value for v in parsed.variables] == answer.variables
    assert [[s[i] for i in range(len(answer.variables))] for s in parsed] == answer.rows


def test_xml_from_a_store_query_and_ask(store: ox.Store) -> None:
    text = render(select(store), "xml")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">')
    parsed = ox.parse_query_results(text.encode(), format=ox.QueryResultsFormat.XML)
    assert isinstance(parsed, ox.QuerySolutions)
    assert [[s[i] for i in range(5)] for s in parsed] == select(store).rows
    for query, expected in (("ASK { ?s ?p ?o }", True), ("ASK { <urn:nothing> ?p ?o }", False)):
        xml = render(collect(store.query(query, use_default_graph_as_union=True)), "xml")
        boolean = ox.parse_query_results(xml.encode(), format=ox.QueryResultsFormat.XML)
        assert isinstance(boolean, ox.QueryBoolean) and bool(boolean) is expected
