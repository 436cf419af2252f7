"""The controlled vocabularies the ingest reads words through: the lexicon of the home's
``data/vocab/*.ttl`` (see ``ccpcj_kg.model.lexicon``), loaded once per home."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ccpcj_kg.model.lexicon import Lexicon
from ccpcj_kg.paths import find_home


@lru_cache(maxsize=4)
def _lexicon_of(vocab_dir: Path) -> Lexicon:
    return Lexicon.from_files(sorted(vocab_dir.glob("*.ttl")))


def lexicon() -> Lexicon:
    """The lexicon of the current home's ``data/vocab/`` (roles, modes, capacities, actions, …)."""
    return _lexicon_of(find_home().data_dir / "vocab")
