"""``ccpcj-kg serve``: the read-only web server (SPARQL endpoint, entity pages, saved queries, charts)."""

from __future__ import annotations

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.errors import InputError


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg serve                         http://127.0.0.1:8000/ (this machine only)
  ccpcj-kg serve --port 9000 --query-timeout 10
  curl -H 'Accept: text/turtle' http://127.0.0.1:8000/id/state/KEN
  curl --data-urlencode 'query=ASK { ?s ?p ?o }' http://127.0.0.1:8000/sparql

The store is built first when missing or stale. The server only reads: SPARQL Update and
SERVICE are refused (403). Each /sparql query runs in a worker process and is stopped after
--query-timeout seconds; answers larger than --max-result-bytes are refused (see docs/web.md).""",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries that may run at the same time).")
@click.option("--query-timeout", default=30.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a /sparql query may run.")
@click.option("--max-result-bytes", default=20_000_000, show_default=True, type=click.IntRange(1_000),
              help="Largest /sparql answer, in bytes.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1),
              help="Most rows a saved query's HTML table shows.")
@click.option("--endpoint", default="/sparql", show_default=True, metavar="URL",
              help="Where the query page sends queries (another SPARQL endpoint, e.g. a production store).")
@click.pass_context
def command(ctx: click.Context, host: str, port: int, workers: int, query_timeout: float,
            max_result_bytes: int, max_rows: int, endpoint: str) -> None:
    """Serve the graph over HTTP: /sparql, /id/… pages, /queries, /charts, /ontology."""
    try:
        import uvicorn

        from ccpcj_kg.web.app import Config, create_app
    except ImportError as exc:
        raise InputError(
            f"the web server needs the web extra: pip install 'ccpcj-kg[web]' ({exc.name} is missing)"
        ) from None
    config = Config(query_timeout=query_timeout, max_result_bytes=max_result_bytes, max_rows=max_rows,
                    workers=workers, endpoint=endpoint)
    app = create_app(knowledge_graph(ctx), config)
    click.echo(f"serving on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
