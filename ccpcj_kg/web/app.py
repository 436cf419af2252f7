"""The ASGI application: routes, the query pool's life cycle, and safety headers.

``create_app(kg)`` is what ``ccpcj-kg serve`` runs; ``ccpcj_kg.web.app(kg)`` is the same for
Python callers. The app only reads: every route is GET/HEAD (POST for /sparql queries),
other methods get 405.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ccpcj_kg.api import KnowledgeGraph
from ccpcj_kg.web import chart_pages, editor, pages, protocol, saved
from ccpcj_kg.web.entity import EntityBuilder
from ccpcj_kg.web.graph import WebGraph
from ccpcj_kg.web.links import Links
from ccpcj_kg.web.ontology_docs import OntologyDoc
from ccpcj_kg.web.workers import QueryPool

STATIC = Path(__file__).resolve().parent / "static"
# Our pages load scripts and styles from this host only; YASGUI sets inline styles.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


@dataclass(frozen=True)
class Config:
    """Limits and options of one server."""

    query_timeout: float = 30.0
    max_result_bytes: int = 20_000_000
    max_rows: int = 10_000
    workers: int = 2
    endpoint: str = "/sparql"  # where the query page sends its queries (another store's URL allowed)


class WebState:
    """What the routes share: the graph, the query pool, the page builders and the config."""

    def __init__(self, graph: WebGraph, config: Config) -> None:
        self.graph, self.config = graph, config
        self.links = Links("/", "")
        self.entities = EntityBuilder(graph)
        self.pool = QueryPool(graph.db, size=config.workers, timeout=config.query_timeout,
                              max_bytes=config.max_result_bytes, max_rows=config.max_rows)
        self._counts: dict[str, int] | None = None
        self.examples: list[dict[str, str]] | None = None  # the query page's, bound once
        self.ontology: OntologyDoc | None = None  # the ontology docs, read once

    def warm(self) -> None:
        """Read the label table and the search index before the first request needs them."""
        _ = self.graph.label_table, self.graph.names

    def counts(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = {"resources": len(self.graph.resources()), "graphs": len(self.graph.graphs())}
        return self._counts


def csp_for(endpoint: str) -> str:
    """The policy, letting the query page call a production endpoint on another origin."""
    parts = urlsplit(endpoint)
    if parts.scheme in ("http", "https") and parts.netloc:
        return CSP.replace("connect-src 'self'", f"connect-src 'self' {parts.scheme}://{parts.netloc}")
    return CSP


Next = Callable[[Request], Awaitable[Response]]


def _header_middleware(policy: str) -> Callable[[Request, Next], Awaitable[Response]]:
    async def add_headers(request: Request, call_next: Next) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return add_headers


def create_app(kg: KnowledgeGraph, config: Config | None = None) -> Starlette:
    """The web app over ``kg``'s embedded store (built first when stale)."""
    config = config or Config()
    state = WebState(WebGraph(kg), config)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await state.pool.start()
        await asyncio.to_thread(state.warm)
        try:
            yield
        finally:
            state.pool.close()

    routes = [
        Route("/", pages.home, name="home"),
        Route("/search", pages.search, name="search"),
        Route("/id/{path:path}", pages.entity, name="entity"),
        Route("/sparql", protocol.endpoint, methods=["GET", "HEAD", "POST"], name="sparql"),
        Route("/sparql-editor", editor.page, name="editor"),
        Route("/prefixes.json", editor.prefixes, name="prefixes"),
        Route("/queries", saved.index, name="queries"),
        Route("/queries/{name}", saved.saved_query, name="saved-query"),
        Route("/openapi.json", saved.openapi_json, name="openapi"),
        Route("/ontology", pages.ontology, name="ontology"),
        Route("/ontology.ttl", pages.ontology_turtle, name="ontology-ttl"),
        Route("/charts", chart_pages.index, name="charts"),
        Route("/charts/{kind}", chart_pages.chart, name="chart"),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    headers = Middleware(BaseHTTPMiddleware, dispatch=_header_middleware(csp_for(config.endpoint)))
    app = Starlette(routes=routes, lifespan=lifespan, middleware=[headers])
    app.state.web = state
    return app
