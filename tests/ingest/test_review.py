"""Review before merge: ``ingest --diff`` against the curated graph, and ``ingest --into`` a session directory."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from conftest import DATA, SEED

from ccpcj_kg.ingest.pipeline import Result, ingest_text, store_labels
from ccpcj_kg.ingest.review import review
from ccpcj_kg.model.names import Resolver

Run = Callable[..., subprocess.CompletedProcess[str]]
ID = "https://w3id.org/ccpcj-kg/id/"
CCPCJ = "https://w3id.org/ccpcj-kg/ontology#"


def test_the_repository_report_is_all_already_in_the_graph(ingested: Result, kg: ox.Store) -> None:
    r = review(ingested.triples, kg)
    assert (len(r.new), len(r.conflicts), r.created) == (0, 0, {})
    assert r.same > 3000
    assert len(r.resolved["state"]) == 97 and ID + "state/AUT" in r.resolved["state"]


def test_a_planted_change_of_mode_is_exactly_one_conflict(seed_text: str, resolver: Resolver, kg: ox.Store) -> None:
    text = seed_text.replace("Council of Arab Ministers of the Interior (in person)",
                             "Council of Arab Ministers of the Interior (online)", 1)
    r = review(ingest_text(text, resolver, labels=store_labels(kg)).triples, kg)
    assert r.new == []
    assert [(s.value, p.value, [o.value for o in ours], [o.value for o in theirs])
            for s, p, ours, theirs in r.conflicts] == [
        (ID + "session/31/statement/34-council-of-arab-ministers-of-the-interior", CCPCJ + "mode",
         [ID + "mode/online"], [ID + "mode/in-person"])]


def test_a_planted_sponsor_is_exactly_one_new_node(seed_text: str, resolver: Resolver, kg: ox.Store) -> None:
    text = seed_text.replace("sponsored by Albania, Andorra, Australia", "sponsored by Albania, Andorra, Zambia, "
                             "Australia", 1)
    r = review(ingest_text(text, resolver, labels=store_labels(kg)).triples, kg)
    assert r.conflicts == []
    node = next(iri for iri in r.created["Sponsorship"])
    assert node.endswith("/sponsorship/zmb") and list(r.created) == ["Sponsorship"]
    assert {s.value for s, _, _ in r.new} == {node}
    assert {(p.value.rsplit("#", 1)[-1], getattr(o, "value", "")) for _, p, o in r.new} >= {
        ("sponsor", ID + "state/ZMB"), ("type", CCPCJ + "Sponsorship")}


def test_diff_command_text_and_json(run_cli: Run) -> None:
    proc = run_cli("ingest", str(DATA / "e_2022_30.pdf"), "--diff")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "new facts: 0" in lines and "conflicting facts: 0" in lines and "nodes new to the graph: 0" in lines
    data = json.loads(run_cli("ingest", str(SEED), "--diff", "--format", "json").stdout)
    assert data["new"] == [] and data["conflicts"] == [] and data["same"] > 3000


def test_into_writes_the_canonical_files_validates_them_and_never_overwrites(run_cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "session-31"
    proc = run_cli("ingest", str(DATA / "e_2022_30.docx"), "--into", str(target))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in target.iterdir()) == ["documents.ttl", "session.ttl", "statements.ttl"]
    assert "conforms (0 violations, 0 warnings" in proc.stdout
    statements = (target / "statements.ttl").read_text()
    assert statements.count("a ccpcj:Statement") == 274
    fmt = run_cli("fmt", "--check", *(str(p) for p in sorted(target.iterdir())))
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr  # canonical as written
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    again = run_cli("ingest", str(SEED), "--into", str(target))
    assert again.returncode == 2 and "already has session.ttl" in again.stderr and "Traceback" not in again.stderr
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    quick = run_cli("ingest", str(SEED), "--into", str(tmp_path / "other"), "--no-validate")
    assert quick.returncode == 0 and "conforms" not in quick.stdout
