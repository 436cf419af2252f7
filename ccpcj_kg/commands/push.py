"""``ccpcj-kg push --endpoint URL``: load the graph into a remote SPARQL store, replacing what was there."""

from __future__ import annotations

import sys

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.commands.endpoint_options import connect_from_options, endpoint_options
from ccpcj_kg.commands.query import Seconds
from ccpcj_kg.export import GRAPH_SETS
from ccpcj_kg.push import DEFAULT_BATCH
from ccpcj_kg.remote import DEFAULT_RETRIES, DEFAULT_TIMEOUT


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg push --endpoint http://127.0.0.1:7878/query
  CCPCJ_KG_USER=dba CCPCJ_KG_PASSWORD=… ccpcj-kg push --endpoint http://127.0.0.1:8890/sparql
  ccpcj-kg push --endpoint URL --graphs asserted --graphs inferred
  ccpcj-kg push --endpoint URL --graph https://example.org/graph/ccpcj   everything in one graph
  ccpcj-kg push --endpoint http://host:3030/ds/query --store-kind generic \\
      --update-endpoint http://host:3030/ds/update --gsp-endpoint http://host:3030/ds/data

Each graph is uploaded to a temporary graph, counted, and swapped in with one SPARQL Update
(MOVE), so a push that fails leaves the store's old graphs as they were. Graphs of the pushed
kinds that the local store no longer has are dropped. Exit code 3 when the store cannot be
reached, refuses the credentials, or ends up with other triple counts than the local store.""",
)
@endpoint_options(required=True)
@click.option("--graph", "graph", metavar="IRI", default=None,
              help="Push everything into this one graph instead of keeping the named graphs.")
@click.option("--graphs", "which", type=click.Choice(GRAPH_SETS), multiple=True, default=("all",),
              show_default=True, help="Which graphs (repeatable): asserted, inferred, ontology, shapes, all.")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH, show_default=True,
              help="Triples per upload request.")
@click.option("--update-endpoint", metavar="URL", default=None,
              help="SPARQL Update URL, when it is not the one the store kind implies.")
@click.option("--gsp-endpoint", metavar="URL", default=None,
              help="Graph Store Protocol URL (without it, a generic store gets INSERT DATA batches).")
@click.option("--timeout", type=Seconds(unlimited=False), default=DEFAULT_TIMEOUT, show_default=True, metavar="SECONDS",
              help="Seconds to wait for each request.")
@click.option("--retries", type=click.IntRange(min=0), default=DEFAULT_RETRIES, show_default=True,
              help="Retries of a request on a refused connection or a transient error (exponential backoff).")
@click.pass_context
def command(ctx: click.Context, endpoint: str, user: str | None, password: str | None, store_kind: str,
            graph: str | None, which: tuple[str, ...], batch_size: int, update_endpoint: str | None,
            gsp_endpoint: str | None, timeout: float, retries: int) -> None:
    """Load the local graph into the SPARQL store at --endpoint, replacing the graphs it pushes."""
    from ccpcj_kg.push import Target, push

    ep = connect_from_options(endpoint, user, password, store_kind, update_url=update_endpoint,
                              gsp_url=gsp_endpoint, timeout=timeout, retries=retries)
    store = knowledge_graph(ctx).db
    bar: list[object] = []

    def started(targets: list[Target]) -> None:
        total = sum(t.expected for t in targets)
        if total > batch_size:
            progressbar = click.progressbar(length=total, label=f"pushing to {ep.display}", file=sys.stderr)
            bar.append(progressbar.__enter__())

    def advance(n: int) -> None:
        if bar:
            bar[0].update(n)  # type: ignore[attr-defined]

    try:
        result = push(store, ep, which, graph=graph, batch_size=batch_size, progress=advance,
                      plan_ready=started)
    finally:
        if bar:
            bar[0].__exit__(None, None, None)  # type: ignore[attr-defined]
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    n = len(result.dropped)
    dropped = f"; dropped {n} graph(s) the local store no longer has" if n else ""
    click.echo(
        f"pushed {result.triples} triples in {len(result.targets)} graph(s) to {ep.display} "
        f"({ep.kind}, {result.seconds:.1f} s){dropped}",
        err=True,
    )
