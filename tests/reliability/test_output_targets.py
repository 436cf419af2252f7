"""Every command that writes a file refuses a target that is not a regular file (or a new name in a
writable folder), respects a read-only file, keeps the file's mode, and writes atomically.

Device nodes and FIFOs are made with mknod/mkfifo in a temporary folder, never the real ones.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ccpcj_kg.errors import EXIT_BAD_INPUT

ROOT = Path(__file__).resolve().parent.parent.parent
TTL = "<http://e/b> <http://e/p> 1 .\n<http://e/a> <http://e/p> 2 .\n"


def _report(tmp_path: Path) -> Path:
    report = tmp_path / "report.txt"
    if not report.exists():
        seeds = sorted((ROOT / "tests" / "ingest").rglob("*.txt"))
        assert seeds, "the ingest tests' report fixtures are missing"
        report.write_bytes(seeds[0].read_bytes())
    return report


# Each writer: argv builder taking the target path (and tmp_path for its own inputs).
WRITERS: dict[str, Callable[[Path, Path], list[str]]] = {
    "export": lambda out, tmp: ["export", "--format", "ntriples", "-o", str(out)],
    "query": lambda out, tmp: ["query", "sessions", "--format", "csv", "-o", str(out)],
    "sparql": lambda out, tmp: ["sparql", "SELECT (1 AS ?one) {}", "--format", "csv", "-o", str(out)],
}


def _device(path: Path) -> None:
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "keep.txt").write_text("keep\n")


def _dangling(path: Path) -> None:
    os.symlink(path.parent / "elsewhere" / "x", path)


BAD_TARGETS: list[tuple[str, Callable[[Path], None], str]] = [
    ("device", _device, "a character device, not a regular file; not writing to it"),
    ("fifo", _fifo, "a FIFO, not a regular file; not writing to it"),
    ("folder", _folder, "a folder, not a regular file; not writing to it"),
    ("dangling", _dangling, "a dangling symbolic link"),
]


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.parametrize(("name", "make", "says"), BAD_TARGETS, ids=[b[0] for b in BAD_TARGETS])
def test_a_target_that_is_not_a_regular_file_is_refused_and_left_alone(
        cli: Callable[..., Any], snapshot: Callable[[Path], object], tmp_path: Path, writer: str, name: str,
        make: Callable[[Path], None], says: str) -> None:
    target = tmp_path / "out"
    make(target)
    before = snapshot(tmp_path)
    done = cli(*WRITERS[writer](target, tmp_path))
    assert done.code == EXIT_BAD_INPUT
    assert done.line.startswith(f"ccpcj-kg: {target}: ") and (says in done.line), done.line
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_read_only_file_is_not_replaced(cli: Callable[..., Any], snapshot: Callable[[Path], object],
                                         tmp_path: Path, writer: str) -> None:
    target = tmp_path / "out"
    target.write_text("precious\n")
    target.chmod(0o444)
    before = snapshot(tmp_path)
    done = cli(*WRITERS[writer](target, tmp_path))
    assert done.code == EXIT_BAD_INPUT
    assert done.line == f"ccpcj-kg: {target}: the file is read-only; not replacing it"
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_missing_folder_and_path_under_a_file_are_refused(cli: Callable[..., Any], snapshot: Callable[[Path], object],
                                                          tmp_path: Path, writer: str) -> None:
    (tmp_path / "file").write_text("precious\n")
    before = snapshot(tmp_path)
    missing = tmp_path / "no" / "such" / "out"
    done = cli(*WRITERS[writer](missing, tmp_path))
    assert done.code == EXIT_BAD_INPUT
    assert done.line == f"ccpcj-kg: {missing}: cannot write (no such folder: {missing.parent})"
    under = tmp_path / "file" / "out"
    done = cli(*WRITERS[writer](under, tmp_path))
    assert done.code == EXIT_BAD_INPUT
    assert done.line == f"ccpcj-kg: {under}: cannot write ({tmp_path / 'file'} is a regular file, not a folder)"
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_the_files_mode_is_kept_and_a_new_file_gets_the_umasks(cli: Callable[..., Any], tmp_path: Path,
                                                               writer: str) -> None:
    kept = tmp_path / "kept"
    kept.write_text("old\n")
    kept.chmod(0o640)
    assert cli(*WRITERS[writer](kept, tmp_path)).code == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() != "old\n"
    fresh = tmp_path / "fresh"
    assert cli(*WRITERS[writer](fresh, tmp_path)).code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh", "kept"]  # no temporary files left


def test_a_symbolic_link_to_a_file_is_written_through_and_kept(cli: Callable[..., Any], tmp_path: Path) -> None:
    real = tmp_path / "real.nt"
    real.write_text("old\n")
    link = tmp_path / "link.nt"
    link.symlink_to(real)
    assert cli(*WRITERS["export"](link, tmp_path)).code == 0
    assert link.is_symlink() and real.read_text().startswith("<")


def test_fmt_keeps_mode_and_respects_read_only_files(cli: Callable[..., Any], snapshot: Callable[[Path], object],
                                                     tmp_path: Path) -> None:
    loose = tmp_path / "loose.ttl"
    loose.write_text(TTL)
    loose.chmod(0o604)
    assert cli("fmt", str(loose)).code == 0
    assert stat.S_IMODE(loose.stat().st_mode) == 0o604 and loose.read_text() != TTL
    locked = tmp_path / "locked.ttl"
    locked.write_text(TTL)
    locked.chmod(0o444)
    before = snapshot(tmp_path)
    done = cli("fmt", str(locked))
    assert done.code == EXIT_BAD_INPUT
    assert done.line == f"ccpcj-kg: {locked}: the file is read-only; not replacing it"
    assert snapshot(tmp_path) == before


def test_fmt_refuses_a_fifo_instead_of_blocking_on_it(cli: Callable[..., Any], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    done = cli("fmt", str(fifo))
    assert done.code == EXIT_BAD_INPUT
    assert done.line == f"ccpcj-kg: {fifo}: a FIFO, expected an RDF file"


def test_ingest_output_follows_the_same_rules(cli: Callable[..., Any], snapshot: Callable[[Path], object],
                                              tmp_path: Path) -> None:
    report = _report(tmp_path)
    dev = tmp_path / "dev"
    _device(dev)
    ro = tmp_path / "ro.ttl"
    ro.write_text("precious\n")
    ro.chmod(0o400)
    before = snapshot(tmp_path)
    for target, says in ((dev, "a character device, not a regular file"), (ro, "the file is read-only")):
        done = cli("ingest", str(report), "-o", str(target))
        assert done.code == EXIT_BAD_INPUT, done.stderr
        assert done.stderr.strip().splitlines()[-1].startswith(f"ccpcj-kg: {target}: {says}")
        assert "Traceback" not in done.stderr
    assert snapshot(tmp_path) == before
