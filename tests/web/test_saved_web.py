"""The saved queries on the web: index, form, HTML table, CSV, SPARQL JSON, OpenAPI — and
``ccpcj-kg query NAME --endpoint http://127.0.0.1:PORT/sparql`` answering exactly as the embedded
store does, for every saved query."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import urllib.parse
from collections.abc import Callable

import html5lib
import pyoxigraph as ox
import pytest
from webclient import fetch

from ccpcj_kg import catalog, params
from ccpcj_kg.paths import find_home
from ccpcj_kg.querying import execute
from ccpcj_kg.results import render, store_labeler

pytestmark = pytest.mark.server
Run = Callable[..., subprocess.CompletedProcess[str]]
QUERIES = find_home().queries_dir
NAMES = catalog.names(QUERIES)


def words(line: str) -> list[str]:
    """A line's words in order-free form (GROUP_CONCAT lists come in any order)."""
    return sorted(re.split(r"[\s,\"]+", line))


def local_answer(kg: ox.Store, name: str) -> tuple[str, str, int]:
    """The format to compare in (csv for tables: nothing cut), what ``ccpcj-kg query NAME
    --format FMT`` prints on the embedded store, and its exit code."""
    saved = catalog.get(name, QUERIES)
    binding = params.bind(saved, {}, kg)
    answer = execute(kg, saved.text, name, substitutions=binding.substitutions)
    code = 1 if answer.kind == "ask" and not answer.boolean else 0
    fmt = {"select": "csv", "graph": "ttl", "ask": "table"}[answer.kind]
    return fmt, render(answer, fmt, labeler=store_labeler(kg)), code


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_cli_over_the_endpoint_answers_as_the_embedded_store(web: str, kg: ox.Store, run_cli: Run, name: str) -> None:
    fmt, expected, code = local_answer(kg, name)
    done = run_cli("query", name, "--endpoint", f"{web}/sparql", "--format", fmt)
    assert done.returncode == code, done.stderr
    got, want = done.stdout.splitlines(), expected.splitlines()
    assert got[:1] == want[:1]  # the header (or first Turtle line)
    # The same rows, order of ties aside; within a cell, GROUP_CONCAT's order is unspecified.
    assert sorted(map(words, got)) == sorted(map(words, want))


def test_index_lists_every_saved_query(web: str) -> None:
    reply = fetch(f"{web}/queries")
    html5lib.HTMLParser(strict=True).parse(reply.body)
    for name in NAMES:
        assert f'href="/queries/{name}"' in reply.text


def test_form_shows_typed_parameters_and_the_answer(web: str) -> None:
    reply = fetch(f"{web}/queries/sponsors-of-document")
    html5lib.HTMLParser(strict=True).parse(reply.body)
    body = reply.text
    assert 'name="document"' in body and 'value="E/CN.15/2022/L.2"' in body  # the default, filled in
    assert '<a href="/id/state/KEN">Kenya</a>' in body  # a sponsor of L.2, linked to its page
    session = fetch(f"{web}/queries/officers-of-session?session=31").text
    assert 'value="31"' in session and "a session number such as 31" in session  # what the type expects
    year = fetch(f"{web}/queries/kyoto-thematic-sessions").text
    assert 'type="number"' in year and 'value="2022"' in year  # an integer parameter
    bad = fetch(f"{web}/queries/officers-of-session?session=abc")
    assert bad.status == 400 and "expects a session number" in bad.text
    assert fetch(f"{web}/queries/no-such-query").status == 404


def test_csv_and_json_answers(web: str, kg: ox.Store) -> None:
    query = urllib.parse.urlencode({"document": "E/CN.15/2022/L.4/Rev.1"})
    as_csv = fetch(f"{web}/queries/sponsors-of-document.csv?{query}")
    as_json = fetch(f"{web}/queries/sponsors-of-document.json?{query}")
    by_accept = fetch(f"{web}/queries/sponsors-of-document?{query}", headers={"Accept": "text/csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert as_json.headers["content-type"].startswith("application/sparql-results+json")
    assert by_accept.body == as_csv.body
    saved = catalog.get("sponsors-of-document", QUERIES)
    binding = params.bind(saved, {"document": "E/CN.15/2022/L.4/Rev.1"}, kg)
    answer = execute(kg, saved.text, "x", substitutions=binding.substitutions)
    assert len(answer.rows) > 10
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(rows) == len(answer.rows)
    bindings = json.loads(as_json.body)["results"]["bindings"]
    assert len(bindings) == len(answer.rows)
    assert {"https://w3id.org/ccpcj-kg/id/state/FRA"} <= {r["sponsor"] for r in rows}
    wrong = fetch(f"{web}/queries/officers-of-session.json?session=abc")
    assert wrong.status == 400 and "session" in wrong.text


def test_openapi_describes_every_query(web: str) -> None:
    doc = json.loads(fetch(f"{web}/openapi.json").body)
    assert doc["openapi"].startswith("3.")
    assert doc["servers"] == [{"url": web}]
    assert set(doc["paths"]) == {f"/queries/{n}.{ext}" for n in NAMES for ext in ("json", "csv")}
    op = doc["paths"]["/queries/officers-of-session.json"]["get"]
    (param,) = op["parameters"]
    assert param["name"] == "session" and param["in"] == "query" and param["schema"]["default"] == "31"
    assert param["schema"]["type"] == "string"  # a session is a number or an IRI
    # every declared operation answers at its path with its defaults
    for path in ("/queries/sessions.json", "/queries/officers-of-session.csv"):
        assert fetch(f"{web}{path}").status == 200


def test_query_page_loads_offline_assets_and_examples(web: str) -> None:
    reply = fetch(f"{web}/sparql-editor")
    html5lib.HTMLParser(strict=True).parse(reply.body)
    body = reply.text
    assert "/static/vendor/yasgui/yasgui.min.js" in body and "//cdn" not in body and "https://cdn" not in body
    config = json.loads(body.split('<script type="application/json" id="editor-config">')[1].split("</script>")[0])
    assert config["endpoint"] == f"{web}/sparql"
    assert [e["name"] for e in config["examples"]] == NAMES
    officers = next(e for e in config["examples"] if e["name"] == "officers-of-session")
    assert "VALUES" in officers["query"] and "session/31>" in officers["query"]  # the default bound
