"""The Jinja2 environment: package templates, autoescaping on for every template.

Every label and literal reaches the page through ``{{ … }}``, which escapes it; nothing is
marked safe, so a label such as ``<script>`` is shown as text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from ccpcj_kg.version import __version__


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ccpcj_kg.web", "templates"),
        autoescape=True,  # all templates, whatever their name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["version"] = __version__
    return env


def page(template: str, **context: Any) -> str:
    """Render ``template`` with ``context`` (which must include ``links``)."""
    return environment().get_template(template).render(**context)
