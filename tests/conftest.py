"""Shared fixtures: one embedded store built from the real ontology/ and data/ for the session,
a SPARQL helper that returns plain strings, and a runner for the installed ``ccpcj-kg`` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg.model.namespaces import PREFIXES
from ccpcj_kg.store import build

ROOT = Path(__file__).resolve().parent.parent
PREFIX_BLOCK = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))

Rows = list[dict[str, str]]


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once per test session from the checkout's ontology/ and data/."""
    path = tmp_path_factory.mktemp("kg") / "store"
    build(path)
    return path


@pytest.fixture(scope="session")
def kg(store_path: Path) -> ox.Store:
    return ox.Store.read_only(str(store_path / "oxigraph"))


def run_select(store: ox.Store, query: str) -> Rows:
    """Run a SELECT (the project's prefixes are declared) over the union of all graphs; values as strings."""
    result = store.query(PREFIX_BLOCK + query, use_default_graph_as_union=True)
    out: Rows = []
    for solution in result:  # type: ignore[union-attr]
        row = {}
        for var in result.variables:  # type: ignore[union-attr]
            term = solution[var]
            if term is not None:
                row[var.value] = term.value
        out.append(row)
    return out


@pytest.fixture(scope="session")
def select(kg: ox.Store) -> Callable[[str], Rows]:
    """``select("SELECT ?x WHERE {...}")`` → list of {var: value} over the built graph."""
    return lambda query: run_select(kg, query)


@pytest.fixture(scope="session")
def ask(kg: ox.Store) -> Callable[[str], bool]:
    return lambda query: bool(kg.query(PREFIX_BLOCK + query, use_default_graph_as_union=True))


def cli_path() -> str:
    """The installed console script (so a broken entry point fails the tests)."""
    found = shutil.which("ccpcj-kg", path=str(Path(sys.executable).parent)) or shutil.which("ccpcj-kg")
    assert found, "ccpcj-kg is not installed in this environment"
    return found


@pytest.fixture(scope="session")
def run_cli(store_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed ``ccpcj-kg`` with the session's store; returns the finished process."""

    def run(*args: str, store: Path | None = None, input: str | None = None,
            env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "CCPCJ_KG_STORE": str(store or store_path), **(env or {})}
        return subprocess.run(
            [cli_path(), *args], capture_output=True, text=True, input=input, env=full_env,
            cwd=cwd or ROOT, timeout=600,
        )

    return run
