"""Typed parameters: checked against their type, resolved by name in the graph, bound as terms."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from ccpcj_kg import catalog
from ccpcj_kg.catalog import Param
from ccpcj_kg.errors import InputError
from ccpcj_kg.params import bind, check, check_all, document_iri, parse_assignments, resolve

ID = "https://w3id.org/ccpcj-kg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
INJECTION = 'x" } ; DROP ALL ; #'


def p(kind: str, name: str = "x") -> Param:
    return Param(name=name, type=kind, default="", description="")


# -- syntax, no store needed -------------------------------------------------------------------
def test_assignments() -> None:
    assert parse_assignments(["state=KEN", "text=a=b", "empty="]) == {
        "state": "KEN",
        "text": "a=b",
        "empty": "",
    }
    with pytest.raises(InputError, match="NAME=VALUE"):
        parse_assignments(["state"])
    with pytest.raises(InputError, match="given twice"):
        parse_assignments(["a=1", "a=2"])


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("integer", "31"),
        ("integer", "-2"),
        ("date", "2022-05-20"),
        ("boolean", "yes"),
        ("session", "31"),
        ("session", "31st"),
        ("session", "session/31"),
        ("congress", "14"),
        ("iri", "state:KEN"),
        ("iri", "https://w3id.org/ccpcj-kg/id/state/KEN"),
        ("iri", "<urn:x:y>"),
        ("iri", "document/E_2022_30/para/84"),
        ("string", ""),
        ("string", INJECTION),
        ("state", "Kenya"),
    ],
)
def test_well_formed_values_pass(kind: str, value: str) -> None:
    assert check(p(kind), value) == value.strip()


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("integer", "3.5", "a whole number"),
        ("integer", "abc", "a whole number"),
        ("date", "2022-13-01", "YYYY-MM-DD"),
        ("date", "20 May 2022", "YYYY-MM-DD"),
        ("boolean", "maybe", "true or false"),
        ("session", "abc", "session number"),
        ("session", "", "session number"),
        ("congress", "fourteenth", "Congress number"),
        ("iri", "not an iri", "an IRI"),
        ("iri", "nosuchprefix:x", "an IRI"),
        ("state", " ", "ISO code"),
    ],
)
def test_ill_typed_values_say_what_is_expected(kind: str, value: str, expected: str) -> None:
    with pytest.raises(InputError) as err:
        check(p(kind, "session_or_so"), value)
    message = str(err.value)
    assert "'session_or_so'" in message and f"({kind})" in message and expected in message
    assert repr(value.strip()) in message


def test_unknown_parameter_names_the_declared_ones() -> None:
    q = catalog.get("co-sponsors-of-state", catalog_dir())
    with pytest.raises(InputError) as err:
        check_all(q, {"stat": "KEN"})
    assert "unknown parameter 'stat'" in str(err.value)
    assert "did you mean state?" in str(err.value)
    assert "it takes: state, session" in str(err.value)


def catalog_dir():  # type: ignore[no-untyped-def]
    from ccpcj_kg.paths import find_home

    return find_home().queries_dir


def test_document_iri_rule() -> None:
    assert document_iri("E/CN.15/2022/L.4/Rev.1") == ox.NamedNode(ID + "document/E_CN.15_2022_L.4_Rev.1")
    assert document_iri("A/DEC/74/550 (A)") == ox.NamedNode(ID + "document/A_DEC_74_550_A")
    assert document_iri(INJECTION) is None


# -- resolution against the real graph -------------------------------------------------------------
def term(kind: str, value: str, kg: ox.Store) -> tuple[ox.NamedNode | ox.Literal, str | None]:
    return resolve(p(kind), check(p(kind), value), kg)


@pytest.mark.parametrize(
    "value",
    [
        "KEN",
        "ken",
        "KE",
        "ke",
        "404",
        "Kenya",
        "KENYA",
        "  kenya ",
        "state:KEN",
        "state/KEN",
        ID + "state/KEN",
        f"<{ID}state/KEN>",
    ],
)
def test_state_by_code_name_or_iri(value: str, kg: ox.Store) -> None:
    assert term("state", value, kg) == (ox.NamedNode(ID + "state/KEN"), None)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Czech Republic", "CZE"),
        ("czech republic", "CZE"),
        ("Czechia", "CZE"),
        ("CZ", "CZE"),
        ("Türkiye", "TUR"),
        ("the United States of America", "USA"),
        ("Bolivarian Republic of Venezuela", "VEN"),
        ("Islamic Republic of Iran", "IRN"),
        ("State of Palestine", "PSE"),
        ("Holy See", "VAT"),
        ("Côte d’Ivoire", "CIV"),
    ],
)
def test_state_by_any_label_or_alt_label(value: str, code: str, kg: ox.Store) -> None:
    node, note = term("state", value, kg)
    assert node == ox.NamedNode(ID + "state/" + code) and note is None


def test_unknown_state_is_an_empty_answer_with_a_note(kg: ox.Store) -> None:
    node, note = term("state", "Kenia", kg)
    assert node == ox.Literal("Kenia")  # a literal never matches a State's place in a pattern
    assert note is not None and "no State matches 'Kenia'" in note and "kenya" in note


def test_injection_is_just_a_literal(kg: ox.Store) -> None:
    assert term("string", INJECTION, kg) == (ox.Literal(INJECTION), None)
    for kind in ("state", "document", "group", "instrument", "topic", "source"):
        node, note = term(kind, INJECTION, kg)
        assert node == ox.Literal(INJECTION) and note is not None


@pytest.mark.parametrize(
    ("kind", "value", "iri"),
    [
        ("document", "E/CN.15/2022/L.2", "document/E_CN.15_2022_L.2"),
        ("document", "e/cn.15/2022/l.4/rev.1", "document/E_CN.15_2022_L.4_Rev.1"),
        ("document", "doc:E_CN.15_2022_L.5", "document/E_CN.15_2022_L.5"),
        ("document", "document/E_2022_30/draft-resolution-ii", "document/E_2022_30/draft-resolution-ii"),
        ("session", "31", "session/31"),
        ("session", "31st", "session/31"),
        ("congress", "14", "congress/14"),
        ("group", "african-states", "regional-group/african-states"),
        ("group", "African States", "regional-group/african-states"),
        ("group", "group-of-77-and-china", "group/group-of-77-and-china"),
        ("instrument", "untoc", "instrument/untoc"),
        ("instrument", "UNTOC", "instrument/untoc"),
        ("topic", "cybercrime", "topic/cybercrime"),
        ("source", "gitoc-2022-ccpcj31", "source/gitoc-2022-ccpcj31"),
        ("source", "E/2022/30", "document/E_2022_30"),
    ],
)
def test_named_things_resolve(kind: str, value: str, iri: str, kg: ox.Store) -> None:
    assert term(kind, value, kg) == (ox.NamedNode(ID + iri), None)


def test_unknown_document_and_session_give_notes(kg: ox.Store) -> None:
    node, note = term("document", "E/CN.15/1999/L.99", kg)
    assert node == ox.NamedNode(ID + "document/E_CN.15_1999_L.99")
    assert note is not None and "no document 'E/CN.15/1999/L.99'" in note
    node, note = term("session", "99", kg)
    assert node == ox.NamedNode(ID + "session/99") and note is not None and "no session 99" in note


def test_typed_literals(kg: ox.Store) -> None:
    assert term("integer", "+031", kg)[0] == ox.Literal("31", datatype=ox.NamedNode(XSD + "integer"))
    assert term("date", "2022-05-20", kg)[0] == ox.Literal("2022-05-20", datatype=ox.NamedNode(XSD + "date"))
    assert term("boolean", "No", kg)[0] == ox.Literal("false", datatype=ox.NamedNode(XSD + "boolean"))


def test_bind_uses_defaults_and_given_values(kg: ox.Store) -> None:
    q = catalog.get("co-sponsors-of-state", catalog_dir())
    binding = bind(q, {"state": "Japan"}, kg)
    assert binding.substitutions == {
        ox.Variable("state"): ox.NamedNode(ID + "state/JPN"),
        ox.Variable("session"): ox.NamedNode(ID + "session/31"),
    }
    assert binding.notes == ["session: not given; using the default '31' (--param session=VALUE)"]
