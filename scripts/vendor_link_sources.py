#!/usr/bin/env python3
"""Vendor the public tables the link and label files are made from (``reference/links/*.csv``).

Run by hand, once per update of a source, with a local git mirror of each repository (the
project's build never runs it: a fresh clone regenerates the links from the vendored CSVs with
``scripts/make_links.py``). Each table keeps every row of its source in the source's order, so
row ``n`` here is row ``n`` there, and only the columns the links use.

    .venv/bin/python scripts/vendor_link_sources.py \\
        --country-codes MIRROR/datasets+country-codes/repo \\
        --owid MIRROR/owid+owid-grapher/repo \\
        --supraverden MIRROR/confirmordeny+supraverden/repo

The repositories, paths and commits are fixed below and recorded in ``reference/links/README.md``;
``make_links.py`` writes them into the sources' descriptions in the graph.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "reference" / "links"

COUNTRY_CODES = ("datasets/country-codes", "caa72d1e0e5af8876c170bb36a9e4d64a01bba88", "data/country-codes.csv")
COUNTRY_CODES_COLUMNS = [
    "ISO3166-1-Alpha-3", "ISO3166-1-Alpha-2", "ISO3166-1-numeric", "M49", "wikidata_id",
    "official_name_ar", "official_name_cn", "official_name_en", "official_name_es", "official_name_fr",
    "official_name_ru",
]
OWID = ("owid/owid-grapher", "c7402d12e25bd1d45f5bd7d66cfc083342a1ed96",
        "packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts")
OWID_COLUMNS = ["code", "name", "iso_alpha2", "iso_alpha3", "wikidata_uri", "wikidata_label"]
SUPRAVERDEN = ("confirmordeny/supraverden", "59ab4fa0f92f3c75bb45e230908e612f15e8dbdf", "data/general_list.yaml")
SUPRAVERDEN_COLUMNS = ["key", "SPRVD_id", "Wikidata_code", "Name_en", "Name_other_en", "Name_other_2_en",
                       "Abbreviation_en", "Org_family"]


def show(mirror: Path, commit: str, path: str) -> str:
    """The file at that commit, from a bare mirror (``git show``)."""
    return subprocess.run(["git", "-C", str(mirror), "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def write(name: str, columns: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: (row.get(c) or "") for c in columns})
    (OUT / name).write_text(buf.getvalue(), encoding="utf-8")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--country-codes", type=Path, required=True)
    parser.add_argument("--owid", type=Path, required=True)
    parser.add_argument("--supraverden", type=Path, required=True)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)

    text = show(args.country_codes, COUNTRY_CODES[1], COUNTRY_CODES[2])
    write("datasets-country-codes.csv", COUNTRY_CODES_COLUMNS, list(csv.DictReader(io.StringIO(text))))

    ts = show(args.owid, OWID[1], OWID[2])
    body = ts.split("`")[1]  # the file is one template string holding a CSV
    write("owid-countries-regions.csv", OWID_COLUMNS, list(csv.DictReader(io.StringIO(body))))

    import yaml  # only this vendoring step reads YAML

    entries = yaml.safe_load(show(args.supraverden, SUPRAVERDEN[1], SUPRAVERDEN[2]))
    rows = [{"key": key, **{k: str(v) for k, v in value.items() if isinstance(v, (str, int))}}
            for key, value in entries.items() if isinstance(value, dict)]
    write("supraverden-bodies.csv", SUPRAVERDEN_COLUMNS, rows)


if __name__ == "__main__":
    main()
