"""A store location that is not a store folder is refused in one line, before anything is moved.

The worst case found by the sweep: ``CCPCJ_KG_STORE=/dev/null`` moved the machine's /dev/null
aside. Devices and FIFOs here are made with mknod/mkfifo in a temporary folder, never the real ones.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ccpcj_kg.errors import EXIT_BAD_INPUT

Make = Callable[[Path], None]


def _device(path: Path) -> None:
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null twin


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _file(path: Path) -> None:
    path.write_text("precious\n")


def _foreign(path: Path) -> None:
    path.mkdir()
    (path / "thesis.txt").write_text("years of work\n")


def _dangling(path: Path) -> None:
    os.symlink(path.parent / "nowhere", path)


def _socket(path: Path) -> None:
    import socket

    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()


CASES: list[tuple[str, Make, str]] = [
    ("device", _device, "a character device, not a store folder"),
    ("fifo", _fifo, "a FIFO, not a store folder"),
    ("socket", _socket, "a socket, not a store folder"),
    ("file", _file, "a regular file, not a store folder"),
    ("foreign", _foreign, "a folder holding other files, not a ccpcj-kg store"),
    ("dangling", _dangling, "a dangling symbolic link"),
]


@pytest.mark.parametrize(("name", "make", "says"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("command", [("stats",), ("build", "--reason", "none")], ids=["stats", "build"])
def test_store_location_that_is_not_a_store_is_refused_and_left_alone(
        cli: Callable[..., Any], snapshot: Callable[[Path], object], tmp_path: Path, name: str, make: Make,
        says: str, command: tuple[str, ...]) -> None:
    target = tmp_path / name
    make(target)
    before = snapshot(tmp_path)
    done = cli(*command, store=target)
    assert done.code == EXIT_BAD_INPUT
    assert done.line.startswith(f"ccpcj-kg: store location {target}: {says}")
    assert snapshot(tmp_path) == before  # nothing moved, created or changed


def test_store_under_a_regular_file_is_refused(cli: Callable[..., Any], snapshot: Callable[[Path], object],
                                                tmp_path: Path) -> None:
    (tmp_path / "file").write_text("precious\n")
    before = snapshot(tmp_path)
    done = cli("stats", store=tmp_path / "file" / "store")
    assert done.code == EXIT_BAD_INPUT
    assert done.line == (f"ccpcj-kg: store location {tmp_path}/file/store: "
                         f"{tmp_path}/file is a regular file, not a folder")
    assert snapshot(tmp_path) == before


def test_an_empty_folder_and_a_missing_path_become_stores(cli: Callable[..., Any], tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for store in (tmp_path / "empty", tmp_path / "new" / "deeper"):
        done = cli("build", "--reason", "none", store=store)
        assert done.code == 0, done.stderr
        assert (store / ".ccpcj-kg-store").is_file() and (store / "current").is_symlink()
