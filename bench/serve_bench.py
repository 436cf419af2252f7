"""Load test of ``ccpcj-kg serve``, bounded and on loopback only, with the Oxigraph server as anchor.

For a fixed time (``--seconds``) ``--clients`` client processes (keep-alive HTTP/1.1, one request
at a time each) hammer one target; per target and run it records requests/s, p50 and p99 latency
and errors (any status other than 200, or a failed connection). Targets:

- ``entity``: ``GET /id/state/KEN`` (the HTML entity page);
- ``saved``: ``GET /queries/sponsors-of-document.json`` (a saved query with its default, bound and
  run on the query workers, SPARQL JSON);
- ``sparql``: ``POST /sparql`` with one SPARQL query (SPARQL JSON);
- ``oxigraph``: the same query text on the Oxigraph server (``oxigraph serve``, Rust, the same
  data loaded from an N-Quads dump of the same store) — the anchor, measured in the same run.

Each target is run ``--runs`` times in turn (interleaved); the table gives the medians. Both
servers run on 127.0.0.1 and are stopped by their PID at the end.

Run: .venv/bin/python bench/serve_bench.py [--clients 8] [--seconds 8] [--runs 3]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import servers  # noqa: E402  (the tests' server starters: free loopback ports, stop by PID)

from ccpcj_kg.model.namespaces import PREFIXES  # noqa: E402
from ccpcj_kg.store import build, db_path  # noqa: E402

QUERY = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items())) + """
SELECT ?state ?label WHERE {
  GRAPH ?g1 {
    ?sponsorship ccpcj:sponsorshipOf <https://w3id.org/ccpcj-kg/id/document/E_CN.15_2022_L.4_Rev.1> ;
                 ccpcj:sponsor ?state
  }
  GRAPH ?g2 { ?state rdfs:label ?label }
} ORDER BY ?label"""
JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class Target:
    name: str
    port: int
    method: str
    path: str
    body: bytes | None
    headers: tuple[tuple[str, str], ...]


def _client(target: Target, deadline: float, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """One client: requests back to back until the deadline; latencies (s) and errors to ``queue``."""
    latencies: list[float] = []
    errors = 0
    conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=60)
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        try:
            conn.request(target.method, target.path, body=target.body, headers=dict(target.headers))
            resp = conn.getresponse()
            resp.read()
            if resp.status != 200:
                errors += 1
            else:
                latencies.append(time.perf_counter() - start)
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=60)
    conn.close()
    queue.put((latencies, errors))


def hammer(target: Target, clients: int, seconds: float) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, errors) of ``clients`` clients for ``seconds``."""
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    deadline = time.perf_counter() + seconds
    procs = [multiprocessing.Process(target=_client, args=(target, deadline, queue)) for _ in range(clients)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    if not latencies:
        return 0.0, float("nan"), float("nan"), errors
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / seconds, statistics.median(latencies) * 1000, p99 * 1000, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ccpcj-kg-serve-bench-"))
    store = work / "store"
    build(store)
    dump = work / "dump.nq"
    ox.Store.read_only(str(db_path(store))).dump(str(dump), format=ox.RdfFormat.N_QUADS)
    anchor = servers.oxigraph_server(work / "oxigraph")
    load = [servers.oxigraph_binary(), "load", "--location", str(anchor.workdir / "db"), "--file", str(dump)]
    subprocess.run(load, check=True, capture_output=True)
    ours = servers.web_server(work / "web", store)
    started: list[servers.Server] = []
    try:
        for server in (anchor, ours):
            server.start()
            started.append(server)
        form = urllib.parse.urlencode({"query": QUERY}).encode()
        form_headers = (("Content-Type", "application/x-www-form-urlencoded"), ("Accept", JSON))
        targets = [
            Target("entity page  GET /id/state/KEN", ours.port, "GET", "/id/state/KEN", None,
                   (("Accept", "text/html"),)),
            Target("saved query  GET /queries/sponsors-of-document.json", ours.port, "GET",
                   "/queries/sponsors-of-document.json", None, ()),
            Target("SPARQL       POST /sparql (ccpcj-kg serve)", ours.port, "POST", "/sparql", form, form_headers),
            Target("SPARQL       POST /query (Oxigraph server, anchor)", anchor.port, "POST", "/query", form,
                   form_headers),
        ]
        for t in targets:  # warm up, and check each answers
            rps, _, _, errors = hammer(t, 1, 1.0)
            if errors or rps == 0:
                raise SystemExit(f"{t.name}: does not answer 200")
        figures: dict[str, list[tuple[float, float, float, int]]] = {t.name: [] for t in targets}
        for _ in range(args.runs):
            for t in targets:
                figures[t.name].append(hammer(t, args.clients, args.seconds))
        print(f"{args.clients} clients × {args.seconds:g} s × {args.runs} runs on {os.cpu_count()} CPUs (medians)")
        print(f"{'target':55} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        anchor_rps = statistics.median(r[0] for r in figures[targets[-1].name])
        for t in targets:
            runs = figures[t.name]
            rps = statistics.median(r[0] for r in runs)
            print(f"{t.name:55} {rps:8.0f} {statistics.median(r[1] for r in runs):8.1f} "
                  f"{statistics.median(r[2] for r in runs):8.1f} {sum(r[3] for r in runs):7d}"
                  f"   ({rps / anchor_rps:.2f}× the anchor's req/s)")
    finally:
        for server in started:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
