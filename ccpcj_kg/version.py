"""The version, read from the one place it lives: ``owl:versionInfo`` in the ontology header.

Read with a regular expression rather than an RDF parser so that ``--version`` costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ccpcj_kg.paths import ontology_file

_PATTERN = re.compile(r'owl:versionInfo\s+"([^"]+)"')


@lru_cache(maxsize=1)
def ontology_version() -> str:
    """The ``owl:versionInfo`` of ``ontology/ccpcj.ttl``, or ``0+unknown`` when unreadable."""
    try:
        match = _PATTERN.search(ontology_file().read_text(encoding="utf-8"))
    except OSError:
        return "0+unknown"
    return match.group(1) if match else "0+unknown"


__version__ = ontology_version()
