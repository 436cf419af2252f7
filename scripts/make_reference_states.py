#!/usr/bin/env python3
"""Curate ``data/reference/states.ttl`` and ``data/reference/regional-groups.ttl``.

Run by hand from the repository root (it is not part of the build):

    .venv/bin/python scripts/make_reference_states.py
    .venv/bin/ccpcj-kg fmt data/reference/states.ttl data/reference/regional-groups.ttl

The output is deterministic: the same inputs give the same bytes (it goes through the project's
one Turtle writer, ``ccpcj_kg.canonical.to_turtle``), so ``fmt`` afterwards is a no-op, and a
fresh clone regenerates the committed files exactly (``tests/test_reference_tables.py``).

Inputs (read-only), all vendored in ``scripts/reference/`` (its README records where each came
from, when, and its sha256):

- ``un-regional-groups-dgacm-2024-02-02.csv`` (``--reference``): the 193
  Member States and their regional group, as transcribed from the DGACM page of 2 February 2024.
  The file has a UTF-8 BOM, CRLF line ends, and names with trailing no-break spaces (U+00A0) or
  narrow no-break spaces (U+202F) inside them; names are cleaned by turning every Unicode space
  into an ordinary space, collapsing runs and stripping the ends. Türkiye has two rows (Asia-Pacific
  and WEOG). Row ``n`` is the nth data row, the header excluded, so row 1 is Algeria.
- ``reference-readme.md``: the special cases of the regional groups (which it attributes to the
  UN Dag Hammarskjöld Library's "Ask DAG" FAQ 14521 and the DGACM page) and the former names of
  four States; read by the curator, transcribed into ``FORMER_NAMES`` and ``build_groups`` below.
- ``iso-3166-1-pycountry-26.2.16.csv`` (``--iso``): ISO 3166-1 as pycountry 26.2.16 gives it (from
  Debian's iso-codes): the alpha-2, alpha-3 and numeric codes, and the ISO ``name`` /
  ``official_name`` / ``common_name`` spellings.
- ``seed-passages.json`` (``--passages``): the seed paragraphs that the spellings below are
  attributed to (``SEED_SPELLINGS``), cut from the project's seed texts. The script checks that
  every listed spelling really occurs, as a whole phrase, in the passage it is attributed to, and
  stops if not.

``--refresh SEEDS_DIR`` rewrites the two derived tables (the ISO table from the installed pycountry,
which must be the version cited in data/sources.ttl, and the passages from the seed texts in
SEEDS_DIR) before generating; pycountry, in the ``curate`` extra, is needed only then.

Choices (see also the ``skos:note`` values written into the data):

- One node per State, ``state/{alpha-3}``; ``rdfs:label`` is the DGACM name cleaned; the non-member
  observer States are "Holy See" and "State of Palestine" (docs/modelling.md).
- Every other spelling a source uses is an ``skos:altLabel``: pycountry's three names where they
  differ from the label, every spelling found in the seeds, and the former names of the README.
- A leading lower-case "the" in running text ("the Islamic Republic of Iran", "the United States")
  is an article, not part of the name: the altLabel is the name without it, and no altLabel is
  added when what remains equals the label ("the Philippines", "the Republic of Moldova",
  pycountry's official name "the State of Palestine"). A capitalised "The" that belongs to a name
  is kept: "The former Yugoslav Republic of Macedonia".
- Former names (README): an altLabel and an ``skos:note`` with the year of the change, derived from
  the README passage ``source/reference-readme/section/name-changes``.
- Provenance of a State: its DGACM row(s), its ISO 3166-1 entry (a passage per entry,
  ``source/iso-3166-1/section/{alpha-3 lower}``), the README passages it relies on, and one seed
  passage per seed spelling (altLabels are literals, so the derivation is recorded on the State).
- Regional groups: labels per docs/modelling.md; altLabels only for spellings the sources use.
- Memberships: one ``ccpcj:RegionalGroupMembership`` per DGACM row (``org:role role/member``),
  plus the special cases of the README; the group is written with both ``org:organization`` and
  ``ccpcj:ofRegionalGroup`` (docs/modelling.md), and ``ccpcj:inRegionalGroup`` is left to the
  reasoner. ``ccpcj:countsForElectoralPurposes`` is written only where
  a source says how the membership counts (Türkiye: WEOG true, Asia-Pacific false; United States:
  WEOG true); elsewhere it is left out rather than guessed. ``org:memberDuring`` only where the
  source gives a date, with the precision it gives (``time:inXSDgYearMonth`` /
  ``time:inXSDgYear``; no invented day).
- Israel: two nodes, ``…-temporary`` (May 2000 to 2004) and the permanent membership (from 2004,
  which is also the DGACM row).
- United States: the DGACM list puts it in WEOG; the README says it is formally in no group and
  attends WEOG as an observer: one node with ``role/observer`` and the electoral flag.
- Kiribati: the 2010 FAQ (no group) is a ``ccpcj:Claim``; the 2024 DGACM list is a membership.
- Special-case nodes derive from the README passage (which we read); that passage
  ``dcterms:references`` the FAQ source ``source/ask-dag-faq-14521`` it names as its origin, whose
  own text we have not read (provenance points to passages, never to a whole unread source).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ccpcj_kg.canonical import to_turtle  # noqa: E402
from ccpcj_kg.model.namespaces import CCPCJ, DCTERMS, ID, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD  # noqa: E402
from ccpcj_kg.rdfio import write_atomic  # noqa: E402

VENDORED = ROOT / "scripts" / "reference"
DEFAULT_REFERENCE = VENDORED / "un-regional-groups-dgacm-2024-02-02.csv"
# The version cited in data/sources.ttl (source/iso-3166-1): a different pycountry may change names.
PYCOUNTRY_VERSION = "26.2.16"
DEFAULT_ISO = VENDORED / f"iso-3166-1-pycountry-{PYCOUNTRY_VERSION}.csv"
DEFAULT_PASSAGES = VENDORED / "seed-passages.json"
ISO_FIELDS = ("alpha_2", "alpha_3", "numeric", "name", "official_name", "common_name")

# -- sources and passages ------------------------------------------------------------------------
DGACM = ID + "source/reference-un-regional-groups-dgacm-2024-02-02"
FAQ = ID + "source/ask-dag-faq-14521"
ISO = ID + "source/iso-3166-1"
README = ID + "source/reference-readme"
README_SPECIAL = README + "/section/special-cases-of-regional-groups"
README_NAMES = README + "/section/name-changes"
E_2022_30 = ID + "document/E_2022_30"

# Seed file prefix → (source IRI, label of its passages, how paragraphs are counted).
# "numbered": the document's own paragraph numbers ("84. …"); "lines": the article's non-empty
# lines counted from 1 (docs/modelling.md).
SEEDS: dict[str, tuple[str, str, str]] = {
    "000": (ID + "source/gitoc-2022-ccpcj31", "GI-TOC 2022 analysis of CCPCJ 31", "lines"),
    "001": (ID + "source/gitoc-2024-ccpcj33", "GI-TOC 2024 analysis of CCPCJ 33", "lines"),
    "003": (E_2022_30, "E/2022/30", "numbered"),
    "004": (ID + "source/chairs-summaries-thematic-discussions-2021-2024",
            "Chair's summaries of the 2021–2024 CCPCJ thematic discussions", "numbered"),
}

# -- regional groups -------------------------------------------------------------------------
GROUP_SLUGS = {  # DGACM column value (as written there) → slug
    "African states": "african-states",
    "Asia-Pacific States": "asia-pacific-states",
    "Eastern European States": "eastern-european-states",
    "Latin American and Caribbean States": "latin-american-and-caribbean-states",
    "Western European and other States": "western-european-and-other-states",
}
GROUP_LABELS = {
    "african-states": "African States",
    "asia-pacific-states": "Asia-Pacific States",
    "eastern-european-states": "Eastern European States",
    "latin-american-and-caribbean-states": "Latin American and Caribbean States",
    "western-european-and-other-states": "Western European and other States",
}
WEOG = "western-european-and-other-states"
APG = "asia-pacific-states"

# Group spellings used by a source: (slug, spelling, passage kind, passage key).
GROUP_SPELLINGS: list[tuple[str, str, str, str | int]] = [
    ("african-states", "Group of African States", "003", 6),
    ("asia-pacific-states", "Group of Asia-Pacific States", "003", 6),
    ("eastern-european-states", "Eastern European Group", "003", 140),
    (WEOG, "Western European and other States Group", "003", 140),
    (WEOG, "WEOG", "readme", "special"),
    (APG, "Asia-Pacific Group", "readme", "special"),
]
# E/2022/30 para. 141 lists the officers with "their respective regional groups", spelled exactly
# as our labels: every group derives from it.
GROUP_LABEL_PARA = 141

# -- States --------------------------------------------------------------------------------------
# DGACM names that pycountry's lookup does not resolve, or resolves only fuzzily: mapped by hand.
EXPLICIT_ALPHA3 = {
    "Bolivia (Plurinational State of)": "BOL",
    "Côte d'Ivoire": "CIV",
    "Democratic People's Republic of Korea": "PRK",
    "Democratic Republic of the Congo": "COD",
    "Iran (Islamic Republic of)": "IRN",
    "Micronesia (Federated States of)": "FSM",
    "Republic of Korea": "KOR",
    "Republic of Moldova": "MDA",
    "Türkiye": "TUR",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "United Republic of Tanzania": "TZA",
    "United States of America": "USA",
    "Venezuela (Bolivarian Republic of)": "VEN",
    "Congo": "COG",
    "Lao People's Democratic Republic": "LAO",
    "Syrian Arab Republic": "SYR",
    "Viet Nam": "VNM",
    "Russian Federation": "RUS",
    "Czechia": "CZE",
    "North Macedonia": "MKD",
    "Eswatini": "SWZ",
    "Cabo Verde": "CPV",
    "Brunei Darussalam": "BRN",
    "Netherlands": "NLD",
    "Gambia": "GMB",
    "Bahamas": "BHS",
}
OBSERVER_STATES = {"VAT": "Holy See", "PSE": "State of Palestine"}

# Former names (README, "Document names change over time"): alpha-3 → (former name, new name, year).
FORMER_NAMES = {
    "CZE": ("Czech Republic", "Czechia", 2016),
    "TUR": ("Turkey", "Türkiye", 2022),
    "SWZ": ("Swaziland", "Eswatini", 2018),
    "MKD": ("The former Yugoslav Republic of Macedonia", "North Macedonia", 2019),
}

# Spellings the seeds use that differ from the label (after dropping a leading article "the").
# (alpha-3, spelling, seed, paragraph): one passage per spelling, the first one met in reading.
# Checked against the seed text when the script runs.
SEED_SPELLINGS: list[tuple[str, str, str, int]] = [
    ("USA", "United States", "003", 13),
    ("USA", "US", "001", 11),
    ("USA", "USA", "004", 17),
    ("GBR", "United Kingdom", "003", 101),
    ("GBR", "UK", "000", 16),
    ("IRN", "Islamic Republic of Iran", "003", 8),
    ("IRN", "Iran", "001", 13),
    ("RUS", "Russia", "000", 3),
    ("TUR", "Turkey", "003", 7),
    ("CZE", "Czech Republic", "001", 4),
    ("VNM", "Vietnam", "001", 8),
    ("SYR", "Syria", "001", 9),
    ("TZA", "Tanzania", "004", 10),
    ("ARE", "UAE", "001", 4),
    ("VEN", "Bolivarian Republic of Venezuela", "003", 8),
    ("VEN", "Venezuela", "004", 37),
    ("CMR", "Cameroun", "004", 10),
]
# Seed passages that attest a State under its label (no new spelling): the observer States.
SEED_LABEL_EVIDENCE: list[tuple[str, str, str, int]] = [
    ("PSE", "State of Palestine", "003", 132),
]

_SPACES = re.compile(r"\s+")


# -- helpers -------------------------------------------------------------------------------------
def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


def plain(text: str) -> ox.Literal:
    return ox.Literal(text)


def typed(text: str, datatype: str) -> ox.Literal:
    return ox.Literal(text, datatype=ox.NamedNode(XSD + datatype))


def clean(name: str) -> str:
    """Every Unicode space (incl. U+00A0, U+202F) → one ordinary space; ends stripped."""
    return _SPACES.sub(" ", name.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def drop_article(name: str) -> str:
    """'the Islamic Republic of Iran' → 'Islamic Republic of Iran'; a capital 'The' is kept."""
    return name[4:] if name.startswith("the ") else name


class Graph:
    """A set of triples with small helpers; blank nodes only for inline time intervals."""

    def __init__(self) -> None:
        self.triples: set[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, object]] = set()
        self._bnodes = 0

    def add(self, s: ox.NamedNode | ox.BlankNode, p: str, o: object) -> None:
        self.triples.add((s, iri(p), o))

    def bnode(self, key: str) -> ox.BlankNode:
        # Deterministic identifiers; the canonical writer inlines them anyway.
        return ox.BlankNode(key)

    def turtle(self) -> str:
        return to_turtle(sorted(self.triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))))  # type: ignore[arg-type]


# -- reading the inputs ----------------------------------------------------------------------
def read_dgacm(path: Path) -> list[tuple[int, str, str]]:
    """(row number, cleaned name, group slug) for each data row, header excluded."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["country", "UN_regional_group"], rows[0]
    out = []
    for n, row in enumerate(rows[1:], start=1):
        name, group = clean(row[0]), clean(row[1])
        assert group in GROUP_SLUGS, (n, group)
        out.append((n, name, GROUP_SLUGS[group]))
    assert len(out) == 194, len(out)
    return out


@dataclass(frozen=True)
class Sources:
    """The vendored tables besides the DGACM list: ISO 3166-1 by alpha-3, and the seed passages."""

    iso: dict[str, dict[str, str]]  # alpha-3 → the ISO_FIELDS ("" where pycountry has no value)
    passages: dict[str, dict[int, str]]  # seed key → paragraph → text

    def alpha3_named(self, name: str) -> str | None:
        """pycountry's ``countries.get(name=...)``: the exact ISO name, compared case-insensitively."""
        found = [a3 for a3, row in self.iso.items() if row["name"].lower() == name.lower()]
        return found[0] if len(found) == 1 else None


def read_iso(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and tuple(rows[0]) == ISO_FIELDS, path
    return {row["alpha_3"]: row for row in rows}


def read_passages(path: Path) -> dict[str, dict[int, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: {int(para): text for para, text in paras.items()} for key, paras in data["passages"].items()}


def to_alpha3(name: str, src: Sources) -> str:
    if name in EXPLICIT_ALPHA3:
        return EXPLICIT_ALPHA3[name]
    a3 = src.alpha3_named(name)
    assert a3 is not None, f"no exact ISO 3166-1 name for {name!r}: add it to EXPLICIT_ALPHA3"
    return a3


# -- refreshing the vendored tables (--refresh) ---------------------------------------------------
def seed_lines(seeds: Path, key: str) -> list[str]:
    (path,) = sorted(seeds.glob(f"{key}_*.txt"))
    return path.read_text(encoding="utf-8").split("\n")


def passage_text(seeds: Path, key: str, para: int) -> str:
    """The text of a seed paragraph, counted as docs/modelling.md says for that seed."""
    lines = seed_lines(seeds, key)
    if SEEDS[key][2] == "lines":
        non_empty = [line for line in lines if line.strip()]
        return non_empty[para - 1]
    starts = report_paragraphs(lines)
    assert para in starts, (key, para)
    end = starts.get(para + 1, len(lines))
    return "\n".join(lines[starts[para] : end])


def report_paragraphs(lines: list[str]) -> dict[int, int]:
    """Paragraph number → line index of the document's own numbered paragraphs.

    Draft texts, agenda lists and headings inside the document are numbered too ("6. *Invites*
    …"), so a number alone is ambiguous. The document's paragraphs are the one run 1, 2, 3, …
    that goes furthest in reading order: found by chaining each "k. " line to an earlier "k-1. "
    line that itself ends a complete run, then walking back from the highest number, always
    taking the latest possible predecessor. (Good for the paragraphs cited here, all after the
    draft texts and agenda of chapter I; paragraphs 1-3 of E/2022/30 would be mislocated.)
    """
    numbered = [
        (i, int(m.group(1)))
        for i, line in enumerate(lines)
        if (m := re.match(r"^(\d+)\. (?!\*[^*])", line))  # "6. *Invites* …" is a draft's operative paragraph
    ]
    complete: dict[int, list[int]] = {}  # number → line indexes where a full run 1..number ends
    for i, k in numbered:
        if k == 1 or any(j < i for j in complete.get(k - 1, [])):
            complete.setdefault(k, []).append(i)
    top = max(complete)
    chain = {top: complete[top][-1]}
    for k in range(top - 1, 0, -1):
        chain[k] = max(j for j in complete[k] if j < chain[k + 1])
    return chain


def cited_passages() -> list[tuple[str, int]]:
    """Every (seed, paragraph) that a spelling or label below is checked against."""
    cited = {(key, para) for _a3, _spelling, key, para in SEED_SPELLINGS + SEED_LABEL_EVIDENCE}
    cited |= {(where, key) for _slug, _spelling, where, key in GROUP_SPELLINGS if isinstance(key, int)}
    cited.add(("003", GROUP_LABEL_PARA))
    return sorted(cited)


def refresh(seeds: Path, iso_path: Path, passages_path: Path) -> None:
    """Rewrite the ISO table from the installed pycountry and the passages from the seed texts."""
    from importlib.metadata import version

    import pycountry  # the curate extra; only needed here

    found = version("pycountry")
    if found != PYCOUNTRY_VERSION:
        sys.exit(f"pycountry {found} installed; source/iso-3166-1 cites {PYCOUNTRY_VERSION}: update both together")
    rows = [[str(getattr(c, f, "") or "") for f in ISO_FIELDS] for c in pycountry.countries]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ISO_FIELDS)
    writer.writerows(sorted(rows, key=lambda r: r[1]))
    write_atomic(iso_path, out.getvalue())
    passages: dict[str, dict[str, str]] = {}
    for key, para in cited_passages():
        passages.setdefault(key, {})[str(para)] = passage_text(seeds, key, para)
    files = {key: sorted(seeds.glob(f"{key}_*.txt"))[0] for key in passages}
    doc = {
        "about": "Seed paragraphs cited by scripts/make_reference_states.py, cut from the seed texts "
                 "as docs/modelling.md counts paragraphs (see scripts/reference/README.md).",
        "seeds": {key: {"file": f.name, "sha256": hashlib.sha256(f.read_bytes()).hexdigest()}
                  for key, f in sorted(files.items())},
        "passages": passages,
    }
    write_atomic(passages_path, json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def check_spelling(src: Sources, key: str, para: int, spelling: str) -> None:
    assert para in src.passages.get(key, {}), f"seed {key}, para. {para} is not in the vendored passages"
    text = src.passages[key][para]
    pattern = r"(?<![\w-])" + re.escape(spelling) + r"(?![\w-])"
    assert re.search(pattern, text), f"{spelling!r} not found in seed {key}, para. {para}"


# -- building ----------------------------------------------------------------------------------
def dgacm_row(g: Graph, n: int, declared: set[int]) -> ox.NamedNode:
    node = iri(f"{DGACM}/row/{n}")
    if n not in declared:
        declared.add(n)
        g.add(node, RDF + "type", iri(CCPCJ + "Passage"))
        g.add(node, DCTERMS + "isPartOf", iri(DGACM))
        g.add(node, CCPCJ + "locator", plain(f"row {n}"))
        g.add(node, RDFS + "label", en(f"reference list of regional groups, row {n}"))
    return node


def seed_passage(g: Graph, key: str, para: int) -> ox.NamedNode:
    source, label, _ = SEEDS[key]
    node = iri(f"{source}/para/{para}")
    g.add(node, RDF + "type", iri(CCPCJ + "Passage"))
    g.add(node, DCTERMS + "isPartOf", iri(source))
    g.add(node, CCPCJ + "locator", plain(f"para. {para}"))
    g.add(node, RDFS + "label", en(f"{label}, para. {para}"))
    return node


def readme_passage(g: Graph, which: str) -> ox.NamedNode:
    if which == "special":
        node, locator = iri(README_SPECIAL), "Special cases of regional groups"
        label = "reference README, special cases of regional groups"
    else:
        node, locator = iri(README_NAMES), "Document names change over time"
        label = "reference README, name changes"
    g.add(node, RDF + "type", iri(CCPCJ + "Passage"))
    g.add(node, DCTERMS + "isPartOf", iri(README))
    g.add(node, CCPCJ + "locator", plain(locator))
    g.add(node, RDFS + "label", en(label))
    return node


def iso_passage(g: Graph, alpha3: str) -> ox.NamedNode:
    node = iri(f"{ISO}/section/{alpha3.lower()}")
    g.add(node, RDF + "type", iri(CCPCJ + "Passage"))
    g.add(node, DCTERMS + "isPartOf", iri(ISO))
    g.add(node, CCPCJ + "locator", plain(f"alpha-3 {alpha3}"))
    g.add(node, RDFS + "label", en(f"ISO 3166-1 (pycountry), entry {alpha3}"))
    return node


def build_states(rows: list[tuple[int, str, str]], src: Sources) -> Graph:
    g = Graph()
    declared: set[int] = set()
    labels: dict[str, str] = {}
    rows_of: dict[str, list[int]] = {}
    for n, name, _group in rows:
        a3 = to_alpha3(name, src)
        assert labels.get(a3, name) == name, (a3, labels.get(a3), name)
        labels[a3] = name
        rows_of.setdefault(a3, []).append(n)
    assert len(labels) == 193, len(labels)
    assert rows_of["TUR"] == [102, 192], rows_of["TUR"]
    assert not set(labels) & set(OBSERVER_STATES)
    labels.update(OBSERVER_STATES)

    codes: dict[str, set[str]] = {"a2": set(), "a3": set(), "num": set()}
    alt: dict[str, set[str]] = {a3: set() for a3 in labels}
    for a3, label in sorted(labels.items()):
        node = iri(f"{ID}state/{a3}")
        country = src.iso.get(a3)
        assert country is not None, a3
        a2, num = country["alpha_2"], country["numeric"]
        assert re.fullmatch(r"[A-Z]{2}", a2) and re.fullmatch(r"[0-9]{3}", num), (a3, a2, num)
        for kind, code in (("a2", a2), ("a3", a3), ("num", num)):
            assert code not in codes[kind], (kind, code)
            codes[kind].add(code)
        kind = "ObserverState" if a3 in OBSERVER_STATES else "MemberState"
        g.add(node, RDF + "type", iri(CCPCJ + kind))
        g.add(node, RDFS + "label", en(label))
        g.add(node, CCPCJ + "iso3166Alpha2", plain(a2))
        g.add(node, CCPCJ + "iso3166Alpha3", plain(a3))
        g.add(node, CCPCJ + "iso3166Numeric", plain(num))
        g.add(node, PROV + "wasDerivedFrom", iso_passage(g, a3))
        for n in rows_of.get(a3, []):
            g.add(node, PROV + "wasDerivedFrom", dgacm_row(g, n, declared))
        if a3 in OBSERVER_STATES:
            g.add(node, PROV + "wasDerivedFrom", readme_passage(g, "special"))
        for attr in ("name", "official_name", "common_name"):
            value = country[attr]
            if value:
                alt[a3].add(drop_article(clean(value)))

    for a3, (former, new, year) in sorted(FORMER_NAMES.items()):
        assert labels[a3] == new, (a3, labels[a3], new)
        node = iri(f"{ID}state/{a3}")
        alt[a3].add(former)
        g.add(node, SKOS + "note", en(f"Former name: {former}; the name changed to {new} in {year} "
                                      "(reference README)."))
        g.add(node, PROV + "wasDerivedFrom", readme_passage(g, "names"))

    for a3, spelling, key, para in SEED_SPELLINGS + SEED_LABEL_EVIDENCE:
        check_spelling(src, key, para, spelling)
        node = iri(f"{ID}state/{a3}")
        alt[a3].add(spelling)
        g.add(node, PROV + "wasDerivedFrom", seed_passage(g, key, para))

    for a3, names in alt.items():
        node = iri(f"{ID}state/{a3}")
        for name in sorted(names - {labels[a3]}):
            assert name == clean(name) and not name.startswith("the "), name
            g.add(node, SKOS + "altLabel", en(name))
    return g


def membership(g: Graph, a3: str, slug: str, qualifier: str = "") -> ox.NamedNode:
    key = f"{a3.lower()}-{slug}" + (f"-{qualifier}" if qualifier else "")
    node = iri(f"{ID}membership/{key}")
    g.add(node, RDF + "type", iri(CCPCJ + "RegionalGroupMembership"))
    g.add(node, ORG + "member", iri(f"{ID}state/{a3}"))
    g.add(node, ORG + "organization", iri(f"{ID}regional-group/{slug}"))
    # docs/modelling.md: the group again through ccpcj:ofRegionalGroup (⊑ org:organization), from
    # which the reasoner derives ccpcj:inRegionalGroup (never written).
    g.add(node, CCPCJ + "ofRegionalGroup", iri(f"{ID}regional-group/{slug}"))
    return node


def instant(g: Graph, key: str, value: str, datatype: str) -> ox.BlankNode:
    b = g.bnode(key)
    g.add(b, RDF + "type", iri(TIME + "Instant"))
    prop = {"gYear": "inXSDgYear", "gYearMonth": "inXSDgYearMonth", "date": "inXSDDate"}[datatype]
    g.add(b, TIME + prop, typed(value, datatype))
    return b


def interval(g: Graph, key: str, begin: tuple[str, str] | None, end: tuple[str, str] | None) -> ox.BlankNode:
    b = g.bnode(key)
    g.add(b, RDF + "type", iri(TIME + "Interval"))
    if begin:
        g.add(b, TIME + "hasBeginning", instant(g, key + "b", *begin))
    if end:
        g.add(b, TIME + "hasEnd", instant(g, key + "e", *end))
    return b


def build_groups(rows: list[tuple[int, str, str]], src: Sources) -> Graph:
    g = Graph()
    declared: set[int] = set()
    names = {to_alpha3(name, src): name for _, name, _ in rows}
    names.update(OBSERVER_STATES)
    member = iri(ID + "role/member")
    observer = iri(ID + "role/observer")
    special = readme_passage(g, "special")
    faq = iri(FAQ)
    # The README's special cases cite the FAQ, whose own text we have not read: provenance points
    # to the README passage (a passage we read), and that passage references the FAQ.
    g.add(special, DCTERMS + "references", faq)

    for slug, label in GROUP_LABELS.items():
        node = iri(f"{ID}regional-group/{slug}")
        g.add(node, RDF + "type", iri(CCPCJ + "RegionalGroup"))
        g.add(node, RDFS + "label", en(label))
        check_spelling(src, "003", GROUP_LABEL_PARA, label)
        g.add(node, PROV + "wasDerivedFrom", seed_passage(g, "003", GROUP_LABEL_PARA))
    # The DGACM list spells the African group "African states": an altLabel from its first row.
    first_rows: dict[str, int] = {}
    for n, _name, slug in rows:
        first_rows.setdefault(slug, n)
    for column, slug in GROUP_SLUGS.items():
        node = iri(f"{ID}regional-group/{slug}")
        if column != GROUP_LABELS[slug]:
            g.add(node, SKOS + "altLabel", en(column))
        g.add(node, PROV + "wasDerivedFrom", dgacm_row(g, first_rows[slug], declared))
    for slug, spelling, where, key in GROUP_SPELLINGS:
        node = iri(f"{ID}regional-group/{slug}")
        g.add(node, SKOS + "altLabel", en(spelling))
        if where == "readme":
            g.add(node, PROV + "wasDerivedFrom", readme_passage(g, str(key)))
        else:
            assert isinstance(key, int)
            check_spelling(src, where, key, spelling)
            g.add(node, PROV + "wasDerivedFrom", seed_passage(g, where, key))

    # One membership per DGACM row, special cases adjusted below.
    for n, name, slug in rows:
        a3 = to_alpha3(name, src)
        m = membership(g, a3, slug)
        g.add(m, RDFS + "label", en(f"{names[a3]}, member of {GROUP_LABELS[slug]}")
              if a3 != "USA" else en(f"{names[a3]}, observer in {GROUP_LABELS[slug]}"))
        g.add(m, ORG + "role", observer if a3 == "USA" else member)
        g.add(m, PROV + "wasDerivedFrom", dgacm_row(g, n, declared))

    # Türkiye: full participant in both; counts as WEOG only for electoral purposes.
    for slug, counts in ((WEOG, True), (APG, False)):
        m = membership(g, "TUR", slug)
        g.add(m, CCPCJ + "countsForElectoralPurposes", typed("true" if counts else "false", "boolean"))
        g.add(m, PROV + "wasDerivedFrom", special)
        g.add(m, SKOS + "note", en(
            "Türkiye participates fully in both the Western European and other States Group and the "
            "Asia-Pacific Group; for electoral purposes it counts as WEOG only."))

    # United States: not formally a member of any group; observer in WEOG; counted as WEOG.
    m = membership(g, "USA", WEOG)
    g.add(m, CCPCJ + "countsForElectoralPurposes", typed("true", "boolean"))
    g.add(m, PROV + "wasDerivedFrom", special)
    g.add(m, SKOS + "note", en(
        "The United States is not formally a member of any regional group; it attends WEOG as an "
        "observer and is counted as WEOG for electoral purposes. The DGACM list of 2 February 2024 "
        "lists it under Western European and other States."))

    # Israel: temporary full member of WEOG from May 2000, made permanent in 2004.
    m = membership(g, "ISR", WEOG, "temporary")
    g.add(m, RDFS + "label", en("Israel, temporary member of Western European and other States"))
    g.add(m, ORG + "role", member)
    g.add(m, ORG + "memberDuring", interval(g, "isrtemp", ("2000-05", "gYearMonth"), ("2004", "gYear")))
    g.add(m, PROV + "wasDerivedFrom", special)
    g.add(m, SKOS + "note", en(
        "Israel became a temporary full member of WEOG in May 2000; the membership was made permanent "
        "in 2004 (membership/isr-western-european-and-other-states)."))
    m = membership(g, "ISR", WEOG)
    g.add(m, ORG + "memberDuring", interval(g, "isrperm", ("2004", "gYear"), None))
    g.add(m, PROV + "wasDerivedFrom", special)
    g.add(m, SKOS + "note", en(
        "Permanent membership since 2004, following the temporary full membership from May 2000 "
        "(membership/isr-western-european-and-other-states-temporary)."))

    # Kiribati: the 2010 FAQ says no group; the 2024 DGACM list says Asia-Pacific. Both kept.
    m = membership(g, "KIR", APG)
    g.add(m, PROV + "wasDerivedFrom", special)
    g.add(m, SKOS + "note", en(
        "The DGACM list of 2 February 2024 places Kiribati in the Asia-Pacific States; the Ask DAG "
        "FAQ 14521 of 2010 said it belonged to no group (claim/ask-dag-faq-14521-kiribati)."))
    claim = iri(ID + "claim/ask-dag-faq-14521-kiribati")
    g.add(claim, RDF + "type", iri(CCPCJ + "Claim"))
    g.add(claim, RDFS + "label", en("Ask DAG FAQ 14521 (2010): Kiribati in no regional group"))
    g.add(claim, CCPCJ + "claimText", en("Kiribati belonged to no regional group."))
    g.add(claim, CCPCJ + "about", iri(ID + "state/KIR"))
    g.add(claim, CCPCJ + "claimedBy", faq)
    # The two sources disagree; both are kept, side by side (docs/modelling.md, conflicts).
    g.add(claim, CCPCJ + "conflictsWith", iri(ID + "membership/kir-asia-pacific-states"))
    g.add(claim, DCTERMS + "date", typed("2010", "gYear"))
    g.add(claim, PROV + "wasDerivedFrom", special)
    g.add(claim, SKOS + "note", en(
        "Superseded for current purposes by the DGACM list of 2 February 2024, which places Kiribati "
        "in the Asia-Pacific States (membership/kir-asia-pacific-states); both are kept."))

    # Non-member observer States.
    m = membership(g, "PSE", APG)
    g.add(m, RDFS + "label", en("State of Palestine, member of Asia-Pacific States"))
    g.add(m, ORG + "role", member)
    g.add(m, PROV + "wasDerivedFrom", special)
    g.add(m, SKOS + "note", en(
        "The State of Palestine (non-member observer State) takes part in the Asia-Pacific Group."))
    m = membership(g, "VAT", WEOG)
    g.add(m, RDFS + "label", en("Holy See, observer in Western European and other States"))
    g.add(m, ORG + "role", observer)
    g.add(m, PROV + "wasDerivedFrom", special)
    g.add(m, SKOS + "note", en("The Holy See (non-member observer State) attends WEOG as an observer."))
    return g


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--iso", type=Path, default=DEFAULT_ISO)
    parser.add_argument("--passages", type=Path, default=DEFAULT_PASSAGES)
    parser.add_argument("--refresh", type=Path, metavar="SEEDS_DIR",
                        help="first rewrite --iso from pycountry and --passages from the seed texts in SEEDS_DIR")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "reference")
    args = parser.parse_args(argv)
    if args.refresh:
        refresh(args.refresh, args.iso, args.passages)
    src = Sources(read_iso(args.iso), read_passages(args.passages))
    rows = read_dgacm(args.reference)
    states = build_states(rows, src)
    groups = build_groups(rows, src)
    write_atomic(args.out / "states.ttl", states.turtle())
    write_atomic(args.out / "regional-groups.ttl", groups.turtle())
    print(f"wrote {args.out / 'states.ttl'} ({len(states.triples)} triples), "
          f"{args.out / 'regional-groups.ttl'} ({len(groups.triples)} triples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
