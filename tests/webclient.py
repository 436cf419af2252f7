"""Plain HTTP for the web tests (what ``curl`` does), and the limits the test server runs with."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

QUERY_TIMEOUT = 5.0
MAX_RESULT_BYTES = 2_000_000
ARTEFACTS = Path(__file__).resolve().parent.parent / ".cache" / "test-artefacts" / "browser"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, *, headers: dict[str, str] | None = None, data: bytes | None = None,
          method: str | None = None, timeout: float = 60) -> Reply:
    """One HTTP request with the standard library (what ``curl`` would do); errors are replies too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return Reply(resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


