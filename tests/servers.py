"""Real triple stores for the tests: an Oxigraph server and Virtuoso Open Source 7 on 127.0.0.1.

Each server runs from a temporary folder on a free loopback port, is polled until it answers a
SPARQL query, and is stopped by its PID (terminate, wait, then kill). ``kill9`` and ``restart``
let a test crash a server mid-write and bring it back on the same database.

A missing binary is a failure with a message saying how to install it (``make servers``), never
a skip: the store tests are part of the suite.
"""

from __future__ import annotations

import http.server
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest

VIRTUOSO_INI_CANDIDATES = (
    Path("/etc/virtuoso-opensource-7/virtuoso.ini"),
    Path("/usr/share/virtuoso-opensource-7/virtuoso.ini"),
)
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "dba", "dba"  # the administrator of a fresh Virtuoso database
START_TIMEOUT = 60.0
VIRTUOSO_MAX_ROWS = 20_000  # above any answer the tests need (the packaged ini says 10,000)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def closed_port() -> int:
    """A loopback port with no server behind it (connection refused)."""
    return free_port()


@dataclass
class Server:
    """A store server process, with the URLs the client needs."""

    kind: str
    workdir: Path
    port: int
    argv: list[str]
    ready_url: str
    extra_ports: list[int] = field(default_factory=list)
    proc: subprocess.Popen[bytes] | None = None
    first_push: Any = None  # the session's first full push (see ``pushed_once``)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoint(self) -> str:
        """The URL a user gives ``--endpoint``: the query endpoint."""
        return f"{self.base}/query" if self.kind == "oxigraph" else f"{self.base}/sparql"

    @property
    def log(self) -> Path:
        return self.workdir / "server.log"

    def start(self) -> Server:
        """Start the process and wait until it answers a SPARQL query."""
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                self.argv, cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        last = ""
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                raise RuntimeError(f"{self.kind} exited with {code} during start-up:\n{self.tail()}")
            try:
                with urllib.request.urlopen(self.ready_url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError) as exc:
                last = str(exc)
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.kind} did not answer within {START_TIMEOUT:.0f}s ({last}):\n{self.tail()}")

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = 20.0) -> None:
        """Terminate by PID, wait, and kill if it does not go."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)

    def kill9(self) -> None:
        """Crash the server: SIGKILL by PID, no chance to flush or checkpoint."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=20)

    def restart(self) -> Server:
        """Start again on the same port and database (after ``stop`` or ``kill9``)."""
        self.stop()
        if self.kind == "virtuoso":
            (self.workdir / "db" / "virtuoso.lck").unlink(missing_ok=True)
        return self.start()


# -- Oxigraph --------------------------------------------------------------------------------------
def oxigraph_binary() -> str:
    """The ``oxigraph`` command of the PyPI package ``oxigraph`` (installed with the test extras)."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the Oxigraph server is not installed: run `make test` (pip install -e '.[test]')")
    return found


def oxigraph_server(workdir: Path, port: int | None = None) -> Server:
    """An Oxigraph server on a persistent database in ``workdir/db`` (not started yet)."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    argv = [oxigraph_binary(), "serve", "--location", str(workdir / "db"), "--bind", f"127.0.0.1:{port}"]
    ready = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    return Server("oxigraph", workdir, port, argv, ready)


# -- Virtuoso --------------------------------------------------------------------------------------
def virtuoso_binary() -> str:
    found = shutil.which("virtuoso-t")
    if not found:
        raise RuntimeError(
            "Virtuoso is not installed (no virtuoso-t on PATH): run `make servers` "
            "(apt-get install virtuoso-opensource)"
        )
    return found


def virtuoso_ini_template() -> Path:
    for path in VIRTUOSO_INI_CANDIDATES:
        if path.is_file():
            return path
    tried = " or ".join(map(str, VIRTUOSO_INI_CANDIDATES))
    raise RuntimeError(f"no Virtuoso ini found at {tried}: run `make servers`")


def rewrite_ini(template: str, values: dict[tuple[str, str], str]) -> str:
    """Set ``[section] key = value`` in Virtuoso's ini text (line-based: it repeats keys and uses ``;``)."""
    section = ""
    out: list[str] = []
    pending = dict(values)
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif "=" in stripped and not stripped.startswith(";"):
            key = stripped.split("=", 1)[0].strip()
            if (section, key) in values:
                line = f"{key} = {values[(section, key)]}"
                pending.pop((section, key), None)
        out.append(line)
    for (section, key), value in pending.items():  # keys the template lacks: append their sections
        out += [f"[{section}]", f"{key} = {value}"]
    return "\n".join(out) + "\n"


def virtuoso_sql(server: Server, statements: str) -> str:
    """Run SQL on a Virtuoso test server with ``isql-vt`` as dba; its output (fails on an error)."""
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if not isql:
        raise RuntimeError("isql-vt (Virtuoso's SQL client) is missing: run `make servers`")
    done = subprocess.run([isql, f"127.0.0.1:{server.extra_ports[0]}", VIRTUOSO_USER, VIRTUOSO_PASSWORD,
                           f"exec={statements}"], capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql failed: {done.stdout}{done.stderr}")
    return done.stdout


def virtuoso_server(workdir: Path, port: int | None = None, sql_port: int | None = None) -> Server:
    """Virtuoso 7 with a fresh database in ``workdir/db`` (dba/dba), HTTP on ``port`` (not started yet)."""
    binary = virtuoso_binary()
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "db"
    db.mkdir(exist_ok=True)
    port = port or free_port()
    sql_port = sql_port or free_port()
    values = {
        ("Database", "DatabaseFile"): str(db / "virtuoso.db"),
        ("Database", "ErrorLogFile"): str(db / "virtuoso.log"),
        ("Database", "LockFile"): str(db / "virtuoso.lck"),
        ("Database", "TransactionFile"): str(db / "virtuoso.trx"),
        ("Database", "xa_persistent_file"): str(db / "virtuoso.pxa"),
        ("TempDatabase", "DatabaseFile"): str(db / "virtuoso-temp.db"),
        ("TempDatabase", "TransactionFile"): str(db / "virtuoso-temp.trx"),
        ("Parameters", "ServerPort"): f"127.0.0.1:{sql_port}",
        ("Parameters", "DirsAllowed"): f"., {workdir}, /usr/share/virtuoso-opensource-7/vad",
        ("Parameters", "NumberOfBuffers"): "20000",
        ("Parameters", "MaxDirtyBuffers"): "15000",
        ("HTTPServer", "ServerPort"): f"127.0.0.1:{port}",
        ("HTTPServer", "ServerThreads"): "10",
        ("SPARQL", "ResultSetMaxRows"): str(VIRTUOSO_MAX_ROWS),
        # Virtuoso refuses a query whose *estimated* cost passes this (400 s in Debian's ini); the
        # estimate grows with the store and was 783 s for `sessions`, which runs in milliseconds.
        ("SPARQL", "MaxQueryCostEstimationTime"): "100000",
        ("URIQA", "DefaultHost"): f"127.0.0.1:{port}",
    }
    ini = workdir / "virtuoso.ini"
    ini.write_text(rewrite_ini(virtuoso_ini_template().read_text(encoding="utf-8"), values), encoding="utf-8")
    argv = [binary, "+foreground", "+configfile", str(ini)]
    ready = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    return Server("virtuoso", workdir, port, argv, ready, extra_ports=[sql_port])


# -- one server of each kind per test session ----------------------------------------------------
_SHARED: dict[str, Server] = {}
FACTORIES = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}
KINDS = tuple(FACTORIES)


def shared(kind: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Server:
    """The session's server of ``kind``, started on first use and stopped when the session ends.

    Fixtures and tests in several modules call this; the server is started once (a module-level
    cache) and stopped by the pytest config's cleanup, whatever the scope of the caller's request.
    """
    server = _SHARED.get(kind)
    if server is None:
        server = FACTORIES[kind](tmp_path_factory.mktemp(kind))
        server.start()
        _SHARED[kind] = server
        request.config.add_cleanup(server.stop)
    if server.proc is None or server.proc.poll() is not None:
        server.restart()
    return server


T = TypeVar("T")


def pushed_once(server: Server, push: Callable[[], T]) -> T:
    """Push the whole graph to ``server`` once per session (whichever test module asks first)."""
    if server.first_push is None:
        server.first_push = push()
    return server.first_push  # type: ignore[no-any-return]


def installed_cli() -> str:
    """The installed ``ccpcj-kg`` console script (for tests that need a process of their own)."""
    found = shutil.which("ccpcj-kg", path=str(Path(sys.executable).parent)) or shutil.which("ccpcj-kg")
    if not found:
        raise RuntimeError("ccpcj-kg is not installed in this environment")
    return found


def credentials(kind: str) -> dict[str, str]:
    """``user``/``password`` for a kind's store (Virtuoso's updates need them; Oxigraph has none)."""
    return {"user": VIRTUOSO_USER, "password": VIRTUOSO_PASSWORD} if kind == "virtuoso" else {}


def cli_auth(kind: str) -> list[str]:
    """The same credentials as ``ccpcj-kg`` options."""
    return ["--user", VIRTUOSO_USER, "--password", VIRTUOSO_PASSWORD] if kind == "virtuoso" else []


# -- ccpcj-kg's own web server -------------------------------------------------------------------
def web_server(workdir: Path, store: Path, *options: str, env: dict[str, str] | None = None) -> Server:
    """``ccpcj-kg serve`` on a free port over the store folder ``store`` (not started yet).

    The store must be built already (the fixtures build it); ``env`` adds variables such as
    ``CCPCJ_KG_HOME`` for a planted copy of the inputs."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    argv = [installed_cli(), "--store", str(store), "serve", "--port", str(port), *options]
    if env:
        argv = ["env", *(f"{k}={v}" for k, v in env.items()), *argv]
    ready = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    return Server("ccpcj-kg", workdir, port, argv, ready)


# -- fake endpoints: small HTTP servers in a thread ----------------------------------------------


@contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """A small HTTP server on 127.0.0.1 in a thread, for fake or breaking endpoints: its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def same_answer(body: bytes, ctype: str) -> type[http.server.BaseHTTPRequestHandler]:
    """A server that answers 200 with the same body to every request: no SPARQL store."""

    class Fake(http.server.BaseHTTPRequestHandler):
        def _ok(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = _ok

        def log_message(self, *args: object) -> None:
            pass

    return Fake
