"""``ccpcj-kg ingest``: turn an official CCPCJ session report (text form) into Turtle in the graph's model."""

from __future__ import annotations

from pathlib import Path

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.errors import InputError, NotConforming


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg ingest report.txt --dry-run          what would be extracted, and every warning
  ccpcj-kg ingest report.txt -o session-31.ttl  write canonical Turtle (atomically)
  ccpcj-kg ingest report.txt --session 31       when the title does not say which session
  ccpcj-kg validate session-31.ttl              then check it against the shapes
  ccpcj-kg ingest report.txt --ledger           every paragraph: the facts taken, or why not
  ccpcj-kg ingest report.txt --ledger --format json
  ccpcj-kg ingest report.txt --strict -o s.ttl  refuse when a list of speakers, of sponsors,
                                                an election or an action was not understood
  ccpcj-kg ingest report.pdf --diff             what is new, already there or conflicting
  ccpcj-kg ingest report.docx --into data/session-32/
                                                write the session's canonical files, validated

\b
Names of States, groups, organizations and persons are resolved against the graph (labels and
aliases); a name that cannot be resolved is reported with its paragraph and left out, never
invented. Warnings go to stderr and do not change the exit code.
REPORT may be a PDF (extra 'pdf'), a Word .docx file (extra 'docx') or text.
Exit codes: 0 done (warnings allowed); 1 --strict and a paragraph of a known kind not
understood (nothing written), or the files written by --into do not conform; 2 not a report,
unreadable, empty or scanned input, or --into a directory that has the files already.""",
)
@click.argument("report", type=click.Path(path_type=Path))
@click.option("--session", type=click.IntRange(min=1), help="The session number, when the title does not give it.")
@click.option("--symbol", help="The report's symbol (E/2022/30), when the text does not give it.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the Turtle to this file (atomically) instead of stdout.")
@click.option("--dry-run", is_flag=True, help="Print a summary (counts, unresolved names, warnings); write nothing.")
@click.option("--ledger", is_flag=True,
              help="Print the paragraph ledger (every paragraph and list: facts taken, or why not); write nothing.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="The format of --ledger and --diff.")
@click.option("--strict", is_flag=True,
              help="Exit 1, writing nothing, when a paragraph that looks like a list of speakers or sponsors, an "
                   "election or an action on a draft was not fully understood.")
@click.option("--diff", is_flag=True,
              help="Compare with the graph: facts new, already there, conflicting; names resolved; new nodes. "
                   "Writes nothing.")
@click.option("--into", "into", type=click.Path(path_type=Path, file_okay=False),
              help="Write the session's canonical files (session.ttl, documents.ttl, statements.ttl) into this "
                   "new directory, then validate them.")
@click.option("--no-validate", is_flag=True, help="With --into: do not validate the files written.")
@click.pass_context
def command(ctx: click.Context, report: Path, session: int | None, symbol: str | None, output: Path | None,
            dry_run: bool, ledger: bool, fmt: str, strict: bool, diff: bool, into: Path | None,
            no_validate: bool) -> None:
    """Read REPORT (an official session report in text form) and write its facts as Turtle.

    Extracted: the session and its parts and meetings, the officers, the agenda, every draft and
    adopted text with its symbol, revision, sponsors, action, meeting, date and destination, the
    statements under each agenda item (speaker, capacity, mode, on whose behalf), the attendance
    figures and the resolutions cited; each fact cites the paragraph it comes from.
    """
    from ccpcj_kg.canonical import to_turtle
    from ccpcj_kg.safe_write import check_target, write_atomic

    if into is not None and output is not None:
        raise InputError("give -o FILE or --into DIR, not both")
    if output is not None:
        check_target(output, [report])  # before the work: an -o that is the report is refused
    kg = knowledge_graph(ctx)
    result = kg.ingest(report, session=session, symbol=symbol)
    if diff:
        from ccpcj_kg.ingest.review import review

        reviewed = review(result.triples, kg.db)
        click.echo(reviewed.to_json() if fmt == "json" else reviewed.render(), nl=False)
    if ledger:
        click.echo(result.ledger.to_json() if fmt == "json" else result.ledger.render(), nl=False)
    elif dry_run:
        click.echo(result.summary.render(), nl=False)
    failures = result.ledger.strict_failures() if strict else []
    for entry in failures:
        reasons = "; ".join(entry.reasons)
        click.echo(f"ccpcj-kg ingest: strict: {entry.ref} ({', '.join(entry.looks_like)}) {entry.status}: {reasons}",
                   err=True)
    if failures:
        raise NotConforming(f"{report}: {len(failures)} paragraph(s) of a known kind not fully understood "
                            "(--strict); nothing written")
    if ledger or dry_run or diff:
        return
    for warning in result.warnings:
        click.echo(f"ccpcj-kg ingest: warning: {warning}", err=True)
    if into is not None:
        from ccpcj_kg.ingest.into import write_into

        written = write_into(into, result.triples)
        click.echo(f"ccpcj-kg ingest: wrote {result.summary.triples} triples to "
                   f"{', '.join(str(p) for p in written)} ({len(result.warnings)} warnings)", err=True)
        if no_validate:
            return
        checked = kg.validate(written)
        click.echo(checked.render("text", "warning"), nl=False)
        if not checked.conforms:
            raise NotConforming(checked.summary())
        return
    turtle = to_turtle(result.triples)
    if output is None:
        click.echo(turtle, nl=False)
        return
    write_atomic(output, turtle, [report])
    click.echo(f"ccpcj-kg ingest: wrote {result.summary.triples} triples to {output} "
               f"({len(result.warnings)} warnings)", err=True)
