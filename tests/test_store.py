"""The embedded store: built from the inputs, skipped when nothing changed, safe on bad input."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg.model.namespaces import GRAPH_ONTOLOGY, data_graph_iri

ROOT = Path(__file__).resolve().parent.parent
STATE = "https://w3id.org/ccpcj-kg/id/state/"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of ontology/ with two small data files, used as CCPCJ_KG_HOME."""
    home = tmp_path / "home"
    shutil.copytree(ROOT / "ontology", home / "ontology")
    (home / "data" / "a").mkdir(parents=True)
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    (home / "data" / "a" / "one.ttl").write_text(f"<{STATE}KEN> {label} \"Kenya\"@en .\n")
    (home / "data" / "two.ttl").write_text(f"<{STATE}PER> <http://www.w3.org/2000/01/rdf-schema#label> \"Peru\"@en .\n")
    return home


def _cli(run_cli: Callable[..., object], home: Path, store: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli(*args, store=store, env={"CCPCJ_KG_HOME": str(home)})


def test_build_puts_each_file_in_its_own_named_graph(run_cli, project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "store"
    done = _cli(run_cli, project, store, "build", "--reason", "none")
    assert done.returncode == 0, done.stderr
    db = ox.Store.read_only(str(store / "oxigraph"))
    graphs = {g.value for g in db.named_graphs()}
    assert {GRAPH_ONTOLOGY, data_graph_iri("data/a/one.ttl"), data_graph_iri("data/two.ttl")} <= graphs
    assert data_graph_iri("data/a/one.ttl") == "https://w3id.org/ccpcj-kg/graph/data/a/one"
    assert len(list(db.quads_for_pattern(None, None, None, ox.NamedNode(data_graph_iri("data/two.ttl"))))) == 1


def test_second_build_does_nothing_and_a_changed_file_rebuilds(run_cli, project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "store"
    assert _cli(run_cli, project, store, "build", "--reason", "none").returncode == 0
    manifest = (store / "build.json").read_text()
    again = _cli(run_cli, project, store, "build", "--reason", "none")
    assert again.returncode == 0 and "up to date" in again.stdout
    assert (store / "build.json").read_text() == manifest

    (project / "data" / "two.ttl").write_text(
        f"<{STATE}PER> <http://www.w3.org/2000/01/rdf-schema#label> \"Peru\"@en .\n"
        f"<{STATE}AGO> <http://www.w3.org/2000/01/rdf-schema#label> \"Angola\"@en .\n"
    )
    rebuilt = _cli(run_cli, project, store, "build", "--reason", "none")
    assert rebuilt.returncode == 0 and rebuilt.stdout.startswith("built ")
    graphs = json.loads((store / "build.json").read_text())["graphs"]
    assert graphs[data_graph_iri("data/two.ttl")] == 2


def test_malformed_turtle_exits_2_with_file_line_column_and_keeps_the_old_store(  # type: ignore[no-untyped-def]
        run_cli, project: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert _cli(run_cli, project, store, "build", "--reason", "none").returncode == 0
    bad = project / "data" / "bad.ttl"
    bad.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated\n')
    failed = _cli(run_cli, project, store, "build", "--reason", "none")
    assert failed.returncode == 2
    assert "Traceback" not in failed.stderr
    assert f"{bad}:3:" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    # The previous store is intact and readable.
    db = ox.Store.read_only(str(store / "oxigraph"))
    assert any(True for _ in db.quads_for_pattern(ox.NamedNode(STATE + "KEN"), None, None))
    assert not list((store / "staging").iterdir())


def _big_file(path: Path, triples: int, tail: str = "") -> None:
    """A data file over ``store.BULK_FILE_BYTES`` (bulk-loaded on its own), with a repeated triple."""
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    lines = [f'<{STATE}X{n:06d}> {label} "State number {n} of a big file"@en .\n' for n in range(triples)]
    path.write_text("".join(lines) + lines[0] + tail)


def test_a_big_file_is_bulk_loaded_with_its_count_and_errors_located(  # type: ignore[no-untyped-def]
        run_cli, project: Path, tmp_path: Path) -> None:
    from ccpcj_kg.store import BULK_FILE_BYTES

    store = tmp_path / "store"
    big = project / "data" / "big.ttl"
    _big_file(big, 20_000)
    assert big.stat().st_size >= BULK_FILE_BYTES
    assert _cli(run_cli, project, store, "build", "--reason", "none").returncode == 0
    graphs = json.loads((store / "build.json").read_text())["graphs"]
    assert graphs[data_graph_iri("data/big.ttl")] == 20_000  # distinct triples: the repeated one once
    assert graphs[data_graph_iri("data/two.ttl")] == 1
    db = ox.Store.read_only(str(store / "oxigraph"))
    assert len(list(db.quads_for_pattern(ox.NamedNode(STATE + "X019999"), None, None,
                                         ox.NamedNode(data_graph_iri("data/big.ttl"))))) == 1
    del db
    _big_file(big, 20_000, tail='<http://e/a> <http://e/b> "unterminated\n')
    failed = _cli(run_cli, project, store, "build", "--reason", "none")
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert f"{big}:20002:" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    assert not list((store / "staging").iterdir())


def test_commands_that_read_build_on_demand(run_cli, project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "fresh"
    stats = _cli(run_cli, project, store, "stats")
    assert stats.returncode == 0, stats.stderr
    assert data_graph_iri("data/a/one.ttl") in stats.stdout
    assert (store / "build.json").exists()


def test_touching_a_file_without_changing_it_does_not_rebuild(run_cli, project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Freshness is decided by content; the recorded size and mtime only spare re-hashing."""
    import os

    store = tmp_path / "store"
    assert _cli(run_cli, project, store, "build", "--reason", "none").returncode == 0
    target = project / "data" / "two.ttl"
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 5_000_000_000))
    again = _cli(run_cli, project, store, "build", "--reason", "none")
    assert again.returncode == 0 and "up to date" in again.stdout
    digests = json.loads((store / "inputs.json").read_text())
    assert digests["data/two.ttl"][1] == target.stat().st_mtime_ns  # new stat remembered: no re-hash next time
