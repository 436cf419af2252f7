"""The bad-input suite's harness: run the installed command, and prove nothing else was touched.

``cli(...)`` returns the exit code, stdout, stderr and the one line a failure must print;
``snapshot(folder)`` records every entry's kind, mode, size and content hash below a folder, so
a test can assert that a refused command left everything exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class Outcome:
    """A finished run of the command."""

    code: int
    stdout: str
    stderr: str

    @property
    def line(self) -> str:
        """The one line a failure prints (the test fails when there are more, or a traceback)."""
        lines = self.stderr.strip().splitlines()
        assert "Traceback" not in self.stderr, self.stderr
        assert len(lines) == 1, f"expected one line on stderr, got: {self.stderr!r}"
        return lines[0]


Snapshot = dict[str, tuple[str, int, int, str]]


def take_snapshot(folder: Path) -> Snapshot:
    """Every path below ``folder`` (itself included): kind, permission bits, size, content hash."""
    found: Snapshot = {}
    for root, dirs, files in os.walk(folder):
        for name in [".", *dirs, *files]:
            path = Path(root) / name if name != "." else Path(root)
            st = os.lstat(path)
            digest = ""
            if stat.S_ISREG(st.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(st.st_mode):
                digest = os.readlink(path)
            size = 0 if stat.S_ISDIR(st.st_mode) else st.st_size
            entry = (stat.filemode(st.st_mode)[0], stat.S_IMODE(st.st_mode), size, digest)
            found[str(path.relative_to(folder))] = entry
    return found


@pytest.fixture
def snapshot() -> Callable[[Path], Snapshot]:
    return take_snapshot


@pytest.fixture
def cli(run_cli: Callable[..., subprocess.CompletedProcess[str]]) -> Callable[..., Outcome]:
    """``cli(*args, store=..., env=..., input=...)`` → Outcome (the installed command, the session store)."""

    def run(*args: str, **kwargs: object) -> Outcome:
        done = run_cli(*args, **kwargs)
        return Outcome(done.returncode, done.stdout, done.stderr)

    return run
