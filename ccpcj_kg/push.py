"""Load the graph into a remote SPARQL store so that a failed push leaves the old data in place.

1. Each target graph is uploaded to a fresh temporary graph (``urn:x-ccpcj-kg:push:<run>:<n>``)
   in N-Triples batches: Graph Store ``POST`` where the store has one, else ``INSERT DATA``.
   Triples that share a blank node always travel in the same batch (a blank node label is scoped
   to one request).
2. Every temporary graph's triple count is checked against the local one.
3. One SPARQL Update request swaps them in: ``MOVE <tmp> TO <target>`` for each target, and
   ``DROP SILENT GRAPH`` for the store's graphs of the pushed kinds that the local store no longer
   has. Oxigraph and Virtuoso run one update request as one transaction, so readers see the old
   graphs or the new ones, never a mixture.
4. Each target's count is checked again (a mismatch is exit code 3).

Nothing before step 3 touches the targets: a push that fails earlier (store down, wrong password,
a short upload) leaves them as they were, and the next push drops the temporary graphs it left.

On Virtuoso a checkpoint is written before the upload and after the swap: its transaction-log
replay after a crash brought graphs that had been replaced back short (Virtuoso 7.2), and a
checkpoint leaves nothing of them to replay.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from ccpcj_kg import remote
from ccpcj_kg.errors import InputError, RemoteStoreError
from ccpcj_kg.export import selected_graphs
from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX, GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_SHAPES
from ccpcj_kg.model.terms import Triple

TMP_PREFIX = "urn:x-ccpcj-kg:push:"
DEFAULT_BATCH = 10_000
SWAP_RATE = 2_000  # triples a second a store is given, beyond --timeout, to swap the graphs in
Progress = Callable[[int], None]


@dataclass
class Target:
    """A remote graph to replace, the local graphs it is made of, and how many triples it gets."""

    iri: str
    sources: list[ox.NamedNode]
    expected: int = 0


@dataclass
class PushResult:
    """What a push did, and warnings for the user."""

    targets: list[Target]
    dropped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(t.expected for t in self.targets)


def _count(store: ox.Store, sources: list[ox.NamedNode]) -> int:
    values = " ".join(str(g) for g in sources)
    result = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} "
        "GRAPH ?g { ?s ?p ?o } } }"
    )
    assert isinstance(result, ox.QuerySolutions)
    return int(next(iter(result))["n"].value)


def plan(store: ox.Store, which: tuple[str, ...], graph: str | None = None) -> list[Target]:
    """The remote graphs to write: one per local graph, or all of them merged into ``graph``."""
    sources = selected_graphs(store, which)
    if not sources:
        raise InputError(f"the local store has no graphs of the kinds {', '.join(which)}: nothing to push")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError:
            raise InputError(f"--graph: not an IRI: {graph!r}") from None
        targets = [Target(graph, sources)]
    else:
        targets = [Target(g.value, [g]) for g in sources]
    for t in targets:
        t.expected = _count(store, t.sources)
    return targets


def _triples(store: ox.Store, sources: list[ox.NamedNode]) -> Iterator[Triple]:
    if len(sources) == 1:
        for q in store.quads_for_pattern(None, None, None, sources[0]):
            yield q.subject, q.predicate, q.object  # type: ignore[misc]
        return
    values = " ".join(str(g) for g in sources)
    text = f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    for row in result:
        yield row["s"], row["p"], row["o"]


def _line(t: Triple) -> str:
    return f"{t[0]} {t[1]} {t[2]} .\n"


def batches(triples: Iterator[Triple], size: int) -> Iterator[list[str]]:
    """N-Triples lines in batches of ``size``; triples linked by blank nodes stay in one batch."""
    batch: list[str] = []
    linked: list[Triple] = []
    for t in triples:
        if isinstance(t[0], ox.BlankNode) or isinstance(t[2], ox.BlankNode):
            linked.append(t)
            continue
        batch.append(_line(t))
        if len(batch) >= size:
            yield batch
            batch = []
    for group in _components(linked):
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(_line(t) for t in group)
    if batch:
        yield batch


def _components(linked: list[Triple]) -> list[list[Triple]]:
    """Triples grouped by the blank nodes that connect them (union-find over blank node labels)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def blanks(t: Triple) -> list[str]:
        return [n.value for n in (t[0], t[2]) if isinstance(n, ox.BlankNode)]

    for t in linked:
        nodes = blanks(t)
        for other in nodes[1:]:
            parent[find(other)] = find(nodes[0])
    groups: dict[str, list[Triple]] = {}
    for t in linked:
        groups.setdefault(find(blanks(t)[0]), []).append(t)
    return list(groups.values())


def _upload(ep: remote.Endpoint, graph: str, lines: list[str]) -> None:
    data = "".join(lines)
    if ep.gsp_url:
        remote.gsp_post(ep, graph, data.encode("utf-8"))
    else:
        remote.update(ep, f"INSERT DATA {{ GRAPH {ox.NamedNode(graph)} {{\n{data}}} }}", idempotent=True)


def _drop(ep: remote.Endpoint, graphs: list[str]) -> None:
    if graphs:
        drops = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in graphs)
        remote.update(ep, drops, idempotent=True)


def stale_graphs(ep: remote.Endpoint, which: tuple[str, ...], targets: list[Target]) -> list[str]:
    """Graphs on the store of the kinds being pushed that the local store does not have (any more)."""
    kinds = {"asserted", "inferred", "ontology", "shapes"} if "all" in which else set(which)
    keep = {t.iri for t in targets}
    found: list[str] = []
    if "asserted" in kinds:
        found += remote.graphs(ep, GRAPH_DATA_PREFIX)
    exact = {"inferred": GRAPH_INFERRED, "ontology": GRAPH_ONTOLOGY, "shapes": GRAPH_SHAPES}
    for kind, iri in exact.items():
        if kind in kinds:
            found += [g for g in remote.graphs(ep, iri) if g == iri]
    return sorted(g for g in found if g not in keep)


def _checkpoint(ep: remote.Endpoint, warnings: list[str]) -> None:
    """Virtuoso only: a checkpoint, so that a crash cannot lose graphs to a faulty log replay."""
    if ep.kind != "virtuoso" or warnings:
        return
    try:
        remote.virtuoso_checkpoint(ep)
    except (RemoteStoreError, InputError) as exc:
        warnings.append(f"could not make Virtuoso checkpoint ({exc}); until its next checkpoint, a crash "
                        "may lose graphs this push replaced")


def push(store: ox.Store, ep: remote.Endpoint, which: tuple[str, ...], *, graph: str | None = None,
         batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
         plan_ready: Callable[[list[Target]], None] | None = None) -> PushResult:
    """Replace the remote graphs with the local ones (see the module doc for how)."""
    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    start = time.perf_counter()
    targets = plan(store, which, graph)
    run = f"{int(time.time())}-{os.getpid()}-{secrets.token_hex(3)}"
    temps = [f"{TMP_PREFIX}{run}:{n}" for n in range(len(targets))]
    # Leftovers of an earlier push that failed go; dropping this run's first (empty) temporary
    # graph as well makes the first request an update, so a missing login fails before the upload.
    _drop(ep, [*remote.graphs(ep, TMP_PREFIX), temps[0]])
    warnings: list[str] = []
    _checkpoint(ep, warnings)  # what the store holds now is safe from a crash during the upload
    if plan_ready:
        plan_ready(targets)
    try:
        for target, tmp in zip(targets, temps, strict=True):
            for lines in batches(_triples(store, target.sources), batch_size):
                _upload(ep, tmp, lines)
                if progress:
                    progress(len(lines))
        for target, tmp in zip(targets, temps, strict=True):
            got = remote.count(ep, tmp)
            if got != target.expected:
                raise RemoteStoreError(
                    f"upload of {target.iri} to {ep.display} is incomplete ({got} of {target.expected} "
                    "triples); nothing was replaced"
                )
        stale = stale_graphs(ep, which, targets) if graph is None else []
        pairs = zip(targets, temps, strict=True)
        swap = [f"MOVE {ox.NamedNode(tmp)} TO {ox.NamedNode(t.iri)}" for t, tmp in pairs]
        swap += [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in stale]
        # One request, one transaction. It rewrites every triple on some stores (the Oxigraph server
        # does about 10,000 a second), so it gets time in proportion.
        swap_ep = dataclasses.replace(ep, timeout=ep.timeout + sum(t.expected for t in targets) / SWAP_RATE)
        remote.update(swap_ep, " ;\n".join(swap))
    except BaseException:
        with contextlib.suppress(Exception):  # the store may be gone; the next push drops the leftovers
            _drop(dataclasses.replace(ep, retries=0), temps)
        raise
    _checkpoint(ep, warnings)
    for target in targets:
        got = remote.count(ep, target.iri)
        if got != target.expected:
            raise RemoteStoreError(
                f"after the push, {target.iri} on {ep.display} holds {got} triples, "
                f"expected {target.expected}"
            )
    return PushResult(targets, stale, time.perf_counter() - start, warnings)
