"""ccpcj-kg: the knowledge graph of the UN Commission on Crime Prevention and Criminal Justice.

    >>> import ccpcj_kg
    >>> kg = ccpcj_kg.open()          # the shipped graph; the store is built on first use
    >>> kg.query("officers-of-session", session=31)

See ``docs/api.md``. Importing the package costs little: the API module (and pyoxigraph) is
loaded on first use of ``open`` or ``KnowledgeGraph``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ccpcj_kg.errors import CcpcjError, InputError, NotConforming, RemoteStoreError
from ccpcj_kg.version import __version__

if TYPE_CHECKING:
    from ccpcj_kg.api import KnowledgeGraph, Result, ValidationReport, open

__all__ = [
    "CcpcjError",
    "InputError",
    "KnowledgeGraph",
    "NotConforming",
    "RemoteStoreError",
    "Result",
    "ValidationReport",
    "__version__",
    "open",
]

_LAZY = {"KnowledgeGraph", "Result", "ValidationReport", "open"}


def __getattr__(name: str) -> Any:
    """``ccpcj_kg.open`` and friends, imported from ``ccpcj_kg.api`` on first use."""
    if name in _LAZY:
        from ccpcj_kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'ccpcj_kg' has no attribute {name!r}")
