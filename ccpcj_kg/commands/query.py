"""``ccpcj-kg query NAME --param k=v``: run a saved query with parameters bound as RDF terms.

Also holds what ``sparql`` shares: running text against the store (a syntax error becomes a
one-line message with line and column) and writing the answer in the chosen format.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.commands.endpoint_options import connect_from_options, endpoint_options
from ccpcj_kg.errors import EXIT_NO, InputError
from ccpcj_kg.querying import execute
from ccpcj_kg.results import FORMATS, LABELLED_BY_DEFAULT, Answer, render, store_labeler
from ccpcj_kg.safe_write import check_target, write_atomic

FORMAT_OPTION = click.option(
    "--format",
    "-f",
    "fmt",
    default="table",
    show_default=True,
    metavar="|".join(FORMATS),
    help="table (labels), csv/tsv (IRIs; SPARQL results CSV/TSV), json (SPARQL results JSON), "
    "xml (SPARQL results XML), md; ttl for CONSTRUCT/DESCRIBE.",
)
IRIS_OPTION = click.option(
    "--iris/--labels",
    "show_iris",
    default=None,
    help="Show IRIs (or labels) instead of the format's default (table/md: labels; csv/tsv: IRIs).",
)
LANG_OPTION = click.option(
    "--lang",
    "lang",
    default="en",
    show_default=True,
    metavar="TAG",
    help="Language of the labels in table/md output (ar, zh, en, fr, ru, es; English where a label is missing).",
)
OUTPUT_OPTION = click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the answer to FILE instead of standard output.",
)
class Seconds(click.FloatRange):
    """A time limit: at least ``min`` seconds, never ``nan`` (which compares false with everything,
    so it passed the range check: a query without limit, or a ValueError deep in the socket code).
    ``inf`` means no limit where ``unlimited`` allows it (``None`` is returned), else it is refused."""

    name = "number of seconds"

    def __init__(self, min: float = 0.1, max: float | None = None, unlimited: bool = True) -> None:
        super().__init__(min=min, max=max)
        self.unlimited = unlimited

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if seconds != seconds:
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if seconds == float("inf"):
            if not self.unlimited:
                self.fail(f"{value!r}: give a finite number of seconds", param, ctx)
            return None
        return seconds


TIMEOUT_OPTION = click.option(
    "--timeout",
    type=Seconds(),
    default=None,
    metavar="SECONDS",
    help="Stop the query after SECONDS (exit 2 locally, 3 for a remote store) "
    "[default: none locally, 60 for --endpoint].",
)


def remote_timeout(timeout: float | None) -> float:
    """The per-request limit for a remote store: the one given, else the remote default."""
    from ccpcj_kg.remote import DEFAULT_TIMEOUT

    return timeout if timeout is not None else DEFAULT_TIMEOUT


def emit(
    ctx: click.Context,
    answer: Answer,
    fmt: str,
    show_iris: bool | None,
    output: Path | None,
    store: ox.Store,
    lang: str = "en",
    notes: list[str] | None = None,
    inputs: list[Path] | None = None,
) -> None:
    """Print (or write) the answer, labels in ``lang``, after its notes; an ASK answered no leaves
    with exit code 1. The answer is rendered first, so that a format that does not fit it is the
    one line printed."""
    text = render(answer, fmt, labeler=store_labeler(store, lang), show_iris=show_iris)
    for note in notes or []:
        click.echo(f"note: {note}", err=True)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text, inputs or [])
    if answer.kind == "ask" and not answer.boolean:
        # sys.exit, not ctx.exit: the group runs click in non-standalone mode, where ctx.exit's
        # code is returned rather than raised, and would be lost.
        sys.exit(EXIT_NO)


def wants_labels(fmt: str, show_iris: bool | None) -> bool:
    """Whether ``render`` will show labels (so a remote run fetches them)."""
    return LABELLED_BY_DEFAULT.get(fmt, False) if show_iris is None else not show_iris


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg query sponsors-of-document --param document=E/CN.15/2022/L.2
  ccpcj-kg query state-profile -p state=Kenya
  ccpcj-kg query state-profile -p state=CZE --iris
  ccpcj-kg query officers-of-session -p session=31 --format csv -o officers.csv
  ccpcj-kg query speakers-under-agenda-item -p session=31 -p item=9 --format md
  ccpcj-kg query states-by-regional-group --lang fr   labels in French (English where missing)
  ccpcj-kg query document-life --show          print the SPARQL and the bound terms
  ccpcj-kg query state-profile -p state=Kenya --endpoint http://127.0.0.1:7878/query

A State is accepted by ISO code (KEN, KE) or any of its names (Kenya, Czech Republic). A name
that matches nothing gives an empty answer and a note on stderr; a value of the wrong type
(session=abc) is an error (exit 2). ASK queries print yes/no and exit 1 on no. With --endpoint
the query runs on that store instead (names are looked up there; see docs/stores.md).""",
)
@click.argument("name")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter value (repeat for several); unset parameters take their defaults.",
)
@FORMAT_OPTION
@IRIS_OPTION
@LANG_OPTION
@OUTPUT_OPTION
@TIMEOUT_OPTION
@click.option("--show", is_flag=True, help="Print the query text and the bound terms instead of running it.")
@endpoint_options()
@click.pass_context
def command(
    ctx: click.Context,
    name: str,
    params: tuple[str, ...],
    fmt: str,
    show_iris: bool | None,
    lang: str,
    output: Path | None,
    timeout: float | None,
    show: bool,
    endpoint: str | None,
    user: str | None,
    password: str | None,
    store_kind: str,
) -> None:
    """Run the saved query NAME (see `ccpcj-kg queries`) with --param values bound as RDF terms."""
    from ccpcj_kg import params as typed
    from ccpcj_kg.labels import language

    check_format(fmt)
    lang = language(lang)
    kg = knowledge_graph(ctx)
    saved = kg.saved_query(name)
    given = typed.parse_assignments(params)
    typed.check_all(saved, given)  # type errors before the store is opened (or built)
    if output is not None:
        check_target(output, [saved.path])  # before the work: never the saved query itself
    if endpoint:  # a remote store: same answer shape, parameters bound in a VALUES block
        from ccpcj_kg.remote_query import run_saved

        ep = connect_from_options(endpoint, user, password, store_kind, timeout=remote_timeout(timeout))
        run = run_saved(ep, saved, given, labels=wants_labels(fmt, show_iris), execute=not show)
        if show:
            for note in run.notes:
                click.echo(f"note: {note}", err=True)
            click.echo(run.text.rstrip("\n"))
            return
        emit(ctx, run.answer, fmt, show_iris, output, run.store, lang, run.notes, [saved.path])
        return
    store = kg.db
    from ccpcj_kg.store import built_reason

    binding = typed.bind(saved, given, store, reasoning=built_reason(kg.store_path))
    if show:
        for note in binding.notes:
            click.echo(f"note: {note}", err=True)
        click.echo(saved.text.rstrip("\n"))
        for var, term in binding.substitutions.items():
            click.echo(f"# ?{var.value} = {term}")
        return
    answer = execute(store, saved.text, str(saved.path), substitutions=binding.substitutions, timeout=timeout)
    emit(ctx, answer, fmt, show_iris, output, store, lang, binding.notes, [saved.path])
