"""The inferred types and lifted literals an edit changes, recomputed only where it can matter.

A resource's types are the class-hierarchy closure of its asserted types and of the domains and
ranges of the facts it takes part in (``ccpcj_kg.reasoning.entailments``). An edit only ever
removes or adds such supports, so the classes that can be lost are those some removed support
gave; each of those is kept when another support still gives it (its asserted types, or one
domain or range property it still uses: index lookups, never a scan). Lifted literals
(``s p "v"`` with p ⊑ q gives ``s q "v"``) are recomputed for the triples the edit touched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from ccpcj_kg.axioms import Axioms
from ccpcj_kg.incremental.changes import Changes, Triple, is_data_graph
from ccpcj_kg.incremental.closure import INFERRED, ClosureDelta, Fact, StoreFacts, sub_properties
from ccpcj_kg.model.namespaces import GRAPH_DATASET, RDF

RDF_TYPE = RDF + "type"
TYPE = ox.NamedNode(RDF_TYPE)
DATASET_GRAPH = ox.NamedNode(GRAPH_DATASET)
Quads = tuple[set[ox.Quad], set[ox.Quad]]  # (to remove from the inferred graph, to add)


class _Classes:
    """The class-hierarchy closures the type rules use, and which properties give each class."""

    def __init__(self, ax: Axioms) -> None:
        self.ax = ax
        self.by_domain: dict[str, set[str]] = defaultdict(set)  # class -> properties whose subjects get it
        self.by_range: dict[str, set[str]] = defaultdict(set)  # class -> properties whose objects get it
        for p, classes in ax.domains.items():
            for c in self.closure(classes):
                self.by_domain[c].add(p)
        for p, classes in ax.ranges.items():
            for c in self.closure(classes):
                self.by_range[c].add(p)

    def closure(self, classes: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for c in classes:
            out.add(c)
            out |= self.ax.super_classes.get(c, set())
        return out


def type_changes(db: ox.Store, ax: Axioms, changes: Changes, delta: ClosureDelta) -> Quads:
    """The inferred type triples to remove and to add (the data graphs must be the new ones)."""
    classes = _Classes(ax)
    lost: dict[str, set[str]] = defaultdict(set)
    gained: dict[str, set[str]] = defaultdict(set)
    removed_types: dict[str, set[str]] = defaultdict(set)
    added_types: dict[str, set[str]] = defaultdict(set)

    def supports(triples: set[Triple], into: dict[str, set[str]], types: dict[str, set[str]]) -> None:
        for s, p, o in triples:
            if not isinstance(s, ox.NamedNode):
                continue
            if p.value == RDF_TYPE and isinstance(o, ox.NamedNode):
                types[s.value].add(o.value)
                into[s.value] |= classes.closure((o.value,))
            elif isinstance(o, ox.Literal) and p.value in ax.domains:
                into[s.value] |= classes.closure(ax.domains[p.value])

    def facts(found: set[Fact], into: dict[str, set[str]]) -> None:
        for p, s, o in found:
            if p in ax.domains:
                into[s] |= classes.closure(ax.domains[p])
            if p in ax.ranges:
                into[o] |= classes.closure(ax.ranges[p])

    supports(changes.removed, lost, removed_types)
    supports(changes.added, gained, added_types)
    facts(delta.gone, lost)
    facts(delta.new, gained)

    view = delta.view
    unwrite: set[ox.Quad] = set()
    write: set[ox.Quad] = set()
    for s in sorted(set(lost) | set(gained)):
        subject = view.node(s)
        asserted: set[str] = set()
        inferred: set[str] = set()
        for q in db.quads_for_pattern(subject, TYPE, None, None):
            if not isinstance(q.object, ox.NamedNode):
                continue
            if is_data_graph(q.graph_name):
                asserted.add(q.object.value)
            elif q.graph_name == INFERRED:
                inferred.add(q.object.value)
        before = ((asserted - added_types[s]) | removed_types[s]) | inferred
        maybe_lost = lost[s] - gained[s]
        after = (before - maybe_lost) | gained[s]
        after |= {c for c in maybe_lost if _supported(db, view, classes, s, c, asserted)}
        wanted = after - asserted
        unwrite |= {ox.Quad(subject, TYPE, view.node(c), INFERRED) for c in inferred - wanted}
        write |= {ox.Quad(subject, TYPE, view.node(c), INFERRED) for c in wanted - inferred}
    return unwrite, write


def _supported(db: ox.Store, view: StoreFacts, classes: _Classes, s: str, c: str, asserted: set[str]) -> bool:
    """Whether ``s`` still has class ``c``: an asserted type under it, or a fact of a property whose
    domain or range gives it (literal values count for domains, as in the reasoner)."""
    if c in classes.closure(asserted):
        return True
    for p in classes.by_domain.get(c, ()):
        if view.out(p, s):
            return True
        if any(isinstance(q.object, ox.Literal) and is_data_graph(q.graph_name)
               for q in db.quads_for_pattern(view.node(s), view.node(p), None, None)):
            return True
    return any(view.into(p, s) for p in classes.by_range.get(c, ()))


def lift_changes(db: ox.Store, ax: Axioms, changes: Changes, fixed: set[ox.Quad]) -> Quads:
    """The lifted literal triples to remove and add: for each literal triple that entered or left
    the data, its lifts up the property hierarchy, and any lift it now asserts (or no longer does).
    ``fixed`` is the dataset graph's fixed part: a full build lifts before adding the computed part."""
    properties = ax.properties()
    subs = sub_properties(ax)
    candidates: set[tuple[ox.NamedNode, str, ox.Literal]] = set()
    for s, p, o in changes.removed | changes.added:
        if not (isinstance(s, ox.NamedNode) and isinstance(o, ox.Literal)):
            continue
        if p.value in properties:
            candidates |= {(s, sup, o) for sup in ax.super_properties.get(p.value, ())}
        if p.value in subs:
            candidates.add((s, p.value, o))
    unwrite: set[ox.Quad] = set()
    write: set[ox.Quad] = set()
    for subject, sup, o in candidates:
        lifted = ox.Quad(subject, ox.NamedNode(sup), o, INFERRED)
        derived = any(is_data_graph(q.graph_name)
                      for p in subs[sup] for q in db.quads_for_pattern(subject, ox.NamedNode(p), o, None))
        present = False
        asserted = False
        for q in db.quads_for_pattern(subject, lifted.predicate, o, None):
            if q.graph_name == INFERRED:
                present = True
            elif q.graph_name != DATASET_GRAPH or q in fixed:
                asserted = True
        wanted = derived and not asserted
        if present and not wanted:
            unwrite.add(lifted)
        elif wanted and not present:
            write.add(lifted)
    return unwrite, write
