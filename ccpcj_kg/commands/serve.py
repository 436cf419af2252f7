"""``ccpcj-kg serve``: the read-only web server (SPARQL endpoint, entity pages, saved queries, charts)."""

from __future__ import annotations

import errno
import socket

import click

from ccpcj_kg.cli import knowledge_graph
from ccpcj_kg.commands.query import Seconds
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
@click.option("--query-timeout", default=30.0, show_default=True, type=Seconds(0.1, 3600, unlimited=False),
              metavar="SECONDS",
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
    sock = listening_socket(host, port)  # before the graph is opened: a port in use is one line
    try:
        app = create_app(knowledge_graph(ctx), config)
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"serving on http://{shown}:{sock.getsockname()[1]}/ (Ctrl-C stops)", err=True)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        server.run(sockets=[sock])
    finally:
        sock.close()


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound and listening on ``host``:``port``, or an InputError naming why not
    (a port in use, a privileged port, a host name that is not an address of this machine)."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    except (socket.gaierror, UnicodeError) as exc:
        cause = getattr(exc, "strerror", None) or exc
        raise InputError(f"--host {host!r}: not a host name or address ({cause})") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        why = {errno.EADDRINUSE: "the port is in use (stop what uses it, or choose another --port)",
               errno.EACCES: "permission denied (ports below 1024 need privileges: choose another --port)",
               errno.EADDRNOTAVAIL: "not an address of this machine (choose another --host)"}
        raise InputError(f"{host}:{port}: cannot listen: {why.get(exc.errno or 0, exc.strerror or str(exc))}") from None
    return sock
