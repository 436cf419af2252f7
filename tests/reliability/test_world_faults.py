"""The machine's faults and the user's slips are exit 2 or 3 in one line, never exit 4 (a bug).

Permission denied is produced by running the command without the capabilities that let root
ignore permission bits (``setpriv``); a full disk is ``/dev/full``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ccpcj_kg.errors import EXIT_BAD_INPUT, EXIT_OK, EXIT_REMOTE

ROOT = Path(__file__).resolve().parent.parent.parent
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # hours on the real graph


def _installed() -> str:
    found = shutil.which("ccpcj-kg", path=str(Path(sys.executable).parent))
    assert found
    return found


# -- standard output -------------------------------------------------------------------------------
def test_a_full_standard_output_is_exit_2_in_one_line(store_path: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([_installed(), "export", "--format", "ntriples"], stdout=full, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "CCPCJ_KG_STORE": str(store_path)})
    assert done.returncode == EXIT_BAD_INPUT
    assert done.stderr == "ccpcj-kg: cannot write to standard output (No space left on device)\n"


def test_a_closed_standard_output_is_exit_2_in_one_line(store_path: Path) -> None:
    done = subprocess.run(f"{_installed()} stats >&-", shell=True, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "CCPCJ_KG_STORE": str(store_path)})
    assert done.returncode == EXIT_BAD_INPUT
    assert done.stderr == "ccpcj-kg: cannot write to standard output (standard output is closed)\n"


def test_a_reader_that_leaves_early_is_no_error(store_path: Path) -> None:
    done = subprocess.run(f"{_installed()} export --format ntriples | head -1", shell=True, capture_output=True,
                          text=True, env={**os.environ, "CCPCJ_KG_STORE": str(store_path)},
                          executable="/bin/bash")
    assert done.stdout.startswith("<") and done.stderr == ""
    piped = subprocess.run(["bash", "-c", f"{_installed()} export --format ntriples | head -1 >/dev/null; "
                            "echo ${PIPESTATUS[0]}"], capture_output=True, text=True,
                           env={**os.environ, "CCPCJ_KG_STORE": str(store_path)})
    assert piped.stdout.strip() == str(EXIT_OK) and piped.stderr == ""


# -- files -----------------------------------------------------------------------------------------
def _without_override(argv: list[str], store: Path) -> subprocess.CompletedProcess[str]:
    """Run as root without the capabilities that bypass file permissions (CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH), so permission bits apply as they do for any other user (who needs no help)."""
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*drop, *argv], capture_output=True, text=True,
                          env={**os.environ, "CCPCJ_KG_STORE": str(store)})


def test_permission_denied_on_an_input_is_exit_2(store_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.ttl"
    secret.write_text("<http://e/a> <http://e/b> <http://e/c> .\n")
    secret.chmod(0o000)
    done = _without_override([_installed(), "validate", str(secret)], store_path)
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"{secret}' is not readable" in done.stderr or f"{secret}: cannot read (Permission denied)" in done.stderr


def test_permission_denied_on_an_output_folder_is_exit_2(store_path: Path, tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o555)
    done = _without_override([_installed(), "sparql", "SELECT (1 AS ?x) {}", "-o", str(closed / "out.csv")],
                             store_path)
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert done.stderr == f"ccpcj-kg: {closed / 'out.csv'}: cannot write (the folder {closed} is not writable)\n"
    assert list(closed.iterdir()) == []


def test_a_store_this_user_cannot_write_is_exit_2(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    done = _without_override([_installed(), "stats"], locked / "store")
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert done.stderr == f"ccpcj-kg: store location {locked / 'store'}: cannot create (Permission denied)\n"
    assert list(locked.iterdir()) == []


def test_a_saved_query_that_is_not_utf8_is_exit_2(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    home = tmp_path / "home"
    for part in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / part, home / part)
    bad = home / "queries" / "latin-1.rq"
    bad.write_bytes(b"#+ summary: caf\xe9\nSELECT * { ?s ?p ?o }\n")
    for args in (("query", "latin-1"), ("queries",)):
        done = run_cli(*args, env={"CCPCJ_KG_HOME": str(home)})
        assert done.returncode == EXIT_BAD_INPUT, done.stderr
        assert done.stderr == f"ccpcj-kg: {bad}:1:16: not UTF-8 (byte 0xe9)\n"


def test_a_turtle_file_with_a_bom_is_accepted(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    bom = tmp_path / "bom.ttl"
    bom.write_bytes(b"\xef\xbb\xbf<https://w3id.org/ccpcj-kg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "
                    b"\"x\" .\n")
    done = run_cli("fmt", str(bom))
    assert done.returncode == EXIT_OK, done.stderr
    assert not bom.read_bytes().startswith(b"\xef\xbb\xbf")  # the canonical form has none


# -- queries ---------------------------------------------------------------------------------------
def test_service_in_a_local_query_is_refused(run_cli: Callable[..., Any]) -> None:
    done = run_cli("sparql", "SELECT * {\n  SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }\n}")
    assert done.returncode == EXIT_BAD_INPUT
    assert done.stderr == ("ccpcj-kg: <query>: line 2: SERVICE (a call to another endpoint) is not run against the "
                           "embedded store; send the query to that store with --endpoint\n")
    inert = run_cli("sparql", 'SELECT ?x { BIND("SERVICE" AS ?x) } # SERVICE', "--format", "csv")
    assert inert.returncode == EXIT_OK and inert.stdout.splitlines() == ["x", "SERVICE"]


def test_an_invalid_symbol_is_exit_2(run_cli: Callable[..., Any]) -> None:
    report = ROOT / "tests" / "ingest" / "data" / "e_2022_30.txt"
    done = run_cli("ingest", str(report), "--symbol", 'E/2022/<30>"', "--dry-run")
    assert done.returncode == EXIT_BAD_INPUT
    assert done.stderr == ("ccpcj-kg: --symbol 'E/2022/<30>\"': not a UN document symbol (letters, digits and "
                           ". - ( ) between slashes, e.g. E/2022/30)\n")


def test_a_local_query_stops_at_its_timeout(run_cli: Callable[..., Any]) -> None:
    start = time.monotonic()
    done = run_cli("sparql", SLOW, "--timeout", "1")
    assert done.returncode == EXIT_BAD_INPUT
    assert done.stderr == "ccpcj-kg: <query>: the query took longer than 1 s and was stopped (raise --timeout)\n"
    assert time.monotonic() - start < 30  # the process ends with the message, not with the evaluation


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _wait_until_evaluating(pid: int) -> None:
    """Until the command has spent 2 s of CPU (start-up takes well under 1 s): it is then in the
    query, not in start-up, however loaded the machine is (a fixed sleep was not enough under load)."""
    deadline = time.monotonic() + 120
    while _cpu_seconds(pid) < 2.0:
        assert time.monotonic() < deadline, "the query did not start within 120 s"
        time.sleep(0.1)


def test_ctrl_c_stops_a_local_query_within_a_second(store_path: Path) -> None:
    # As from a terminal: SIGINT at its default. A test run started in the background of a
    # non-interactive shell inherits SIGINT ignored, and Python then leaves it ignored.
    proc = subprocess.Popen([_installed(), "sparql", SLOW], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CCPCJ_KG_STORE": str(store_path)},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait_until_evaluating(proc.pid)
        assert proc.poll() is None
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert err.strip() == "ccpcj-kg: interrupted"
    assert took < 1.0


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    sock.close()


def test_a_hanging_remote_store_is_exit_3_at_the_timeout(run_cli: Callable[..., Any], silent_server: str) -> None:
    for args in (("sparql", "SELECT * { ?s ?p ?o } LIMIT 1"), ("query", "sessions")):
        start = time.monotonic()
        done = run_cli(*args, "--endpoint", silent_server, "--timeout", "1")
        took = time.monotonic() - start
        assert done.returncode == EXIT_REMOTE, done.stderr
        assert done.stderr == f"ccpcj-kg: cannot reach {silent_server}: timed out\n"
        assert took < 10, took  # one timeout (plus start-up), not retries of it


def test_a_full_disk_while_writing_a_file_keeps_the_old_file(store_path: Path, tmp_path: Path) -> None:
    """A file-size limit (RLIMIT_FSIZE) makes writes fail as a full disk does, without a mount."""
    import resource

    target = tmp_path / "out.nt"
    target.write_text("old\n")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    done = subprocess.run([_installed(), "export", "--format", "ntriples", "-o", str(target)], preexec_fn=limit,
                          capture_output=True, text=True, env={**os.environ, "CCPCJ_KG_STORE": str(store_path)})
    assert done.returncode == EXIT_BAD_INPUT
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    # The export sorts through a temporary file first; whichever file fills up is named.
    temporary = "cannot write the export's temporary file (File too large"
    assert done.stderr == f"ccpcj-kg: {target}: cannot write (File too large)\n" or (
        done.stderr.startswith("ccpcj-kg: ") and temporary in done.stderr)
    assert target.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.nt"]


@pytest.mark.parametrize("kind", ["fifo", "dangling", "folder", "under-a-file"])
def test_an_input_that_is_not_a_file_is_exit_2(run_cli: Callable[..., Any], tmp_path: Path, kind: str) -> None:
    path = tmp_path / "new.ttl"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dangling":
        os.symlink(tmp_path / "gone.ttl", path)
    elif kind == "folder":
        path.mkdir()
    else:
        (tmp_path / "file").write_text("x\n")
        path = tmp_path / "file" / "new.ttl"
    done = run_cli("validate", str(path))
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert str(path) in done.stderr
