"""The report as curators get it: the PDF, the Word file and the plain text give byte-identical Turtle.

The PDF and the Word file in ``data/`` are made from ``e_2022_30.txt`` by ``scripts/render_report.py``
(A4, running header with the symbol, page numbers and the job number, footnotes at the foot of the
page, hyphenated line ends, lists and tables broken across pages; a Word file with headers,
footers, line breaks, tables and superscript markers).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import expected_e_2022_30 as expected
import ingest_facts as facts
import pyoxigraph as ox
import pytest
from conftest import DATA, SEED

from ccpcj_kg.canonical import to_turtle
from ccpcj_kg.ingest.pipeline import Result, ingest_text, store_labels
from ccpcj_kg.ingest.source import read_any
from ccpcj_kg.model.names import Resolver

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import render_report  # noqa: E402

Run = Callable[..., subprocess.CompletedProcess[str]]
RENDERINGS = ["e_2022_30.txt", "e_2022_30.pdf", "e_2022_30.docx"]


def _ingest(path: Path, resolver: Resolver, kg: ox.Store) -> Result:
    return ingest_text(read_any(path), resolver, name=path.name, labels=store_labels(kg))


@pytest.fixture(scope="module")
def turtles(resolver: Resolver, kg: ox.Store) -> dict[str, str]:
    return {name: to_turtle(_ingest(DATA / name, resolver, kg).triples) for name in RENDERINGS}


def test_the_three_renderings_give_byte_identical_turtle(turtles: dict[str, str]) -> None:
    assert turtles["e_2022_30.pdf"] == turtles["e_2022_30.txt"]
    assert turtles["e_2022_30.docx"] == turtles["e_2022_30.txt"]


@pytest.mark.parametrize("name", RENDERINGS[1:])
def test_each_rendering_has_exactly_the_expected_facts(name: str, resolver: Resolver, kg: ox.Store) -> None:
    result = _ingest(DATA / name, resolver, kg)
    got = facts.all_kinds(result.triples, expected.SESSION)
    for kind, wanted in expected.KINDS.items():
        assert got[kind] == wanted, kind
    assert result.ledger.summary_line().startswith("paragraphs: 146 found, 74 understood")


def test_a_held_out_layout_gives_the_same_turtle(tmp_path: Path, resolver: Resolver, kg: ox.Store,
                                                  turtles: dict[str, str]) -> None:
    """Another producer's layout, not in the repository: US Letter, Helvetica 11 pt, wide margins,
    tighter paragraph spacing, larger footnote markers, a fixed header."""
    pdf = tmp_path / "other.pdf"
    render_report.render_pdf(SEED.read_text(encoding="utf-8"), pdf, style=render_report.OTHER_LETTER)
    assert to_turtle(_ingest(pdf, resolver, kg).triples) == turtles["e_2022_30.txt"]


def test_the_renderings_are_what_the_generator_makes(tmp_path: Path) -> None:
    source = tmp_path / "e_2022_30.txt"
    source.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    render_report.main(["render_report.py", str(source)])
    assert read_any(tmp_path / "e_2022_30.pdf") == read_any(DATA / "e_2022_30.pdf")
    assert read_any(tmp_path / "e_2022_30.docx") == read_any(DATA / "e_2022_30.docx")


def test_the_pdf_has_the_layout_noise_and_the_text_has_none() -> None:
    """The PDF really carries what the rules remove: headers, page and job numbers, footnotes at the foot."""
    from ccpcj_kg.ingest.extract_pdf import read_pages

    pages = read_pages(DATA / "e_2022_30.pdf")
    assert len(pages) >= 25
    assert all(p.width == pytest.approx(595.27, abs=0.1) and p.height == pytest.approx(841.89, abs=0.1)
               for p in pages)  # A4
    assert sum(1 for p in pages for line in p.lines if line.text == "E/2022/30") == len(pages)
    assert [line.text for line in pages[4].lines][-1].endswith("5")
    hyphenated = [line.text for p in pages for line in p.lines if re.search(r"[a-z]-$", line.text)]
    assert len(hyphenated) > 50
    text = read_any(DATA / "e_2022_30.pdf")
    assert "22-07531" not in text and "\nE/2022/30\n" not in text
    assert "²² Also on behalf of Albania" in text


def test_a_scanned_pdf_without_text_is_exit_2(run_cli: Run, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    scan = tmp_path / "scan.pdf"
    c = Canvas(str(scan))
    for _ in range(3):
        c.rect(72, 72, 400, 600, fill=1)  # an image of a page, as a scanner gives: no text layer
        c.showPage()
    c.save()
    proc = run_cli("ingest", str(scan))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"ccpcj-kg: {scan}: a scanned PDF without a text layer (no text on any of its 3 pages); the ingest does "
        "no OCR: use the report's Word or text version, or OCR it first"]


@pytest.mark.parametrize("content,reason", [
    (b"%PDF-1.4\n%garbage that is not a PDF body", "not a readable PDF"),
    (b"PK\x03\x04 not a real zip", "a zip archive that is not a Word (.docx) file"),
])
def test_damaged_files_are_exit_2_in_one_line(run_cli: Run, tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(content)
    proc = run_cli("ingest", str(path))
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and reason in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_command_reads_pdf_and_word(run_cli: Run, tmp_path: Path) -> None:
    outs = []
    for name in RENDERINGS:
        out = tmp_path / f"{name}.ttl"
        proc = run_cli("ingest", str(DATA / name), "-o", str(out))
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
