"""The files a build reads, the named graph each one goes to, and their content fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ccpcj_kg import paths
from ccpcj_kg.namespaces import GRAPH_ONTOLOGY, GRAPH_SHAPES, data_graph_iri


@dataclass(frozen=True)
class InputFile:
    """One source file of the graph and the named graph it is loaded into."""

    path: Path
    relative: str
    graph: str


def input_files() -> list[InputFile]:
    """Ontology, shapes and every ``data/**/*.ttl``, in a stable order."""
    root = paths.project_root()
    files = []
    if paths.ontology_file().exists():
        files.append(InputFile(paths.ontology_file(), "ontology/ccpcj.ttl", GRAPH_ONTOLOGY))
    if paths.shapes_file().exists():
        files.append(InputFile(paths.shapes_file(), "ontology/shapes.ttl", GRAPH_SHAPES))
    for path in sorted(paths.data_dir().rglob("*.ttl")):
        rel = path.relative_to(root).as_posix()
        files.append(InputFile(path, rel, data_graph_iri(rel)))
    return files


def fingerprint(files: list[InputFile], *extra: str) -> str:
    """A hash of every input's name and bytes plus ``extra`` settings: equal hash, equal store."""
    digest = hashlib.sha256()
    for part in extra:
        digest.update(part.encode() + b"\0")
    for f in files:
        digest.update(f.relative.encode() + b"\0")
        digest.update(hashlib.sha256(f.path.read_bytes()).digest())
    return digest.hexdigest()
