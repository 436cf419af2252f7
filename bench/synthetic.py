"""Synthetic graphs shaped like the real one, at any size, for the benchmarks.

Two recipes. ``triples``/``write_home`` generate sessions from scratch; ``cloned_home`` copies
the real curated data under new IRIs (``…/{kind}/c{k}/…``) around the same shared resources
(States, groups, instruments, …) until the graph reaches the wanted size.

Shape per synthetic session (about 4,500 triples): 13 meetings and agenda items, 30 draft texts
each with 20 sponsorship nodes, 150 statements with capacity, mode, agenda item and passage; plus
195 States with regional-group memberships. Terms are the ontology's own, so the reasoner, the
shapes and the saved queries do real work on it.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ccpcj_kg import inputs  # noqa: E402
from ccpcj_kg.model.iris import document as document_iri  # noqa: E402
from ccpcj_kg.model.namespaces import GRAPH_DATA_PREFIX as DATA_GRAPHS  # noqa: E402
from ccpcj_kg.paths import find_home  # noqa: E402
from ccpcj_kg.store import build, db_path  # noqa: E402

ID = "https://w3id.org/ccpcj-kg/id/"
C = "https://w3id.org/ccpcj-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"
SCHEMA = "https://schema.org/"
DCT = "http://purl.org/dc/terms/"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"
GROUPS = ["african-states", "asia-pacific-states", "eastern-european-states",
          "latin-american-and-caribbean-states", "western-european-and-other-states"]
TRIPLES_PER_SESSION = 4500
# Where every bench keeps its clones and their stores (keyed by the inputs' hash): one 1M store for
# all benches rather than one each. The name is historical (the first bench that shared it).
CLONES = Path("/tmp/ccpcj-kg-validate-all-bench")
CLONES_PER_FILE = 10  # a data file stays well under the 200 MB input limit (about 4 MB per clone)


def _iri(x: str) -> str:
    return f"<{x}>"


def _lit(text: str, dt: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"^^<{dt}>' if dt else f'"{escaped}"@en'


def _states() -> list[str]:
    codes = []
    for a in "ABCDEFGHIJKLMNO":
        for b in "ABCDEFGHIJKLM":
            codes.append(f"Z{a}{b}")
    return codes[:195]


def triples(target: int, seed: int = 1) -> Iterator[str]:
    """N-Triples lines, about ``target`` of them (never fewer than one session's worth)."""
    rnd = random.Random(seed)
    states = _states()
    for i, code in enumerate(states):
        s = ID + f"state/{code}"
        yield f"{_iri(s)} {_iri(RDF_TYPE)} {_iri(C + 'MemberState')} ."
        yield f"{_iri(s)} {_iri(LABEL)} {_lit('State ' + code)} ."
        yield f"{_iri(s)} {_iri(C + 'iso3166Alpha3')} \"{code}\" ."
        m = ID + f"membership/{code.lower()}-{GROUPS[i % 5]}"
        g = ID + f"regional-group/{GROUPS[i % 5]}"
        for p, o in ((RDF_TYPE, C + "RegionalGroupMembership"), (ORG + "member", s), (ORG + "organization", g),
                     (C + "ofRegionalGroup", g), (ORG + "role", ID + "role/member")):
            yield f"{_iri(m)} {_iri(p)} {_iri(o)} ."
    sessions = max(1, target // TRIPLES_PER_SESSION)
    for n in range(1, sessions + 1):
        sess = ID + f"session/{1000 + n}"
        passage = ID + f"document/E_{3000 + n}_30/para/"
        yield f"{_iri(sess)} {_iri(RDF_TYPE)} {_iri(C + 'Session')} ."
        yield f"{_iri(sess)} {_iri(LABEL)} {_lit(f'{1000 + n}th session of the CCPCJ')} ."
        yield f"{_iri(sess)} {_iri(C + 'sessionNumber')} {_lit(str(1000 + n), XSD_INT)} ."
        part = sess + "/regular-part"
        yield f"{_iri(part)} {_iri(RDF_TYPE)} {_iri(C + 'SessionPart')} ."
        yield f"{_iri(part)} {_iri(SCHEMA + 'superEvent')} {_iri(sess)} ."
        for k in range(1, 14):
            meeting, item = sess + f"/meeting/{k}", sess + f"/agenda-item/{k}"
            yield f"{_iri(meeting)} {_iri(RDF_TYPE)} {_iri(C + 'Meeting')} ."
            yield f"{_iri(meeting)} {_iri(SCHEMA + 'superEvent')} {_iri(part)} ."
            yield f"{_iri(meeting)} {_iri(SCHEMA + 'startDate')} {_lit('2022-05-16', XSD_DATE)} ."
            yield f"{_iri(item)} {_iri(RDF_TYPE)} {_iri(C + 'AgendaItem')} ."
            yield f"{_iri(item)} {_iri(C + 'agendaOf')} {_iri(sess)} ."
        for d in range(1, 31):
            doc = ID + f"document/E_CN.15_{3000 + n}_L.{d}"
            for p, o in ((RDF_TYPE, _iri(C + "DraftResolution")), (LABEL, _lit(f"E/CN.15/{3000 + n}/L.{d}")),
                         (DCT + "identifier", f'"E/CN.15/{3000 + n}/L.{d}"'),
                         (C + "underAgendaItem", _iri(sess + f"/agenda-item/{1 + d % 13}")),
                         (C + "actionMeeting", _iri(sess + "/meeting/13")), (PROV, _iri(passage + str(d)))):
                yield f"{_iri(doc)} {_iri(p)} {o} ."
            for code in rnd.sample(states, 20):
                sp = doc + f"/sponsorship/{code.lower()}"
                for p, o in ((RDF_TYPE, C + "Sponsorship"), (C + "sponsor", ID + f"state/{code}"),
                             (C + "sponsorshipOf", doc), (PROV, passage + str(d))):
                    yield f"{_iri(sp)} {_iri(p)} {_iri(o)} ."
                yield f"{_iri(sp)} {_iri(LABEL)} {_lit('Sponsorship')} ."
        for k in range(150):
            code = rnd.choice(states)
            st = sess + f"/statement/{k}-{code.lower()}"
            for p, o in ((RDF_TYPE, C + "Statement"), (C + "speaker", ID + f"state/{code}"),
                         (C + "capacity", ID + rnd.choice(["capacity/representative", "capacity/observer"])),
                         (C + "mode", ID + rnd.choice(["mode/in-person", "mode/online"])),
                         (C + "underAgendaItem", sess + f"/agenda-item/{1 + k % 13}"),
                         (C + "atMeeting", sess + f"/meeting/{1 + k % 13}"), (PROV, passage + str(100 + k))):
                yield f"{_iri(st)} {_iri(p)} {_iri(o)} ."
            yield f"{_iri(st)} {_iri(LABEL)} {_lit('Statement')} ."


def write_home(home: Path, target: int, ontology: Path) -> Path:
    """A CCPCJ_KG_HOME folder with the real ontology and ``target`` synthetic triples in data/."""
    (home / "ontology").mkdir(parents=True, exist_ok=True)
    (home / "ontology" / "ccpcj.ttl").write_bytes(ontology.read_bytes())
    (home / "data").mkdir(exist_ok=True)
    out = home / "data" / "synthetic.ttl"
    with out.open("w", encoding="utf-8") as fh:
        for line in triples(target):
            fh.write(line + "\n")
    return out


# -- cloning the real data ------------------------------------------------------------------------
# Clones conform to the shapes, as the real data does: each clone k renames what it copies the way a
# curator would name new things — sessions and the texts numbered by session get session numbers
# n + 1000k, documents with a year in their symbol get the year + 100k (their dcterms:identifier and
# label follow), slugs get "-c{k}" — around the same shared resources (States, groups, instruments,
# …), which stay single. Documents without a year in their symbol (A/RES/77/1) are shared too.
SHARED = ("state/", "regional-group/", "group/", "membership/", "congress/", "instrument/", "organization/",
          "place/", "topic/", "kyoto-pillar/", "scheme/", "role/", "capacity/", "mode/", "action/",
          "statement-kind/", "participant-category/")  # fmt: skip
_YEAR = re.compile(r"(?<![0-9])(19|20)([0-9]{2})(?![0-9])")
_SESSION_KEYED = re.compile(r"^(session/|text/|resolution/ccpcj-|decision/ccpcj-)([1-9][0-9]*)(.*)$", re.DOTALL)
_SLUG_KEYED = re.compile(r"^(person|claim|source)/([a-z0-9]+(?:-[a-z0-9]+)*)(.*)$", re.DOTALL)
_IDENTIFIER = "http://purl.org/dc/terms/identifier"


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def _shift_years(text: str, k: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group()) + 100 * k), text)


def _clone_key(rest: str, k: int) -> str | None:
    """The k-th clone's name for ``{kind}/{key}…`` under /id/, or None for a shared resource."""
    if rest.startswith(SHARED):
        return None
    m = _SESSION_KEYED.match(rest)
    if m:
        return f"{m.group(1)}{int(m.group(2)) + 1000 * k}{m.group(3)}"
    m = _SLUG_KEYED.match(rest)
    if m:
        return f"{m.group(1)}/{m.group(2)}-c{k}{m.group(3)}"
    if rest.startswith(("document/", "thematic-discussion/")):
        kind, key, tail = [*rest.split("/", 2), ""][:3]
        if _YEAR.search(key):
            return f"{kind}/{_shift_years(key, k)}" + (f"/{tail}" if tail else "")
    return None


def _clone_term(term: Term, k: int) -> Term:
    if isinstance(term, ox.BlankNode):
        return ox.BlankNode(f"{term.value}c{k}")
    if isinstance(term, ox.NamedNode) and term.value.startswith(ID):
        renamed = _clone_key(term.value[len(ID) :], k)
        if renamed is not None:
            return ox.NamedNode(ID + renamed)
    return term


def _clone_object(subject: Term, predicate: ox.NamedNode, obj: Term, k: int) -> Term:
    """A document's symbol (its identifier, and a label that is the symbol) follows its new IRI."""
    own_symbol = (
        isinstance(obj, ox.Literal) and isinstance(subject, ox.NamedNode) and predicate.value in (_IDENTIFIER, LABEL)
        and subject.value.startswith(ID + "document/") and subject.value.count("/") == ID.count("/") + 1
    )
    if own_symbol:
        assert isinstance(obj, ox.Literal)
        shifted = _shift_years(obj.value, k)
        if shifted != obj.value and document_iri(shifted) == _clone_term(subject, k).value:  # type: ignore[union-attr]
            if obj.language:
                return ox.Literal(shifted, language=obj.language)
            return ox.Literal(shifted, datatype=obj.datatype)
    return _clone_term(obj, k)


def _clones(quads: list[ox.Quad], copies: int, first: int = 1) -> Iterator[ox.Quad]:
    for k in range(first, copies + 1):
        graph = ox.NamedNode(f"{DATA_GRAPHS}synthetic/c{k}")
        for q in quads:
            s = _clone_term(q.subject, k)
            if (s == q.subject and isinstance(s, ox.NamedNode)) or isinstance(s, ox.Literal):
                continue  # a shared resource: described once, in the original
            yield ox.Quad(s, q.predicate, _clone_object(q.subject, q.predicate, q.object, k), graph)


def _copy_queries(home: Path) -> None:
    shutil.rmtree(home / "queries", ignore_errors=True)
    shutil.copytree(ROOT / "queries", home / "queries")


def cloned_home(real_store: Path, size: int, cache: Path) -> tuple[Path, Path]:
    """A CCPCJ_KG_HOME with the real inputs plus clones up to ``size`` triples, and its built store."""
    files = inputs.input_files(find_home())
    key = hashlib.sha256(f"{inputs.fingerprint(files)}:{size}:5".encode()).hexdigest()[:12]
    home, store = cache / f"home-{size}-{key}", cache / f"store-{size}-{key}"
    if (store / "build.json").exists():
        _copy_queries(home)
        return home, store
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(ROOT / "ontology", home / "ontology")
    shutil.copytree(ROOT / "data", home / "data")
    _copy_queries(home)
    db = ox.Store.read_only(str(db_path(real_store)))
    asserted = [
        q
        for q in db.quads_for_pattern(None, None, None, None)
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(DATA_GRAPHS)
    ]
    per_copy = len({(q.subject, q.predicate, q.object) for q in _clones(asserted, 1)})  # distinct triples
    inferred = ox.NamedNode("https://w3id.org/ccpcj-kg/graph/inferred")
    total = sum(1 for q in db.quads_for_pattern(None, None, None, None) if q.graph_name != inferred)
    copies = max(1, round((size - total) / per_copy))
    folder = home / "data" / "synthetic"
    folder.mkdir(parents=True)
    for first in range(1, copies + 1, CLONES_PER_FILE):  # N-Triples, which is Turtle: more data graphs
        batch = range(first, min(first + CLONES_PER_FILE, copies + 1))
        clones = (ox.Triple(q.subject, q.predicate, q.object) for k in batch for q in _clones(asserted, k, k))
        ox.serialize(clones, str(folder / f"clones-{first:03d}.ttl"), ox.RdfFormat.N_TRIPLES)
    os.environ["CCPCJ_KG_HOME"] = str(home)
    try:
        build(store)  # as users do: with the default reasoning
    finally:
        del os.environ["CCPCJ_KG_HOME"]
    return home, store


class BenchGraph(NamedTuple):
    """One graph a bench measures: its label (``real``, ``100k``, ``1000k``), the home it was built
    from (None: the checkout) and its built store."""

    label: str
    home: Path | None
    store: Path


def bench_graphs(sizes: str, cache: Path = CLONES) -> Iterator[BenchGraph]:
    """The graphs of ``--sizes`` (``real,100000,1000000``), built as users build them (default
    reasoning): the checkout's, then a conforming clone of each size, made when first asked for."""
    cache.mkdir(parents=True, exist_ok=True)
    real = cache / "real-store"
    build(real)  # a no-op when fresh
    for size in sizes.split(","):
        if size == "real":
            yield BenchGraph("real", None, real)
        else:
            home, store = cloned_home(real, int(size), cache)
            yield BenchGraph(f"{int(size) // 1000}k", home, store)
