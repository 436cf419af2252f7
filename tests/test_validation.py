"""The SHACL shapes, run on valid and invalid examples in the context of the shipped graph.

Every file under tests/shapes/invalid/ lists, in ``# expect: Shape <focus>`` header lines, the
shapes that must fire and on which focus node (``inside <IRI>`` for a blank node written inline in
that thing); nothing else may fire. Every file under tests/shapes/valid/ must give no result at all.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from ccpcj_kg.model.namespaces import SHAPES
from ccpcj_kg.rdflib_bridge import QueryCachingGraph, to_oxigraph, to_rdflib
from ccpcj_kg.validation import read_new_data, validate_new
from ccpcj_kg.validation_context import context_for, ontology_slices
from ccpcj_kg.validation_outcome import Outcome
from ccpcj_kg.validation_report import FileIndex, as_json, as_text, as_turtle

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "shapes"
VALID = sorted((FIXTURES / "valid").glob("*.ttl"))
INVALID = sorted((FIXTURES / "invalid").glob("*.ttl"))
NEXT_SESSION = FIXTURES / "next-session" / "session-34.ttl"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
_EXPECT = re.compile(r"^# expect: (\S+) (inside )?<([^>]*)>\s*$", re.MULTILINE)
_BASE = re.compile(r"^@base <([^>]*)>", re.MULTILINE)

Expectation = tuple[str, str]  # (shape local name, focus IRI or "inside <IRI>")


def expectations(path: Path) -> set[Expectation]:
    text = path.read_text(encoding="utf-8")
    base = _BASE.search(text)
    out = set()
    for shape, inside, iri in _EXPECT.findall(text):
        full = iri if "://" in iri else (base.group(1) if base else "") + iri
        out.add((shape, f"inside {full}" if inside else full))
    return out


def observed(outcome: Outcome) -> set[Expectation]:
    out = set()
    for f in outcome.findings:
        if isinstance(f.focus, rdflib.BNode):
            parent = next(iter(outcome.data.subjects(None, f.focus)))
            while isinstance(parent, rdflib.BNode):
                parent = next(iter(outcome.data.subjects(None, parent)))
            out.add((f.shape, f"inside {parent}"))
        else:
            out.add((f.shape, str(f.focus)))
    return out


def run(kg: ox.Store, *paths: Path) -> Outcome:
    return validate_new(kg, read_new_data(list(paths)))


@pytest.mark.parametrize("path", VALID + INVALID, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shapes_fire_exactly_as_expected(kg: ox.Store, path: Path) -> None:
    """Valid examples give no result; invalid ones fire exactly the expected shapes on the expected nodes."""
    outcome = run(kg, path)
    expected = expectations(path)
    if path.parent.name == "valid":
        assert not expected, "valid examples expect nothing"
        assert outcome.findings == [], as_text(outcome, "info")
        assert outcome.conforms
    else:
        assert expected, f"{path.name} has no '# expect:' lines"
        assert observed(outcome) == expected, as_text(outcome, "info")
        violations = any(f.severity == "Violation" for f in outcome.findings)
        assert outcome.conforms is not violations


def _named_shapes() -> dict[str, rdflib.URIRef]:
    g = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    shapes = set(g.subjects(rdflib.RDF.type, SH.NodeShape)) | set(g.subjects(rdflib.RDF.type, SH.PropertyShape))
    return {str(s).removeprefix(SHAPES): s for s in shapes if isinstance(s, rdflib.URIRef)}


def test_every_shape_has_an_invalid_example() -> None:
    """Each shape that can fire is expected in some invalid example; containers through their parts."""
    g = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    fired = {shape for path in INVALID for shape, _ in expectations(path)}
    missing = []
    for name, node in _named_shapes().items():
        parts = [str(p).removeprefix(SHAPES) for p in g.objects(node, SH.property)]
        own = {p for _, p, _ in g.triples((node, None, None))} - {
            SH.property,
            SH.targetClass,
            SH.targetSubjectsOf,
            SH.message,
            SH.severity,
            SH.name,
            rdflib.RDF.type,
            rdflib.RDFS.label,
            rdflib.RDFS.comment,
        }
        covered = name in fired or (not own and any(p in fired for p in parts))
        if not covered:
            missing.append(name)
    assert not missing, f"shapes without an invalid example: {missing}"


def test_every_shape_has_a_valid_example() -> None:
    """Each node shape targets something in a valid example, and each property shape's path is used there."""
    g = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    data = QueryCachingGraph()
    for path in [*VALID, NEXT_SESSION]:
        data.parse(path)
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "ccpcj.ttl")
    types = {
        sup
        for t in set(data.objects(None, rdflib.RDF.type))
        for sup in ontology.transitive_objects(t, rdflib.RDFS.subClassOf)
    }
    predicates = set(data.predicates())
    missing: list[str] = []
    for name, node in _named_shapes().items():
        shape_path = g.value(node, SH.path)
        if shape_path is not None:
            if (
                isinstance(shape_path, rdflib.URIRef)
                and shape_path not in predicates
                and not g.value(node, SH.minCount)
            ):
                missing.append(name)
            continue
        targets = set(g.objects(node, SH.targetClass)) | set(g.objects(node, SH.targetSubjectsOf))
        if targets and not targets & (types | predicates):
            missing.append(name)
    assert not missing, f"shapes that no valid example exercises: {missing}"


def test_next_session_file_validates_clean(kg: ox.Store) -> None:
    outcome = run(kg, NEXT_SESSION)
    assert outcome.findings == [], as_text(outcome, "info")
    assert outcome.context_triples > 0  # States, groups, memberships came from the store


def test_context_is_bounded_by_the_new_data(kg: ox.Store) -> None:
    """The store contributes a few triples per referenced thing, not the graph."""
    new = read_new_data([NEXT_SESSION, FIXTURES / "valid" / "documents.ttl"])
    context = context_for(kg, new.triples)
    assert 0 < len(context) < len(new.triples)
    assert len(context) < len(kg) / 20
    predicates = {p.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for _, p, _ in context}
    # types of what is referenced, memberships of the officers' States, dates of session 31 and its parts
    assert {"type", "member", "organization", "startDate", "endDate", "superEvent"} <= predicates
    # only things the new data itself writes about are described in full (E/RES/155 C (VII) is in data/)
    subjects = {s for s, _, _ in new.triples}
    labelled = {s for s, p, _ in context if p.value.endswith("#label")}
    assert labelled == {ox.NamedNode("https://w3id.org/ccpcj-kg/id/document/E_RES_155_C_VII")}
    assert labelled <= subjects


def test_membership_context_catches_an_officer_in_the_wrong_group(kg: ox.Store, tmp_path: Path) -> None:
    """The officer's State's memberships come from the store (data/reference/regional-groups.ttl)."""
    text = NEXT_SESSION.read_text(encoding="utf-8").replace(
        "ccpcj:representingState state:KEN ;\n    ccpcj:officeRegionalGroup group:african-states",
        "ccpcj:representingState state:KEN ;\n    ccpcj:officeRegionalGroup group:asia-pacific-states",
    )
    path = tmp_path / "session-34.ttl"
    path.write_text(text, encoding="utf-8")
    outcome = run(kg, path)
    assert observed(outcome) == {
        ("OfficerGroupMatchesStateShape", "https://w3id.org/ccpcj-kg/id/session/34/officer/first-vice-chair")
    }


def test_existing_file_is_checked_against_the_graph_without_its_old_version(kg: ox.Store) -> None:
    """Validating a data/ file replaces its graph: its States do not clash with their own old codes."""
    path = ROOT / "data" / "reference" / "states.ttl"
    new = read_new_data([path])
    assert new.replaces_graphs == ["https://w3id.org/ccpcj-kg/graph/data/reference/states"]
    outcome = validate_new(kg, new)
    assert not [f for f in outcome.findings if f.shape == "UniqueStateCodeShape"], as_text(outcome)


def test_misspelt_term_gets_a_hint(kg: ox.Store) -> None:
    outcome = run(kg, FIXTURES / "invalid" / "generic.ttl")
    hints = {f.hint for f in outcome.findings if f.shape == "DeclaredTermShape"}
    assert hints == {"did you mean ccpcj:Person?", "did you mean ccpcj:about?"}


def test_report_locates_each_node_in_its_file(kg: ox.Store) -> None:
    path = FIXTURES / "invalid" / "states.ttl"
    outcome = run(kg, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    for f in outcome.findings:
        assert f.file == "tests/shapes/invalid/states.ttl"
        assert f.line is not None
        assert lines[f.line - 1].startswith(f"<{str(f.focus).rsplit('/id/', 1)[1]}>")
        assert f.label and f.label.startswith("Fixture State")


def test_blank_nodes_are_reported_at_their_owner(kg: ox.Store) -> None:
    path = FIXTURES / "invalid" / "groups-and-memberships.ttl"
    outcome = run(kg, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    backwards = next(f for f in outcome.findings if f.shape == "IntervalOrderShape")
    assert backwards.label == "time:Interval inside <https://w3id.org/ccpcj-kg/id/membership/fra-fixture-backwards>"
    assert backwards.line is not None
    assert lines[backwards.line - 1].startswith("<membership/fra-fixture-backwards>")


def test_text_report_groups_by_node(kg: ox.Store) -> None:
    text = as_text(run(kg, FIXTURES / "invalid" / "states.ttl"))
    block = text.split("\n\n")[0].splitlines()
    assert re.match(r"^.*invalid/states\.ttl:\d+: state:XKA  \"Fixture State A\"$", block[0])
    assert block[1].split() == ["Violation", "State-iso3166Alpha2", "ccpcj:iso3166Alpha2", "=", '"xa"']
    assert "two capital letters" in block[2]
    assert text.rstrip().splitlines()[-1].startswith("does not conform: 9 violations, 0 warnings, 0 notes")


def test_json_report_is_a_list_of_results(kg: ox.Store) -> None:
    records = json.loads(as_json(run(kg, FIXTURES / "invalid" / "provenance.ttl")))
    assert isinstance(records, list)
    assert {(r["shape"], r["focus"], r["severity"]) for r in records} == {
        ("ProvenanceShape", "https://w3id.org/ccpcj-kg/id/person/fixture-no-provenance", "Violation"),
        ("Provenance-wasDerivedFrom", "https://w3id.org/ccpcj-kg/id/person/fixture-source-not-passage", "Violation"),
    }
    assert all(set(r) >= {"message", "path", "value", "file", "line", "label"} for r in records)


def test_turtle_report_is_the_shacl_report_in_canonical_form(kg: ox.Store) -> None:
    outcome = run(kg, FIXTURES / "invalid" / "provenance.ttl")
    text = as_turtle(outcome)
    assert text == as_turtle(run(kg, FIXTURES / "invalid" / "provenance.ttl"))  # byte-stable
    g = rdflib.Graph().parse(data=text, format="turtle")
    report = g.value(None, rdflib.RDF.type, SH.ValidationReport)
    assert report is not None
    assert g.value(report, SH.conforms) == rdflib.Literal(False)
    focus = {str(g.value(r, SH.focusNode)) for r in g.objects(report, SH.result)}
    assert focus == {
        "https://w3id.org/ccpcj-kg/id/person/fixture-no-provenance",
        "https://w3id.org/ccpcj-kg/id/person/fixture-source-not-passage",
    }


def test_warnings_and_notes_do_not_fail(kg: ox.Store) -> None:
    path = FIXTURES / "invalid" / "agenda.ttl"
    outcome = run(kg, path)
    assert not outcome.conforms  # agenda.ttl has violations too; check a warning-only subset
    warning_only = [f for f in outcome.findings if f.severity != "Violation"]
    assert {f.shape for f in warning_only} == {"AgendaItem-title"}


def test_plain_strings_convert_the_same_way_as_rdflib_parses_them() -> None:
    """One conversion for data and shapes: a plain string stays plain (docs/design.md, sh:in)."""
    assert to_rdflib(ox.Literal("KEN")) == rdflib.Literal("KEN")
    assert to_rdflib(ox.Literal("x", language="en")) == rdflib.Literal("x", lang="en")
    date = ox.Literal("2022-05-20", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert to_oxigraph(to_rdflib(date)) == date
    assert to_oxigraph(to_rdflib(ox.Literal("KEN"))) == ox.Literal("KEN")


def test_sparql_texts_are_parsed_once() -> None:
    g = QueryCachingGraph()
    g.add((rdflib.URIRef("urn:a"), rdflib.RDF.type, rdflib.URIRef("urn:T")))
    query = "SELECT ?s WHERE { ?s a ?t }"
    assert len(g.query(query)) == len(g.query(query)) == 1
    assert query in QueryCachingGraph._prepared


def test_ontology_slices_declare_terms_and_subclasses(kg: ox.Store) -> None:
    slices = ontology_slices(kg)
    pairs = {(s.value, o.value) for s, p, o in slices if p.value.endswith("subClassOf")}
    assert ("https://w3id.org/ccpcj-kg/ontology#MemberState", "https://w3id.org/ccpcj-kg/ontology#State") in pairs
    declared = {s.value for s, p, _ in slices if p.value.endswith("isDefinedBy")}
    assert "https://w3id.org/ccpcj-kg/ontology#sponsor" in declared
    assert all(d.startswith("https://w3id.org/ccpcj-kg/ontology#") for d in declared)


def test_file_index_finds_prefixed_full_and_relative_spellings(tmp_path: Path) -> None:
    path = tmp_path / "x.ttl"
    path.write_text(
        "@base <https://w3id.org/ccpcj-kg/id/> .\n@prefix state: <https://w3id.org/ccpcj-kg/id/state/> .\n"
        "<session/1> a <urn:T> ; <urn:p> state:KENYA .\n"
        "state:KEN a <urn:T> .\n"
        "<https://w3id.org/ccpcj-kg/id/state/FRA> a <urn:T> .\n"
        "<session/1/meeting/2> <urn:p> <session/1> .\n",
        encoding="utf-8",
    )
    index = FileIndex(path)
    assert index.first_line("https://w3id.org/ccpcj-kg/id/state/KEN") == 4  # not state:KENYA on line 3
    assert index.first_line("https://w3id.org/ccpcj-kg/id/state/FRA") == 5
    assert index.first_line("https://w3id.org/ccpcj-kg/id/session/1") == 3
    assert index.first_line("https://w3id.org/ccpcj-kg/id/session/1/meeting/2") == 6


def _keys(outcome: Outcome) -> Counter[tuple[str | int | None, ...]]:
    """Every field a curator reads, file and line included."""
    return Counter(
        (str(f.focus), f.shape, str(f.path), str(f.value), f.severity, f.message, f.component,
         f.label, f.file, f.line, f.hint)
        for f in outcome.findings
    )


def test_a_file_with_n_findings_gives_exactly_those_n_as_pyshacl(kg: ox.Store, tmp_path: Path) -> None:
    """Single-file validation runs the compiled shapes; pySHACL (the oracle) finds the same N, placed alike."""
    n = 400
    path = tmp_path / "findings.ttl"
    head = ["@base <https://w3id.org/ccpcj-kg/id/> .", "@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .",
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", ""]
    body = [f'<person/findings-{i}> a ccpcj:Person ;\n    rdfs:label "Findings person {i}"@en .' for i in range(n)]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    new = read_new_data([path])
    ours = validate_new(kg, new)
    theirs = validate_new(kg, new, engine="pyshacl")
    assert len(ours.findings) == n
    assert sorted(f.line or 0 for f in ours.findings) == [5 + 2 * i for i in range(n)]  # each at its own node
    assert {f.file for f in ours.findings} == {str(path)}
    assert _keys(ours) == _keys(theirs)
    assert (ours.conforms, ours.checked_triples, ours.context_triples) == (
        theirs.conforms, theirs.checked_triples, theirs.context_triples)


@pytest.mark.parametrize("path", [*INVALID, NEXT_SESSION], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_compiled_and_pyshacl_place_the_same_findings(kg: ox.Store, path: Path) -> None:
    """Each invalid example: the same findings from both engines, with the same label, file:line and hint."""
    new = read_new_data([path])
    ours, theirs = validate_new(kg, new), validate_new(kg, new, engine="pyshacl")
    assert _keys(ours) == _keys(theirs)
    assert as_text(ours).split("(checked")[0] == as_text(theirs).split("(checked")[0]
