"""Running SPARQL text against the embedded store: the one place a query meets pyoxigraph.

Shared by the API, the saved queries and the remote path (which borrows the syntax check):
a syntax error becomes an :class:`InputError` naming the origin, line and column.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import TypeVar

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.results import Answer, collect
from ccpcj_kg.sparql_guard import refuse_unsafe

_POSITION = re.compile(r"^error at (\d+):(\d+): ?(.*)$", re.DOTALL)


def syntax_message(exc: SyntaxError, origin: str, line_offset: int = 0) -> str:
    """``error at 3:14: expected …`` → ``origin: SPARQL syntax error at line 3, column 14: expected …``."""
    text = " ".join(str(exc).split())
    match = _POSITION.match(text)
    if not match:
        return f"{origin}: SPARQL syntax error: {text}"
    line, col, reason = int(match.group(1)) + line_offset, match.group(2), match.group(3)
    return f"{origin}: SPARQL syntax error at line {line}, column {col}: {reason}"


def execute(
    store: ox.Store,
    text: str,
    origin: str,
    *,
    substitutions: Mapping[ox.Variable, ox.NamedNode | ox.Literal] | None = None,
    prefixes: dict[str, str] | None = None,
    timeout: float | None = None,
) -> Answer:
    """Run a query over the union of all named graphs and materialise the answer.

    The query runs in a worker thread (pyoxigraph releases the GIL while it evaluates) so that
    the calling thread stays responsive: Ctrl-C interrupts the wait at once, and ``timeout``
    seconds end it with an InputError. The abandoned evaluation dies with the process.
    """
    refuse_unsafe(text, origin)

    def run() -> Answer:
        try:
            result = store.query(
                text,
                use_default_graph_as_union=True,
                substitutions=dict(substitutions or {}) or None,
                prefixes=prefixes,
            )
            return collect(result)
        except SyntaxError as exc:
            raise InputError(syntax_message(exc, origin)) from None

    return bounded(run, timeout, f"{origin}: the query")


T = TypeVar("T")
# pyoxigraph's parser and planner recurse deeply on large queries: a roomy stack (address space
# only; pages are used as touched) instead of the 8 MiB that a deep query overflowed (sparql_guard).
WORKER_STACK = 256 * 1024 * 1024
_LOCK = threading.Lock()


def bounded(work: Callable[[], T], timeout: float | None, what: str) -> T:
    """``work()`` in a daemon thread, waited for in short steps (so KeyboardInterrupt lands within
    a tenth of a second) and at most ``timeout`` seconds (then an InputError: ``what`` is too slow)."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the waiting thread
            failure.append(exc)

    worker = threading.Thread(target=target, name="ccpcj-kg-query", daemon=True)
    with _LOCK:  # the stack size applies to threads started while it is set
        previous = threading.stack_size(WORKER_STACK)
        try:
            worker.start()
        except RuntimeError:  # a machine that will not reserve that much: the default stack (the guard's limits hold)
            threading.stack_size(previous)
            worker = threading.Thread(target=target, name="ccpcj-kg-query", daemon=True)
            worker.start()
        finally:
            threading.stack_size(previous)
    deadline = None if timeout is None else time.monotonic() + timeout
    while worker.is_alive():
        step = 0.1 if deadline is None else max(0.0, min(0.1, deadline - time.monotonic()))
        worker.join(step)
        if deadline is not None and worker.is_alive() and time.monotonic() >= deadline:
            raise QueryTimeout(f"{what} took longer than {timeout:g} s and was stopped (raise --timeout)")
    if failure:
        raise failure[0]
    return outcome[0]


class QueryTimeout(InputError):
    """A local query ran past its time limit."""


def solutions(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> ox.QuerySolutions:
    """The rows of a SELECT result (a type guard for callers that only run SELECT)."""
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    return result
