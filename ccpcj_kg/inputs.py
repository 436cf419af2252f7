"""The files a build reads, the named graph each one goes to, and their content fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import GRAPH_DATASET, GRAPH_ONTOLOGY, GRAPH_SHAPES, data_graph_iri
from ccpcj_kg.paths import Home
from ccpcj_kg.safe_write import regular_file


@dataclass(frozen=True)
class InputFile:
    """One source file of the graph and the named graph it is loaded into."""

    path: Path
    relative: str
    graph: str


def input_files(home: Home) -> list[InputFile]:
    """Ontology (with its labels file, into the same graph), shapes and every ``data/**/*.ttl`` of
    ``home``, in a stable order.

    A home without the ontology, the shapes or any data file is an error: an empty graph
    would make every later answer silently empty.
    """
    files = []
    for path, rel, graph in (
        (home.ontology_file, "ontology/ccpcj.ttl", GRAPH_ONTOLOGY),
        (home.shapes_file, "ontology/shapes.ttl", GRAPH_SHAPES),
    ):
        if not path.is_file():
            raise InputError(f"{path}: missing (no graph inputs in {home.root})")
        files.append(InputFile(path, rel, graph))
    if home.ontology_labels_file.is_file():  # optional: the terms' labels in other languages
        files.append(InputFile(home.ontology_labels_file, "ontology/labels.ttl", GRAPH_ONTOLOGY))
    if home.dataset_file.is_file():  # optional: a home without it builds without a description
        files.append(InputFile(home.dataset_file, "ontology/dataset.ttl", GRAPH_DATASET))
    data = sorted(home.data_dir.rglob("*.ttl")) if home.data_dir.is_dir() else []
    if not data:
        raise InputError(f"{home.data_dir}: no data files (*.ttl) in the home {home.root}")
    for path in data:
        # a FIFO named *.ttl blocked the build forever; a folder, device or dangling link is named
        regular_file(path, "expected a Turtle file of the graph's data")
        rel = path.relative_to(home.root).as_posix()
        files.append(InputFile(path, rel, data_graph_iri(rel)))
    return files


FileDigests = dict[str, list[object]]  # relative path -> [size, mtime_ns, sha256 hex]


def file_digests(files: list[InputFile], known: FileDigests | None = None) -> FileDigests:
    """Each input's content hash, re-hashing only files whose size or mtime changed since ``known``.

    At a million triples hashing every input took 300 ms of each command's start; a stat call
    per file costs microseconds, and a file touched but unchanged still hashes to the same value.
    """
    out: FileDigests = {}
    for f in files:
        stat = f.path.stat()
        cached = (known or {}).get(f.relative)
        if cached and cached[0] == stat.st_size and cached[1] == stat.st_mtime_ns:
            out[f.relative] = cached
        else:
            out[f.relative] = [stat.st_size, stat.st_mtime_ns, hashlib.sha256(f.path.read_bytes()).hexdigest()]
    return out


def fingerprint(files: list[InputFile], *extra: str, digests: FileDigests | None = None) -> str:
    """A hash of every input's name and content plus ``extra`` settings: equal hash, equal store."""
    digests = digests if digests is not None else file_digests(files)
    digest = hashlib.sha256()
    for part in extra:
        digest.update(part.encode() + b"\0")
    for f in files:
        digest.update(f.relative.encode() + b"\0")
        digest.update(str(digests[f.relative][2]).encode())
    return digest.hexdigest()
