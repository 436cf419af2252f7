"""The version, read from the one place it lives: ``owl:versionInfo`` in the ontology header.

Read with a regular expression rather than an RDF parser so that ``--version`` costs nothing.
An installed wheel carries the same value in its metadata (hatch reads the header at build time);
that is the fallback when no home can be found.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from ccpcj_kg.errors import InputError
from ccpcj_kg.paths import find_home

UNKNOWN = "0+unknown"
_PATTERN = re.compile(r'owl:versionInfo\s+"([^"]+)"')


def ontology_version(ontology_file: Path) -> str | None:
    """The ``owl:versionInfo`` of an ontology file, or None when unreadable or absent."""
    try:
        match = _PATTERN.search(ontology_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return match.group(1) if match else None


def version_of(home: Path | str | None = None) -> str:
    """The version of the home's ontology (see ``paths.find_home``), else the installed package's."""
    try:
        found = ontology_version(find_home(home).ontology_file)
    except InputError:
        found = None
    if found:
        return found
    try:
        return metadata.version("ccpcj-kg")
    except metadata.PackageNotFoundError:
        return UNKNOWN


__version__ = version_of()
