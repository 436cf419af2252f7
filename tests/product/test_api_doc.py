"""docs/api.md is executable: its examples run here, against a store built from the checkout."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_every_example_of_the_api_doc_runs(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCPCJ_KG_STORE", str(store_path))
    monkeypatch.delenv("CCPCJ_KG_HOME", raising=False)
    failures, attempted = doctest.testfile(
        str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert attempted >= 25
    assert failures == 0
