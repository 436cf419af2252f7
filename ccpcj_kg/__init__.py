"""ccpcj-kg: the knowledge graph of the UN Commission on Crime Prevention and Criminal Justice."""

from ccpcj_kg.version import __version__

__all__ = ["__version__"]
