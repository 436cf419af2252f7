"""Review before merge: what an ingest would add to the graph, what it confirms and what it contradicts.

The ingest's triples are compared, subject and property at a time, with the curated (asserted)
graphs of the store — not the inferred graph, whose extra types would look like disagreements:

- **already there**: the graph has the same node with the same value;
- **new**: the graph has no value for that node and property, or only values the ingest gives too
  (the ingest adds one: another sponsor, another mode);
- **conflicting**: the graph has another value the ingest does not give, and the ingest gives one
  the graph does not have (the same node, another value) — both are shown side by side; a class
  (``rdf:type``) is never a conflict, and one the graph infers (``Document`` for a ``Report``) is
  already there;
- **provenance**: passages cited that the graph does not cite yet (``prov:wasDerivedFrom``), counted
  apart: they say where a fact is read, not what it is. Labels are the graph's already
  (``model.keep_graph_labels``) and are not compared.

Names: the States, groups, organizations and persons the report's names resolved to (nodes the
graph has), and the nodes the ingest would create (persons new to the graph, and every other new
node by class).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg.canonical import Triple
from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, ID, PROV, RDF, RDFS

_NAMED_KINDS = ("state", "regional-group", "group", "organization", "person")
_IGNORED = {RDFS + "label"}
_PROVENANCE = PROV + "wasDerivedFrom"

Term = ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple
Fact = tuple[ox.NamedNode, ox.NamedNode, Term]


def _show(term: object) -> str:
    if isinstance(term, ox.Literal):
        return json.dumps(term.value, ensure_ascii=False) + (f"@{term.language}" if term.language else "")
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    return str(term)


@dataclass
class Review:
    """The comparison of an ingest with the graph (see the module docstring)."""

    same: int = 0
    new: list[Fact] = field(default_factory=list)
    conflicts: list[tuple[ox.NamedNode, ox.NamedNode, list[Term], list[Term]]] = field(default_factory=list)
    provenance: list[Fact] = field(default_factory=list)
    resolved: dict[str, list[str]] = field(default_factory=dict)  # kind → IRIs of existing nodes named
    created: dict[str, list[str]] = field(default_factory=dict)  # class → IRIs of nodes new to the graph

    def render(self) -> str:
        lines = [f"facts already in the graph: {self.same}", f"new facts: {len(self.new)}"]
        lines += [f"  + {_show(s)} {_show(p)} {_show(o)}" for s, p, o in self.new]
        lines.append(f"conflicting facts: {len(self.conflicts)}")
        for s, p, ours, theirs in self.conflicts:
            lines.append(f"  ! {_show(s)} {_show(p)}")
            lines.append(f"      report: {', '.join(_show(o) for o in ours)}")
            lines.append(f"      graph:  {', '.join(_show(o) for o in theirs)}")
        lines.append(f"passages cited anew (provenance): {len(self.provenance)}")
        named = sum(len(v) for v in self.resolved.values())
        lines.append(f"names resolved to nodes of the graph: {named} "
                     f"({', '.join(f'{len(v)} {k}' for k, v in sorted(self.resolved.items()))})")
        made = sum(len(v) for v in self.created.values())
        lines.append(f"nodes new to the graph: {made}")
        for cls, iris in sorted(self.created.items()):
            lines.append(f"  {cls}: {len(iris)}")
            lines += [f"    {iri}" for iri in iris]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        data = {
            "same": self.same,
            "new": [[s.value, p.value, _show(o)] for s, p, o in self.new],
            "conflicts": [{"subject": s.value, "property": p.value, "report": [_show(o) for o in ours],
                           "graph": [_show(o) for o in theirs]} for s, p, ours, theirs in self.conflicts],
            "provenance": [[s.value, _show(o)] for s, _, o in self.provenance],
            "resolved": self.resolved, "created": self.created,
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _asserted(store: ox.Store, s: ox.NamedNode, p: ox.NamedNode | None) -> list[ox.Quad]:
    return [q for q in store.quads_for_pattern(s, p, None, None)
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(GRAPH_DATA_PREFIX)]


def review(triples: list[Triple], store: ox.Store) -> Review:
    """Compare an ingest's triples with the store's curated graphs."""
    out = Review()
    ours: dict[tuple[ox.NamedNode, ox.NamedNode], list[Term]] = defaultdict(list)
    subjects: dict[str, str] = {}
    objects: set[str] = set()
    for s, p, o in triples:
        if not isinstance(s, ox.NamedNode):
            continue
        ours[(s, p)].append(o)
        if p.value == RDF + "type" and isinstance(o, ox.NamedNode):
            subjects.setdefault(s.value, o.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        if isinstance(o, ox.NamedNode):
            objects.add(o.value)
    known_subjects: dict[str, bool] = {}
    for (s, p), values in ours.items():
        if s.value not in known_subjects:
            known_subjects[s.value] = bool(_asserted(store, s, None))
        if p.value in _IGNORED:
            continue
        theirs = [q.object for q in _asserted(store, s, p)] if known_subjects[s.value] else []
        theirs = list(dict.fromkeys(theirs))
        if p.value == RDF + "type":  # a class the graph infers (Document for a Report) is already there
            inferred = {q.object for q in store.quads_for_pattern(s, p, None, None)}
            out.same += sum(1 for o in values if o in inferred)
            out.new += [(s, p, o) for o in values if o not in inferred]
            continue
        same = [o for o in values if o in theirs]
        extra = [o for o in values if o not in theirs]
        if p.value == _PROVENANCE:
            out.provenance += [(s, p, o) for o in extra]
            continue
        out.same += len(same)
        if extra and [o for o in theirs if o not in values]:
            out.conflicts.append((s, p, extra, [o for o in theirs if o not in values]))
        else:
            out.new += [(s, p, o) for o in extra]
    resolved: dict[str, set[str]] = defaultdict(set)
    for iri in objects | set(subjects):
        kind = iri[len(ID):].split("/", 1)[0] if iri.startswith(ID) else ""
        if kind in _NAMED_KINDS and known_subjects.get(iri) is not False \
                and (iri in known_subjects or _asserted(store, ox.NamedNode(iri), None)):
            resolved[kind].add(iri)
    out.resolved = {k: sorted(v) for k, v in sorted(resolved.items())}
    created: dict[str, list[str]] = defaultdict(list)
    for iri, cls in sorted(subjects.items()):
        if not known_subjects.get(iri, False):
            created[cls].append(iri)
    out.created = dict(sorted(created.items()))
    out.new.sort(key=lambda t: (t[0].value, t[1].value, str(t[2])))
    return out


def counts(r: Review) -> Counter[str]:
    """The figures of a review, for a summary line."""
    return Counter({"same": r.same, "new": len(r.new), "conflicting": len(r.conflicts),
                    "provenance": len(r.provenance), "created": sum(len(v) for v in r.created.values())})
