"""How `validate` and `ingest` grow with the size of their input (issue 12, item 6: linear work).

Prints figures (not a unit test), medians over several runs:
  - placing findings: the report names the file and line of each of N offending nodes. Before,
    every finding re-read and re-scanned its file (quadratic); now each file is read and indexed
    once. Measured in process for both algorithms in the same run (the old one, kept below as
    the anchor, only at the smaller sizes: it is quadratic);
  - `validate_new` in process with the compiled shapes (the default since issue 12) against
    pySHACL (the anchor, `engine="pyshacl"`, only up to --pyshacl-up-to findings) on the same file;
  - the whole command `ccpcj-kg validate FILE` (a fresh process) on files with N findings
    (N nodes each missing its provenance: one violation each; 120,000 is a 9.5 MB file), and the
    time the report prints;
  - the whole command `ccpcj-kg ingest REPORT --dry-run` on the seed report repeated k times
    (8k to 64k lines: before issue 17's fix, 1.2 s and 22 s).
Per-unit figures (seconds per finding, per 1,000 lines) show whether the growth is linear.

Usage: .venv/bin/python bench/findings_bench.py [--runs 3] [--cli-runs 3] [--sizes 1000,2000,4000,8000]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import median_seconds  # noqa: E402

from ccpcj_kg.store import build, open_read  # noqa: E402
from ccpcj_kg.validation import read_new_data, validate_new  # noqa: E402
from ccpcj_kg.validation_report import FileIndex  # noqa: E402

PERSON = "https://w3id.org/ccpcj-kg/id/person/bench-"
REPORT = ROOT / "tests" / "ingest" / "data" / "e_2022_30.txt"


def findings_file(folder: Path, n: int) -> Path:
    """A Turtle file of ``n`` persons without provenance: ``n`` ProvenanceShape violations."""
    path = folder / f"findings-{n}.ttl"
    lines = ["@base <https://w3id.org/ccpcj-kg/id/> .",
             "@prefix ccpcj: <https://w3id.org/ccpcj-kg/ontology#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", ""]
    lines += [f'<person/bench-{i}> a ccpcj:Person ;\n    rdfs:label "Bench person {i}"@en .' for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class OldFileIndex:
    """The placement before issue 12 (the anchor): the file read on every finding, then a scan of
    every line for every spelling. Kept here only to measure against."""

    _name = re.compile(r"[A-Za-z0-9_\-:%]")

    def __init__(self, path: Path) -> None:
        self.new = FileIndex(path)  # prefixes and bases, as before
        self.lines = path.read_text(encoding="utf-8").splitlines()

    def first_line(self, iri: str) -> int | None:
        first_any: int | None = None
        for number, line in enumerate(self.lines, start=1):
            for spelling in self.new.spellings(iri):
                start = line.find(spelling)
                while start >= 0:
                    if spelling.startswith("<") or not (start > 0 and self._name.match(line[start - 1])):
                        if start == 0:
                            return number
                        if first_any is None:
                            first_any = number
                        break
                    start = line.find(spelling, start + 1)
        return first_any


def place_new(path: Path, n: int) -> None:
    index = FileIndex(path)
    for i in range(n):
        assert index.first_line(f"{PERSON}{i}") is not None


def place_old(path: Path, n: int) -> None:
    for i in range(n):  # as before: one FileIndex (one read) per finding
        assert OldFileIndex(path).first_line(f"{PERSON}{i}") is not None


def run_cli(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "ccpcj-kg"), *args], env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{args} failed ({done.returncode}): {done.stderr}")
    return took, done.stdout + done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of the in-process measurements")
    parser.add_argument("--cli-runs", type=int, default=3, help="runs of each whole command")
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    parser.add_argument("--old-up-to", type=int, default=2000, help="largest size the quadratic anchor runs at")
    parser.add_argument("--pyshacl-up-to", type=int, default=10000, help="largest size pySHACL runs at")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest measurements")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = folder / "store"
        build(store, reason="none")
        env = {**os.environ, "CCPCJ_KG_STORE": str(store)}

        print("placing N findings (file and line), in process, median of", args.runs)
        print(f"{'N':>6}  {'new s':>8}  {'new µs/finding':>14}  {'old s':>8}  {'old/new':>8}")
        for n in sizes:
            path = findings_file(folder, n)
            new = median_seconds(lambda p=path, k=n: place_new(p, k), args.runs)  # type: ignore[misc]
            old_text = ratio = "-"
            if n <= args.old_up_to:
                old = median_seconds(lambda p=path, k=n: place_old(p, k), 1)  # type: ignore[misc]
                old_text, ratio = f"{old:8.2f}", f"{old / new:8.0f}"
            print(f"{n:>6}  {new:8.3f}  {new / n * 1e6:14.1f}  {old_text:>8}  {ratio:>8}")

        print(f"\nvalidate_new in process: compiled shapes vs pySHACL (anchor), median of {args.runs}")
        print(f"{'N':>6}  {'compiled s':>10}  {'ms/finding':>10}  {'pySHACL s':>9}  {'pySHACL/compiled':>16}")
        db = open_read(store)
        for n in sizes:
            new = read_new_data([findings_file(folder, n)])
            ours = median_seconds(lambda d=new: validate_new(db, d), args.runs)  # type: ignore[misc]
            theirs_text = ratio_text = "-"
            if n <= args.pyshacl_up_to:
                theirs = median_seconds(lambda d=new: validate_new(db, d, engine="pyshacl"), args.runs)  # type: ignore[misc]
                theirs_text, ratio_text = f"{theirs:9.2f}", f"{theirs / ours:16.1f}"
            print(f"{n:>6}  {ours:10.2f}  {ours / n * 1e3:10.3f}  {theirs_text:>9}  {ratio_text:>16}")

        print(f"\nccpcj-kg validate FILE with N findings (whole command), median of {args.cli_runs}")
        print(f"{'N':>6}  {'wall s':>8}  {'ms/finding':>10}  reported")
        for n in sizes:
            path = findings_file(folder, n)
            times, said = [], ""
            for _ in range(args.cli_runs):
                took, out = run_cli(["validate", str(path)], env)
                times.append(took)
                said = re.findall(r"\(checked .*?, ([0-9.]+ s)\)", out)[-1]
            wall = statistics.median(times)
            size = path.stat().st_size / 1e6
            print(f"{n:>6}  {wall:8.2f}  {wall / n * 1e3:10.2f}  {said}  ({size:.1f} MB)")

        if args.no_ingest:
            return

        print(f"\nccpcj-kg ingest REPORT --dry-run on the seed report repeated k times, median of {args.cli_runs}")
        print(f"{'lines':>7}  {'wall s':>8}  {'s per 1k lines':>14}")
        seed = REPORT.read_text(encoding="utf-8")
        for k in (7, 14, 28, 56):  # about 8k to 64k lines, the sizes the issue reported
            report = folder / f"report-{k}.txt"
            report.write_text("\n".join([seed] * k), encoding="utf-8")
            lines = report.read_text(encoding="utf-8").count("\n") + 1
            argv = ["ingest", str(report), "--dry-run"]
            wall = statistics.median(run_cli(argv, env)[0] for _ in range(args.cli_runs))
            print(f"{lines:>7}  {wall:8.2f}  {wall / lines * 1e3:14.3f}")


if __name__ == "__main__":
    main()
