"""``ccpcj-kg stats``: triples by named graph and resources by class."""

from __future__ import annotations

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.querying import solutions

_BY_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
_BY_CLASS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  GRAPH ?g { ?s a ?class }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/ccpcj-kg/graph/data/"))
} GROUP BY ?class ORDER BY DESC(?n) ?class
"""


@click.command(epilog="Example:\n\n  ccpcj-kg stats")
@click.pass_context
def command(ctx: click.Context) -> None:
    """Print triple counts by named graph, then resource counts by asserted class in data/."""
    db = knowledge_graph(ctx).db
    click.echo("triples by graph")
    total = 0
    for row in solutions(db.query(_BY_GRAPH)):
        n = int(row["n"].value)
        total += n
        click.echo(f"  {n:>8}  {row['g'].value}")
    click.echo(f"  {total:>8}  total")
    click.echo("resources by class (data graphs)")
    for row in solutions(db.query(_BY_CLASS)):
        click.echo(f"  {int(row['n'].value):>8}  {row['class'].value}")
