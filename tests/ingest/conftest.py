"""Fixtures of the ingest tests: the seed report, and its ingest against the session's store."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg.ingest.pipeline import Result, ingest_text, store_labels
from ccpcj_kg.ingest.text import read_report
from ccpcj_kg.model.names import Resolver

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # the helpers: expected_e_2022_30, ingest_facts, damage
DATA = HERE / "data"
SEED = DATA / "e_2022_30.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return read_report(SEED)


@pytest.fixture(scope="session")
def resolver(kg: ox.Store) -> Resolver:
    return Resolver.from_store(kg)


@pytest.fixture(scope="session")
def ingested(seed_text: str, resolver: Resolver, kg: ox.Store) -> Result:
    """The ingest of E/2022/30 against the graph."""
    return ingest_text(seed_text, resolver, name=str(SEED), labels=store_labels(kg))
