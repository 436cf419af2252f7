"""The web side of ccpcj-kg: a read-only SPARQL endpoint, entity pages, saved queries, charts,
and the same pages as a static site. Needs the ``web`` extra (starlette, uvicorn, jinja2).

``ccpcj_kg.web.app(store)`` returns the ASGI app that ``ccpcj-kg serve`` runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.applications import Starlette


def app(store: Path | str | None = None, **options: Any) -> Starlette:
    """The ASGI app over the embedded store folder ``store`` (default: the usual store folder).

    ``options`` are :class:`ccpcj_kg.web.app.Config` fields (``query_timeout``, ``workers``, …)."""
    from ccpcj_kg.paths import default_store
    from ccpcj_kg.web.app import Config, create_app

    folder = Path(store).expanduser().resolve() if store is not None else default_store()
    return create_app(folder, Config(**options))
