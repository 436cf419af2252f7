"""``ccpcj-kg fmt``: keep Turtle files in canonical form so that diffs of data/ stay readable."""

from __future__ import annotations

from pathlib import Path

import click

from ccpcj_kg.canonical import to_turtle
from ccpcj_kg.errors import InputError, NotConforming
from ccpcj_kg.rdfio import parse_file
from ccpcj_kg.safe_write import write_atomic


def _targets(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for p in paths:
        found.extend(sorted(p.rglob("*.ttl")) if p.is_dir() else [p])
    return found


def canonical_text(path: Path) -> str:
    """The canonical Turtle of a file's triples."""
    quads = parse_file(path)
    try:
        return to_turtle((q.subject, q.predicate, q.object) for q in quads)  # type: ignore[misc]
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


@click.command(
    epilog="""\b
Examples:
  ccpcj-kg fmt data/                 rewrite every data file in canonical form
  ccpcj-kg fmt --check data/         exit 1 and list files that are not canonical""",
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Only report files that are not canonical (exit 1 if any).")
def command(paths: tuple[Path, ...], check: bool) -> None:
    """Rewrite Turtle files sorted and byte-stable (comments are not kept)."""
    stale = []
    for path in _targets(paths):
        text = canonical_text(path)
        if path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if not check:
                write_atomic(path, text)
                click.echo(f"formatted {path}")
    if check and stale:
        raise NotConforming("not in canonical form (run `ccpcj-kg fmt`): " + ", ".join(map(str, stale)))
