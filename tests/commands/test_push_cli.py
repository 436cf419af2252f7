"""The installed ``ccpcj-kg`` against real stores: ``push``, and ``query``/``sparql`` with ``--endpoint``.

What each test proves:
- ``query NAME --endpoint URL`` prints what the embedded store's ``query NAME`` prints (tables with
  labels, CSV, Turtle, yes/no with its exit code), names such as "Kenya" resolved on the store;
- ``sparql --endpoint`` answers, refuses updates (exit 2), and reports a syntax error with the
  user's line and column;
- an unreachable endpoint is exit 3 with one line naming it, for push, query and sparql;
- wrong credentials are exit 3 "authentication failed for <endpoint>", the password never shown
  (from options, the environment or the URL); none where the store asks for a login says so;
  right ones from the environment work, for a Virtuoso user with only the SPARQL_UPDATE role.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import servers

from ccpcj_kg import remote

Run = Callable[..., subprocess.CompletedProcess[str]]
pytestmark = pytest.mark.server


@pytest.fixture(scope="session", params=servers.KINDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> servers.Server:
    return servers.shared(request.param, request, tmp_path_factory)


@pytest.fixture(scope="session")
def pushed(run_cli: Run, server: servers.Server) -> servers.Server:
    done = servers.pushed_once(
        server, lambda: run_cli("push", "--endpoint", server.endpoint, *servers.cli_auth(server.kind)))
    assert done.returncode == 0, done.stderr
    return server


def test_push_help_names_its_options(run_cli: Run) -> None:
    done = run_cli("push", "--help")
    assert done.returncode == 0
    for option in ("--endpoint", "--graph", "--graphs", "--batch-size", "--store-kind", "--user", "--password",
                   "CCPCJ_KG_PASSWORD", "--update-endpoint", "--gsp-endpoint", "--retries", "--timeout"):
        assert option in done.stdout, option


@pytest.mark.parametrize(("args", "fmt"), [
    (["query", "state-profile", "-p", "state=Kenya"], "table"),
    (["query", "sponsors-of-document", "-p", "document=E/CN.15/2022/L.4/Rev.1"], "csv"),
    (["query", "officers-of-session", "-p", "session=31"], "md"),
    (["query", "describe-resource", "-p", "resource=state/KEN"], "ttl"),
    (["query", "did-state-sponsor", "-p", "state=KEN", "-p", "document=E/CN.15/2022/L.2"], "table"),
    (["query", "did-state-sponsor", "-p", "state=Iceland", "-p", "document=E/CN.15/2022/L.2"], "table"),
    (["sparql", "SELECT ?code WHERE { ?s ccpcj:iso3166Alpha3 ?code } ORDER BY ?code LIMIT 5"], "json"),
])
def test_remote_output_is_the_local_output(run_cli: Run, pushed: servers.Server, args: list[str], fmt: str) -> None:
    local = run_cli(*args, "--format", fmt)
    assert local.returncode in (0, 1), local.stderr
    remote_run = run_cli(*args, "--format", fmt, "--endpoint", pushed.endpoint)
    assert (remote_run.returncode, remote_run.stdout) == (local.returncode, local.stdout), remote_run.stderr
    assert remote_run.stdout.strip()


def test_sparql_refuses_updates_and_points_at_syntax_errors(run_cli: Run, pushed: servers.Server) -> None:
    update = run_cli("sparql", "DROP ALL", "--endpoint", pushed.endpoint)
    assert update.returncode == 2
    assert update.stderr == ("ccpcj-kg: only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) "
                             "can be sent to a query endpoint\n")
    broken = "SELECT ?s\nWHERE { ?s ?p }"
    local, remote_run = run_cli("sparql", broken), run_cli("sparql", broken, "--endpoint", pushed.endpoint)
    assert remote_run.returncode == local.returncode == 2
    assert remote_run.stderr == local.stderr and "line 2, column" in local.stderr


def test_query_show_prints_the_bound_query(run_cli: Run, pushed: servers.Server) -> None:
    done = run_cli("query", "sponsors-of-document", "-p", "document=E/CN.15/2022/L.5", "--show",
                   "--endpoint", pushed.endpoint)
    assert done.returncode == 0, done.stderr
    assert "VALUES (?document) { (<https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_L.5>) }" in done.stdout


def test_unreachable_endpoint_is_exit_3_in_one_line(run_cli: Run, store_path: Path) -> None:
    url = f"http://127.0.0.1:{servers.closed_port()}/sparql"
    commands = [["push", "--endpoint", url, "--retries", "0"],
                ["query", "state-profile", "--endpoint", url],
                ["sparql", "ASK {}", "--endpoint", url]]
    env = {**os.environ, "CCPCJ_KG_STORE": str(store_path)}
    procs = [subprocess.Popen([servers.installed_cli(), *c], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for c in commands]  # in parallel: each retries for seconds
    for command, proc in zip(commands, procs, strict=True):
        stdout, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 3, (command, stderr)
        assert stderr == f"ccpcj-kg: cannot reach {url}: connection refused\n", command
        assert stdout == ""


def test_wrong_password_is_exit_3_and_never_shown(run_cli: Run, tmp_path_factory: pytest.TempPathFactory,
                                                  request: pytest.FixtureRequest) -> None:
    virtuoso = servers.shared("virtuoso", request, tmp_path_factory)
    secret = "not-dba-s3cret"
    attempts = [
        run_cli("push", "--endpoint", virtuoso.endpoint, "--user", "dba", "--password", secret),
        run_cli("push", "--endpoint", virtuoso.endpoint, env={"CCPCJ_KG_USER": "dba", "CCPCJ_KG_PASSWORD": secret}),
        run_cli("push", "--endpoint", virtuoso.endpoint.replace("http://", f"http://dba:{secret}@")),
        run_cli("query", "state-profile", "--endpoint", virtuoso.endpoint, "--user", "dba", "--password", secret),
    ]
    for done in attempts:
        assert done.returncode == 3, done.stderr
        assert done.stderr == f"ccpcj-kg: authentication failed for {virtuoso.endpoint} (HTTP 401)\n"
        assert secret not in done.stdout + done.stderr
    anonymous = run_cli("push", "--endpoint", virtuoso.endpoint, env={"CCPCJ_KG_USER": "", "CCPCJ_KG_PASSWORD": ""})
    assert anonymous.returncode == 3
    assert anonymous.stderr == (f"ccpcj-kg: {virtuoso.endpoint} asks for a login (HTTP 401): give --user and "
                                "--password, or set CCPCJ_KG_USER and CCPCJ_KG_PASSWORD\n")


def test_credentials_from_the_environment(run_cli: Run, tmp_path_factory: pytest.TempPathFactory,
                                          request: pytest.FixtureRequest) -> None:
    """A Virtuoso user with only the SPARQL_UPDATE role pushes (and may make Virtuoso checkpoint)."""
    virtuoso = servers.shared("virtuoso", request, tmp_path_factory)
    servers.virtuoso_sql(virtuoso, "DB.DBA.USER_CREATE('ccpcj_pusher', 'pusher-pw'); "
                                   'GRANT SPARQL_UPDATE TO "ccpcj_pusher";')
    target = "https://example.org/graph/ccpcj-kg-env"
    env = {"CCPCJ_KG_USER": "ccpcj_pusher", "CCPCJ_KG_PASSWORD": "pusher-pw"}
    done = run_cli("push", "--endpoint", virtuoso.endpoint, "--graph", target, "--graphs", "ontology", env=env)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr and "pusher-pw" not in done.stderr
    ep = remote.connect(virtuoso.endpoint, **servers.credentials("virtuoso"))
    assert remote.count(ep, target) > 0
    remote.update(ep, f"DROP SILENT GRAPH <{target}>")
