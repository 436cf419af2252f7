"""``ccpcj-kg build`` after editing, adding or removing one file of the shipped data: the store it
makes from the previous version is the one a full build makes, through the canonical export; an
ontology or mode change rebuilds; a killed incremental build leaves nothing behind."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from killing import sigkill_once_staging

from ccpcj_kg import storedir

ROOT = Path(__file__).resolve().parent.parent.parent
ID = "https://w3id.org/ccpcj-kg/id/"
CCPCJ = "https://w3id.org/ccpcj-kg/ontology#"
STATEMENTS = "data/session-31/statements.ttl"


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(ROOT / "ontology", home / "ontology")
    shutil.copytree(ROOT / "data", home / "data")
    return home


def _triples(path: Path) -> list[ox.Triple]:
    return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


def _write(path: Path, triples: list[ox.Triple]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")


def _same_as_full(run_cli: Callable[..., Any], home: Path, tmp_path: Path, store: Path) -> None:
    """A full build of the same home exports the same N-Quads (every graph) and manifest."""
    env = {"CCPCJ_KG_HOME": str(home)}
    full = tmp_path / "full"
    assert run_cli("build", "--force", store=full, env=env).returncode == 0
    exports = [run_cli("export", "--format", "nquads", "--graphs", "all", store=s, env=env) for s in (store, full)]
    assert all(e.returncode == 0 for e in exports), [e.stderr for e in exports]
    assert exports[0].stdout == exports[1].stdout and GRAPH_INFERRED_LINE in exports[0].stdout
    manifests = [json.loads((s / "build.json").read_text()) for s in (store, full)]
    for m in manifests:
        m.pop("db_files")
    assert manifests[0] == manifests[1]


GRAPH_INFERRED_LINE = " <https://w3id.org/ccpcj-kg/graph/inferred> .\n"


def test_editing_adding_and_removing_one_shipped_file_gives_the_full_builds_store(
        run_cli: Callable[..., Any], tmp_path: Path) -> None:
    home = _home(tmp_path)
    store = tmp_path / "store"
    env = {"CCPCJ_KG_HOME": str(home)}
    assert run_cli("build", store=store, env=env).returncode == 0

    # Edit: the United States' statements go (the reasoner gave them madeStatement, spokeAt, spokeUnder).
    path = home / STATEMENTS
    speaker, usa = ox.NamedNode(CCPCJ + "speaker"), ox.NamedNode(ID + "state/USA")
    gone = {t.subject for t in _triples(path) if t.predicate == speaker and t.object == usa}
    assert gone
    _write(path, [t for t in _triples(path) if t.subject not in gone])
    edited = run_cli("build", store=store, env=env)
    assert edited.returncode == 0 and f"(applied {STATEMENTS} to the previous version)" in edited.stdout
    _same_as_full(run_cli, home, tmp_path, store)

    # Add: a new file with a statement by Kenya at the 31st session's first meeting.
    statement = f"<{ID}session/31/statement/test-ken>"
    (home / "data" / "extra.ttl").write_text(
        f"{statement} a <{CCPCJ}Statement> ; <{CCPCJ}speaker> <{ID}state/KEN> ;\n"
        f"    <{CCPCJ}atMeeting> <{ID}session/31/meeting/1> .\n")
    added = run_cli("build", store=store, env=env)
    assert added.returncode == 0 and "(applied data/extra.ttl to the previous version)" in added.stdout
    _same_as_full(run_cli, home, tmp_path, store)

    # Remove: the session's documents (drafts, sponsorships: sponsoredBy, sponsored, …).
    (home / "data" / "session-31" / "documents.ttl").unlink()
    removed = run_cli("build", store=store, env=env)
    assert removed.returncode == 0 and "(applied data/session-31/documents.ttl" in removed.stdout
    _same_as_full(run_cli, home, tmp_path, store)
    assert os.listdir(store / "versions") == [storedir.current(store).name]  # type: ignore[union-attr]


def test_an_ontology_or_reasoning_change_rebuilds_everything(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    home = _home(tmp_path)
    store = tmp_path / "store"
    env = {"CCPCJ_KG_HOME": str(home)}
    assert run_cli("build", store=store, env=env).returncode == 0
    with (home / "ontology" / "ccpcj.ttl").open("a") as fh:
        fh.write(f"\n<{CCPCJ}speaker> <http://www.w3.org/2000/01/rdf-schema#comment> \"edited\"@en .\n")
    _write(home / STATEMENTS, _triples(home / STATEMENTS)[:-5])
    rebuilt = run_cli("build", store=store, env=env)
    assert rebuilt.returncode == 0 and rebuilt.stdout.startswith("built ") and "applied" not in rebuilt.stdout
    _same_as_full(run_cli, home, tmp_path, store)
    _write(home / STATEMENTS, _triples(home / STATEMENTS)[:-5])
    other_mode = run_cli("build", "--reason", "rdfs", store=store, env=env)
    assert other_mode.returncode == 0 and "applied" not in other_mode.stdout


def test_a_killed_incremental_build_leaves_the_old_version_and_nothing_a_later_build_keeps(
        run_cli: Callable[..., Any], tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(ROOT / "ontology", home / "ontology")
    (home / "data").mkdir()
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    (home / "data" / "a.ttl").write_text(f'<{ID}state/AAA> {label} "A"@en .\n')
    store = tmp_path / "store"
    env = {"CCPCJ_KG_HOME": str(home)}
    assert run_cli("build", store=store, env=env).returncode == 0
    old = storedir.current(store)
    # A new file big enough (30,000 triples, under the incremental limit) to be caught mid-way.
    (home / "data" / "b.ttl").write_text("".join(
        f'<{ID}state/X{n:05d}> {label} "State {n}"@en ; a <{CCPCJ}State> .\n' for n in range(15_000)))
    sigkill_once_staging([sys.executable, "-m", "ccpcj_kg", "build"],
                         {**os.environ, **env, "CCPCJ_KG_STORE": str(store)}, store, settle=0.1)
    assert storedir.current(store) == old and any((store / "staging").iterdir())  # the leftovers
    again = run_cli("build", store=store, env=env)
    assert again.returncode == 0 and "(applied data/b.ttl to the previous version)" in again.stdout, again.stderr
    assert os.listdir(store / "staging") == []
    assert os.listdir(store / "versions") == [storedir.current(store).name]  # type: ignore[union-attr]
    _same_as_full(run_cli, home, tmp_path, store)
