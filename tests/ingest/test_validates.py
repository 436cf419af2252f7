"""The ingest's output conforms to the shapes, checked by the installed ``ccpcj-kg validate`` in the
context of the graph. Only notes remain: statements whose capacity the report does not give (the
general-debate lines, …) and cited documents whose title it does not give."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SEED

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.mark.slow
def test_the_output_of_e_2022_30_conforms(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "e-2022-30.ttl"
    assert run_cli("ingest", str(SEED), "-o", str(out)).returncode == 0
    proc = run_cli("validate", str(out), "--format", "json")
    findings = json.loads(proc.stdout)
    violations = [f for f in findings if f["severity"] == "Violation"]
    assert not violations, json.dumps(violations[:10], indent=1)
    assert proc.returncode == 0, proc.stderr
    assert {(f["severity"], f["shape"]) for f in findings} <= {("Info", "Statement-capacityGiven"),
                                                               ("Info", "Document-title")}
