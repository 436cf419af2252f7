"""``/sparql``: the SPARQL 1.1 Protocol's query operation, read-only.

- query by GET (``?query=``), POST form (``application/x-www-form-urlencoded``) or POST direct
  (``application/sparql-query``); ``default-graph-uri`` / ``named-graph-uri`` choose the dataset,
  otherwise the default graph is the union of all named graphs;
- the answer's format by ``Accept`` (see ``negotiation``); 406 when none fits;
- updates (``update=``, ``application/sparql-update``) are refused with 403, as is ``SERVICE``
  (no federated calls from this host); a syntax error is 400 with its line and column;
- GET without a query returns the Service Description (or, for a browser, the query page).
"""

from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ccpcj_kg.bindings import tokens
from ccpcj_kg.errors import InputError
from ccpcj_kg.model.namespaces import RDF
from ccpcj_kg.web import negotiation as neg
from ccpcj_kg.web.workers import Job, Outcome

SD = "http://www.w3.org/ns/sparql-service-description#"
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
MAX_BODY = 1_000_000  # bytes of a POSTed query: far above any real query, far below a memory problem

class ProtocolError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def uses_service(text: str) -> bool:
    """Whether the query has a SERVICE clause (the keyword, not the word in a string or comment)."""
    try:
        return any(t.kind == "word" and t.text.upper() == "SERVICE" for t in tokens(text))
    except InputError:  # an unterminated string: the parser will report it
        return False


def plain(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(message.rstrip("\n") + "\n", status_code=status, media_type="text/plain; charset=utf-8",
                    headers=headers)


def from_outcome(outcome: Outcome) -> Response:
    return Response(outcome.body, status_code=outcome.status, media_type=outcome.media_type)


async def read_parameters(request: Request) -> dict[str, list[str]]:
    """The protocol's parameters from the URL and, for POST, the body (form or direct query)."""
    found = parse_qs(request.url.query, keep_blank_values=True)
    if request.method != "POST":
        return found
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await _bounded_body(request)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None
    if media == FORM:
        for key, values in parse_qs(text, keep_blank_values=True).items():
            found.setdefault(key, []).extend(values)
        return found
    if media == DIRECT:
        if "query" in found:
            raise ProtocolError(400, "a direct POST carries the query in its body, not also in the URL")
        found["query"] = [text]
        return found
    if media == UPDATE:
        found["update"] = [text]
        return found
    raise ProtocolError(415, f"POST the query as {FORM} or {DIRECT} (got {media or 'no content type'})")


async def _bounded_body(request: Request) -> bytes:
    """The request body, refused (413) past MAX_BODY bytes without reading the rest."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise ProtocolError(413, f"the request body is larger than {MAX_BODY:,} bytes")
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ProtocolError(413, f"the request body is larger than {MAX_BODY:,} bytes")
        parts.append(chunk)
    return b"".join(parts)


def job_for(parameters: dict[str, list[str]], accept: str | None, prefixes: dict[str, str]) -> Job:
    """Check the parameters and make the job; ProtocolError for what the protocol forbids."""
    if "update" in parameters or "using-graph-uri" in parameters or "using-named-graph-uri" in parameters:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is not accepted")
    queries = parameters.get("query", [])
    if len(queries) != 1:
        raise ProtocolError(400, "give exactly one query parameter")
    text = queries[0]
    if not text.strip():
        raise ProtocolError(400, "the query is empty")
    if uses_service(text):
        raise ProtocolError(403, "SERVICE (federated query) is not allowed on this endpoint")
    for key in ("default-graph-uri", "named-graph-uri"):
        for iri in parameters.get(key, []):
            try:
                ox.NamedNode(iri)
            except ValueError:
                raise ProtocolError(400, f"{key}: {iri!r} is not an IRI") from None
    return Job(
        text=text,
        accept=accept,
        prefixes=prefixes,
        default_graphs=tuple(parameters.get("default-graph-uri", [])),
        named_graphs=tuple(parameters.get("named-graph-uri", [])),
        origin="query",
    )


def service_description(endpoint: str, graphs: list[str], accept: str | None) -> Response:
    """The endpoint described in SPARQL 1.1 Service Description terms, in the format asked for."""
    fmt = neg.choose(accept, neg.GRAPH_FORMATS)
    if fmt is None:
        return plain(406, "the service description is available as " +
                     ", ".join(f.media_type for f in neg.GRAPH_FORMATS))
    service, dataset = ox.NamedNode(endpoint + "#service"), ox.BlankNode("dataset")
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    triples = [
        ox.Triple(service, ox.NamedNode(RDF + "type"), sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, ox.NamedNode(RDF + "type"), sd("Dataset")),
    ]
    for f in (*neg.RESULT_FORMATS, *neg.GRAPH_FORMATS):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.Literal(f.media_type)))
    for g in graphs:
        named = ox.BlankNode(f"g{len(triples)}")
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, sd("name"), ox.NamedNode(g)),
        ]
    body = neg.serialize_triples(triples, fmt, prefixes={"sd": SD})
    return Response(body, media_type=fmt.media_type)


async def endpoint(request: Request) -> Response:
    """The route: parse, refuse what is not allowed, run on the query pool."""
    app = request.app.state.web
    try:
        parameters = await read_parameters(request)
        if not parameters.get("query") and "update" not in parameters and request.method != "POST":
            wants = neg.choose(request.headers.get("accept"), (*neg.GRAPH_FORMATS, neg.HTML))
            if wants is neg.HTML and parameters == {}:
                return RedirectResponse(app.links.page("sparql-editor"), status_code=303)
            return service_description(str(request.url_for("sparql")), app.graph.graphs(),
                                       request.headers.get("accept"))
        job = job_for(parameters, request.headers.get("accept"), app.graph.prefixes())
    except ProtocolError as exc:
        return plain(exc.status, exc.message)
    return from_outcome(await app.pool.run(job))
