"""The HTML and data routes for people: home, search, entity pages (with content negotiation).

The handlers are plain functions: Starlette runs them in its thread pool, so reading the store
for one page never holds up the event loop (and the other requests) meanwhile.

Entity IRIs are ``https://w3id.org/ccpcj-kg/id/…``; the server answers them at ``/id/…``. A
suffix (``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``, ``.html``) picks the format; otherwise ``Accept``
does, HTML first for browsers and ``*/*``.
"""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from ccpcj_kg.canonical import to_turtle
from ccpcj_kg.errors import InputError
from ccpcj_kg.labels import DEFAULT_LANGUAGE
from ccpcj_kg.web import negotiation as neg
from ccpcj_kg.web.entity import EntityBuilder
from ccpcj_kg.web.links import entity_iri
from ccpcj_kg.web.render import page


def html(request: Request, template: str, status: int = 200, **context: object) -> HTMLResponse:
    app = request.app.state.web
    context.setdefault("lang", DEFAULT_LANGUAGE)
    asked = request.query_params.get("lang")
    links = app.links.in_language(str(context["lang"])) if asked else app.links  # keep an explicit ?lang
    return HTMLResponse(page(template, links=links, static=False, **context),
                        status_code=status, headers={"Vary": "Accept-Language"})  # labels follow it


def page_language(request: Request) -> str:
    """The language a page's labels are asked in (``?lang=``, else ``Accept-Language``, else
    English); a malformed ``?lang`` raises InputError."""
    return neg.language(request.query_params.get("lang"), request.headers.get("accept-language"))


def not_found(request: Request, what: str) -> Response:
    return html(request, "not_found.html", status=404, what=what)


def entity_data(triples: list[ox.Triple], fmt: neg.Format) -> bytes:
    """A resource's description in a machine format (Turtle in the project's canonical form)."""
    if fmt is neg.TURTLE:
        return to_turtle((t.subject, t.predicate, t.object) for t in triples).encode("utf-8")  # type: ignore[misc]
    return neg.serialize_triples(triples, fmt)


def split_suffix(path: str) -> tuple[str, neg.Format | None]:
    for suffix, fmt in neg.BY_SUFFIX.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], fmt
    return path, None


def home(request: Request) -> Response:
    app = request.app.state.web
    return html(request, "home.html", counts=app.counts())


def search(request: Request) -> Response:
    app = request.app.state.web
    text = request.query_params.get("q", "")
    try:
        lang = page_language(request)
    except InputError as exc:
        return Response(f"{exc}\n", status_code=400, media_type="text/plain")
    hits = app.graph.search(text) if text.strip() else []
    if lang != DEFAULT_LANGUAGE:  # found by any of its names, shown by its name in the language asked
        named = app.graph.labels({h.iri for h in hits}, lang)
        hits = [replace(h, label=named.get(h.iri, h.label)) for h in hits]
    if neg.choose(request.headers.get("accept"), (neg.HTML, neg.RESULTS_JSON)) is neg.RESULTS_JSON:
        return JSONResponse([{"iri": h.iri, "label": h.label, "matched": h.matched} for h in hits])
    return html(request, "search.html", q=text, hits=hits, lang=lang)


def entity(request: Request) -> Response:
    app = request.app.state.web
    path, fmt = split_suffix(request.path_params["path"])
    iri = entity_iri(path)
    if fmt is None:
        fmt = neg.choose(request.headers.get("accept"), neg.ENTITY_FORMATS)
        if fmt is None:
            return Response("available as " + ", ".join(f.media_type for f in neg.ENTITY_FORMATS) + "\n",
                            status_code=406, media_type="text/plain")
    vary = {"Vary": "Accept"}
    if fmt is neg.HTML:
        try:
            lang = page_language(request)
        except InputError as exc:
            return Response(f"{exc}\n", status_code=400, media_type="text/plain")
        builder = app.entities if lang == DEFAULT_LANGUAGE else EntityBuilder(app.graph, lang)
        model = builder.build(iri)
        if model is None:
            return not_found(request, iri)
        response = html(request, "entity.html", e=model, path=path, lang=lang)
        response.headers.update({"Vary": "Accept, Accept-Language"})
        return response
    triples = app.graph.description(iri)
    if not triples:
        return Response(f"nothing is known about {iri}\n", status_code=404, media_type="text/plain")
    return Response(entity_data(triples, fmt), media_type=fmt.media_type, headers=vary)


def ontology(request: Request) -> Response:
    """``/ontology``: the ontology's documentation (built once per server)."""
    app = request.app.state.web
    if app.ontology is None:
        from ccpcj_kg.web.ontology_docs import OntologyReader

        app.ontology = OntologyReader(app.graph).document()
    return html(request, "ontology.html", o=app.ontology)


def ontology_turtle(request: Request) -> Response:
    """``/ontology.ttl``: the ontology file as curated."""
    app = request.app.state.web
    return Response(app.graph.kg.home.ontology_file.read_bytes(), media_type="text/turtle")
