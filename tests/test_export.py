"""Exports: byte-identical for the same input, graphs kept where the format can, every format
parses back (with rdflib and with pyoxigraph) to the graph the store holds."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from ccpcj_kg.export import DATASET_FORMATS, FORMATS, selected_graphs, write_export
from ccpcj_kg.model.namespaces import GRAPH_INFERRED
from ccpcj_kg.store import build

RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld",
                 "xml": "xml"}
OX_FORMAT = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
             "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}


def _export(store: ox.Store, fmt: str, which: tuple[str, ...] = ("all",)) -> str:
    buf = io.StringIO()
    write_export(store, fmt, which, buf)
    return buf.getvalue()


def _expected(store: ox.Store, which: tuple[str, ...], keep_graphs: bool) -> rdflib.Dataset:
    quads = [q for g in selected_graphs(store, which) for q in store.quads_for_pattern(None, None, None, g)]
    if not keep_graphs:
        quads = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]
    ds = rdflib.Dataset()
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    return ds


def _same(a: rdflib.Dataset, b: rdflib.Dataset) -> bool:
    names = {g.identifier for g in a.graphs() if len(g)} | {g.identifier for g in b.graphs() if len(g)}
    return all(isomorphic(a.graph(n), b.graph(n)) for n in names)


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_is_byte_identical_and_round_trips_with_rdflib(fmt: str, kg: ox.Store) -> None:
    first = _export(kg, fmt)
    assert first == _export(kg, fmt)
    keep = fmt in DATASET_FORMATS
    back = rdflib.Dataset()
    back.parse(data=first, format=RDFLIB_FORMAT[fmt])
    if not keep:  # triple formats land in rdflib's default graph
        merged = rdflib.Dataset()
        for t in back.triples((None, None, None)):
            merged.add(t)
        back = merged
    assert _same(back, _expected(kg, ("all",), keep))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_with_pyoxigraph_to_the_same_size(fmt: str, kg: ox.Store) -> None:
    text = _export(kg, fmt)
    parsed = list(ox.parse(text.encode(), format=OX_FORMAT[fmt]))
    graphs = selected_graphs(kg, ("all",))
    if fmt in DATASET_FORMATS:
        expected = sum(len(list(kg.quads_for_pattern(None, None, None, g))) for g in graphs)
        assert {q.graph_name.value for q in parsed} == {g.value for g in graphs}  # type: ignore[union-attr]
    else:
        expected = len({(q.subject, q.predicate, q.object)
                        for g in graphs for q in kg.quads_for_pattern(None, None, None, g)})
    assert len(parsed) == expected


def test_asserted_export_holds_no_inferred_triples(kg: ox.Store) -> None:
    text = _export(kg, "nquads", ("asserted",))
    assert GRAPH_INFERRED not in text
    assert "/graph/ontology>" not in text and "/graph/shapes>" not in text
    assert text.count("\n") == sum(
        len(list(kg.quads_for_pattern(None, None, None, g))) for g in selected_graphs(kg, ("asserted",)))


def test_a_rebuild_from_the_same_inputs_exports_the_same_bytes(tmp_path: Path) -> None:
    outputs = []
    for n in (1, 2):
        build(tmp_path / f"s{n}")
        store = ox.Store.read_only(str(tmp_path / f"s{n}" / "oxigraph"))
        outputs.append({fmt: _export(store, fmt) for fmt in FORMATS})
    assert outputs[0] == outputs[1]


def test_output_file_is_written_atomically_and_bad_options_leave_it_alone(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kg.trig"
    done = run_cli("export", "--format", "trig", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_text().startswith("@prefix ")
    assert [p.name for p in tmp_path.iterdir()] == ["kg.trig"]  # no temporary file left behind
    target.write_text("previous")
    bad = run_cli("export", "--graphs", "nonsense", "-o", str(target))
    assert bad.returncode == 2 and target.read_text() == "previous"


@pytest.mark.parametrize("which", [("asserted",), ("all",)])
@pytest.mark.parametrize("fmt", ["nquads", "ntriples"])
def test_line_exports_equal_canonicalising_everything(fmt: str, which: tuple[str, ...], kg: ox.Store) -> None:
    """Canonicalising only the quads with blank nodes gives the bytes of canonicalising the whole dataset."""
    from ccpcj_kg.export import _canonical_quads

    with_graph = fmt == "nquads"
    reference = "".join(
        f"{q.subject} {q.predicate} {q.object}{f' {q.graph_name}' if with_graph else ''} .\n"
        for q in _canonical_quads(kg, selected_graphs(kg, which), keep_graphs=with_graph)
    )
    assert "_:c14n" in reference  # the real data has blank nodes (inline intervals)
    assert _export(kg, fmt, which) == reference
