#!/usr/bin/env python3
"""Record the IRIs a release published, so no later version drops one without deprecating it.

    .venv/bin/python scripts/release_snapshot.py 1.1.0            # from the working tree
    .venv/bin/python scripts/release_snapshot.py 1.0.0 --rev e327cc2   # from a commit or tag

Writes ``releases/{version}.iris``: every IRI under ``https://w3id.org/ccpcj-kg/`` that the
release's ``data/**/*.ttl`` and ``ontology/ccpcj.ttl`` use (as subject, predicate, object or
datatype), one per line, sorted. ``tests/test_releases.py`` checks that each is still used by the
current graph or is deprecated there (``owl:deprecated true`` with ``dcterms:isReplacedBy``).
See docs/releasing.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/ccpcj-kg/"


def files_at(rev: str | None) -> Iterator[tuple[str, bytes]]:
    """(path, content) of the ontology and every data file, in the working tree or at ``rev``."""
    if rev is None:
        yield "ontology/ccpcj.ttl", (ROOT / "ontology" / "ccpcj.ttl").read_bytes()
        for path in sorted((ROOT / "data").rglob("*.ttl")):
            yield path.relative_to(ROOT).as_posix(), path.read_bytes()
        return
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", rev, "--", "data", "ontology/ccpcj.ttl"],
                            check=True, capture_output=True, text=True).stdout.split()
    for rel in sorted(p for p in listed if p.endswith(".ttl")):
        yield rel, subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{rel}"], check=True,
                                  capture_output=True).stdout


def iris(files: Iterable[tuple[str, bytes]]) -> set[str]:
    out: set[str] = set()
    for _, content in files:
        for q in ox.parse(content, format=ox.RdfFormat.TURTLE):
            for term in (q.subject, q.predicate, q.object):
                if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
                    out.add(term.value)
                elif isinstance(term, ox.Literal) and term.datatype.value.startswith(BASE):
                    out.add(term.datatype.value)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("version")
    parser.add_argument("--rev", default=None, help="a git commit or tag (default: the working tree)")
    args = parser.parse_args()
    found = sorted(iris(files_at(args.rev)))
    out = ROOT / "releases" / f"{args.version}.iris"
    out.parent.mkdir(exist_ok=True)
    out.write_text("".join(f"{i}\n" for i in found), encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(found)} IRIs", file=sys.stderr)


if __name__ == "__main__":
    main()
