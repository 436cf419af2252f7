"""The embedded persistent store: built once from ``ontology/`` and ``data/``, rebuilt on change.

The folder's layout (immutable versions behind an atomically switched pointer, reader locks,
health records) is ``ccpcj_kg.storedir``'s job. Here: when to build, and how to fill a version.
A failed build (say, malformed Turtle) leaves the previous version current and readable.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ccpcj_kg import inputs, storedir
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import GRAPH_DATASET
from ccpcj_kg.paths import Home, find_home
from ccpcj_kg.rdfio import load_whole, stream_quads

BUILD_FORMAT = "2"  # bump when the build's output for the same inputs changes (2: languages in the description)
REASON_MODES = ("none", "rdfs", "owlrl")
DEFAULT_REASON = "owlrl"

log = logging.getLogger("ccpcj_kg")


@dataclass
class BuildResult:
    """What a build did: whether it ran, how long it took, and triple counts by graph."""

    store: Path
    rebuilt: bool
    seconds: float
    graphs: dict[str, int] = field(default_factory=dict)
    inferred: int = 0
    applied: list[str] = field(default_factory=list)  # data files applied incrementally (empty: a full build)


def read_manifest(store: Path) -> dict[str, object] | None:
    """The current version's manifest (None before the first build)."""
    version = storedir.current(store)
    return storedir.manifest(version) if version else None


def built_reason(store: Path) -> str | None:
    """The reasoning mode the current version was built with (None before the first build)."""
    manifest = read_manifest(store)
    return str(manifest.get("reason")) if manifest and manifest.get("reason") else None


def _stat_cache(store: Path) -> inputs.FileDigests:
    try:
        data = json.loads((store / "inputs.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_stat_cache(store: Path, digests: inputs.FileDigests) -> None:
    from ccpcj_kg.safe_write import write_atomic

    if _stat_cache(store) != digests:
        write_atomic(store / "inputs.json", json.dumps(digests, indent=2, sort_keys=True))


def current_fingerprint(reason: str, digests: inputs.FileDigests | None = None, home: Home | None = None) -> str:
    files = inputs.input_files(home or find_home())
    return inputs.fingerprint(files, BUILD_FORMAT, f"reason={reason}",
                              digests=inputs.file_digests(files, digests or {}))


def _describe_and_compact(db: ox.Store) -> int:
    """Add the dataset description's computed figures (when the home has a description) and compact
    the store once. Both only read the finished data, so the compaction runs on the other core
    while the figures are counted (RocksDB compacts under readers; at 1M triples 6.7 s in turn,
    4.3 s together); the few description quads are written after it."""
    from ccpcj_kg.dataset import describe, has_description

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ccpcj-kg-compaction") as pool:
        compaction = pool.submit(db.optimize)
        try:
            quads = list(describe(db)) if has_description(db) else []
        finally:
            compaction.result()  # the store is compacted (or its failure raised) before anything else
    db.bulk_extend(quads)
    return len(quads)


def _materialise(db: ox.Store, reason: str) -> int:
    if reason == "none":
        return 0
    from ccpcj_kg.reasoning import materialise  # imported only when a build reasons

    return materialise(db, reason)


Filler = Callable[[ox.Store], tuple[dict[str, int], int]]


def build(store: Path, *, reason: str = DEFAULT_REASON, force: bool = False, home: Home | None = None) -> BuildResult:
    """Load every input of ``home`` into a new version and switch to it; do nothing when nothing
    changed and the current version is healthy (its files as its build wrote them)."""
    if reason not in REASON_MODES:
        raise InputError(f"unknown reasoning mode {reason!r} (choose from {', '.join(REASON_MODES)})")
    start = time.perf_counter()
    storedir.prepare(store)
    with storedir.build_lock(store):
        _adopt_layout_1(store)
        files = inputs.input_files(home or find_home())
        digests = inputs.file_digests(files, _stat_cache(store))
        fp = inputs.fingerprint(files, BUILD_FORMAT, f"reason={reason}", digests=digests)
        _save_stat_cache(store, digests)
        version = storedir.current(store)
        manifest = storedir.manifest(version) if version else None
        data: dict[str, object] = {"fingerprint": fp, "reason": reason, "files": [f.relative for f in files],
                                   "digests": digests}
        if not force and version and manifest:
            problem = storedir.damage(version, manifest)
            if problem is None and manifest.get("fingerprint") == fp:
                storedir.collect(store)
                recorded = manifest.get("graphs")
                known = {str(k): int(v) for k, v in recorded.items()} if isinstance(recorded, dict) else {}
                return BuildResult(store, False, time.perf_counter() - start, known)
            if problem is not None:
                log.warning("store version %s is damaged (%s); rebuilding it from the inputs", version.name, problem)
            else:
                done = _build_incremental(store, version, manifest, files, digests, data)
                if done is not None:
                    return BuildResult(store, True, time.perf_counter() - start, *done)

        def fill(db: ox.Store) -> tuple[dict[str, int], int]:
            counts = load_files(db, files)  # a syntax error stops here; make_version drops the staging
            inferred = _materialise(db, reason)
            described = _describe_and_compact(db)
            if described:
                counts[GRAPH_DATASET] = counts.get(GRAPH_DATASET, 0) + described
            return counts, inferred

        counts, inferred = make_version(store, fill, data, compact=False)  # fill compacts
    return BuildResult(store, True, time.perf_counter() - start, counts, inferred)


def _build_incremental(store: Path, version: Path, manifest: dict[str, object], files: list[inputs.InputFile],
                       digests: inputs.FileDigests, data: dict[str, object]
                       ) -> tuple[dict[str, int], int, list[str]] | None:
    """Apply a data-file edit to a checkpoint of the current version (``ccpcj_kg.incremental``);
    None when the edit needs a full build. Returns counts, inferred count and the files applied."""
    from ccpcj_kg import incremental

    plan = incremental.plan(version, manifest, files, digests, str(data["reason"]), BUILD_FORMAT)
    if plan is None:
        return None
    try:
        counts, inferred = make_version(store, lambda db: incremental.apply(db, plan), data, base=version,
                                        compact=False)
    except incremental.NotIncremental as exc:
        log.debug("full build: %s", exc)
        return None
    return counts, inferred, plan.applied


# A file this big is bulk-loaded on its own, parsed in Rust (a call costs ~0.3 s, its quads need not
# pass through Python); smaller ones share one streamed bulk load (docs/performance.md).
BULK_FILE_BYTES = 1 << 20


def load_files(db: ox.Store, files: list[inputs.InputFile]) -> dict[str, int]:
    """Load every file into its graph; return the triples each graph then holds.

    Small files are streamed together into one ``bulk_extend`` as they are parsed (each bulk call
    writes its own files at a fixed cost, and holding the parsed quads first cost memory); big
    ones go to ``bulk_load`` each, which at 1M triples took 58 % of the streamed load's time.
    Counts are the graphs' distinct triples (several files may share a graph).
    """
    big = [f for f in files if f.path.stat().st_size >= BULK_FILE_BYTES]
    small = [f for f in files if f not in big]
    db.bulk_extend(q for f in small for q in stream_quads(f.path, ox.NamedNode(f.graph)))
    for f in big:
        load_whole(db, f.path, ox.NamedNode(f.graph))
    counts = {}
    for graph in sorted({f.graph for f in files}):
        found = db.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        assert isinstance(found, ox.QuerySolutions)
        counts[graph] = int(next(found)["n"].value)
    return counts


def _adopt_layout_1(store: Path) -> None:
    """A store of the first layout (``oxigraph/`` and ``build.json`` in the folder itself, as older
    versions and hand-made test stores have it) becomes the first version, by renames."""
    legacy = store / "oxigraph"
    if storedir.current(store) is not None or legacy.is_symlink() or not legacy.is_dir():
        return
    data = storedir.manifest(store) or {}
    staging = storedir.new_staging(store)
    os.replace(legacy, staging / "oxigraph")
    (store / "build.json").unlink(missing_ok=True)
    storedir.publish(store, staging, data)


def make_version(store: Path, fill: Filler, data: dict[str, object], *, base: Path | None = None,
                 compact: bool = True) -> tuple[dict[str, int], int]:
    """The one place a version is made (call under the build lock): a staging database, empty or a
    hard-linked checkpoint of version ``base`` (cheap: RocksDB's files are immutable), filled by
    ``fill`` (which returns graph counts and the inferred count), sealed and switched to.
    ``compact=False`` skips the compaction (2.4 s at 1M triples): a small edit of a compacted
    checkpoint leaves reads as fast."""
    staging = storedir.new_staging(store)
    try:
        if base is not None:
            ox.Store.read_only(str(base / "oxigraph")).backup(str(staging / "oxigraph"))
        db = ox.Store(str(staging / "oxigraph"))
        counts, inferred = fill(db)
        if compact:
            db.optimize()  # one compaction: reads (export, validate --all) get 3x faster on a bulk-loaded store
        db.flush()
        del db  # closed: the files are final before their sizes are recorded
        storedir.publish(store, staging, {**data, "graphs": counts, "inferred": inferred})
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    storedir.collect(store)
    return counts, inferred


def ensure_built(store: Path, reason: str | None = None, home: Home | None = None) -> None:
    """Build on demand when the store is missing, stale or damaged (the commands that read call this).

    ``build`` itself does nothing when the inputs are unchanged, so this only picks the
    reasoning mode: the one asked for, else the one the store was built with.
    """
    manifest = read_manifest(store)
    build(store, reason=reason or (str(manifest.get("reason")) if manifest else DEFAULT_REASON), home=home)


def db_path(store: Path) -> Path:
    """The database of the version this process reads (it holds that version, so no build removes
    it while worker processes open the path themselves), else the current version's."""
    version = storedir.held(store) or storedir.current(store)
    return (version if version is not None else store) / "oxigraph"


def open_read(store: Path, home: Home | None = None) -> ox.Store:
    """Open the current version for reading, building it first when missing, stale or damaged.

    The version stays locked for this process's life, so no build removes it while we read
    (a long-running program that wants newer builds uses ``reading`` instead).
    """
    return _open_version(store, home)[0]


@contextmanager
def reading(store: Path, home: Home | None = None) -> Iterator[ox.Store]:
    """The current version, open and locked for the ``with`` block only."""
    db, version = _open_version(store, home)
    try:
        yield db
    finally:
        del db
        storedir.release(version)


def _open_version(store: Path, home: Home | None) -> tuple[ox.Store, Path]:
    storedir.check_location(store)
    version = storedir.acquire(store) if (store / storedir.MARKER).exists() else None
    if version is not None and not _fresh(store, version, home):
        storedir.release(version)
        version = None
    if version is None:
        ensure_built(store, home=home)
        version = storedir.acquire(store)
    if version is None:  # pragma: no cover - build publishes a version or raises
        raise InputError(f"store {store}: no version after building")
    try:
        return ox.Store.read_only(str(version / "oxigraph")), version
    except (OSError, RuntimeError) as exc:  # RocksDB: "Corruption: block checksum mismatch …"
        storedir.release(version)
        log.warning("store version %s cannot be opened (%s); rebuilding it from the inputs", version.name,
                    str(exc).split("  ")[0])
        build(store, force=True, reason=str((storedir.manifest(version) or {}).get("reason") or DEFAULT_REASON),
              home=home)
        version = storedir.acquire(store)
        assert version is not None
        return ox.Store.read_only(str(version / "oxigraph")), version


def _fresh(store: Path, version: Path, home: Home | None) -> bool:
    """Whether the held version matches the inputs and its files are whole (no lock needed)."""
    manifest = storedir.manifest(version)
    if manifest is None or storedir.damage(version, manifest) is not None:
        return False
    reason = str(manifest.get("reason") or DEFAULT_REASON)
    files = inputs.input_files(home or find_home())
    digests = inputs.file_digests(files, _stat_cache(store))
    with contextlib.suppress(OSError):  # a store folder this user cannot write is still readable
        _save_stat_cache(store, digests)  # spares re-hashing touched files next time
    return manifest.get("fingerprint") == inputs.fingerprint(files, BUILD_FORMAT, f"reason={reason}", digests=digests)
