"""Quality-control queries (queries/qc/*.rq) must return no rows on the built graph.

One parametrized test per query file; a failure prints the offending rows.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

QC_DIR = Path(__file__).resolve().parent.parent / "queries" / "qc"
QC_FILES = sorted(QC_DIR.glob("*.rq"))


def test_the_qc_suite_is_not_empty() -> None:
    assert {p.stem for p in QC_FILES} >= {
        "undeclared-ccpcj-terms", "label-count", "iri-patterns", "date-literals",
        "disjoint-types", "missing-provenance", "dangling-references",
    }


@pytest.mark.parametrize("qc_file", QC_FILES, ids=[p.stem for p in QC_FILES])
def test_qc_query_returns_no_rows(qc_file: Path, kg: ox.Store) -> None:
    result = kg.query(qc_file.read_text(encoding="utf-8"))
    variables = [v.value for v in result.variables]  # type: ignore[union-attr]
    rows = [
        {v: (row[v].value if row[v] is not None else None) for v in variables}
        for row in result  # type: ignore[union-attr]
    ]
    shown = "\n".join(str(r) for r in rows[:50])
    assert not rows, f"{qc_file.name}: {len(rows)} offending rows (first 50):\n{shown}"


FIXTURES = Path(__file__).resolve().parent / "qc_fixtures"
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "ccpcj.ttl"


def _expected(fixture: Path) -> set[str]:
    return {
        line.split("expect:", 1)[1].strip()
        for line in fixture.read_text(encoding="utf-8").splitlines()
        if line.startswith("# expect:")
    }


@pytest.mark.parametrize("qc_file", QC_FILES, ids=[p.stem for p in QC_FILES])
def test_qc_query_catches_its_planted_error(qc_file: Path) -> None:
    """Each QC query fires on a small data file that breaks its rule, on exactly the bad nodes."""
    fixture = FIXTURES / f"{qc_file.stem}.ttl"
    assert fixture.exists(), f"no planted-error fixture for {qc_file.name}"
    store = ox.Store()
    store.load(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("https://w3id.org/ccpcj-kg/graph/ontology"))
    header = fixture.read_text(encoding="utf-8")
    graphs = ["inferred"] if "# graph: inferred" in header else []
    if not graphs or "# also: data" in header:
        graphs.append("data/fixture")
    for graph in graphs:
        store.load(path=str(fixture), format=ox.RdfFormat.TURTLE,
                   to_graph=ox.NamedNode(f"https://w3id.org/ccpcj-kg/graph/{graph}"))
    result = store.query(qc_file.read_text(encoding="utf-8"))
    first = result.variables[0]  # type: ignore[union-attr]
    found = {row[first].value for row in result}  # type: ignore[union-attr]
    assert found == _expected(fixture)
