"""How long `ccpcj-kg ingest` takes, and whether it stays linear in the report's length.

Prints figures (not a unit test). Longer reports are made from E/2022/30 (tests/ingest/data) by
repeating its chapters II–XII with the paragraphs renumbered, so that they read as one long
report (the numbering goes on, every repeated paragraph is parsed as a paragraph). It reports
medians over several runs of:

  - the ingest of the text (``ingest_text``: structure, extraction, model, ledger) at about 1k,
    8k and 64k lines, and the time per 1,000 lines, whose ratio between 64k and 8k lines should
    be about 1 for linear time (the anchor is the 8k figure of the same run);
  - a 100-page PDF (the scaled report rendered by scripts/render_report.py, A4, footnotes,
    headers, hyphenation; written to bench/data/ when missing): the PDF's text extraction alone,
    the whole ingest in process, and the whole command (`ccpcj-kg ingest X.pdf -o FILE`,
    interpreter start and store opening included).

Usage: .venv/bin/python bench/ingest_bench.py [--runs 3] [--lines 1000,8000,64000]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from measure import cli_median, median_seconds  # noqa: E402
from render_report import render_pdf  # noqa: E402

from ccpcj_kg.ingest.paragraphs import split  # noqa: E402
from ccpcj_kg.ingest.pipeline import ingest_text, store_labels  # noqa: E402
from ccpcj_kg.ingest.source import read_any  # noqa: E402
from ccpcj_kg.model.names import Resolver  # noqa: E402
from ccpcj_kg.store import build, open_read  # noqa: E402

SEED = ROOT / "tests" / "ingest" / "data" / "e_2022_30.txt"
PDF_100 = ROOT / "bench" / "data" / "e_2022_30_100_pages.pdf"


def scaled(text: str, copies: int) -> str:
    """The report with chapters II–XII repeated ``copies`` times after themselves, paragraphs renumbered."""
    lines = text.split("\n")
    numbers = {p.line - 1: p.number for p in split(text).paragraphs}
    start = next(i for i, x in enumerate(lines) if x.strip() == "Chapter II")
    end = next(i for i, x in enumerate(lines) if x.strip() == "Chapter XIII")
    body = [n for i, n in numbers.items() if start <= i < end]
    first, last = min(body), max(body)
    out = lines[:end]
    following = last + 1

    def renumber(line: str, n: int) -> str:
        return re.sub(r"^(\s*)\d+\.", lambda m: f"{m.group(1)}{n}.", line)

    for _ in range(copies):
        for i in range(start, end):
            out.append(renumber(lines[i], numbers[i] - first + following) if i in numbers else lines[i])
        following += last - first + 1
    for i in range(end, len(lines)):
        out.append(renumber(lines[i], numbers[i] - last - 1 + following) if i in numbers else lines[i])
    return "\n".join(out)


def cpu_median(fn: Callable[[], object], runs: int) -> float:
    """Median CPU time of this process for ``fn()`` (what the machine's other load does not inflate)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def copies_for(text: str, lines: int) -> int:
    base = text.count("\n")
    per_copy = scaled(text, 1).count("\n") - base
    return max(0, round((lines - base) / per_copy))


def pdf_pages(path: Path) -> int:
    from ccpcj_kg.ingest.extract_pdf import read_pages

    return len(read_pages(path))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lines", default="1000,8000,64000")
    args = parser.parse_args()

    text = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        build(store)
        db = open_read(store)
        resolver = Resolver.from_store(db)
        labels = store_labels(db)

        print("== the ingest of the text (in process, median of", args.runs, "runs)")
        per_k: dict[int, float] = {}
        for target in (int(x) for x in args.lines.split(",")):
            report = scaled(text, copies_for(text, target))
            n_lines = report.count("\n") + 1
            seconds = median_seconds(lambda r=report: ingest_text(r, resolver, labels=labels), args.runs)
            cpu = cpu_median(lambda r=report: ingest_text(r, resolver, labels=labels), args.runs)
            per_k[target] = cpu / n_lines * 1000
            print(f"  {n_lines:>6} lines: {seconds:7.2f} s wall, {cpu:7.2f} s CPU   "
                  f"{per_k[target] * 1000:6.1f} ms CPU per 1,000 lines")
        keys = sorted(per_k)
        if len(keys) >= 2:
            anchor, top = keys[-2], keys[-1]
            print(f"  CPU time per line at {top} vs {anchor} lines: ratio {per_k[top] / per_k[anchor]:.2f} "
                  "(1.0 = linear)")

        print("== a 100-page PDF")
        if not PDF_100.exists():
            PDF_100.parent.mkdir(parents=True, exist_ok=True)
            copies = 1
            while True:
                render_pdf(scaled(text, copies), Path(tmp) / "try.pdf")
                pages = pdf_pages(Path(tmp) / "try.pdf")
                if pages >= 100:
                    shutil.move(str(Path(tmp) / "try.pdf"), PDF_100)
                    break
                copies += max(1, (100 - pages) // 15)
        pages = pdf_pages(PDF_100)
        extract = median_seconds(lambda: read_any(PDF_100), args.runs)
        extract_cpu = cpu_median(lambda: read_any(PDF_100), args.runs)
        whole = median_seconds(lambda: ingest_text(read_any(PDF_100), resolver, labels=labels), args.runs)
        whole_cpu = cpu_median(lambda: ingest_text(read_any(PDF_100), resolver, labels=labels), args.runs)
        out = Path(tmp) / "out.ttl"
        cli = cli_median([str(ROOT / ".venv" / "bin" / "ccpcj-kg"), "ingest", str(PDF_100), "-o", str(out)], store,
                         None, args.runs)
        print(f"  {PDF_100.relative_to(ROOT)}: {pages} pages, {PDF_100.stat().st_size // 1024} KB")
        print(f"  text extraction (pdfminer glyphs + layout rules): {extract:6.2f} s wall, {extract_cpu:6.2f} s CPU")
        print(f"  ingest in process (extraction included):         {whole:6.2f} s wall, {whole_cpu:6.2f} s CPU")
        print(f"  whole command `ccpcj-kg ingest X.pdf -o FILE`:    {cli:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
