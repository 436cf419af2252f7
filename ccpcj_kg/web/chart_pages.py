"""The chart routes: ``/charts`` (index), one page per chart, and the JSON each page draws.

``/charts/cosponsorship?session=31`` draws ``/charts/cosponsorship.json?session=31`` and so on;
the static site writes the same pages with the JSON beside them.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ccpcj_kg.web import charts
from ccpcj_kg.web.graph import WebGraph
from ccpcj_kg.web.pages import html, not_found

KINDS = {
    "cosponsorship": "Co-sponsorship network",
    "timeline": "Timeline of sessions and Congresses",
    "statements": "Statements by agenda item and mode",
}


def chart_list(graph: WebGraph) -> list[dict[str, object]]:
    """Every chart the graph has data for: (kind, session or None, title)."""
    out: list[dict[str, object]] = [{"kind": "timeline", "session": None, "title": KINDS["timeline"]}]
    for n in charts.sessions_with(graph, "sponsorship"):
        out.append({"kind": "cosponsorship", "session": n, "title": f"{KINDS['cosponsorship']}, session {n}"})
    for n in charts.sessions_with(graph, "statement"):
        out.append({"kind": "statements", "session": n, "title": f"{KINDS['statements']}, session {n}"})
    return out


def chart_data(graph: WebGraph, kind: str, session: int | None) -> dict[str, object]:
    if kind == "timeline":
        return charts.timeline(graph)
    assert session is not None
    return charts.cosponsorship(graph, session) if kind == "cosponsorship" else charts.statements(graph, session)


def _session(request: Request) -> int | None:
    value = request.query_params.get("session", "31")
    return int(value) if value.isdigit() else None


def index(request: Request) -> Response:
    app = request.app.state.web
    return html(request, "charts.html", charts=chart_list(app.graph))


def chart(request: Request) -> Response:
    app = request.app.state.web
    kind: str = request.path_params["kind"]
    data = kind.endswith(".json")
    kind = kind.removesuffix(".json")
    session = _session(request)
    if kind not in KINDS or (kind != "timeline" and session is None):
        return not_found(request, request.url.path)
    if data:
        return JSONResponse(chart_data(app.graph, kind, session))
    query = f"?session={session}" if kind != "timeline" else ""
    title = KINDS[kind] + (f", session {session}" if kind != "timeline" else "")
    return html(request, "chart.html", kind=kind, title=title, src=app.links.page(f"charts/{kind}") + ".json" + query)
