"""The same web app from the Python API: ``ccpcj_kg.web.app(kg)`` run by uvicorn in this process."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
import servers
import uvicorn
from webclient import fetch

import ccpcj_kg
from ccpcj_kg import web

pytestmark = pytest.mark.server


def test_app_from_the_api_serves_pages_and_sparql(store_path: Path) -> None:
    app = web.app(ccpcj_kg.open(store=store_path), query_timeout=5.0, workers=1)
    port = servers.free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        base = f"http://127.0.0.1:{port}"
        page = fetch(f"{base}/id/state/KEN")
        assert page.status == 200 and "<h1>Kenya</h1>" in page.text
        ask = "ASK { <https://w3id.org/ccpcj-kg/id/state/KEN> rdfs:label \"Kenya\"@en }"
        url = f"{base}/sparql?" + urllib.parse.urlencode({"query": ask})
        reply = fetch(url, headers={"Accept": "application/json"})
        assert json.loads(reply.body) == {"head": {}, "boolean": True}
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert not thread.is_alive()  # the lifespan stopped the query workers and returned
