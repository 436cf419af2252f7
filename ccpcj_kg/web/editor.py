"""The query page: YASGUI (vendored, no CDN) on the endpoint, with the saved queries as examples.

Each example is the saved query with its default parameters bound in a VALUES block (the same
binding ``ccpcj-kg query --endpoint`` sends), so it runs as is on any SPARQL store.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ccpcj_kg.bindings import bind_values
from ccpcj_kg.model.namespaces import ID
from ccpcj_kg.web.graph import WebGraph
from ccpcj_kg.web.pages import html

START_QUERY = """SELECT ?state ?name ?group WHERE {
  ?state a ccpcj:State ;
         rdfs:label ?name ;
         ccpcj:inRegionalGroup ?group .
}
ORDER BY ?name
LIMIT 25
"""


def prefix_block(prefixes: dict[str, str]) -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes.items()))


def examples(graph: WebGraph) -> list[dict[str, str]]:
    """The saved queries, defaults bound, as ``{name, description, query}`` for the page."""
    out = []
    for query in graph.saved_queries():
        binding = graph.bind(query, {})
        out.append({"name": query.name, "description": query.summary,
                    "query": bind_values(query.text, binding.substitutions)})
    return out


def editor_config(graph: WebGraph, endpoint: str, base: str, suffix: str,
                  cached: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """What ``static/query.js`` reads: the endpoint, the first query, the examples, link rules."""
    return {
        "endpoint": endpoint,
        "query": prefix_block(graph.prefixes()) + "\n" + START_QUERY,
        "examples": cached if cached is not None else examples(graph),
        "idNamespace": ID,
        "prefixes": base + "prefixes.json",  # the editor's prefix completion (prefix.cc's format)
        "base": base,
        "suffix": suffix,
    }


def prefixes(request: Request) -> Response:
    """``/prefixes.json``: the project's prefixes as ``{prefix: namespace}`` (prefix.cc's format)."""
    return JSONResponse(request.app.state.web.graph.prefixes())


def page(request: Request) -> Response:
    """``/sparql-editor``."""
    app = request.app.state.web
    endpoint = app.config.endpoint
    if endpoint.startswith("/"):
        endpoint = str(request.base_url).rstrip("/") + endpoint
    if app.examples is None:
        app.examples = examples(app.graph)
    config = editor_config(app.graph, endpoint, "/", "", app.examples)
    return html(request, "query.html", endpoint=endpoint, examples=app.examples, config_json=config)
