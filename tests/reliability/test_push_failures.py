"""A push that fails at any step drops its temporary graphs, leaves the old graphs, and exits 3.

Real processes: a real Oxigraph server; in front of it, a small HTTP proxy (http.server on
127.0.0.1) that forwards every request but breaks one kind (the read-back count, or the swap);
and a fake "200 to everything" server that is no SPARQL store at all.
"""

from __future__ import annotations

import http.server
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

import pytest
import servers

from ccpcj_kg import remote
from ccpcj_kg.errors import EXIT_REMOTE
from ccpcj_kg.push import TMP_PREFIX

TARGET = "https://example.org/graph/ccpcj-kg-push-failure"
OLD = '<https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "old" .'


def breaking_proxy(upstream: str, breaks: Callable[[str], bool]) -> type[http.server.BaseHTTPRequestHandler]:
    """Forwards requests to ``upstream``; a request whose text ``breaks`` gets a 500 instead."""

    class Proxy(http.server.BaseHTTPRequestHandler):
        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            text = urllib.parse.unquote_plus(self.path + " " + (body or b"").decode("utf-8", "replace"))
            if breaks(text):
                self._answer(500, b"broken on purpose", "text/plain")
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
            request = urllib.request.Request(upstream + self.path, data=body, headers=headers, method=self.command)
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    self._answer(response.status, response.read(), response.headers.get("Content-Type", ""),
                                 response.headers.get("Server"))
            except urllib.error.HTTPError as exc:
                self._answer(exc.code, exc.read(), exc.headers.get("Content-Type", ""))

        def _answer(self, status: int, data: bytes, ctype: str, server: str | None = None) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            if server:
                self.send_header("X-Upstream-Server", server)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = _forward

        def log_message(self, *args: object) -> None:
            pass

    return Proxy


@pytest.fixture(scope="module")
def oxigraph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> servers.Server:
    return servers.shared("oxigraph", request, tmp_path_factory)


def _state(server: servers.Server) -> tuple[int, list[str]]:
    ep = remote.connect(server.endpoint)
    return remote.count(ep, TARGET), remote.graphs(ep, TMP_PREFIX)


BREAKS = {
    "read-back": lambda text: "COUNT" in text and TMP_PREFIX in text,  # the count of a temporary graph
    "swap": lambda text: "MOVE" in text,
}


@pytest.mark.parametrize("step", sorted(BREAKS))
def test_a_push_failing_at_a_step_drops_its_temporary_graphs_and_keeps_the_old(
        run_cli: Callable[..., Any], oxigraph: servers.Server, step: str) -> None:
    ep = remote.connect(oxigraph.endpoint)
    remote.update(ep, f"DROP SILENT GRAPH <{TARGET}> ; INSERT DATA {{ GRAPH <{TARGET}> {{ {OLD} }} }}")
    assert _state(oxigraph) == (1, [])
    with servers.serving(breaking_proxy(oxigraph.base, BREAKS[step])) as url:
        done = run_cli("push", "--endpoint", f"{url}/query", "--store-kind", "oxigraph",
                       "--update-endpoint", f"{url}/update", "--gsp-endpoint", f"{url}/store",
                       "--graph", TARGET, "--graphs", "shapes", "--retries", "0")
    assert done.returncode == EXIT_REMOTE, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "(HTTP 500)" in done.stderr
    assert _state(oxigraph) == (1, [])  # the old graph, and no temporary graph left behind
    remote.update(ep, f"DROP SILENT GRAPH <{TARGET}>")


RESULTS_JSON = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"5"}}]}}'
FAKES = {
    "empty": (b"", "text/html"),
    "html": (b"<html><body>OK</body></html>", "text/html"),
    "json": (b"{}", "application/json"),
    "one-count": (RESULTS_JSON, "application/sparql-results+json"),  # the same answer to every question
}
SAYS = {
    "empty": "did not answer with SPARQL JSON results",
    "html": "did not answer with SPARQL JSON results",
    "json": "did not answer with SPARQL JSON results (no 'results' or 'boolean')",
    "one-count": "is incomplete (5 of",
}


@pytest.mark.parametrize("fake", sorted(FAKES))
def test_an_endpoint_that_says_200_to_everything_is_exit_3(run_cli: Callable[..., Any], fake: str) -> None:
    with servers.serving(servers.same_answer(*FAKES[fake])) as url:
        done = run_cli("push", "--endpoint", f"{url}/sparql", "--graphs", "shapes", "--retries", "0",
                       "--timeout", "10")
    assert done.returncode == EXIT_REMOTE, done.stderr
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    assert line.startswith("ccpcj-kg: ") and SAYS[fake] in line, line
