#!/usr/bin/env python3
"""Vendor the public tables the link and label files are made from (``reference/links/*.csv``).

Run by hand, once per update of a source, with a local git mirror of each repository (the
project's build never runs it: a fresh clone regenerates the links from the vendored CSVs with
``scripts/make_links.py``). Each table keeps every row of its source in the source's order, so
row ``n`` here is row ``n`` there, and only the columns the links use.

    .venv/bin/python scripts/vendor_link_sources.py \\
        --country-codes MIRROR/datasets+country-codes/repo \\
        --owid MIRROR/owid+owid-grapher/repo \\
        --supraverden MIRROR/confirmordeny+supraverden/repo \\
        --unbis MIRROR/ClementSicard+un-unbis-thesaurus-scraper/repo \\
        --sdg-kos MIRROR/benmomo+eiffel-ontology/repo \\
        --opensanctions MIRROR/opensanctions+opensanctions/repo \\
        --open-sdg MIRROR/open-sdg+sdg-translations/repo \\
        --ror MIRROR/ror-community+ror-records/repo

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
# A scrape of the UNBIS Thesaurus (metadata.un.org/thesaurus) in the six languages. The repository
# states no licence, so only the concepts the topic links use are vendored (UNBIS_USED), each with
# its position in the file's list (row) so that row n here is the nth concept there.
UNBIS = ("ClementSicard/un-unbis-thesaurus-scraper", "6dd402d73eadfeb363d450ca28a0b9e017f91ca0", "all_topics.json")
UNBIS_COLUMNS = ["row", "identifier", "url", "en"]
UNBIS_USED = {"1000797", "1000952", "1001012", "1001186", "1001328", "1001346", "1001376", "1001388",
              "1001393", "1002516", "1002609", "1002613", "1003048", "1003291", "1003642", "1003669",
              "1004663", "1005115", "1005387", "1005619", "1006319", "1006413", "1006475", "1006622",
              "1007107"}
# The UN's SDG knowledge organization system (metadata.un.org/sdg), as shipped in Turtle by the
# EIFFEL project (Apache-2.0): every Target, in the file's order, with the line of its English label
# (a target with two English labels in the file is left out).
SDG_KOS = ("benmomo/eiffel-ontology", "a07eb1a71b8aa369f0679a2d0c09eced02120eca",
           "ontology/sdg-kos-goals-targets-indicators.ttl")
SDG_COLUMNS = ["row", "code", "iri", "line", "en"]
# OpenSanctions' registry of international bodies with their Wikidata items (MIT): every entry of
# the INTL_ORGS dict, in the file's order.
IGO = ("opensanctions/opensanctions", "f33cff233ff4393a8c71784cfe280275727b52ca", "zavod/zavod/shed/wikidata/igo.py")
IGO_COLUMNS = ["row", "qid", "name"]
# Open SDG's English texts of the global targets (MIT): the second source for the SDG targets.
OPEN_SDG = ("open-sdg/sdg-translations", "0cda585851a5c6f04040a9a2755fbb4496c4eead",
            "translations/en/global_targets.yml")
OPEN_SDG_COLUMNS = ["row", "code", "en"]
# ROR records, one JSON file per record and release (vN.M/{id}.json); the newest release of each record
# in ROR_USED, the records a curator matched to our organizations by name, country and website.
ROR = ("ror-community/ror-records", "d93fc667872f8ef9386896bd6c68bd3c6103603e", "v*/{id}.json")
ROR_COLUMNS = ["row", "ror_id", "file", "name", "country", "website", "wikidata", "status"]
ROR_USED = ("006kxhp52", "004s85t07", "00892tw58", "00ae7jd04", "00pe0tf51", "0109p9r67", "015z29x25",
            "01f80g185", "01xnsst08", "02cyaqf66", "02dg0pv02", "02gjn4306", "0438wbg98", "04h4z8k05",
            "04qyvz380", "051777d98", "056d84691", "05n4e2707")


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
    parser.add_argument("--unbis", type=Path, required=True)
    parser.add_argument("--sdg-kos", type=Path, required=True)
    parser.add_argument("--opensanctions", type=Path, required=True)
    parser.add_argument("--open-sdg", type=Path, required=True)
    parser.add_argument("--ror", type=Path, required=True)
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

    import json

    concepts = json.loads(show(args.unbis, UNBIS[1], UNBIS[2]))["topics"]
    rows = [{"row": str(n), "identifier": c["identifier"], "url": c["url"], "en": c["labels"].get("en", "")}
            for n, c in enumerate(concepts, start=1) if c["identifier"] in UNBIS_USED]
    if {r["identifier"] for r in rows} != UNBIS_USED:
        raise SystemExit(f"not in {UNBIS[2]}: {sorted(UNBIS_USED - {r['identifier'] for r in rows})}")
    write("unbis-concepts.csv", UNBIS_COLUMNS, rows)

    write("sdg-targets.csv", SDG_COLUMNS, sdg_targets(show(args.sdg_kos, SDG_KOS[1], SDG_KOS[2])))

    write("opensanctions-igo.csv", IGO_COLUMNS, igo_entries(show(args.opensanctions, IGO[1], IGO[2])))

    texts = yaml.safe_load(show(args.open_sdg, OPEN_SDG[1], OPEN_SDG[2]))
    rows = []
    for n, (key, text) in enumerate(texts.items(), start=1):  # "16-4-title": "By 2030, …"
        goal, target, kind = key.split("-")
        if kind != "title":
            raise SystemExit(f"{OPEN_SDG[2]}: unexpected key {key!r}")
        rows.append({"row": str(n), "code": f"{goal}.{target}", "en": " ".join(str(text).split())})
    write("open-sdg-targets.csv", OPEN_SDG_COLUMNS, rows)

    write("ror-records.csv", ROR_COLUMNS, ror_records(args.ror))


def ror_records(mirror: Path) -> list[dict[str, str]]:
    """The newest release file of each record of ROR_USED, schema 1 or 2, as one row each."""
    import json
    import re

    files = subprocess.run(["git", "-C", str(mirror), "ls-tree", "-r", "--name-only", ROR[1]], check=True,
                           capture_output=True, text=True).stdout.split()

    def release(path: str) -> tuple[int, int]:
        found = re.match(r"v(\d+)\.(\d+)/", path)
        return (int(found.group(1)), int(found.group(2))) if found else (0, 0)

    rows = []
    for n, ror_id in enumerate(sorted(ROR_USED), start=1):
        path = max((f for f in files if f.endswith(f"/{ror_id}.json")), key=release)
        record = json.loads(show(mirror, ROR[1], path))
        if "names" in record:  # schema 2
            name = next(v["value"] for v in record["names"] if "ror_display" in v.get("types", []))
            country = record["locations"][0]["geonames_details"]["country_name"]
            website = next((v["value"] for v in record.get("links", []) if v.get("type") == "website"), "")
            items = [i for e in record.get("external_ids", []) if e.get("type") == "wikidata" for i in e["all"]]
        else:  # schema 1
            name, country = record["name"], record["country"]["country_name"]
            website = (record.get("links") or [""])[0]
            wikidata = record.get("external_ids", {}).get("Wikidata") or {}
            items = wikidata.get("all") or []
            items = [items] if isinstance(items, str) else items
        rows.append({"row": str(n), "ror_id": record["id"], "file": path, "name": name, "country": country,
                     "website": website, "wikidata": " ".join(items), "status": record["status"]})
    return rows


def igo_entries(source: str) -> list[dict[str, str]]:
    """``"Q1065": IntlOrg("United Nations", …)`` entries of the INTL_ORGS dict, in order."""
    import re

    body = source[source.index("INTL_ORGS"):]
    found = re.findall(r'"(Q[1-9][0-9]*)":\s*IntlOrg\(\s*"([^"]+)"', body)
    return [{"row": str(n), "qid": qid, "name": name} for n, (qid, name) in enumerate(found, start=1)]


def sdg_targets(turtle: str) -> list[dict[str, str]]:
    """Every ``sdgo:Target`` of the SDG KOS, in the file's order, with its English label and the line
    it is on. The file writes one statement per subject and predicate (``sdg:16.4 skos:prefLabel "…"@en,``
    then one object per line), so a line scan finds them; the labels are checked against a parse."""
    import re

    import pyoxigraph as ox

    lines = turtle.split("\n")
    order: list[str] = []
    labels: dict[str, tuple[int, str]] = {}
    subject = predicate = ""
    for number, line in enumerate(lines, start=1):
        head = re.match(r"^sdg:(\S+) (\S+) ", line)
        if head:
            subject, predicate = head.groups()
            if predicate == "a" and "sdgo:Target" in line and subject not in order:
                order.append(subject)
        english = re.search(r'"((?:[^"\\]|\\.)*)"@en\b', line)
        if english and predicate == "skos:prefLabel" and subject not in labels:
            labels[subject] = (number, english.group(1))
    graph = ox.Store()
    graph.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    rows = []
    for n, code in enumerate(order, start=1):
        iri = f"http://metadata.un.org/sdg/{code}"
        parsed = {q.object.value for q in graph.quads_for_pattern(
            ox.NamedNode(iri), ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), None)
            if isinstance(q.object, ox.Literal) and q.object.language == "en"}
        line, label = labels[code]
        if len(parsed) > 1:  # the file gives two English labels (12.3): left out rather than chosen
            print(f"{code}: {len(parsed)} English labels in the file, left out", file=sys.stderr)
            continue
        if parsed != {label}:
            raise SystemExit(f"{code}: the line scan read {label!r}, the parser {parsed}")
        rows.append({"row": str(n), "code": code, "iri": iri, "line": str(line), "en": label})
    return rows


if __name__ == "__main__":
    main()
