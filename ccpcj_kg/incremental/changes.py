"""What an edit changes: each edited file's quads before and after, and which triples enter or
leave the union of the data graphs (a triple two files hold stays while either holds it).

The union is what the reasoner and the dataset description read, so their updates start from
these union-level changes, not from the per-file ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, ID

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Triple = tuple[Term, ox.NamedNode, Term]


def is_data_graph(graph: object) -> bool:
    return isinstance(graph, ox.NamedNode) and graph.value.startswith(GRAPH_DATA_PREFIX)


@dataclass
class GraphEdit:
    """One data file's named graph as the previous version holds it and as the file now parses
    (``new`` empty: the file was removed, or holds no triple)."""

    graph: ox.NamedNode
    old: set[ox.Quad]
    new: set[ox.Quad]

    @property
    def removed(self) -> set[ox.Quad]:
        return self.old - self.new

    @property
    def added(self) -> set[ox.Quad]:
        return self.new - self.old


@dataclass
class Changes:
    """The union-level effect of a set of graph edits."""

    removed: set[Triple] = field(default_factory=set)  # held by no data graph any more
    added: set[Triple] = field(default_factory=set)  # held by no data graph before
    entities: int = 0  # change in the number of distinct /id/ subjects of the data graphs


def _triple(q: ox.Quad) -> Triple:
    return (q.subject, q.predicate, q.object)


def compute(db: ox.Store, edits: list[GraphEdit]) -> Changes:
    """The union-level changes of ``edits`` (call while ``db`` still holds the previous version)."""
    edited = {e.graph for e in edits}

    def elsewhere(s: Term, p: ox.NamedNode | None, o: Term | None) -> bool:
        """Whether a data graph that is not edited holds a matching triple."""
        return any(is_data_graph(q.graph_name) and q.graph_name not in edited
                   for q in db.quads_for_pattern(s, p, o, None))  # type: ignore[arg-type]

    old = {_triple(q) for e in edits for q in e.old}
    new = {_triple(q) for e in edits for q in e.new}
    removed_here = {_triple(q) for e in edits for q in e.removed}
    added_here = {_triple(q) for e in edits for q in e.added}
    out = Changes()
    out.removed = {t for t in removed_here if t not in new and not elsewhere(*t)}
    out.added = {t for t in added_here if t not in old and not elsewhere(*t)}
    old_subjects = {t[0] for t in old}
    new_subjects = {t[0] for t in new}
    for s in {t[0] for t in out.removed | out.added}:
        if not (isinstance(s, ox.NamedNode) and s.value.startswith(ID)):
            continue
        kept = elsewhere(s, None, None)
        out.entities += int(kept or s in new_subjects) - int(kept or s in old_subjects)
    return out


def apply(db: ox.Store, edits: list[GraphEdit]) -> None:
    """Write the edits: quads out and in, and a graph that ends empty dropped (a full build never
    names an empty graph, and the TriG export would show it)."""
    for e in edits:
        if not e.new:
            if db.contains_named_graph(e.graph):
                db.remove_graph(e.graph)
            continue
        for q in e.removed:
            db.remove(q)
        db.extend(e.added)
