"""The product as a new user gets it: a wheel built from this checkout, installed into a fresh
virtual environment, run from an unrelated folder, gives the same answers as the checkout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``ccpcj-kg`` script of a fresh venv holding only the wheel and its dependencies."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(work / "dist"), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next((work / "dist").glob("ccpcj_kg-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True, capture_output=True)
    subprocess.run([str(work / "venv" / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True, capture_output=True)
    return work / "venv" / "bin" / "ccpcj-kg"


@pytest.fixture(scope="module")
def outside(installed: Path, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Run the installed command from an empty folder, with its own store and no home set."""
    folder = tmp_path_factory.mktemp("elsewhere")
    env = {k: v for k, v in os.environ.items() if k not in ("CCPCJ_KG_HOME", "CCPCJ_KG_STORE", "PYTHONPATH")}
    env["CCPCJ_KG_STORE"] = str(folder / "store")

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(installed), *args], capture_output=True, text=True, cwd=folder,
                              env={**env, **extra}, timeout=900)

    return run


def test_version_is_the_ontologys(outside: Run) -> None:
    declared = re.search(r'owl:versionInfo\s+"([^"]+)"', (ROOT / "ontology" / "ccpcj.ttl").read_text()).group(1)  # type: ignore[union-attr]
    done = outside("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"ccpcj-kg {declared}")


def test_build_loads_the_full_graph(outside: Run, run_cli: Run) -> None:
    outside("build")  # maybe a no-op when an earlier test built it
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    installed_count = outside("sparql", count, "--format", "csv")
    checkout_count = run_cli("sparql", count, "--format", "csv")
    assert installed_count.returncode == 0, installed_count.stderr
    assert int(installed_count.stdout.split()[1]) > 20000
    assert installed_count.stdout == checkout_count.stdout


def test_every_saved_query_is_listed_and_answers_as_in_the_checkout(outside: Run, run_cli: Run) -> None:
    names = outside("queries", "--names").stdout.split()
    assert names == run_cli("queries", "--names").stdout.split()
    assert len(names) >= 44
    for name in names:
        mine, theirs = outside("query", name, "--format", "csv"), run_cli("query", name, "--format", "csv")
        assert (name, mine.returncode, mine.stdout) == (name, theirs.returncode, theirs.stdout)


def test_officers_of_session_31(outside: Run) -> None:
    done = outside("query", "officers-of-session", "-p", "session=31", "--format", "csv")
    assert done.returncode == 0
    assert "Takeshi Hikihara" not in done.stdout  # csv carries IRIs
    assert "https://w3id.org/ccpcj-kg/id/person/takeshi-hikihara" in done.stdout


def test_labels_in_other_languages_are_shipped(outside: Run) -> None:
    """data/labels/ and ontology/labels.ttl are package data: the installed command speaks French
    (a role of the vocabulary, a State) and Chinese (an ontology class)."""
    fr = outside("query", "officers-of-session", "-p", "session=31", "--lang", "fr")
    assert fr.returncode == 0, fr.stderr
    assert "Premier Vice-Président" in fr.stdout and "Japon" in fr.stdout
    zh = outside("sparql", "SELECT ?c WHERE { VALUES ?c { ccpcj:DraftResolution } }", "--lang", "zh")
    assert zh.returncode == 0, zh.stderr
    assert "决议草案" in zh.stdout


def test_validate_all_conforms(outside: Run) -> None:
    done = outside("validate", "--all")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert "conforms" in done.stdout


def test_export_is_byte_identical_to_the_checkouts(outside: Run, run_cli: Run) -> None:
    mine, theirs = outside("export", "--format", "nquads"), run_cli("export", "--format", "nquads")
    assert mine.returncode == 0 and mine.stdout == theirs.stdout


@pytest.mark.parametrize("command", [["build"], ["queries"], ["query", "officers-of-session"], ["validate", "--all"],
                                     ["export"]])
def test_an_empty_home_is_an_error_not_an_empty_graph(outside: Run, tmp_path: Path, command: list[str]) -> None:
    done = outside("--home", str(tmp_path), *command)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "no graph inputs" in done.stderr and str(tmp_path) in done.stderr


def test_a_missing_home_variable_target_is_an_error(outside: Run, tmp_path: Path) -> None:
    done = outside("queries", CCPCJ_KG_HOME=str(tmp_path / "nowhere"))
    assert done.returncode == 2
    expected = f"ccpcj-kg: {tmp_path / 'nowhere'}: the home folder given by $CCPCJ_KG_HOME does not exist"
    assert done.stderr.strip() == expected
