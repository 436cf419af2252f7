"""The web side of ccpcj-kg: a read-only SPARQL endpoint, entity pages, saved queries, charts,
and the same pages as a static site. Needs the ``web`` extra (starlette, uvicorn, jinja2).

    >>> import ccpcj_kg, uvicorn                                # doctest: +SKIP
    >>> uvicorn.run(ccpcj_kg.web.app(ccpcj_kg.open()), port=8000)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from ccpcj_kg.api import KnowledgeGraph


def app(kg: KnowledgeGraph | None = None, **options: Any) -> Starlette:
    """The ASGI app that ``ccpcj-kg serve`` runs, over ``kg`` (default: ``ccpcj_kg.open()``).

    ``options`` are :class:`ccpcj_kg.web.app.Config` fields (``query_timeout``, ``workers``, …)."""
    from ccpcj_kg.api import KnowledgeGraph
    from ccpcj_kg.web.app import Config, create_app

    return create_app(kg if kg is not None else KnowledgeGraph(), Config(**options))
