"""A small pool of worker processes that run SPARQL queries with a time and size limit.

pyoxigraph cannot interrupt a running query, so each query runs in a process of its own store
handle: when the time limit passes, that process is killed and replaced, and the request gets a
500 with a message, while the web process (entity pages, search, other queries on other
workers) keeps answering. Answers are serialised in the worker, into a buffer that refuses to
grow past the size limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import multiprocessing
import multiprocessing.connection
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.querying import syntax_message
from ccpcj_kg.results import Answer, collect
from ccpcj_kg.sparql_guard import refuse_oversized
from ccpcj_kg.web import negotiation as neg

_CONTEXT = multiprocessing.get_context("spawn")  # no forked copy of the web process's store or loop


@dataclass(frozen=True)
class Job:
    """One query to run: the text, the client's Accept header, and the dataset it asked for.

    ``materialise`` asks for an :class:`Answer` (for HTML tables) instead of serialised bytes."""

    text: str
    accept: str | None = None
    prefixes: dict[str, str] | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    substitutions: dict[str, Any] = field(default_factory=dict)
    materialise: bool = False
    origin: str = "query"


@dataclass
class Outcome:
    """What a worker answered: an HTTP status, and bytes of a media type or an Answer or a message."""

    status: int
    media_type: str = "text/plain; charset=utf-8"
    body: bytes = b""
    answer: Answer | None = None

    @property
    def message(self) -> str:
        return self.body.decode("utf-8", "replace")


def failure(status: int, message: str) -> Outcome:
    return Outcome(status, body=(message.rstrip("\n") + "\n").encode("utf-8"))


class _TooLarge(Exception):
    pass


class _Bounded(io.RawIOBase):
    """A byte buffer that stops the serialiser once it holds more than ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.overflowed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.size += len(chunk)
        if self.size > self.limit:
            self.overflowed = True
            raise _TooLarge
        self.parts.append(chunk)
        return len(chunk)

    def value(self) -> bytes:
        return b"".join(self.parts)


def _dataset(job: Job) -> dict[str, Any]:
    if not job.default_graphs and not job.named_graphs:
        return {"use_default_graph_as_union": True}
    options: dict[str, Any] = {"default_graph": [ox.NamedNode(g) for g in job.default_graphs] or ox.DefaultGraph()}
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return options


def run(store: ox.Store, job: Job, max_bytes: int, max_rows: int) -> Outcome:
    """Run one job against ``store`` (in the worker; also usable in-process by tests and the site)."""
    try:
        refuse_oversized(job.text, job.origin)
    except InputError as exc:
        return failure(400, str(exc))
    try:
        subs = {ox.Variable(k): v for k, v in job.substitutions.items()} or None
        result = store.query(job.text, prefixes=job.prefixes, substitutions=subs, **_dataset(job))
    except SyntaxError as exc:
        return failure(400, syntax_message(exc, job.origin))
    except (ValueError, OSError) as exc:
        return failure(400 if isinstance(exc, ValueError) else 500, f"{job.origin}: {exc}")
    try:
        if job.materialise:
            return _materialised(result, max_rows)
        offered = neg.GRAPH_FORMATS if isinstance(result, ox.QueryTriples) else neg.RESULT_FORMATS
        chosen = neg.choose(job.accept, offered)
        if chosen is None:
            kinds = ", ".join(f.media_type for f in offered)
            return failure(406, f"this answer is available as {kinds}; the request's Accept allows none of them")
        buffer = _Bounded(max_bytes)
        try:
            result.serialize(buffer, chosen.oxigraph)  # type: ignore[arg-type]
        except Exception:
            if buffer.overflowed:
                return failure(500, f"the answer is larger than the limit of {max_bytes:,} bytes: add a LIMIT")
            raise
        charset = "; charset=utf-8" if chosen.media_type.startswith("text/") else ""
        return Outcome(200, chosen.media_type + charset, buffer.value())
    except (OSError, RuntimeError, ValueError) as exc:  # evaluation errors surface while iterating
        return failure(500, f"{job.origin}: query failed: {exc}")


def _materialised(result: Any, max_rows: int) -> Outcome:
    if isinstance(result, ox.QuerySolutions):
        rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]] = []
        names = [v.value for v in result.variables]
        for solution in result:
            if len(rows) >= max_rows:
                return failure(500, f"the answer has more than {max_rows:,} rows: add a LIMIT")
            rows.append([solution[i] for i in range(len(names))])
        return Outcome(200, answer=Answer("select", variables=names, rows=rows))
    return Outcome(200, answer=collect(result))


def _serve(conn: multiprocessing.connection.Connection, db: str, max_bytes: int, max_rows: int) -> None:
    """A worker's loop: open the store read-only, answer jobs until told to stop (None)."""
    store = ox.Store.read_only(db)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            outcome = run(store, job, max_bytes, max_rows)
        except Exception as exc:  # a bug: report it rather than die silently
            outcome = failure(500, f"internal error: {type(exc).__name__}: {exc}")
        conn.send(outcome)


class _Worker:
    def __init__(self, db: Path, max_bytes: int, max_rows: int) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=_serve, args=(child, str(db), max_bytes, max_rows), daemon=True, name="ccpcj-kg-query"
        )
        self.process.start()
        child.close()
        if not self.conn.poll(60) or self.conn.recv() != "ready":
            self.kill()
            raise RuntimeError("a query worker did not start")

    def kill(self) -> None:
        """End this worker's process by its PID (it may be mid-query)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=10)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=5)
        self.kill()


class QueryPool:
    """``size`` worker processes over the store at ``db``; ``await pool.run(job)`` answers a job."""

    def __init__(self, db: Path, *, size: int = 2, timeout: float = 30.0,
                 max_bytes: int = 20_000_000, max_rows: int = 10_000) -> None:
        self.db, self.size, self.timeout = db, size, timeout
        self.max_bytes, self.max_rows = max_bytes, max_rows
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []
        self._lock = threading.Lock()

    def _spawn(self) -> _Worker:
        worker = _Worker(self.db, self.max_bytes, self.max_rows)
        with self._lock:
            self._all.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    async def start(self) -> None:
        self._idle = asyncio.Queue()
        workers = await asyncio.gather(*(asyncio.to_thread(self._spawn) for _ in range(self.size)))
        for worker in workers:
            self._idle.put_nowait(worker)

    async def run(self, job: Job) -> Outcome:
        """Answer ``job`` on the next free worker; kill and replace it when it overruns the limit."""
        if self._idle is None:
            raise RuntimeError("the query pool is not started")
        worker = await self._idle.get()
        try:
            worker.conn.send(job)
            ready = await asyncio.to_thread(worker.conn.poll, self.timeout)
            if ready:
                outcome: Outcome = worker.conn.recv()
                return outcome
            self._retire(worker)
            worker = await asyncio.to_thread(self._spawn)
            return failure(500, f"the query ran longer than the time limit of {self.timeout:g} s and was stopped")
        except (EOFError, OSError) as exc:
            self._retire(worker)
            worker = await asyncio.to_thread(self._spawn)
            return failure(500, f"the query worker failed ({exc})")
        finally:
            self._idle.put_nowait(worker)

    def close(self) -> None:
        """Stop every worker (by its own process handle)."""
        with self._lock:
            workers, self._all = list(self._all), []
        for worker in workers:
            worker.stop()
