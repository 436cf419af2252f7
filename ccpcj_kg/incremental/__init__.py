"""Incremental builds: a changed, added or removed data file costs what it changes.

``store.build`` asks ``plan`` whether the new inputs differ from the current version's in data
files only (same ontology, shapes and description, same reasoning mode and build format, a
healthy version, and a small enough share of the input); if so the new version starts as a
hard-linked checkpoint of the current one (``store.make_version(base=…)``) and ``apply``:

1. replaces each edited file's named graph by its difference (``changes``);
2. maintains the inferred graph by delete-and-rederive over the reasoner's rules (``closure``),
   then the types and lifted literals the changed facts touch (``types``);
3. updates the dataset description's figures from the union-level changes (``description``).

The result is the store a full build gives (tests/incremental/ compares the canonical
exports and manifests under random edits). Anything else, or anything ``apply`` finds it cannot
update exactly (``NotIncremental``), is a full build.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ccpcj_kg import inputs
from ccpcj_kg.incremental import changes, closure, description, types
from ccpcj_kg.model.namespaces import GRAPH_DATASET, GRAPH_INFERRED, data_graph_iri
from ccpcj_kg.rdfio import parse_file

log = logging.getLogger("ccpcj_kg")

# Above this share of the inputs' bytes (and this many bytes), a full build is faster.
MAX_SHARE = 0.25
MIN_BYTES = 4 * 1024 * 1024


class NotIncremental(Exception):
    """The edit needs a full build (the message says why)."""


@dataclass
class Plan:
    """What changed since the base version, with the changed files already parsed."""

    base: Path
    manifest: dict[str, object]
    reason: str
    parsed: dict[str, tuple[inputs.InputFile, list[ox.Quad]]] = field(default_factory=dict)  # changed or added
    removed: list[str] = field(default_factory=list)  # relative paths of removed files
    dataset_file: inputs.InputFile | None = None

    @property
    def applied(self) -> list[str]:
        """The data files this update applies (changed, added and removed)."""
        return sorted([*self.parsed, *self.removed])


def _recorded_files(manifest: dict[str, object]) -> list[str]:
    files = manifest.get("files")
    return [str(f) for f in files] if isinstance(files, list) else []


def plan(base: Path, manifest: dict[str, object], files: list[inputs.InputFile], digests: inputs.FileDigests,
         reason: str, *settings: str) -> Plan | None:
    """The incremental update from version ``base`` to these inputs, or None when a full build is
    needed (logged). Parses the changed files: a syntax error stops the build here. ``settings``
    are the fingerprint's (the build format)."""
    why = _obstacle(manifest, files, digests, reason, settings)
    if why:
        log.debug("full build: %s", why)
        return None
    recorded = manifest["digests"]
    before = {str(k): v for k, v in recorded.items()} if isinstance(recorded, dict) else {}
    out = Plan(base, manifest, reason)
    for f in files:
        if f.relative not in before or _hash(before[f.relative]) != _hash(digests[f.relative]):
            out.parsed[f.relative] = (f, parse_file(f.path))
        if f.graph == GRAPH_DATASET:
            out.dataset_file = f
    now = {f.relative for f in files}
    out.removed = sorted(rel for rel in before if rel not in now)
    return out


def _hash(digest: object) -> object:
    return digest[2] if isinstance(digest, list) and len(digest) == 3 else digest


def _obstacle(manifest: dict[str, object], files: list[inputs.InputFile], digests: inputs.FileDigests,
              reason: str, settings: tuple[str, ...]) -> str | None:
    """Why this edit cannot be applied incrementally (None when it can)."""
    recorded = _recorded_files(manifest)
    before = manifest.get("digests")
    if manifest.get("reason") != reason:
        return f"reasoning mode {manifest.get('reason')} -> {reason}"
    if not recorded or not isinstance(before, dict) or set(before) != set(recorded):
        return "the current version does not record its inputs"
    if not isinstance(manifest.get("graphs"), dict) or not isinstance(manifest.get("inferred"), int):
        return "the current version does not record its counts"
    dummies = [inputs.InputFile(Path(rel), rel, "") for rel in recorded]
    if inputs.fingerprint(dummies, *settings, f"reason={reason}", digests=before) != manifest.get("fingerprint"):
        return "the current version was built by another build format"
    now = {f.relative: f for f in files}
    changed = [rel for rel in set(now) | set(before)
               if rel not in now or rel not in before or _hash(before[rel]) != _hash(digests[rel])]
    if not changed:
        return "nothing to apply"
    if any(not rel.startswith("data/") for rel in changed):
        return "an input outside data/ changed (ontology, shapes or description)"
    size = {rel: int(str(d[0])) for rel, d in {**before, **digests}.items() if isinstance(d, list)}
    total = sum(int(str(d[0])) for d in digests.values())
    moved = sum(size.get(rel, 0) for rel in changed)
    if moved > MIN_BYTES and moved > MAX_SHARE * total:
        return f"{len(changed)} changed files hold {moved * 100 // max(total, 1)} % of the input"
    return None


def apply(db: ox.Store, plan: Plan) -> tuple[dict[str, int], int]:
    """Bring ``db`` (a checkpoint of the base version) to the new inputs; return the graph counts
    and the inferred count a full build would record."""
    edits = []
    for f, quads in plan.parsed.values():
        graph = ox.NamedNode(f.graph)
        if not f.relative.startswith("data/"):
            raise NotIncremental(f"{f.relative} is not a data file")
        edits.append(changes.GraphEdit(graph, set(db.quads_for_pattern(None, None, None, graph)),
                                       {ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads}))
    for rel in plan.removed:
        graph = ox.NamedNode(data_graph_iri(rel))
        edits.append(changes.GraphEdit(graph, set(db.quads_for_pattern(None, None, None, graph)), set()))
    union = changes.compute(db, edits)
    labels = _labels_before(db, plan)
    graph = ox.NamedNode(GRAPH_DATASET)
    fixed_list = parse_file(plan.dataset_file.path) if plan.dataset_file else []
    fixed = {ox.Quad(q.subject, q.predicate, q.object, graph) for q in fixed_list}
    inferred = int(str(plan.manifest["inferred"]))
    touched = {q.predicate.value for e in edits for q in e.removed | e.added}

    if plan.reason == "none":
        changes.apply(db, edits)
    else:
        from ccpcj_kg.axioms import read_axioms
        from ccpcj_kg.reasoning import RDF_TYPE

        ax = read_axioms(db)
        properties = ax.properties()
        if RDF_TYPE in properties:
            raise NotIncremental("rdf:type takes part in the property rules")
        run = closure.Maintenance(db, ax, owl=(plan.reason == "owlrl"))
        run.overdelete(_facts(union.removed, properties), _facts(union.added, properties))
        changes.apply(db, edits)
        delta = run.insert()
        out_types, in_types = types.type_changes(db, ax, union, delta)
        out_lifts, in_lifts = types.lift_changes(db, ax, union, fixed)
        unwrite = _quads(delta.view, delta.unwrite) | out_types | out_lifts
        write = _quads(delta.view, delta.write) | in_types | in_lifts
        inferred = _write_inferred(db, unwrite, write, inferred)
        touched |= {q.predicate.value for q in unwrite | write}

    graphs = plan.manifest["graphs"]
    counts = {str(k): int(str(v)) for k, v in graphs.items()} if isinstance(graphs, dict) else {}
    for rel in plan.removed:
        counts.pop(data_graph_iri(rel), None)
    for f, quads in plan.parsed.values():  # as store.load_files records them: the graph's distinct triples
        counts[f.graph] = len({(q.subject, q.predicate, q.object) for q in quads})
    described = _update_description(db, fixed, union, touched, labels) if labels is not None else None
    if described is not None:
        counts[GRAPH_DATASET] = len(fixed) + described
    return counts, inferred


def _facts(triples: set[changes.Triple], properties: set[str]) -> set[closure.Fact]:
    """The triples that are facts of the property rules: IRI to IRI, of a property the axioms name."""
    return {(p.value, s.value, o.value) for s, p, o in triples
            if p.value in properties and isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode)}


def _quads(view: closure.StoreFacts, facts: set[closure.Fact]) -> set[ox.Quad]:
    graph = ox.NamedNode(GRAPH_INFERRED)
    return {ox.Quad(view.node(s), view.node(p), view.node(o), graph) for p, s, o in facts}


def _write_inferred(db: ox.Store, unwrite: set[ox.Quad], write: set[ox.Quad], count: int) -> int:
    overlap = unwrite & write
    if overlap:
        raise NotIncremental(f"{len(overlap)} inferred triples both removed and added")
    for q in unwrite:
        db.remove(q)
    db.extend(write)
    count += len(write) - len(unwrite)
    graph = ox.NamedNode(GRAPH_INFERRED)
    if count == 0 and db.contains_named_graph(graph):
        db.remove_graph(graph)  # as a full build leaves it: no empty graph
    return count


def _labels_before(db: ox.Store, plan: Plan) -> dict[str, int] | None:
    """The preferred labels by language before the edit (None when there is no description)."""
    from ccpcj_kg.dataset import has_description, label_counts

    return label_counts(db) if plan.dataset_file is not None and has_description(db) else None


def _update_description(db: ox.Store, fixed: set[ox.Quad], union: changes.Changes, touched: set[str],
                        labels: dict[str, int]) -> int | None:
    """Rewrite the description's computed figures; return how many triples they are (None when the
    home has no description)."""
    from ccpcj_kg.dataset import has_description, header, render

    if not has_description(db):
        return None
    graph = ox.NamedNode(GRAPH_DATASET)
    current = set(db.quads_for_pattern(None, None, None, graph))
    head = header(db)
    old = description.read(current - fixed, head, labels)
    if old is None:
        raise NotIncremental("the dataset description's figures cannot be read back")
    rendered = list(render(head, description.update(db, old, union, touched)))
    target = fixed | set(rendered)
    for q in current - target:
        db.remove(q)
    db.extend(target - current)
    return len(rendered)
