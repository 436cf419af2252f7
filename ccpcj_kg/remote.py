"""A client for SPARQL 1.1 stores over HTTP: the SPARQL Protocol and the Graph Store Protocol.

- **Requests**: SPARQLWrapper builds the query and update requests (parameters, dataset,
  ``Accept``); this module sends them through its own ``urllib`` opener, which answers whichever
  challenge the server sends (basic or digest) without SPARQLWrapper's process-wide digest opener
  and fixed realm. Graph Store requests are plain ``urllib`` requests through the same opener.
- **Retries**: a refused connection (a server still starting) is retried for every request; a
  timeout, a dropped connection or a 5xx only for requests that are safe to repeat. Retries are
  bounded (``retries``, exponential backoff from ``backoff`` seconds).
- **Errors** are one-line :class:`RemoteStoreError` messages (exit code 3) that name the endpoint
  as the user gave it, without credentials; a 401 is "authentication failed for <endpoint>". A
  query the server rejects as malformed (HTTP 400) is an :class:`InputError` (exit code 2).
- **Credentials** come from the options or ``CCPCJ_KG_USER``/``CCPCJ_KG_PASSWORD`` (or the URL's
  ``user:password@``); they are never printed, and never part of a URL shown.
- **Kinds**: ``oxigraph`` (``/query``, ``/update``, ``/store``), ``virtuoso`` (``/sparql``; updates
  and the Graph Store on the authenticated ``/sparql-auth`` and ``/sparql-graph-crud-auth``) and
  ``generic`` (the URL given; ``update_url``/``gsp_url`` when the store has them). ``auto`` reads
  the ``Server`` header of a first request.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, TypeVar

import pyoxigraph as ox

from ccpcj_kg.errors import InputError, RemoteStoreError
from ccpcj_kg.model.terms import Term
from ccpcj_kg.remote_config import KINDS, PASSWORD_ENV, USER_ENV
from ccpcj_kg.remote_results import MalformedResults, parse_rdf, rows

DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5
MAX_MESSAGE = 200

JSON_RESULTS = "application/sparql-results+json"
RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"

T = TypeVar("T")


@dataclass(frozen=True)
class Credentials:
    """A user name and password; the password never appears in ``repr``."""

    user: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class Endpoint:
    """Where a store answers queries, updates and Graph Store requests, and how to talk to it."""

    display: str  # the URL the user gave, without credentials, query string or fragment
    kind: str
    query_url: str
    update_url: str
    gsp_url: str | None
    credentials: Credentials | None = None
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF
    opener: urllib.request.OpenerDirector = field(default_factory=urllib.request.build_opener, repr=False,
                                                  compare=False)


# -- connecting ------------------------------------------------------------------------------------
def credentials_from(user: str | None, password: str | None) -> Credentials | None:
    """Credentials from the options, else from ``CCPCJ_KG_USER``/``CCPCJ_KG_PASSWORD``."""
    user = user if user is not None else os.environ.get(USER_ENV)
    password = password if password is not None else os.environ.get(PASSWORD_ENV)
    if not user and not password:
        return None
    if not user or password is None:
        raise InputError(f"give both a user and a password (--user/--password or {USER_ENV}/{PASSWORD_ENV})")
    return Credentials(user, password)


def _split_url(url: str) -> tuple[str, Credentials | None]:
    """The URL without ``user:password@``, and those credentials if it had them."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
    except ValueError:
        raise InputError(f"--endpoint: not a URL: {display_url(url)}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--endpoint: give an http(s) URL such as http://127.0.0.1:7878/query "
                         f"(got {display_url(url)})")
    try:
        port = parts.port  # urllib raises only when asked: a port over 65535 or not a number
    except ValueError:
        raise InputError(f"--endpoint: {display_url(url)}: the port is not a number from 1 to 65535") from None
    if port == 0:
        raise InputError(f"--endpoint: {display_url(url)}: the port is not a number from 1 to 65535")
    if re.search(r"[\x00-\x20\x7f]", url.strip()):
        raise InputError(f"--endpoint: {display_url(url)}: a URL cannot hold spaces or control characters "
                         "(write a space as %20)")
    creds = None
    if parts.username is not None:
        creds = Credentials(urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port:
        netloc += f":{port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")), creds


def display_url(url: str) -> str:
    """A URL fit to show: no user, password, query string or fragment."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:  # a bad port or bracket: show it as written, without user:password@, ? and #
        shown = re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", r"\1", url.strip())
        return re.split(r"[?#]", shown, maxsplit=1)[0] or "<invalid URL>"


def _root(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def _base(url: str, suffixes: Sequence[str]) -> str:
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    for suffix in suffixes:
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _opener(root: str, creds: Credentials | None) -> urllib.request.OpenerDirector:
    """An opener that answers a basic or digest challenge for anything under ``root``."""
    if creds is None:
        return urllib.request.build_opener()
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, root, creds.user, creds.password)
    return urllib.request.build_opener(
        urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)
    )


def connect(url: str, *, kind: str = "auto", user: str | None = None, password: str | None = None,
            update_url: str | None = None, gsp_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
            retries: int = DEFAULT_RETRIES, backoff: float = DEFAULT_BACKOFF) -> Endpoint:
    """The endpoint for ``url``: its kind (read from the server when ``auto``) and its URLs."""
    if kind not in KINDS:
        raise InputError(f"unknown store kind {kind!r} (choose from {', '.join(KINDS)})")
    clean, url_creds = _split_url(url)
    creds = credentials_from(user, password) or url_creds
    display = display_url(clean)
    probe = Endpoint(display, "generic", clean, clean, None, creds, timeout, retries, backoff,
                     _opener(_root(clean), creds))
    if kind == "auto":
        kind = detect_kind(probe)
    if kind == "oxigraph":
        base = _base(clean, ("/query", "/update", "/store"))
        query, update, gsp = f"{base}/query", f"{base}/update", f"{base}/store"
    elif kind == "virtuoso":
        base = _base(clean, ("/sparql-graph-crud-auth", "/sparql-graph-crud", "/sparql-auth", "/sparql"))
        query = f"{base}/sparql-auth" if creds else f"{base}/sparql"
        update, gsp = f"{base}/sparql-auth", f"{base}/sparql-graph-crud-auth"
    else:
        query, update, gsp = clean, clean, None
    if update_url:
        update = _split_url(update_url)[0]
    if gsp_url:
        gsp = _split_url(gsp_url)[0]
    return Endpoint(display, kind, query, update, gsp, creds, timeout, retries, backoff, probe.opener)


def detect_kind(ep: Endpoint) -> str:
    """``oxigraph``, ``virtuoso`` or ``generic``, from the ``Server`` header of an ``ASK {}``."""
    url = ep.query_url + ("&" if "?" in ep.query_url else "?") + urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(url, headers={"Accept": JSON_RESULTS})
    _, headers = _send(ep, request, idempotent=True, accept_status=(401, 403, 404, 405))
    server = str(headers.get("Server", "")).lower()
    if server.startswith("virtuoso"):
        return "virtuoso"
    if server.startswith("oxigraph"):
        return "oxigraph"
    return "generic"


# -- sending, with retries -------------------------------------------------------------------------
def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        exc = exc.reason if isinstance(exc.reason, BaseException) else OSError(str(exc.reason))
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return "timed out"
    if isinstance(exc, (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected)):
        return "connection closed by the server"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    text = " ".join(str(getattr(exc, "strerror", None) or exc).split())
    return text[:MAX_MESSAGE] or type(exc).__name__


def _refused(exc: BaseException) -> bool:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    return isinstance(reason, ConnectionRefusedError)


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return exc.code in (500, 502, 503, 504)
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return False  # a store that did not answer in --timeout seconds: say so now, not after retries
    return isinstance(reason, (OSError, http.client.HTTPException)) and not isinstance(reason, socket.gaierror)


def _body_message(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(4096).decode("utf-8", "replace")
    except Exception:
        body = ""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    text = " ".join(lines[:3])
    return text[:MAX_MESSAGE] + ("…" if len(text) > MAX_MESSAGE else "")


def _error(ep: Endpoint, exc: BaseException) -> Exception:
    """The one-line error a user sees for a failed request."""
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code == 401 and ep.credentials is None:
            return RemoteStoreError(f"{ep.display} asks for a login (HTTP 401): give --user and --password, "
                                    f"or set {USER_ENV} and {PASSWORD_ENV}")
        if exc.code == 401:
            return RemoteStoreError(f"authentication failed for {ep.display} (HTTP 401)")
        if exc.code == 403:
            return RemoteStoreError(f"{ep.display} refused access (HTTP 403): does the login have the rights?")
        detail = _body_message(exc)
        detail = f": {detail}" if detail else ""
        if exc.code == 400:
            return InputError(f"{ep.display} rejected the request (HTTP 400){detail}")
        if exc.code == 404:
            return RemoteStoreError(f"{ep.display}: not found (HTTP 404); is it a SPARQL endpoint?")
        return RemoteStoreError(f"{ep.display} failed (HTTP {exc.code}){detail}")
    return RemoteStoreError(f"cannot reach {ep.display}: {_reason(exc)}")


def _send(ep: Endpoint, request: urllib.request.Request, *, idempotent: bool,
          accept_status: tuple[int, ...] = ()) -> tuple[bytes, Message]:
    """Send ``request``, retrying as allowed; the body and headers (an error status in
    ``accept_status`` gives an empty body and its headers instead of an error)."""
    delay = ep.backoff
    for attempt in range(ep.retries + 1):
        try:
            with ep.opener.open(request, timeout=ep.timeout) as response:
                _check_complete(ep, response.headers)
                return response.read(), response.headers
        except urllib.error.HTTPError as exc:
            if exc.code in accept_status:
                return b"", exc.headers
            error: BaseException = exc
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            error = exc
        retry = _refused(error) or (idempotent and _transient(error))
        if not retry or attempt == ep.retries:
            raise _error(ep, error) from None
        time.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")


def _check_complete(ep: Endpoint, headers: Message) -> None:
    """Refuse answers Virtuoso may have cut short: its row limit, or an "anytime" partial answer."""
    limit = headers.get("X-SPARQL-MaxRows")
    if limit:
        raise RemoteStoreError(f"{ep.display} returned as many rows as its result limit ({limit}), so the "
                               "answer may be incomplete; raise the limit (Virtuoso: ResultSetMaxRows)")
    state = headers.get("X-SQL-State")
    if state:
        message = " ".join(str(headers.get("X-SQL-Message", "")).split())[:MAX_MESSAGE]
        raise RemoteStoreError(f"{ep.display} returned an incomplete answer ({state}: {message})")


# -- the SPARQL Protocol ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Dataset:
    """Graphs to query: the default graph is the merge of ``default``; ``named`` for GRAPH patterns."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


def _wrapper(ep: Endpoint, text: str, *, form: str, dataset: Dataset | None) -> urllib.request.Request:
    """The request SPARQLWrapper builds for ``text`` (``form``: SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE)."""
    from SPARQLWrapper import INSERT, JSON, POST, TURTLE, URLENCODED, SPARQLWrapper

    sw = SPARQLWrapper(ep.query_url, updateEndpoint=ep.update_url, agent="ccpcj-kg")
    sw.setMethod(POST)
    sw.setRequestMethod(URLENCODED)
    sw.setOnlyConneg(True)
    sw.setReturnFormat(TURTLE if form in ("CONSTRUCT", "DESCRIBE") else JSON)
    for graph in (dataset.default if dataset else ()):
        sw.addDefaultGraph(graph)
    for graph in (dataset.named if dataset else ()):
        sw.addNamedGraph(graph)
    sw.setQuery(text)
    # SPARQLWrapper guesses the form with a regex that also reads comments (a saved query's header
    # saying "add" made it an update); the caller knows the form, so say it.
    sw.queryType = INSERT if form == "UPDATE" else form
    request: urllib.request.Request = sw._createRequest()  # builds the request; we send it (see module doc)
    return request


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue (an update is refused)."""
    from ccpcj_kg.bindings import tokens

    after_prefix = False
    for token in tokens(text):
        if token.kind != "word" or after_prefix:
            after_prefix = False
            continue
        word = token.text.upper()
        if word in ("PREFIX", "BASE"):
            after_prefix = word == "PREFIX"
            continue
        if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return word
        break
    raise InputError("only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) can be sent to a query endpoint")


def query(ep: Endpoint, text: str, *, dataset: Dataset | None = None) -> Any:
    """Run a query: parsed JSON results for SELECT and ASK, a list of triples for CONSTRUCT and DESCRIBE."""
    form = query_form(text)
    request = _wrapper(ep, text, form=form, dataset=dataset)
    if form in ("CONSTRUCT", "DESCRIBE"):
        request.add_header("Accept", RDF_ACCEPT)
    body, headers = _send(ep, request, idempotent=True)
    if form in ("CONSTRUCT", "DESCRIBE"):
        media_type = headers.get_content_type()
        try:
            return parse_rdf(body, media_type)
        except SyntaxError as exc:
            raise RemoteStoreError(f"{ep.display} sent RDF that does not parse ({media_type}): {exc}") from None
    try:
        doc = json.loads(body.decode("utf-8"))
    except ValueError:
        raise RemoteStoreError(f"{ep.display} did not answer with SPARQL JSON results") from None
    if not isinstance(doc, dict) or not ("boolean" in doc or isinstance(doc.get("results"), dict)):
        raise RemoteStoreError(f"{ep.display} did not answer with SPARQL JSON results (no 'results' or 'boolean')")
    return doc


def table(ep: Endpoint, results: dict[str, Any]) -> tuple[list[str], list[list[Term | None]]]:
    """``remote_results.rows``, a malformed document being the store's fault (exit 3), not ours."""
    try:
        return rows(results)
    except MalformedResults as exc:
        raise RemoteStoreError(f"{ep.display} did not answer with SPARQL JSON results ({exc})") from None


def update(ep: Endpoint, text: str, *, idempotent: bool = False) -> None:
    """Run a SPARQL update on the update endpoint."""
    _send(ep, _wrapper(ep, text, form="UPDATE", dataset=None), idempotent=idempotent)


def select(ep: Endpoint, text: str, *, dataset: Dataset | None = None) -> list[dict[str, Term]]:
    """A SELECT's rows as {variable: term} (unbound variables left out)."""
    variables, found = table(ep, query(ep, text, dataset=dataset))
    return [{v: t for v, t in zip(variables, row, strict=True) if t is not None} for row in found]


def count(ep: Endpoint, graph: str) -> int:
    """How many triples the named graph holds."""
    found = select(ep, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}")
    term = found[0].get("n") if found else None
    if not isinstance(term, ox.Literal):
        raise RemoteStoreError(f"{ep.display} gave no triple count for {graph}")
    return int(term.value)


def graphs(ep: Endpoint, prefix: str) -> list[str]:
    """The named graphs whose IRI starts with ``prefix``, sorted."""
    text = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)})) }}")
    found = [row.get("g") for row in select(ep, text)]
    return sorted(g.value for g in found if isinstance(g, ox.NamedNode))


def virtuoso_checkpoint(ep: Endpoint) -> None:
    """Make Virtuoso write a checkpoint (dba, and a user with just the SPARQL_UPDATE role, may).

    Virtuoso 7.2 replays its transaction log after a crash; graphs a push replaced came back short
    in our tests. A checkpoint puts them in the database file, where no replay is needed.
    """
    select(ep, "SELECT (bif:exec('checkpoint') AS ?done) WHERE {}")


# -- the Graph Store Protocol ----------------------------------------------------------------------
def gsp_post(ep: Endpoint, graph: str, data: bytes, media_type: str = "application/n-triples") -> None:
    """Add ``data`` to ``graph`` (created when missing) with an HTTP POST to the Graph Store."""
    if ep.gsp_url is None:
        raise RemoteStoreError(f"{ep.display}: no Graph Store endpoint known (give --gsp-endpoint)")
    sep = "&" if "?" in ep.gsp_url else "?"
    url = f"{ep.gsp_url}{sep}{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": media_type})
    _send(ep, request, idempotent=True)


def chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
