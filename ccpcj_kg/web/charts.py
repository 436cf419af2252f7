"""The data behind the charts, as plain JSON-ready dicts (the pages draw them with d3).

- the co-sponsorship network of a session: States that sponsored a text acted on at the session
  as nodes (coloured by regional group, sized by texts sponsored), pairs that sponsored the same
  texts as edges weighted by how many (the saved query ``co-sponsorship-pairs``);
- a timeline of sessions and Congresses with dates, Chairs and the Chairs' regional groups (the
  saved queries ``sessions``, ``congresses`` and ``chairs-by-regional-group``);
- statements of a session by agenda item and by mode of delivery.

A State in more than one regional group is coloured by the group that counts for electoral
purposes where the graph says so, else by the first by IRI: the chart shows one colour, the
entity page shows every membership.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from ccpcj_kg.model.namespaces import ID, PREFIXES
from ccpcj_kg.results import Answer
from ccpcj_kg.web.graph import WebGraph

_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))

SPONSORS = _PREFIXES + """
SELECT ?session ?state (COUNT(DISTINCT ?document) AS ?texts) WHERE {
  ?document ccpcj:atSession ?session .
  ?sponsorship ccpcj:sponsorshipOf ?document ; ccpcj:sponsor ?state .
  ?state a ccpcj:State .
} GROUP BY ?session ?state"""

GROUPS = _PREFIXES + """
SELECT ?state ?group ?electoral WHERE {
  ?m org:member ?state ; ccpcj:ofRegionalGroup ?group .
  OPTIONAL { ?m ccpcj:countsForElectoralPurposes ?electoral }
}"""

SESSIONS_WITH = _PREFIXES + """
SELECT DISTINCT ?kind ?session ?number WHERE {
  { ?document ccpcj:atSession ?session . ?sp ccpcj:sponsorshipOf ?document . BIND("sponsorship" AS ?what) }
  UNION { ?statement a ccpcj:Statement ; ccpcj:atSession ?session . BIND("statement" AS ?what) }
  ?session ccpcj:sessionNumber ?number .
  FILTER(?what = ?kind)
} ORDER BY ?number"""

STATEMENTS = _PREFIXES + """
SELECT ?session ?item ?itemNumber ?mode (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement a ccpcj:Statement ; ccpcj:atSession ?session ; ccpcj:underAgendaItem ?item .
  ?item ccpcj:itemNumber ?itemNumber .
  OPTIONAL { ?statement ccpcj:mode ?givenMode }
  BIND(COALESCE(STRAFTER(STR(?givenMode), "/mode/"), "not stated") AS ?mode)
} GROUP BY ?session ?item ?itemNumber ?mode"""

DISTINCT_STATEMENTS = _PREFIXES + """
SELECT ?session (COUNT(DISTINCT ?statement) AS ?n) WHERE {
  ?statement a ccpcj:Statement ; ccpcj:atSession ?session ; ccpcj:underAgendaItem ?item .
} GROUP BY ?session"""

GROUP_ORDER = ("african-states", "asia-pacific-states", "eastern-european-states",
               "latin-american-and-caribbean-states", "western-european-and-other-states")


def _rows(graph: WebGraph, text: str, **bound: ox.NamedNode | ox.Literal) -> list[dict[str, Any]]:
    result = graph.store.query(text, use_default_graph_as_union=True,
                               substitutions={ox.Variable(k): v for k, v in bound.items()} or None)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in result]


def _values(answer: Answer) -> list[dict[str, Any]]:
    return [{v: t for v, t in zip(answer.variables, row, strict=False) if t is not None} for row in answer.rows]


def session_iri(number: int) -> ox.NamedNode:
    return ox.NamedNode(f"{ID}session/{number}")


def sessions_with(graph: WebGraph, kind: str) -> list[int]:
    """Session numbers that have sponsorships (``kind="sponsorship"``) or statements."""
    return [int(r["number"].value) for r in _rows(graph, SESSIONS_WITH, kind=ox.Literal(kind))]


def group_of(graph: WebGraph) -> dict[str, str]:
    """Each State's regional group for colouring (electoral group first, then the first by IRI)."""
    chosen: dict[str, tuple[int, str]] = {}
    for r in _rows(graph, GROUPS):
        state, group = r["state"].value, r["group"].value
        rank = 0 if "electoral" in r and r["electoral"].value == "true" else 1
        key = (rank, group)
        if state not in chosen or key < chosen[state]:
            chosen[state] = key
    return {s: g for s, (_, g) in chosen.items()}


def cosponsorship(graph: WebGraph, session: int) -> dict[str, Any]:
    """Nodes and weighted edges of the co-sponsorship network of ``session``."""
    node = session_iri(session)
    sponsors = _rows(graph, SPONSORS, session=node)
    groups = group_of(graph)
    iris = {r["state"].value for r in sponsors} | set(groups.get(r["state"].value, "") for r in sponsors) - {""}
    labels = graph.labels(iris)
    nodes = sorted(
        ({"id": r["state"].value, "label": labels.get(r["state"].value, r["state"].value),
          "texts": int(r["texts"].value), "group": groups.get(r["state"].value, "")} for r in sponsors),
        key=lambda n: n["label"],
    )
    pairs = graph.kg.query("co-sponsorship-pairs", session=node)
    edges = [{"source": r["stateA"].value, "target": r["stateB"].value, "weight": int(r["shared"].value)}
             for r in _values(pairs.answer)]
    known = {n["id"] for n in nodes}
    edges = [e for e in edges if e["source"] in known and e["target"] in known]
    return {
        "session": session,
        "label": graph.labels([node.value]).get(node.value, f"session {session}"),
        "nodes": nodes,
        "edges": edges,
        "groups": [{"id": f"{ID}regional-group/{g}", "label": labels.get(f"{ID}regional-group/{g}", g)}
                   for g in GROUP_ORDER],
    }


def timeline(graph: WebGraph) -> dict[str, Any]:
    """Sessions and Congresses in time, with Chairs and the Chairs' regional groups."""
    chair_groups: dict[str, set[str]] = {}
    for r in _values(graph.kg.query("chairs-by-regional-group").answer):
        if "group" in r and "session" in r:
            chair_groups.setdefault(r["session"].value, set()).add(r["group"].value)
    sessions = _values(graph.kg.query("sessions").answer)
    congresses = _values(graph.kg.query("congresses").answer)
    iris = ({g for gs in chair_groups.values() for g in gs} | {r["session"].value for r in sessions}
            | {r["congress"].value for r in congresses}
            | {r[k].value for r in congresses for k in ("place", "host") if k in r})
    labels = graph.labels(iris)

    def text(row: dict[str, Any], key: str) -> str | None:
        return row[key].value if key in row else None

    events = []
    for r in sessions:
        iri = r["session"].value
        events.append({
            "kind": "session", "id": iri, "label": labels.get(iri, iri), "number": int(r["number"].value),
            "start": text(r, "opened") or text(r, "from"), "end": text(r, "closed") or text(r, "to"),
            "chair": text(r, "chair"),
            "groups": sorted(labels.get(g, g) for g in chair_groups.get(iri, ())),
        })
    for r in congresses:
        iri = r["congress"].value
        year = text(r, "year")
        events.append({
            "kind": "congress", "id": iri, "label": labels.get(iri, iri), "number": int(r["number"].value),
            "start": text(r, "start") or year, "end": text(r, "end") or year,
            "place": labels.get(text(r, "place") or "", None), "host": labels.get(text(r, "host") or "", None),
        })
    events.sort(key=lambda e: (str(e["start"] or "9999"), e["kind"], e["number"]))
    return {"events": events}


def statements(graph: WebGraph, session: int) -> dict[str, Any]:
    """Statements of ``session`` counted by agenda item and mode of delivery."""
    node = session_iri(session)
    rows = _rows(graph, STATEMENTS, session=node)
    labels = graph.labels({r["item"].value for r in rows} | {node.value})
    items: dict[str, dict[str, Any]] = {}
    modes: set[str] = set()
    for r in rows:
        iri = r["item"].value
        entry = items.setdefault(iri, {"id": iri, "item": r["itemNumber"].value,
                                       "label": labels.get(iri, iri), "counts": {}})
        entry["counts"][r["mode"].value] = int(r["statements"].value)
        modes.add(r["mode"].value)
    ordered = sorted(items.values(), key=lambda e: _item_key(e["item"]))
    distinct = _rows(graph, DISTINCT_STATEMENTS, session=node)
    return {"session": session, "label": labels.get(node.value, f"session {session}"),
            "statements": int(distinct[0]["n"].value) if distinct else 0,
            "modes": sorted(modes), "items": ordered}


def _item_key(number: str) -> tuple[int, str]:
    digits = "".join(c for c in number if c.isdigit())
    return (int(digits) if digits else 0, number)
