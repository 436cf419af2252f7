"""Where the project's inputs live (the *home*) and where the embedded store goes.

The home is the folder holding ``ontology/``, ``data/`` and ``queries/``. It is, in order:
``--home DIR`` (or ``KnowledgeGraph(home=...)``), ``$CCPCJ_KG_HOME``, the copy shipped inside the
installed package (``ccpcj_kg/_home``, read through :mod:`importlib.resources`), else the checkout
an editable install runs from. A home that is named but missing, or one without the ontology, is
an error (exit 2), never an empty graph. See ``docs/design.md``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ccpcj_kg.errors import InputError

HOME_ENV = "CCPCJ_KG_HOME"
STORE_ENV = "CCPCJ_KG_STORE"
PACKAGED_HOME = "_home"  # ccpcj_kg/_home/{ontology,data,queries} inside a wheel


@dataclass(frozen=True)
class Home:
    """A folder with ``ontology/ccpcj.ttl``, ``ontology/shapes.ttl``, ``data/`` and ``queries/``."""

    root: Path
    origin: str  # "option", "environment", "package" or "checkout": where the choice came from

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def ontology_file(self) -> Path:
        return self.ontology_dir / "ccpcj.ttl"

    @property
    def shapes_file(self) -> Path:
        return self.ontology_dir / "shapes.ttl"

    @property
    def ontology_labels_file(self) -> Path:
        """Labels of the ontology's terms in the six UN languages (optional; loaded with the
        ontology, kept apart so the English ontology stays readable: docs/linking.md)."""
        return self.ontology_dir / "labels.ttl"

    @property
    def dataset_file(self) -> Path:
        """The fixed part of the dataset description (optional; ccpcj_kg/dataset.py)."""
        return self.ontology_dir / "dataset.ttl"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"


def _packaged_root() -> Path | None:
    """The home shipped in the wheel, when this is an installed (not editable) package."""
    try:
        candidate = resources.files("ccpcj_kg") / PACKAGED_HOME
    except ModuleNotFoundError:  # pragma: no cover - the package imports itself
        return None
    path = Path(str(candidate))
    return path if (path / "ontology" / "ccpcj.ttl").is_file() else None


def _checkout_root() -> Path | None:
    """The checkout an editable install (or ``python -m`` from the source tree) runs from."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "ontology" / "ccpcj.ttl").is_file() and (root / "pyproject.toml").is_file() else None


def _checked(root: Path, origin: str, how: str) -> Home:
    root = root.expanduser()
    if not root.exists():
        raise InputError(f"{root}: the home folder given by {how} does not exist")
    if not root.is_dir():
        raise InputError(f"{root}: the home given by {how} is not a folder")
    home = Home(root.resolve(), origin)
    if not home.ontology_file.is_file():
        raise InputError(f"{home.root}: no graph inputs here (ontology/ccpcj.ttl is missing; home given by {how})")
    return home


def find_home(explicit: Path | str | None = None) -> Home:
    """The home to read: ``explicit``, else ``$CCPCJ_KG_HOME``, else the package's, else the checkout."""
    if explicit is not None and str(explicit) != "":
        return _checked(Path(explicit), "option", "--home")
    env = os.environ.get(HOME_ENV)
    if env is not None:
        if not env.strip():
            raise InputError(f"${HOME_ENV} is set but empty: unset it or name the folder holding ontology/ and data/")
        return _checked(Path(env), "environment", f"${HOME_ENV}")
    for root, origin in ((_checkout_root(), "checkout"), (_packaged_root(), "package")):
        if root is not None:
            return Home(root, origin)
    raise InputError("no graph inputs found: the package data is missing; give --home DIR or set $CCPCJ_KG_HOME")


def default_store() -> Path:
    """``$CCPCJ_KG_STORE``, else ``$XDG_CACHE_HOME/ccpcj-kg/store``, else ``~/.cache/ccpcj-kg/store``."""
    env = os.environ.get(STORE_ENV)
    if env is not None and not env.strip():  # as for $CCPCJ_KG_HOME: not a silent fall back to the default
        raise InputError(f"${STORE_ENV} is set but empty: unset it or name the store folder")
    if env:
        return Path(os.path.abspath(Path(env).expanduser()))  # not resolved: a link is judged as itself
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache).expanduser().resolve() / "ccpcj-kg" / "store"
