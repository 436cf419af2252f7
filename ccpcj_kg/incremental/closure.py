"""Delete-and-rederive (DRed) over the materialiser's property rules, against the store itself.

The closure F of the ontology's properties (``ccpcj_kg.reasoning``) is, in a built store, the
IRI-to-IRI triples of those properties asserted in a data graph plus those in the inferred graph,
so it need not be loaded: the rules join through index lookups. An edit's removed triples first
over-delete everything derived through them (while the store still holds the previous version);
once the data graphs are updated, each over-deleted fact is re-derived if one rule application from
what remains gives it, and the re-derived and newly asserted facts are closed semi-naively. The
rule bodies are the reasoner's own (``_Closure.run``): only how facts are looked up and added differs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.axioms import Axioms
from ccpcj_kg.incremental.changes import is_data_graph
from ccpcj_kg.model.namespaces import GRAPH_INFERRED
from ccpcj_kg.reasoning import _Closure

Fact = tuple[str, str, str]  # (property, subject, object), IRIs
INFERRED = ox.NamedNode(GRAPH_INFERRED)


class StoreFacts:
    """F as the store holds it, minus ``hidden`` facts (over-deleted, not re-derived) plus ``extra``
    ones (derived in this run, not yet written). Lookups of the store are cached: the store does not
    change while a phase runs."""

    def __init__(self, db: ox.Store, hidden: set[Fact] | None = None) -> None:
        self.db = db
        self.hidden = hidden or set()
        self.extra: set[Fact] = set()
        self._extra_out: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._extra_in: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._out: dict[tuple[str, str], set[str]] = {}
        self._in: dict[tuple[str, str], set[str]] = {}
        self._hubs: dict[tuple[bool, str, str], int] = {}  # lookups known to exceed a limit
        self._kinds: dict[object, int] = {}  # graph -> 1 data, 2 inferred, 0 other
        self._nodes: dict[str, ox.NamedNode] = {}

    def node(self, iri: str) -> ox.NamedNode:
        found = self._nodes.get(iri)
        if found is None:
            found = self._nodes[iri] = ox.NamedNode(iri)
        return found

    def _visible(self, q: ox.Quad, fact: Fact) -> bool:
        g = q.graph_name
        return is_data_graph(g) or (g == INFERRED and fact not in self.hidden)

    def out(self, p: str, s: str) -> set[str]:
        """Objects o with p(s, o) in F."""
        found = self.out_upto(p, s, None)
        assert found is not None
        return found

    def into(self, p: str, o: str) -> set[str]:
        """Subjects s with p(s, o) in F."""
        found = self.into_upto(p, o, None)
        assert found is not None
        return found

    def out_upto(self, p: str, s: str, limit: int | None) -> set[str] | None:
        """``out(p, s)``, or None when the store holds more than ``limit`` candidates (a hub)."""
        key = (p, s)
        found = self._out.get(key)
        if found is None:
            if limit is not None and self._hubs.get((True, p, s), limit + 1) <= limit:
                return None
            found = self._collect(self.db.quads_for_pattern(self.node(s), self.node(p), None, None), limit, p, s, True)
            if found is None:
                self._hubs[(True, p, s)] = limit or 0
                return None
            self._out[key] = found
        extra = self._extra_out.get(key)
        return found | extra if extra else found

    def into_upto(self, p: str, o: str, limit: int | None) -> set[str] | None:
        """``into(p, o)``, or None when the store holds more than ``limit`` candidates (a hub)."""
        key = (p, o)
        found = self._in.get(key)
        if found is None:
            if limit is not None and self._hubs.get((False, p, o), limit + 1) <= limit:
                return None
            found = self._collect(self.db.quads_for_pattern(None, self.node(p), self.node(o), None), limit, p, o, False)
            if found is None:
                self._hubs[(False, p, o)] = limit or 0
                return None
            self._in[key] = found
        extra = self._extra_in.get(key)
        return found | extra if extra else found

    def _collect(self, quads: Iterable[ox.Quad], limit: int | None, p: str, known: str, forward: bool
                 ) -> set[str] | None:
        out: set[str] = set()
        kinds = self._kinds
        for n, q in enumerate(quads):
            if limit is not None and n >= limit:
                return None
            node = q.object if forward else q.subject
            if not isinstance(node, ox.NamedNode):
                continue
            kind = kinds.get(q.graph_name)
            if kind is None:
                kind = kinds[q.graph_name] = 1 if is_data_graph(q.graph_name) else 2 if q.graph_name == INFERRED else 0
            if kind == 1 or (kind == 2 and ((p, known, node.value) if forward else (p, node.value, known))
                             not in self.hidden):
                out.add(node.value)
        return out

    def has(self, p: str, s: str, o: str) -> bool:
        fact = (p, s, o)
        if fact in self.extra:
            return True
        if fact in self.hidden:
            return False
        return any(self._visible(q, fact)
                   for q in self.db.quads_for_pattern(self.node(s), self.node(p), self.node(o), None))

    def put(self, fact: Fact) -> None:
        p, s, o = fact
        self.extra.add(fact)
        self._extra_out[(p, s)].add(o)
        self._extra_in[(p, o)].add(s)


class _Side:
    """``_Closure``'s ``out[p].get(node, ())`` / ``into[p].get(node, ())``, answered by a lookup."""

    def __init__(self, look: Callable[[str, str], set[str]]) -> None:
        self.look = look

    def __getitem__(self, p: str) -> _Bound:
        return _Bound(self.look, p)


class _Bound:
    def __init__(self, look: Callable[[str, str], set[str]], p: str) -> None:
        self.look, self.p = look, p

    def get(self, node: str, default: Iterable[str] = ()) -> set[str]:
        return self.look(self.p, node)


class _OverDelete(_Closure):
    """Every fact with a derivation through a deleted one, except facts still asserted."""

    def __init__(self, ax: Axioms, owl: bool, facts: StoreFacts, still_asserted: Callable[[Fact], bool]) -> None:
        super().__init__(ax, {}, owl)
        self.out = _Side(facts.out)  # type: ignore[assignment]
        self.into = _Side(facts.into)  # type: ignore[assignment]
        self.still_asserted = still_asserted
        self.deleted: set[Fact] = set()

    def add(self, p: str, s: str, o: str) -> None:
        fact = (p, s, o)
        if fact in self.deleted or self.still_asserted(fact):
            return
        self.deleted.add(fact)
        self.todo.append(fact)


class _Insert(_Closure):
    """Semi-naive closure of new facts over F (the store plus what this run derived)."""

    def __init__(self, ax: Axioms, owl: bool, facts: StoreFacts) -> None:
        super().__init__(ax, {}, owl)
        self.facts_view = facts
        self.out = _Side(facts.out)  # type: ignore[assignment]
        self.into = _Side(facts.into)  # type: ignore[assignment]
        self.added: set[Fact] = set()

    def add(self, p: str, s: str, o: str) -> None:
        fact = (p, s, o)
        if self.facts_view.has(*fact):
            return
        self.facts_view.put(fact)
        self.added.add(fact)
        self.todo.append(fact)


@dataclass
class ClosureDelta:
    """How F changed, and the writes to the inferred graph that follow."""

    view: StoreFacts  # F after the edit (the store's data graphs must be the new ones)
    gone: set[Fact] = field(default_factory=set)  # in F before, not after
    new: set[Fact] = field(default_factory=set)  # in F after, not before
    unwrite: set[Fact] = field(default_factory=set)  # to remove from the inferred graph
    write: set[Fact] = field(default_factory=set)  # to add to the inferred graph


def sub_properties(ax: Axioms) -> dict[str, set[str]]:
    """Each property's strict sub-properties (the inverse of the closed ``super_properties``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for p, sups in ax.super_properties.items():
        for sup in sups:
            out[sup].add(p)
    return out


class Maintenance:
    """Two phases around the edit of the data graphs: ``overdelete`` before, ``insert`` after."""

    def __init__(self, db: ox.Store, ax: Axioms, owl: bool) -> None:
        self.db, self.ax, self.owl = db, ax, owl
        self.sub_properties = sub_properties(ax)
        self.deleted: set[Fact] = set()
        self.removed_asserted: set[Fact] = set()
        self.added_asserted: set[Fact] = set()

    def overdelete(self, removed: set[Fact], added: set[Fact]) -> None:
        """Over-delete from the facts no data graph asserts any more (``removed``), given those
        that become asserted (``added``); the store must still hold the previous version."""
        self.removed_asserted, self.added_asserted = removed, added
        view = StoreFacts(self.db)

        def still_asserted(fact: Fact) -> bool:
            if fact in added:
                return True
            if fact in removed:
                return False
            p, s, o = fact
            return any(is_data_graph(q.graph_name)
                       for q in self.db.quads_for_pattern(view.node(s), view.node(p), view.node(o), None))

        run = _OverDelete(self.ax, self.owl, view, still_asserted)
        for fact in removed:
            run.add(*fact)
        run.run()
        self.deleted = run.deleted

    def insert(self) -> ClosureDelta:
        """Re-derive what is still supported, add the consequences of the new facts, and say what
        the inferred graph must lose and gain (the data graphs must now be the new ones)."""
        view = StoreFacts(self.db, hidden=self.deleted)
        run = _Insert(self.ax, self.owl, view)
        for fact in sorted(self.deleted):
            if self._derivable(view, *fact):
                run.add(*fact)
        run.todo.extend(self.added_asserted)
        run.run()
        added = run.added
        delta = ClosureDelta(view)
        delta.gone = self.deleted - added
        for fact in self.deleted | added | self.added_asserted | self.removed_asserted:
            p, s, o = fact
            quads = list(self.db.quads_for_pattern(view.node(s), view.node(p), view.node(o), None))
            asserted = any(is_data_graph(q.graph_name) for q in quads)
            was_inferred = any(q.graph_name == INFERRED for q in quads)
            wanted = not asserted and (fact in added or (was_inferred and fact not in self.deleted))
            if wanted and not was_inferred:
                delta.write.add(fact)
            elif was_inferred and not wanted:
                delta.unwrite.add(fact)
            if fact in self.added_asserted and not was_inferred:
                delta.new.add(fact)
        delta.new |= added - self.deleted
        return delta

    def _derivable(self, view: StoreFacts, q: str, a: str, b: str) -> bool:
        """Whether one rule application from the facts in ``view`` gives q(a, b)."""
        if any(view.has(p, a, b) for p in self.sub_properties.get(q, ())):
            return True
        if not self.owl:
            return False
        if any(view.has(p, b, a) for p in self.ax.inverses.get(q, ())):
            return True
        if q in self.ax.transitive and _path(view, a, b, (q, q)):
            return True
        return any(target == q and _path(view, a, b, chain) for chain, target in self.ax.chains)


HUB = 32  # a node with more edges of one property than this is reached from the other end


def _path(view: StoreFacts, a: str, b: str, chain: tuple[str, ...]) -> bool:
    """Whether F holds a path a -chain[0]-> … -chain[-1]-> b. Two links (every chain of the
    ontology, and transitivity): the first link's targets from ``a`` meet the last link's sources
    into ``b``; when one end is a hub (a State has thousands of statements, a statement one
    speaker) the other end's nodes are checked one by one instead."""
    if len(chain) != 2:
        mid = (len(chain) + 1) // 2
        middle = _walk({a}, chain[:mid], view.out_upto, None) or set()
        return bool(middle & (_walk({b}, tuple(reversed(chain[mid:])), view.into_upto, None) or set()))
    first, last = chain
    starts = view.out_upto(first, a, HUB)
    ends = view.into_upto(last, b, HUB)
    if starts is not None and ends is not None:
        return bool(starts & ends)
    if starts is not None:
        return any(view.has(last, x, b) for x in starts)
    if ends is not None:
        return any(view.has(first, a, x) for x in ends)
    return bool(view.out(first, a) & view.into(last, b))


def _walk(frontier: set[str], chain: tuple[str, ...], look: Callable[[str, str, int | None], set[str] | None],
          limit: int | None) -> set[str] | None:
    """The nodes reached from ``frontier`` along ``chain``, or None on meeting a hub."""
    for p in chain:
        reached: set[str] = set()
        for node in frontier:
            found = look(p, node, limit)
            if found is None:
                return None
            reached |= found
        if not reached:
            return reached
        frontier = reached
    return frontier
