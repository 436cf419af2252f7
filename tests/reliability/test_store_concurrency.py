"""The store under concurrency, damage and SIGKILL, with real processes.

- A reader process loops over queries while another process rebuilds the store again and again
  (alternating between two inputs): every read sees one whole version, never a half-swapped one.
- Truncated or deleted database files are found by the next command, which rebuilds from the
  inputs and answers; ``build`` checks the files, not only the manifest.
- A build killed with SIGKILL leaves the old version current, and the next build removes its leftovers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from killing import sigkill_once_staging

from ccpcj_kg import storedir
from ccpcj_kg.errors import EXIT_OK

ROOT = Path(__file__).resolve().parent.parent.parent
STATE = "https://w3id.org/ccpcj-kg/id/state/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
CCPCJ = "https://w3id.org/ccpcj-kg/ontology#"


def _home(tmp_path: Path, states: int) -> Path:
    """A private CCPCJ_KG_HOME: the real ontology and one data file with ``states`` labels."""
    home = tmp_path / "home"
    if not (home / "ontology").exists():
        shutil.copytree(ROOT / "ontology", home / "ontology")
    _write_states(home, states)
    return home


def _write_states(home: Path, states: int) -> None:
    (home / "data").mkdir(parents=True, exist_ok=True)
    lines = [f'<{STATE}X{n:04d}> {LABEL} "State {n}"@en ; a <{CCPCJ}State> .\n' for n in range(states)]
    (home / "data" / "states.ttl").write_text("".join(lines))


READER = textwrap.dedent('''
    import sys
    from pathlib import Path
    from ccpcj_kg.store import reading
    store, reads, allowed = Path(sys.argv[1]), int(sys.argv[2]), {int(a) for a in sys.argv[3].split(",")}
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    failures, seen = [], set()
    for i in range(reads):
        try:
            with reading(store) as db:
                n = int(next(iter(db.query(query)))["n"].value)
                del db
            seen.add(n)
            if n not in allowed:
                failures.append(f"read {i}: {n} triples")
        except Exception as exc:
            failures.append(f"read {i}: {type(exc).__name__}: {exc}")
    print(f"reads={reads} failures={len(failures)} seen={sorted(seen)}")
    for f in failures[:5]:
        print(f)
''')


def test_reads_during_repeated_rebuilds_never_fail(tmp_path: Path) -> None:
    """The builds alternate between two reasoning modes (two different totals) over unchanged inputs,
    so every read must see one total or the other, and the reader never has to build itself."""
    home = _home(tmp_path, 300)
    store = tmp_path / "store"
    env = {**os.environ, "CCPCJ_KG_HOME": str(home), "CCPCJ_KG_STORE": str(store)}
    cli = [sys.executable, "-m", "ccpcj_kg"]
    totals = []
    for mode in ("none", "rdfs"):
        done = subprocess.run([*cli, "build", "--reason", mode], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        totals.append(int(done.stdout.split(": ")[1].split()[0]) + int(done.stdout.split(", ")[1].split()[0]))
    assert totals[0] != totals[1]
    reads = 600
    reader = subprocess.Popen([sys.executable, "-c", READER, str(store), str(reads), ",".join(map(str, totals))],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    builds = 0
    try:
        while reader.poll() is None:
            mode = ("none", "rdfs")[builds % 2]
            done = subprocess.run([*cli, "build", "--reason", mode], env=env, capture_output=True, text=True)
            assert done.returncode == EXIT_OK, done.stderr
            builds += 1
        out, err = reader.communicate(timeout=60)
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    assert reader.returncode == 0, err
    assert out.splitlines()[0].startswith(f"reads={reads} failures=0 "), out
    assert f"seen={sorted(totals)}" in out, out  # the reads really did straddle the swaps
    assert builds >= 5
    # No reader left: one more build keeps only the new current version.
    assert subprocess.run([*cli, "build", "--reason", "none", "--force"], env=env).returncode == 0
    assert os.listdir(store / "versions") == [storedir.current(store).name]  # type: ignore[union-attr]
    assert os.listdir(store / "staging") == []


def _sst_files(store: Path) -> list[Path]:
    version = storedir.current(store)
    assert version is not None
    return sorted((version / "oxigraph").glob("*.sst"), key=lambda p: p.stat().st_size)


@pytest.mark.parametrize("damage", ["truncate", "delete", "corrupt"])
def test_a_damaged_store_is_found_and_rebuilt_by_the_next_command(tmp_path: Path, damage: str,
                                                                  run_cli: Callable[..., Any]) -> None:
    home = _home(tmp_path, 500)
    store = tmp_path / "store"
    env = {"CCPCJ_KG_HOME": str(home)}
    assert run_cli("build", "--reason", "none", store=store, env=env).returncode == 0
    damaged_version = storedir.current(store)
    victim = _sst_files(store)[-1]
    if damage == "truncate":
        with open(victim, "r+b") as fh:
            fh.truncate(victim.stat().st_size // 2)
    elif damage == "corrupt":  # same size, bytes flipped all through: only RocksDB's checksums see it
        raw = bytearray(victim.read_bytes())
        for i in range(0, len(raw), 97):
            raw[i] ^= 0xFF
        victim.write_bytes(bytes(raw))
    else:
        victim.unlink()
    done = run_cli("sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/ccpcj-kg/graph/data/states> "
                   "{ ?s ?p ?o } }", "--format", "csv", store=store, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1] == "1000"  # a label and a type for each of the 500
    assert damaged_version is not None
    problem = {"delete": f"is damaged (oxigraph/{victim.name} is missing",
               "truncate": f"is damaged (oxigraph/{victim.name} has ",
               "corrupt": "cannot be opened (Corruption: "}[damage]
    assert done.stderr.startswith(f"ccpcj-kg: note: store version {damaged_version.name} {problem}"), done.stderr
    assert done.stderr.strip().endswith("rebuilding it from the inputs") and len(done.stderr.splitlines()) == 1
    assert storedir.current(store) != damaged_version
    assert not damaged_version.exists()


def test_build_checks_the_files_not_only_the_manifest(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    home = _home(tmp_path, 500)
    store = tmp_path / "store"
    env = {"CCPCJ_KG_HOME": str(home)}
    assert run_cli("build", "--reason", "none", store=store, env=env).returncode == 0
    victim = _sst_files(store)[-1]
    with open(victim, "r+b") as fh:
        fh.truncate(10)
    done = run_cli("build", "--reason", "none", store=store, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("built "), done.stdout  # not "store is up to date"
    assert "is damaged" in done.stderr and f"oxigraph/{victim.name} has 10 bytes" in done.stderr


def test_a_build_killed_with_sigkill_leaves_the_old_store_and_nothing_a_later_build_keeps(
        tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    home = _home(tmp_path, 200)
    store = tmp_path / "store"
    env = {**os.environ, "CCPCJ_KG_HOME": str(home), "CCPCJ_KG_STORE": str(store)}
    assert run_cli("build", "--reason", "none", store=store, env={"CCPCJ_KG_HOME": str(home)}).returncode == 0
    old = storedir.current(store)
    _write_states(home, 60_000)  # a build that takes long enough to be caught in the middle
    sigkill_once_staging([sys.executable, "-m", "ccpcj_kg", "build", "--reason", "owlrl"], env, store, settle=0.2)
    assert storedir.current(store) == old and any((store / "staging").iterdir())  # the leftovers
    _write_states(home, 200)  # the inputs of the old version: readable as it was, no rebuild
    stats = run_cli("stats", store=store, env={"CCPCJ_KG_HOME": str(home)})
    assert stats.returncode == 0 and stats.stderr == "", stats.stderr
    assert storedir.current(store) == old
    again = run_cli("build", "--reason", "none", "--force", store=store, env={"CCPCJ_KG_HOME": str(home)})
    assert again.returncode == 0, again.stderr
    assert os.listdir(store / "staging") == []
    assert os.listdir(store / "versions") == [storedir.current(store).name]  # type: ignore[union-attr]
