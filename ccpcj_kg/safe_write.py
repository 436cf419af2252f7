"""The one output writer: every command that writes a file goes through ``atomic_text``.

Why one: a writer that renames a temporary file over its target will happily replace a device
node, a FIFO or a read-only file, and leave a 0600 file where a 0644 one was. The rules, kept
in one place:

- the target is a regular file (followed through symbolic links: the link stays, its target
  is rewritten) or a missing name in an existing, writable folder; anything else (a device,
  FIFO, socket, folder, dangling link, a path under a file, a missing folder) is refused with
  an InputError naming it, before anything is written;
- a read-only target (no write bit, or no write access) is refused, never silently replaced;
- the new file keeps the target's permission bits (and owner, where allowed), or gets
  ``0666 & ~umask`` when new, like any file a shell redirection makes;
- it appears whole or not at all: a temporary file in the same folder, fsynced, then renamed.
  Any failure (disk full, a killed process) leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ccpcj_kg.errors import InputError

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"))


@dataclass(frozen=True)
class Target:
    """Where the bytes go (symbolic links followed) and the permission bits the file will have."""

    path: Path
    mode: int
    owner: tuple[int, int] | None


def kind(mode: int) -> str:
    """A person's word for a file type (``a FIFO``)."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def regular_file(path: Path, expected: str = "expected a file") -> os.stat_result:
    """The stat of a file to read, or an InputError: missing, a dangling link, a folder, a FIFO
    (reading one would block forever), a device, or a path under a file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{path}: a dangling symbolic link (to {os.readlink(path)})") from None
        if str(path) == "-":  # the shell convention for standard input, which this command does not read
            raise InputError("-: this command reads files, not standard input (save the input to a file "
                             "and give its path)") from None
        raise InputError(f"{path}: no such file") from None
    except NotADirectoryError:
        raise InputError(f"{path}: no such file (a part of the path is a file, not a folder)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory, {expected}")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: {kind(st.st_mode)}, {expected}")
    return st


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_target(path: Path, inputs: Iterable[Path] = ()) -> Target:
    """Where writing ``path`` will put the file, or an InputError saying why it must not be written.

    ``inputs`` are the files the command reads (a report, a query file, the graph's sources):
    a target that is one of them (by name, symbolic link or hard link) is refused, so that an
    ``-o`` that repeats the input never replaces what it was made from."""
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        if os.path.islink(path):
            link = os.readlink(path)
            raise InputError(f"{path}: a dangling symbolic link (to {link}); not writing through it") from None
        _check_folder(path, real.parent)
        return Target(real, 0o666 & ~_umask(), None)
    except NotADirectoryError:
        _check_folder(path, real.parent)
        raise InputError(f"{path}: cannot write ({os.strerror(errno.ENOTDIR)})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: {kind(st.st_mode)}, not a regular file; not writing to it")
    source = _same_file(st, inputs)
    if source is not None:
        what = "" if Path(source) == Path(path) else f"the same file as {source}, "
        raise InputError(f"{path}: {what}an input of this command; not overwriting it (write to another file)")
    if not st.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise InputError(f"{path}: the file is read-only; not replacing it")
    _check_folder(path, real.parent)
    return Target(real, stat.S_IMODE(st.st_mode), (st.st_uid, st.st_gid))


def _same_file(st: os.stat_result, inputs: Iterable[Path]) -> Path | None:
    for candidate in inputs:
        try:
            other = os.stat(candidate)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            return candidate
    return None


def _check_folder(path: Path, folder: Path) -> None:
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        raise InputError(f"{path}: cannot write (no such folder: {folder})") from None
    except NotADirectoryError:
        for parent in [folder, *folder.parents]:
            if parent.exists() and not parent.is_dir():
                raise InputError(f"{path}: cannot write ({parent} is a file, not a folder)") from None
        raise InputError(f"{path}: cannot write ({os.strerror(errno.ENOTDIR)})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({folder}: {exc.strerror})") from None
    if not stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: cannot write ({folder} is {kind(st.st_mode)}, not a folder)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{path}: cannot write (the folder {folder} is not writable)")


class _Guarded(io.TextIOWrapper):
    """A text file whose write errors (disk full, quota, I/O) name the target, as an InputError."""

    label: str = ""

    def write(self, s: str) -> int:
        try:
            return super().write(s)
        except OSError as exc:
            raise InputError(f"{self.label}: cannot write ({exc.strerror or exc})") from None


@contextmanager
def atomic_text(path: Path, inputs: Iterable[Path] = ()) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only when fully written, under the rules above."""
    target = check_target(path, inputs)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.path.name}.", suffix=".tmp", dir=target.path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    fh = _Guarded(io.BufferedWriter(io.FileIO(fd, "w")), encoding="utf-8", newline="\n")
    fh.label = str(path)
    try:
        yield fh
        try:
            fh.flush()
            os.fchmod(fd, target.mode)
            if target.owner is not None and target.owner != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.fchown(fd, *target.owner)
            os.fsync(fd)
            fh.close()
            os.replace(tmp, target.path)
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            fh.close()
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str, inputs: Iterable[Path] = ()) -> None:
    """Write ``text`` to ``path`` under the rules above."""
    with atomic_text(path, inputs) as fh:
        fh.write(text)
