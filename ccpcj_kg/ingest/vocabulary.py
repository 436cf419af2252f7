"""The controlled vocabularies the ingest reads words through: the lexicon of the home's
``data/vocab/*.ttl`` (see ``ccpcj_kg.model.lexicon``), loaded once per home."""

from __future__ import annotations

import os
from functools import lru_cache

from ccpcj_kg.model.lexicon import Lexicon
from ccpcj_kg.paths import HOME_ENV, find_home


@lru_cache(maxsize=4)
def _lexicon_for(home_setting: str | None) -> Lexicon:
    vocab = find_home().data_dir / "vocab"
    return Lexicon.from_files(sorted(vocab.glob("*.ttl")))


def lexicon() -> Lexicon:
    """The lexicon of the current home's ``data/vocab/`` (roles, modes, capacities, actions, …).

    Called for every word of a report, so it is looked up by the home setting (a dictionary
    lookup), not by finding the home again."""
    return _lexicon_for(os.environ.get(HOME_ENV))
