"""The model core's lexicon (data/vocab words) and its one name resolver, as the ingest and the
query parameters use them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from ccpcj_kg.catalog import Param
from ccpcj_kg.ingest import vocabulary
from ccpcj_kg.ingest.lists import parse_modes
from ccpcj_kg.model.lexicon import Lexicon
from ccpcj_kg.model.namespaces import ID
from ccpcj_kg.params import resolve

ROOT = Path(__file__).resolve().parents[2]
VOCAB = sorted((ROOT / "data" / "vocab").glob("*.ttl"))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.from_files(VOCAB)


@pytest.mark.parametrize(("kind", "words", "key"), [
    ("mode", "in person", "in-person"),
    ("mode", "pre-recorded videos", "pre-recorded-video"),
    ("mode", "Pre-recorded statement", "pre-recorded-video"),
    ("mode", "video message", "pre-recorded-video"),
    ("mode", "virtually", "online"),
    ("capacity", "representatives", "representative"),
    ("capacity", "observers", "observer"),
    ("role", "First Vice-Chair", "first-vice-chair"),
    ("role", "rapporteur", "rapporteur"),
    ("action", "adopted", "adopted"),
])
def test_words_find_their_concept(lexicon: Lexicon, kind: str, words: str, key: str) -> None:
    assert lexicon.key(kind, words) == key


@pytest.mark.parametrize(("kind", "words"), [("mode", "Vienna"), ("mode", "INTERPOL"), ("role", "Secretary"),
                                             ("capacity", "in person")])
def test_other_words_find_nothing(lexicon: Lexicon, kind: str, words: str) -> None:
    assert lexicon.find(kind, words) is None


def test_labels_come_from_the_vocabulary(lexicon: Lexicon) -> None:
    assert lexicon.label("role", "first-vice-chair") == "First Vice-Chair"
    assert lexicon.label("mode", "pre-recorded-video") == "pre-recorded video"
    assert lexicon.keys("capacity") == ["invited-speaker", "observer", "panellist", "representative", "secretariat"]


def test_the_ingest_reads_mode_words_from_the_homes_vocabulary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wording added to data/vocab as an altLabel is understood by the ingest, with no code change."""
    (tmp_path / "ontology").mkdir()
    shutil.copy(ROOT / "ontology" / "ccpcj.ttl", tmp_path / "ontology" / "ccpcj.ttl")
    (tmp_path / "data" / "vocab").mkdir(parents=True)
    text = (ROOT / "data" / "vocab" / "controlled.ttl").read_text(encoding="utf-8")
    old = 'skos:altLabel "remotely"@en ,'
    planted = text.replace(old, 'skos:altLabel "by video link"@en ,\n        "remotely"@en ,')
    assert planted != text
    (tmp_path / "data" / "vocab" / "controlled.ttl").write_text(planted, encoding="utf-8")
    assert parse_modes("by video link") is None  # the checkout's vocabulary does not know it
    monkeypatch.setenv("CCPCJ_KG_HOME", str(tmp_path))
    assert vocabulary.lexicon().key("mode", "by video link") == "online"
    assert parse_modes("in person and by video link") == ("in-person", "online")


@pytest.mark.parametrize(("kind", "value", "iri"), [
    ("state", "Czech Republic", "state/CZE"),
    ("state", "czech republic", "state/CZE"),
    ("state", "Turkiye", "state/TUR"),
    ("state", "the United States of America", "state/USA"),
    ("group", "the Group of African States", "regional-group/african-states"),
    ("group", "Eastern European Group", "regional-group/eastern-european-states"),
])
def test_query_parameters_resolve_names_as_the_ingest_does(kg: ox.Store, kind: str, value: str, iri: str) -> None:
    assert resolve(Param(kind, kind, "", ""), value, kg) == (ox.NamedNode(ID + iri), None)
