"""What a remote store connection can be told: kinds, credential variables, time limits.

Apart from ``remote`` so that the command-line options can show them without importing the
HTTP client (``query`` and ``sparql`` on the embedded store never load urllib).
"""

from __future__ import annotations

KINDS = ("auto", "oxigraph", "virtuoso", "generic")
USER_ENV, PASSWORD_ENV = "CCPCJ_KG_USER", "CCPCJ_KG_PASSWORD"
