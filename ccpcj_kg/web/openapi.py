"""An OpenAPI 3 description of the saved queries as a web API (``/openapi.json``).

One GET operation per query (``/queries/NAME.json`` and ``.csv``), its parameters typed from the
``#+`` header, so that generic clients and API explorers can call them without reading SPARQL.
"""

from __future__ import annotations

from typing import Any

from ccpcj_kg.catalog import Param, SavedQuery
from ccpcj_kg.params import EXPECTED
from ccpcj_kg.version import __version__

SCHEMAS: dict[str, dict[str, str]] = {
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "iri": {"type": "string", "format": "iri"},
}


def _parameter(p: Param) -> dict[str, Any]:
    schema: dict[str, Any] = dict(SCHEMAS.get(p.type, {"type": "string"}))
    schema["default"] = int(p.default) if p.type == "integer" else p.default
    return {
        "name": p.name,
        "in": "query",
        "required": False,
        "description": f"{p.description} ({EXPECTED[p.type]})",
        "schema": schema,
    }


def _operation(q: SavedQuery, media: str) -> dict[str, Any]:
    kind = "string" if media == "text/csv" else "object"
    return {
        "operationId": f"{q.name.replace('-', '_')}_{'csv' if media == 'text/csv' else 'json'}",
        "summary": q.summary,
        "description": q.description,
        "tags": list(q.tags),
        "parameters": [_parameter(p) for p in q.params],
        "responses": {
            "200": {"description": "the answer", "content": {media: {"schema": {"type": kind}}}},
            "400": {"description": "a parameter value of the wrong type",
                    "content": {"text/plain": {"schema": {"type": "string"}}}},
        },
    }


def document(queries: list[SavedQuery], server_url: str) -> dict[str, Any]:
    """The OpenAPI document for ``queries`` served at ``server_url``."""
    paths: dict[str, Any] = {}
    for q in queries:
        paths[f"/queries/{q.name}.json"] = {"get": _operation(q, "application/sparql-results+json")}
        paths[f"/queries/{q.name}.csv"] = {"get": _operation(q, "text/csv")}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "CCPCJ knowledge graph: saved queries",
            "version": __version__,
            "description": "The saved SPARQL queries of ccpcj-kg as GET operations; parameters are bound as RDF "
                           "terms. Answers are SPARQL 1.1 Query Results JSON or CSV.",
            "license": {"name": "CC-BY-4.0"},
        },
        "servers": [{"url": server_url}],
        "paths": paths,
    }
