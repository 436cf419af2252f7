"""Where the project's inputs live and where the embedded store goes.

Inputs are read from the checkout (``CCPCJ_KG_HOME`` overrides); the store defaults to the
user's cache directory so that a read-only checkout still works.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "CCPCJ_KG_HOME"
STORE_ENV = "CCPCJ_KG_STORE"


def project_root() -> Path:
    """The folder holding ``ontology/``, ``data/`` and ``queries/``."""
    env = os.environ.get(HOME_ENV)
    return Path(env).resolve() if env else Path(__file__).resolve().parent.parent


def ontology_dir() -> Path:
    return project_root() / "ontology"


def data_dir() -> Path:
    return project_root() / "data"


def queries_dir() -> Path:
    return project_root() / "queries"


def ontology_file() -> Path:
    return ontology_dir() / "ccpcj.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def default_store() -> Path:
    """``$CCPCJ_KG_STORE``, else ``$XDG_CACHE_HOME/ccpcj-kg/store``, else ``~/.cache/ccpcj-kg/store``."""
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env).expanduser().resolve()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache).expanduser().resolve() / "ccpcj-kg" / "store"
