"""Every saved SELECT query returns its rows in the order its ``order:`` header documents.

The order a reader expects is the order of what they see: an IRI column sorts by the English
label the table shows (then by the IRI, so that equal labels sort the same way every time), not
by the IRI; ``name#`` is natural order (para. 84 before para. 141); ``-name`` is descending;
``a|b`` is ``a``, or ``b`` where ``a`` is unbound (``catalog.OrderKey``). Each query runs with its
defaults on the shipped graph through the public API, and consecutive rows are compared with
the keys computed here, independently of the SPARQL. A query that orders by IRI instead of
label fails (``test_ordering_by_iri_is_caught``).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest

import ccpcj_kg
from ccpcj_kg import catalog
from ccpcj_kg import params as typed
from ccpcj_kg.api import Cell, KnowledgeGraph, Result
from ccpcj_kg.catalog import OrderKey, SavedQuery
from ccpcj_kg.querying import execute
from ccpcj_kg.store import built_reason

ROOT = Path(__file__).resolve().parents[2]
SAVED = catalog.load_all(ROOT / "queries")
SELECTS = [q for q in SAVED if re.search(r"^\s*SELECT\b", catalog._body(q.text), re.I | re.M)]
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger",
                             "positiveInteger", "short", "byte")}

Row = dict[str, Cell]


def natural(text: str) -> tuple[object, ...]:
    """The text before its last number, the number (absent first), then the whole text."""
    before = re.sub(r"[0-9]+[^0-9]*$", "", text, count=1)
    last = re.match(r"^.*?([0-9]+)[^0-9]*$", text)
    return before, (1, int(last.group(1))) if last else (0, 0), text


def literal_value(term: ox.Literal) -> tuple[object, ...]:
    if term.datatype.value in NUMERIC:
        try:
            return 0, Decimal(term.value)
        except InvalidOperation:
            pass
    return 1, term.value


def cell_key(cell: Cell | None, is_natural: bool) -> tuple[object, ...]:
    """Where a value sorts: unbound, then blank nodes, IRIs (by label, then IRI), literals."""
    if cell is None:
        return (0,)
    term = cell.term
    if isinstance(term, ox.BlankNode):
        return 1, term.value
    if isinstance(term, ox.NamedNode):
        if cell.label is None:
            return 2, 0, term.value
        return 2, 1, *(natural(cell.label) if is_natural else (cell.label,)), term.value
    assert isinstance(term, ox.Literal), term
    return (3, *natural(term.value)) if is_natural else (3, *literal_value(term))


def key_of(row: Row, key: OrderKey) -> tuple[object, ...]:
    if key.fallback is not None:  # COALESCE(STR(?a), STR(?b)): the text of the first bound one
        cell = row.get(key.column) or row.get(key.fallback)
        return (0,) if cell is None else (3, cell.value)
    return cell_key(row.get(key.column), key.natural)


def first_disorder(rows: list[Row], order: tuple[OrderKey, ...]) -> str | None:
    """The first pair of consecutive rows that the documented order puts the other way round."""
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        for key in order:
            ka, kb = key_of(a, key), key_of(b, key)
            if ka == kb:
                continue
            if (ka < kb) == key.descending:  # type: ignore[operator]
                shown = {k: str(v) for k, v in a.items()}, {k: str(v) for k, v in b.items()}
                return f"rows {i} and {i + 1} are out of order by {key}: {shown[0]} before {shown[1]}"
            break
    return None


@pytest.fixture(scope="module")
def graph(store_path: Path) -> KnowledgeGraph:
    return ccpcj_kg.open(store=store_path, home=ROOT)


def run_text(graph: KnowledgeGraph, saved: SavedQuery) -> Result:
    """Run a saved query's (possibly altered) text with its default parameters, as ``query`` does."""
    binding = typed.bind(saved, {}, graph.db, reasoning=built_reason(graph.store_path))
    answer = execute(graph.db, saved.text, str(saved.path), substitutions=binding.substitutions)
    return Result(answer, graph.labeler())


def test_every_select_query_documents_its_order() -> None:
    assert len(SELECTS) >= 40
    assert [q.name for q in SELECTS if not q.order] == []


@pytest.mark.parametrize("saved", SELECTS, ids=lambda q: q.name)
def test_rows_come_in_the_documented_order(graph: KnowledgeGraph, saved: SavedQuery) -> None:
    result = graph.query(saved.name)
    for key in saved.order:
        for column in filter(None, (key.column, key.fallback)):
            assert column in result.variables, f"order key {column} is not a column of {saved.name}"
    rows = result.rows
    assert first_disorder(rows, saved.order) is None


def test_ordering_by_iri_is_caught(graph: KnowledgeGraph) -> None:
    """The same query ordered by IRI instead of label breaks the documented order (the check can fail)."""
    saved = graph.saved_query("sponsors-of-document")
    by_iri = re.sub(r"ORDER BY .*", "ORDER BY ?recordedOn ?sponsor ?passage", saved.text, flags=re.S)
    rows = run_text(graph, dataclasses.replace(saved, text=by_iri)).rows
    assert len(rows) > 10
    problem = first_disorder(rows, saved.order)
    assert problem is not None and "sponsor" in problem
    assert first_disorder(run_text(graph, saved).rows, saved.order) is None


def test_natural_order_of_paragraphs() -> None:
    assert natural("E/2022/30, para. 84") < natural("E/2022/30, para. 141")
    assert natural("9th session of the CCPCJ") < natural("31st session of the CCPCJ")
    assert natural("6") < natural("6 (a)") < natural("7")
    assert natural("Executive summary") < natural("para. 1")  # no number: first, as SPARQL's unbound
