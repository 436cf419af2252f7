"""``ccpcj-kg ingest``: turn an official CCPCJ session report (text form) into Turtle in the graph's model."""

from __future__ import annotations

from pathlib import Path

import click

from ccpcj_kg.cli import knowledge_graph


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg ingest report.txt --dry-run          what would be extracted, and every warning
  ccpcj-kg ingest report.txt -o session-31.ttl  write canonical Turtle (atomically)
  ccpcj-kg ingest report.txt --session 31       when the title does not say which session
  ccpcj-kg validate session-31.ttl              then check it against the shapes

\b
Names of States, groups, organizations and persons are resolved against the graph (labels and
aliases); a name that cannot be resolved is reported with its paragraph and left out, never
invented. Warnings go to stderr and do not change the exit code.
Exit codes: 0 done (warnings allowed); 2 not a report, unreadable or empty input.""",
)
@click.argument("report", type=click.Path(path_type=Path))
@click.option("--session", type=click.IntRange(min=1), help="The session number, when the title does not give it.")
@click.option("--symbol", help="The report's symbol (E/2022/30), when the text does not give it.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the Turtle to this file (atomically) instead of stdout.")
@click.option("--dry-run", is_flag=True, help="Print a summary (counts, unresolved names, warnings); write nothing.")
@click.pass_context
def command(ctx: click.Context, report: Path, session: int | None, symbol: str | None, output: Path | None,
            dry_run: bool) -> None:
    """Read REPORT (an official session report in text form) and write its facts as Turtle.

    Extracted: the session and its parts and meetings, the officers, the agenda, every draft and
    adopted text with its symbol, revision, sponsors, action, meeting, date and destination, the
    statements under each agenda item (speaker, capacity, mode, on whose behalf), the attendance
    figures and the resolutions cited; each fact cites the paragraph it comes from.
    """
    from ccpcj_kg.canonical import to_turtle
    from ccpcj_kg.safe_write import write_atomic

    result = knowledge_graph(ctx).ingest(report, session=session, symbol=symbol)
    if dry_run:
        click.echo(result.summary.render(), nl=False)
        return
    for warning in result.warnings:
        click.echo(f"ccpcj-kg ingest: warning: {warning}", err=True)
    turtle = to_turtle(result.triples)
    if output is None:
        click.echo(turtle, nl=False)
        return
    write_atomic(output, turtle)
    click.echo(f"ccpcj-kg ingest: wrote {result.summary.triples} triples to {output} "
               f"({len(result.warnings)} warnings)", err=True)
