"""``ccpcj-kg sparql QUERY_OR_FILE``: run any SPARQL query (text, a file, or ``-`` for stdin)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.commands.endpoint_options import connect_from_options, endpoint_options
from ccpcj_kg.commands.query import (
    FORMAT_OPTION,
    IRIS_OPTION,
    LANG_OPTION,
    OUTPUT_OPTION,
    TIMEOUT_OPTION,
    check_format,
    emit,
    execute,
    remote_timeout,
    wants_labels,
)
from ccpcj_kg.errors import InputError
from ccpcj_kg.rdfio import utf8_text
from ccpcj_kg.safe_write import check_target, regular_file
from ccpcj_kg.sparql_guard import is_update

_QUERY_START = ("select", "ask", "construct", "describe", "prefix", "base", "#")


def read_query(arg: str) -> tuple[str, str]:
    """The query text and where it came from: ``-`` is stdin, an existing file is read, else the text."""
    if arg == "-":
        if sys.stdin is None:  # started with <&-
            raise InputError("-: standard input is closed (give the query in quotes or as a file)")
        try:
            raw = sys.stdin.buffer.read()
        except OSError as exc:
            raise InputError(f"-: cannot read standard input ({exc.strerror})") from None
        return utf8_text(Path("<stdin>"), raw).removeprefix("\ufeff"), "<stdin>"
    stripped = arg.lstrip()
    looks_like_query = stripped.lower().startswith(_QUERY_START) or "{" in arg or is_update(arg)
    path = Path(arg)
    if not looks_like_query:
        if path.is_dir():
            raise InputError(f"{arg}: is a directory, expected a query file (or a query in quotes, or - for stdin)")
        if path.is_file():
            regular_file(path, "expected a query file")
            try:
                return utf8_text(path, path.read_bytes()).removeprefix("\ufeff"), str(path)  # a BOM is not SPARQL
            except OSError as exc:
                raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        if path.suffix.lower() in (".rq", ".sparql", ".txt") or "/" in arg:
            raise InputError(f"{arg}: no such file (give a file, a query in quotes, or - for stdin)")
    return arg, "<query>"


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg sparql 'SELECT ?s WHERE { ?s ccpcj:iso3166Alpha3 "KEN" }'
  ccpcj-kg sparql my-query.rq --format csv -o out.csv
  echo 'ASK { state:KEN rdfs:label "Kenya"@en }' | ccpcj-kg sparql -
  ccpcj-kg sparql 'DESCRIBE state:KEN' --format ttl
  ccpcj-kg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --endpoint http://127.0.0.1:8890/sparql

The project's prefixes (ccpcj:, state:, doc:, rdfs:, skos:, prov:, …) are predeclared; the
query sees the union of all named graphs (use GRAPH ?g { … } to ask where a triple lives).
The store is opened read-only: updates are refused. With --endpoint the query runs on that
store, over its graphs under https://w3id.org/ccpcj-kg/graph/ (see docs/stores.md).""",
)
@click.argument("query_or_file")
@FORMAT_OPTION
@IRIS_OPTION
@LANG_OPTION
@OUTPUT_OPTION
@TIMEOUT_OPTION
@endpoint_options()
@click.pass_context
def command(
    ctx: click.Context, query_or_file: str, fmt: str, show_iris: bool | None, lang: str, output: Path | None,
    timeout: float | None, endpoint: str | None, user: str | None, password: str | None, store_kind: str,
) -> None:
    """Run a SPARQL query given as text, as a file, or on standard input (-)."""
    from ccpcj_kg.labels import language
    from ccpcj_kg.model.namespaces import PREFIXES

    check_format(fmt)
    lang = language(lang)
    text, origin = read_query(query_or_file)
    if not text.strip():
        raise InputError(f"{origin}: the query is empty")
    sources = [Path(origin)] if not origin.startswith("<") else []
    if output is not None:
        check_target(output, sources)  # before the work: never the query file itself
    if endpoint:  # a remote store (see ccpcj_kg/remote_query.py)
        from ccpcj_kg.remote_query import run_text

        ep = connect_from_options(endpoint, user, password, store_kind, timeout=remote_timeout(timeout))
        run = run_text(ep, text, PREFIXES, labels=wants_labels(fmt, show_iris), origin=origin)
        emit(ctx, run.answer, fmt, show_iris, output, run.store, lang, inputs=sources)
        return
    store = knowledge_graph(ctx).db
    answer = execute(store, text, origin, prefixes=PREFIXES, timeout=timeout)
    emit(ctx, answer, fmt, show_iris, output, store, lang, inputs=sources)
