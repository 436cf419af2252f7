"""``ccpcj-kg validate``: check new data (or the whole graph) against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.errors import InputError, NotConforming


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg validate new-session.ttl            check a curator's file against the graph
  ccpcj-kg validate a.ttl b.ttl --format json  results as a JSON list
  ccpcj-kg validate --all                      check every file of data/ together
  ccpcj-kg validate --all --format turtle      the SHACL validation report graph

\b
Exit codes: 0 conforms (warnings and notes are listed but do not fail);
1 does not conform (at least one violation); 2 bad input (file, line, column).""",
)
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--all", "check_all", is_flag=True, help="Check the whole shipped graph (every data/ file).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle", "json"]),
    default="text",
    show_default=True,
    help="text: grouped by node, with file:line; turtle: the SHACL report graph; json: a list of results.",
)
@click.option(
    "--show",
    "show_level",
    type=click.Choice(["violation", "warning", "info"]),
    default="warning",
    show_default=True,
    help="Lowest severity the text report lists (the others are counted).",
)
@click.pass_context
def command(ctx: click.Context, files: tuple[Path, ...], check_all: bool, fmt: str, show_level: str) -> None:
    """Validate FILE... in the context of the graph, without merging them into it.

    The files are checked together with the few triples of the store they refer to (types,
    dates, memberships), so the time grows with the new data, not with the graph. The report
    names, for each offending node, the file and line where it is written, its label, the
    property, the value, the rule (shape) and what to do.
    """
    if check_all and files:
        raise InputError("give FILE... or --all, not both")
    if not check_all and not files:
        raise InputError("nothing to validate: give FILE... (new Turtle files) or --all")

    report = knowledge_graph(ctx).validate(None if check_all else list(files))
    click.echo(report.render(fmt, show_level), nl=False)
    if not report.conforms:
        raise NotConforming(report.summary())
    if fmt != "text":
        click.echo(f"ccpcj-kg: {report.summary()}", err=True)
