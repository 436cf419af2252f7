"""Synthetic graphs shaped like the real one, at any size, for the benchmarks.

Shape per synthetic session (about 4,500 triples): 13 meetings and agenda items, 30 draft texts
each with 20 sponsorship nodes, 150 statements with capacity, mode, agenda item and passage; plus
195 States with regional-group memberships. Terms are the ontology's own, so the reasoner, the
shapes and the saved queries do real work on it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

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
