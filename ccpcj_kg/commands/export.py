"""``ccpcj-kg export``: the graph as a file for another triple store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.export import DEFAULT_GRAPHS, FORMATS, GRAPH_SETS, write_export
from ccpcj_kg.safe_write import atomic_text, check_target


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg export --format trig -o ccpcj-kg.trig            what a store needs for every saved query
  ccpcj-kg export --graphs asserted --format nquads -o data.nq     the curated data only
  ccpcj-kg export --graphs all --format nquads -o all.nq           the shapes too""",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="turtle", show_default=True,
              help="Serialisation. TriG, N-Quads and JSON-LD keep named graphs; the others merge them.")
@click.option("--graphs", "which", type=click.Choice(GRAPH_SETS), multiple=True,
              help="Which graphs (repeatable): the curated data (asserted), inferred triples, ontology, shapes, "
              f"or all. Default: {' + '.join(DEFAULT_GRAPHS)}, what a triple store needs for every saved query.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write to FILE atomically (temporary file, then rename) instead of standard output.")
@click.pass_context
def command(ctx: click.Context, fmt: str, which: tuple[str, ...], output: Path | None) -> None:
    """Write the graph deterministically: the same store always gives the same bytes."""
    kg = knowledge_graph(ctx)
    if output is None:
        write_export(kg.db, fmt, which, sys.stdout)
        return
    sources = kg.source_files()
    check_target(output, sources)  # before the store is opened (or built)
    store = kg.db
    with atomic_text(output, sources) as fh:
        n = write_export(store, fmt, which, fh)
    click.echo(f"wrote {output} ({fmt}, {n} graphs)", err=True)
