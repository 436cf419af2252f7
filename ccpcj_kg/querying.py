"""Running SPARQL text against the embedded store: the one place a query meets pyoxigraph.

Shared by the API, the saved queries and the remote path (which borrows the syntax check):
a syntax error becomes an :class:`InputError` naming the origin, line and column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from ccpcj_kg.errors import InputError
from ccpcj_kg.results import Answer, collect
from ccpcj_kg.sparql_guard import refuse_service

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
) -> Answer:
    """Run a query over the union of all named graphs and materialise the answer."""
    refuse_service(text, origin)
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


def solutions(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> ox.QuerySolutions:
    """The rows of a SELECT result (a type guard for callers that only run SELECT)."""
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    return result
