"""``ccpcj-kg queries``, ``query`` and ``sparql`` as a user runs them (the installed command)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
ID = "https://w3id.org/ccpcj-kg/id/"
INJECTION = 'x" } ; DROP ALL ; #'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def one_line_error(proc: subprocess.CompletedProcess[str], code: int = 2) -> str:
    """The process failed with ``code``, one line on stderr, no traceback, nothing on stdout."""
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def triples(run_cli: Run) -> int:
    proc = run_cli("sparql", COUNT, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    return int(proc.stdout.splitlines()[1])


# -- queries ------------------------------------------------------------------------------------
def test_queries_lists_names_summaries_and_parameters(run_cli: Run) -> None:
    proc = run_cli("queries")
    assert proc.returncode == 0, proc.stderr
    assert "sponsors-of-document" in proc.stdout and "Sponsors of a document" in proc.stdout
    assert "params: document:document=E/CN.15/2022/L.2" in proc.stdout
    names = run_cli("queries", "--names").stdout.split()
    assert len(names) >= 30 and names == sorted(names)


def test_queries_by_tag_and_in_full(run_cli: Run) -> None:
    tagged = run_cli("queries", "--tag", "sponsorship", "--names").stdout.split()
    assert "sponsors-of-document" in tagged and "congresses" not in tagged
    full = run_cli("queries", "state-profile")
    assert full.returncode == 0
    assert (
        "state (state, default 'KEN')" in full.stdout
        and "example: ccpcj-kg query state-profile" in full.stdout
    )
    doc = json.loads(run_cli("queries", "--format", "json").stdout)
    assert {"name", "summary", "description", "tags", "params", "example"} <= set(doc[0])
    assert "no saved query has tag 'nosuchtag'" in one_line_error(run_cli("queries", "--tag", "nosuchtag"))


# -- query: formats ------------------------------------------------------------------------------
def test_default_table_shows_labels(run_cli: Run) -> None:
    proc = run_cli("query", "sponsors-of-document")
    assert proc.returncode == 0, proc.stderr
    assert "Kenya" in proc.stdout and "E/2022/30, para. 84" in proc.stdout
    assert ID not in proc.stdout
    assert proc.stdout.rstrip().endswith("(14 rows)")
    iris = run_cli("query", "sponsors-of-document", "--iris").stdout
    assert "state:KEN" in iris and "Kenya" not in iris


def test_json_is_sparql_results(run_cli: Run) -> None:
    doc = json.loads(run_cli("query", "sponsors-of-document", "--format", "json").stdout)
    assert doc["head"]["vars"] == ["document", "sponsor", "onBehalfOf", "passage", "recordedOn"]
    sponsors = {b["sponsor"]["value"] for b in doc["results"]["bindings"]}
    assert ID + "state/KEN" in sponsors and len(sponsors) == 14
    assert all(b["sponsor"]["type"] == "uri" for b in doc["results"]["bindings"])


def test_xml_is_sparql_results_xml_with_the_same_answer_as_json(run_cli: Run) -> None:
    """``query`` and ``sparql`` write SPARQL Query Results XML that rdflib reads back as the JSON answer."""
    from rdflib.query import Result

    def rows(fmt: str, *args: str) -> tuple[list[str], list[tuple[str, ...]]]:
        proc = run_cli(*args, "--format", fmt)
        assert proc.returncode == 0, proc.stderr
        parsed = Result.parse(io.BytesIO(proc.stdout.encode()), format=fmt)
        table = sorted(tuple(str(x) for x in r) for r in parsed)  # type: ignore[union-attr]
        return [str(v) for v in parsed.vars or []], table

    members = "SELECT ?s ?l WHERE { ?s a ccpcj:MemberState ; rdfs:label ?l }"
    for args in (("query", "sponsors-of-document"), ("sparql", members)):
        xml = rows("xml", *args)
        assert xml == rows("json", *args) and len(xml[1]) >= 14
    ask = run_cli("sparql", 'ASK { state:KEN rdfs:label "Kenya"@en }', "--format", "xml")
    assert ask.returncode == 0 and "<boolean>true</boolean>" in ask.stdout


def test_csv_has_a_header_and_writes_to_a_file(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "officers.csv"
    proc = run_cli("query", "officers-of-session", "-p", "session=31", "--format", "csv", "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["person"] for r in rows} >= {ID + "person/takeshi-hikihara", ID + "person/antonino-tedesco"}
    assert list(rows[0]) == ["session", "role", "person", "state", "group", "electedAt", "passages"]


def test_tsv_and_md(run_cli: Run) -> None:
    tsv = run_cli("query", "attendance", "--format", "tsv").stdout.splitlines()
    assert tsv[0] == "?session\t?category\t?count\t?passage"
    md = run_cli("query", "attendance", "--format", "md").stdout.splitlines()
    # the 7 categories of E/2022/30 para. 138 and the UNIS release's 130 countries (paras. 3 and 11)
    assert md[0] == "| session | category | count | passage |" and len(md) == 2 + 9 and len(tsv) == 1 + 9


def test_state_given_by_code_or_any_name_gives_the_same_answer(run_cli: Run) -> None:
    answers = {
        value: run_cli("query", "state-profile", "-p", f"state={value}", "--format", "csv").stdout
        for value in ("KEN", "ke", "Kenya", "kenya", "state:KEN")
    }
    assert len(set(answers.values())) == 1
    assert "statement/84-ken" in answers["KEN"]
    czech = run_cli("query", "state-names", "-p", "state=Czech Republic", "--format", "csv").stdout
    assert "Czechia" in czech


def test_ask_prints_yes_or_no_and_exits_1_on_no(run_cli: Run) -> None:
    yes = run_cli("query", "did-state-sponsor")
    assert (yes.returncode, yes.stdout) == (0, "yes\n")
    no = run_cli("query", "did-state-sponsor", "-p", "state=JPN")
    assert (no.returncode, no.stdout) == (1, "no\n")


def test_construct_gives_turtle(run_cli: Run) -> None:
    proc = run_cli("query", "describe-resource", "-p", "resource=state:KEN", "--format", "ttl")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("@prefix ") and "state:KEN" in proc.stdout


def test_show_prints_query_and_bound_terms(run_cli: Run) -> None:
    proc = run_cli("query", "state-profile", "-p", "state=Japan", "--show")
    assert proc.returncode == 0
    assert "#+ summary:" in proc.stdout and f"# ?state = <{ID}state/JPN>" in proc.stdout


# -- query: errors -------------------------------------------------------------------------------
def test_unknown_query_suggests_close_names(run_cli: Run) -> None:
    line = one_line_error(run_cli("query", "sponsor-of-document"))
    assert "no saved query called 'sponsor-of-document'" in line and "sponsors-of-document" in line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("-p", "session=abc"),
            "parameter 'session' (session) expects a session number such as 31, or its IRI; got 'abc'",
        ),
        (("-p", "session="), "parameter 'session' (session) expects a session number"),
        (("-p", "sesion=31"), "unknown parameter 'sesion' (did you mean session?)"),
        (("-p", "session"), "write NAME=VALUE"),
        (("--format", "html"), "unknown format 'html'"),
        (("--format", "ttl"), "--format ttl is for CONSTRUCT and DESCRIBE queries"),
    ],
)
def test_bad_parameters_and_formats_say_what_is_wrong(
    run_cli: Run, args: tuple[str, ...], expected: str
) -> None:
    assert expected in one_line_error(run_cli("query", "officers-of-session", *args))


def test_unknown_state_is_an_empty_answer_with_a_note(run_cli: Run) -> None:
    proc = run_cli("query", "state-profile", "-p", "state=Atlantis", "--format", "csv")
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == ["state,aspect,item,detail,passage"]
    assert "note: state: no State matches 'Atlantis'" in proc.stderr


def test_injection_is_inert(run_cli: Run) -> None:
    before = triples(run_cli)
    for args in (
        ("query", "search-labels", "-p", f"text={INJECTION}"),
        ("query", "state-profile", "-p", f"state={INJECTION}"),
        ("query", "sponsors-of-document", "-p", f"document={INJECTION}"),
    ):
        proc = run_cli(*args)
        assert proc.returncode == 0, proc.stderr
        assert "(no rows)" in proc.stdout
    assert triples(run_cli) == before


# -- sparql --------------------------------------------------------------------------------------
def test_sparql_text_file_and_stdin(run_cli: Run, tmp_path: Path) -> None:
    query = 'SELECT ?s WHERE { ?s ccpcj:iso3166Alpha3 "KEN" }'
    direct = run_cli("sparql", query, "--format", "csv")
    assert direct.returncode == 0 and direct.stdout.splitlines() == ["s", f"{ID}state/KEN"]
    path = tmp_path / "q.rq"
    path.write_text(query, encoding="utf-8")
    assert run_cli("sparql", str(path), "--format", "csv").stdout == direct.stdout
    assert run_cli("sparql", "-", "--format", "csv", input=query).stdout == direct.stdout


def test_sparql_ask_and_labels(run_cli: Run) -> None:
    assert run_cli("sparql", 'ASK { state:KEN rdfs:label "Kenya"@en }').stdout == "yes\n"
    assert run_cli("sparql", 'ASK { state:KEN rdfs:label "Atlantis"@en }').returncode == 1
    table = run_cli("sparql", "SELECT ?s WHERE { ?s ccpcj:iso3166Alpha2 'KE' }").stdout
    assert "Kenya" in table


def test_sparql_syntax_error_has_line_and_column(run_cli: Run) -> None:
    line = one_line_error(run_cli("sparql", "SELECT ?s WHERE {\n  ?s ?p \n}"))
    assert line.startswith("ccpcj-kg: <query>: SPARQL syntax error at line 3, column ")


def test_sparql_refuses_updates_and_missing_files(run_cli: Run) -> None:
    before = triples(run_cli)
    assert "DROP is a SPARQL update; ccpcj-kg runs read-only queries" in one_line_error(run_cli("sparql", "DROP ALL"))
    assert triples(run_cli) == before
    assert "no such file" in one_line_error(run_cli("sparql", "nowhere/q.rq"))
    assert "the query is empty" in one_line_error(run_cli("sparql", "-", input="  \n"))


@pytest.mark.parametrize("command", ["queries", "query", "sparql"])
def test_help_has_examples(run_cli: Run, command: str) -> None:
    proc = run_cli(command, "--help")
    assert proc.returncode == 0 and "Examples:" in proc.stdout and f"ccpcj-kg {command}" in proc.stdout


def test_query_commands_do_not_import_rdflib_or_pyshacl(store_path: Path) -> None:
    """The query path stays light: no rdflib, pySHACL or owlrl in the process (docs/design.md)."""
    import os
    import sys

    code = (
        "import sys\n"
        "from ccpcj_kg import cli\n"
        "for args in (['query', 'state-profile', '-p', 'state=Kenya'], ['sparql', 'ASK { ?s ?p ?o }'],\n"
        "             ['queries']):\n"
        "    try:\n"
        "        cli.main(args)\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code == 0, exc.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'pyshacl', 'owlrl'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {**os.environ, "CCPCJ_KG_STORE": str(store_path)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert "HEAVY []" in proc.stderr, proc.stderr
