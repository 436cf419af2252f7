"""ccpcj_kg.labels: which label a language gets, and the English fallback."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from ccpcj_kg.errors import InputError
from ccpcj_kg.labels import UN_LANGUAGES, label_of, language, pick, store_labeler
from ccpcj_kg.model.namespaces import RDFS, SKOS

S = "https://w3id.org/ccpcj-kg/id/state/XKX"
T = "https://w3id.org/ccpcj-kg/id/topic/fixture"


def store() -> ox.Store:
    st = ox.Store()
    add = [
        (S, RDFS + "label", ox.Literal("Fixture", language="en")),
        (S, SKOS + "prefLabel", ox.Literal("Fixture", language="en")),
        (S, SKOS + "prefLabel", ox.Literal("Fixture-fr", language="fr")),
        (S, SKOS + "prefLabel", ox.Literal("夹具", language="zh-Hans")),
        (T, RDFS + "label", ox.Literal("untagged")),
        (T, SKOS + "prefLabel", ox.Literal("Tema", language="es")),
    ]
    for s, p, o in add:
        st.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o))
    return st


def test_the_six_un_languages() -> None:
    assert set(UN_LANGUAGES) == {"ar", "zh", "en", "fr", "ru", "es"}


@pytest.mark.parametrize(("wanted", "expected"), [
    ("en", "Fixture"), ("fr", "Fixture-fr"), ("zh", "夹具"), ("ru", "Fixture"), ("de", "Fixture"),
])
def test_language_then_english(wanted: str, expected: str) -> None:
    assert label_of(store(), S, wanted) == expected


def test_untagged_before_other_languages_when_no_english() -> None:
    assert label_of(store(), T, "fr") == "untagged"
    assert label_of(store(), T, "es") == "Tema"


def test_labeler_leaves_out_unlabelled_iris() -> None:
    got = store_labeler(store(), "fr")({S, "https://w3id.org/ccpcj-kg/id/state/NONE", "not an iri"})
    assert got == {S: "Fixture-fr"}


def test_rdfs_label_comes_before_pref_label_in_the_same_language() -> None:
    found = pick([(1, ox.Literal("b", language="en")), (0, ox.Literal("z", language="en"))], "en")
    assert found == ox.Literal("z", language="en")
    assert pick([], "en") is None


@pytest.mark.parametrize(("given", "expected"), [(None, "en"), ("", "en"), ("FR", "fr"), ("zh-Hans", "zh-hans")])
def test_language_tags_are_normalised(given: str | None, expected: str) -> None:
    assert language(given) == expected


@pytest.mark.parametrize("bad", ["fr fr", "f", "français", "en_", "1234"])
def test_bad_language_tags_are_input_errors(bad: str) -> None:
    with pytest.raises(InputError):
        language(bad)
