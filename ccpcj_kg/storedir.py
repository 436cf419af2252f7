"""The store folder's layout: immutable versions, an atomically switched pointer, reader locks.

Why: a build must never pull a database out from under a running query, a killed build must
leave nothing a later one cannot clean up, and a mistyped store location (a file, a device,
someone's folder) must never be moved or filled. So the store folder itself is never renamed:

    STORE/.ccpcj-kg-store        marker: this folder belongs to ccpcj-kg
    STORE/current                symlink -> versions/<id>, replaced atomically by a build
    STORE/versions/<id>/         one finished build, never modified after it is published:
        oxigraph/                  the pyoxigraph (RocksDB) database
        build.json                 manifest: fingerprint, counts, and the database's file sizes
    STORE/staging/<id>/          a build in progress (a killed build's leftovers are removed)
    STORE/build.lock             held (flock) by the one process building
    STORE/inputs.json            cache of the inputs' sizes, mtimes and hashes
    STORE/oxigraph, build.json   stable symlinks into current/ (for tools that open a path)

A reader holds a shared flock on its version's ``build.json`` for as long as it runs; a build
removes an old version only when it can take that lock exclusively (kernel locks die with their
process, so even SIGKILLed readers release them).
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import re
import shutil
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ccpcj_kg.errors import InputError
from ccpcj_kg.safe_write import kind

MARKER = ".ccpcj-kg-store"
LAYOUT = "2"
log = logging.getLogger("ccpcj_kg")
_SKIP_IN_HEALTH = ("LOG", "LOCK")  # RocksDB's info log and lock file change on every open

# Per process: the versions this process reads, each with its open, shared-locked manifest fd.
_HELD: dict[Path, int] = {}


class StoreDamaged(InputError):
    """A published version's files do not match what its build recorded."""


def is_store(folder: Path) -> bool:
    """A folder this tool made: the marker, or the layout-1 pair ``oxigraph/`` + ``build.json``."""
    return (folder / MARKER).is_file() or (
        (folder / "oxigraph").is_dir() and not (folder / "oxigraph").is_symlink() and (folder / "build.json").is_file()
    )


def check_location(store: Path) -> None:
    """Refuse, before anything is created or moved, a store location that is not ours to use.

    Accepted: a missing path whose nearest existing ancestor is a folder, an empty folder, or a
    folder this tool made. Everything else (a file, device, FIFO, socket, dangling symlink,
    a folder with other files, a path under a file) is an InputError naming it.
    """
    try:
        st = os.stat(store)
    except FileNotFoundError:
        if os.path.islink(store):
            raise InputError(f"store location {store}: a dangling symbolic link (to {os.readlink(store)})") from None
        _check_ancestor(store)
        return
    except NotADirectoryError:
        _check_ancestor(store)
        raise InputError(f"store location {store}: a path under a file") from None
    except OSError as exc:
        raise InputError(f"store location {store}: {exc.strerror}") from None
    if not stat.S_ISDIR(st.st_mode):
        raise InputError(f"store location {store}: {kind(st.st_mode)}, not a store folder "
                         "(give a new or empty folder with --store or CCPCJ_KG_STORE)")
    try:
        entries = os.listdir(store)
    except OSError as exc:
        raise InputError(f"store location {store}: {exc.strerror}") from None
    if entries and not is_store(store):
        raise InputError(f"store location {store}: a folder holding other files, not a ccpcj-kg store "
                         "(give a new or empty folder with --store or CCPCJ_KG_STORE)")
    _check_layout(store)


def _check_layout(store: Path) -> None:
    """A store made by a later version of this tool (another layout) is left alone, not rebuilt over."""
    try:
        text = (store / MARKER).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return  # layout 1 (no marker) is adopted by the next build; an empty folder becomes a store
    except OSError as exc:
        raise InputError(f"store {store}: cannot read {MARKER} ({exc.strerror})") from None
    match = re.fullmatch(r"ccpcj-kg store layout (\d+)\s*", text)
    if not match:
        raise InputError(f"store {store}: its {MARKER} marker is not one this tool writes "
                         "(give another --store, or remove the folder to rebuild it)")
    if int(match.group(1)) > int(LAYOUT):
        raise InputError(f"store {store}: made by a newer ccpcj-kg (store layout {match.group(1)}; this version "
                         f"reads layout {LAYOUT}): use that version, or give another --store")


def _check_ancestor(store: Path) -> None:
    for parent in store.parents:
        try:
            st = os.stat(parent)
        except FileNotFoundError:
            continue
        except NotADirectoryError:
            continue
        except OSError as exc:
            raise InputError(f"store location {store}: {parent}: {exc.strerror}") from None
        if not stat.S_ISDIR(st.st_mode):
            raise InputError(f"store location {store}: {parent} is {kind(st.st_mode)}, not a folder")
        return


def prepare(store: Path) -> None:
    """Create the store folder (after ``check_location``) and its marker and sub-folders."""
    check_location(store)
    try:
        for sub in (store, store / "versions", store / "staging"):
            sub.mkdir(parents=True, exist_ok=True)
        marker = store / MARKER
        if not marker.exists():
            marker.write_text(f"ccpcj-kg store layout {LAYOUT}\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"store location {store}: cannot create ({exc.strerror})") from None


@contextmanager
def build_lock(store: Path) -> Iterator[None]:
    """Hold the store's build lock: one build at a time (a second one waits, then finds it fresh)."""
    fd = os.open(store / "build.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def current(store: Path) -> Path | None:
    """The published version the pointer names (None before the first build)."""
    try:
        target = os.readlink(store / "current")
    except OSError:
        return None
    return store / target


def manifest(version: Path) -> dict[str, object] | None:
    try:
        data = json.loads((version / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def db_files(db: Path) -> dict[str, int]:
    """The database's files and sizes, as its build left them (the health check compares these)."""
    return {p.name: p.stat().st_size for p in sorted(db.iterdir())
            if p.is_file() and not p.name.startswith(_SKIP_IN_HEALTH)}


def damage(version: Path, recorded: dict[str, object] | None) -> str | None:
    """What is wrong with a version's files (None when they are as its build recorded them)."""
    if recorded is None:
        return "its build.json is missing or unreadable"
    expected = recorded.get("db_files")
    if not isinstance(expected, dict):
        return "its build.json does not list the database files"
    db = version / "oxigraph"
    for name, size in sorted(expected.items()):
        try:
            actual = (db / name).stat().st_size
        except OSError:
            return f"oxigraph/{name} is missing"
        if actual != size:
            return f"oxigraph/{name} has {actual} bytes, its build wrote {size}"
    return None


def acquire(store: Path) -> Path | None:
    """The current version, shared-locked by this process until it exits (None before any build).

    The pointer may move, and an unlocked old version be removed, between reading the pointer
    and locking: then the version is gone by the time the lock is held, and we read it again.
    """
    misses: dict[Path, int] = {}
    for _ in range(1000):
        version = current(store)
        if version is None:
            return None
        if version in _HELD:
            return version
        try:
            fd = os.open(version / "build.json", os.O_RDONLY)
        except FileNotFoundError:
            # A build moves the pointer before it removes a version: a pointer that keeps naming a
            # version without its manifest is damage (a deleted folder), not a race. None makes the
            # caller build a new version, which replaces the pointer.
            misses[version] = misses.get(version, 0) + 1
            if misses[version] >= 20:
                log.warning("store version %s is missing (deleted?); rebuilding it from the inputs", version.name)
                return None
            time.sleep(0.001)
            continue
        fcntl.flock(fd, fcntl.LOCK_SH)
        if (version / "build.json").exists():
            _HELD[version] = fd
            return version
        os.close(fd)
    raise InputError(f"store {store}: its current version keeps changing; try again")


def held(store: Path) -> Path | None:
    """The version of ``store`` this process holds (the newest, when it holds several)."""
    mine = sorted(v for v in _HELD if v.parent.parent == store)
    return mine[-1] if mine else None


def release(version: Path) -> None:
    """Drop this process's hold on a version (it may then be removed by a build)."""
    fd = _HELD.pop(version, None)
    if fd is not None:
        os.close(fd)


def new_staging(store: Path) -> Path:
    """A fresh, empty folder for a build (call under the build lock)."""
    path = store / "staging" / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
    path.mkdir(parents=True)
    return path


def publish(store: Path, staging: Path, data: dict[str, object]) -> Path:
    """Seal a finished staging folder as a version and switch the pointer to it, atomically.

    The manifest records the database's file sizes; the version is renamed into ``versions/``
    and only then does ``current`` (a symlink, replaced by rename) name it.
    """
    data = {**data, "layout": LAYOUT, "db_files": db_files(staging / "oxigraph")}
    text = json.dumps(data, indent=2, sort_keys=True)
    with open(staging / "build.json", "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    version = store / "versions" / staging.name
    os.replace(staging, version)
    link = store / f"current.{os.getpid()}.tmp"
    link.unlink(missing_ok=True)
    os.symlink(f"versions/{version.name}", link)
    os.replace(link, store / "current")
    _fsync_dir(store)
    _stable_links(store)
    return version


def _stable_links(store: Path) -> None:
    """``STORE/oxigraph`` and ``STORE/build.json`` name the current version (replacing layout 1)."""
    for name in ("oxigraph", "build.json"):
        path = store / name
        if path.is_symlink():
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists():
            path.unlink()
        os.symlink(f"current/{name}", path)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def collect(store: Path) -> list[str]:
    """Remove what no one needs (call under the build lock): staging leftovers (a killed build's),
    stray pointer links, and every version that is not current and that no reader holds."""
    removed: list[str] = []
    for leftover in _listdir(store / "staging"):
        shutil.rmtree(store / "staging" / leftover, ignore_errors=True)
        removed.append(f"staging/{leftover}")
    for name in _listdir(store):
        if name.startswith("current.") and name.endswith(".tmp"):
            (store / name).unlink(missing_ok=True)
    keep = current(store)
    for name in _listdir(store / "versions"):
        version = store / "versions" / name
        if version == keep or version in _HELD:
            continue
        if _remove_unheld(store, version):
            removed.append(f"versions/{name}")
    return removed


def _remove_unheld(store: Path, version: Path) -> bool:
    try:
        fd = os.open(version / "build.json", os.O_RDONLY)
    except FileNotFoundError:  # never finished publishing, or half removed: nobody can hold it
        shutil.rmtree(version, ignore_errors=True)
        return True
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                return False  # a reader still uses it
            raise
        trash = store / "staging" / f"trash-{version.name}"
        os.replace(version, trash)  # readers that re-check after locking see it gone
        shutil.rmtree(trash, ignore_errors=True)
        return True
    finally:
        os.close(fd)


def _listdir(folder: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except FileNotFoundError:
        return []
