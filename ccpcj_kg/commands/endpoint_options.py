"""Click options shared by the commands that talk to a remote store (push, query, sparql).

Kept free of ``ccpcj_kg.remote`` (and urllib) at import time, so that ``query`` and ``sparql``
on the embedded store do not pay for the HTTP client (the constants come from ``remote_config``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ccpcj_kg.remote_config import KINDS, PASSWORD_ENV, USER_ENV

if TYPE_CHECKING:
    from ccpcj_kg.remote import Endpoint

F = TypeVar("F", bound=Callable[..., Any])


def endpoint_options(required: bool = False) -> Callable[[F], F]:
    """``--endpoint``, ``--user``, ``--password`` and ``--store-kind``."""

    def decorate(f: F) -> F:
        f = click.option("--store-kind", type=click.Choice(KINDS), default="auto", show_default=True,
                         help="What the endpoint is: read from its Server header (auto), or say so.")(f)
        f = click.option("--password", envvar=PASSWORD_ENV, show_envvar=True, metavar="PASSWORD",
                         help="Password for the endpoint (prefer the environment variable).")(f)
        f = click.option("--user", envvar=USER_ENV, show_envvar=True, metavar="USER",
                         help="User name for the endpoint (HTTP basic or digest, as the server asks).")(f)
        help_text = ("SPARQL endpoint URL of the store (Oxigraph: http://host:7878/query; "
                     "Virtuoso: http://host:8890/sparql)")
        if not required:
            help_text += "; run against it instead of the embedded store"
        f = click.option("--endpoint", required=required, metavar="URL", help=help_text + ".")(f)
        return f

    return decorate


def connect_from_options(endpoint: str, user: str | None, password: str | None, store_kind: str,
                         **kwargs: Any) -> Endpoint:
    """The :class:`remote.Endpoint` for the options above."""
    from ccpcj_kg import remote

    return remote.connect(endpoint, kind=store_kind, user=user or None, password=password, **kwargs)
