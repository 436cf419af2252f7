"""Small pieces of the ingest: text helpers, symbols, name resolution, citations, meetings, sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from ccpcj_kg.ingest.citations import extract_citations
from ccpcj_kg.ingest.paragraphs import split
from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.ingest.session import meeting_mentions, report_symbol, session_number
from ccpcj_kg.ingest.statements import sentences
from ccpcj_kg.ingest.symbols import secondary_symbols, split_joint, symbols_in
from ccpcj_kg.ingest.text import cardinal, ordinal, parse_date
from ccpcj_kg.model.iris import document as document_iri
from ccpcj_kg.model.iris import slug
from ccpcj_kg.model.names import Resolver
from ccpcj_kg.model.namespaces import ID
from ccpcj_kg.model.printed import clean_inline, normalise_name, strip_markers


def test_text_helpers() -> None:
    assert clean_inline("([E/CN.15/2022/L.2](#)), *Takes note*, **Report**, <i>Chair</i>") == \
        "(E/CN.15/2022/L.2), Takes note, Report, Chair"
    assert strip_markers("member States)²² (online)") == "member States) (online)"
    assert normalise_name("the Côte d’Ivoire¹⁷") == "côte d'ivoire"
    assert slug("Karina M.K. Malapane") == "karina-m-k-malapane" and slug("Tomáš Foldyna") == "tomas-foldyna"
    assert [ordinal(w) for w in ("thirty-first", "thirtieth", "first", "13th", "sixty-fifth")] == [31, 30, 1, 13, 65]
    assert ordinal("session") is None
    assert [cardinal(w) for w in ("37", "two", "seven", "fifty-five", "nine")] == [37, 2, 7, 55, 9]
    assert parse_date("on 16 May 2022") == dt.date(2022, 5, 16)
    assert parse_date("on 19 May,", 2022) == dt.date(2022, 5, 19)
    assert parse_date("on 31 February 2022") is None


def test_symbols() -> None:
    assert symbols_in("(E/CN.7/2022/2-E/CN.15/2022/2) and A/CONF.234/16, chap. VII") == \
        ["E/CN.7/2022/2", "E/CN.15/2022/2", "A/CONF.234/16"]
    assert split_joint("E/CN.7/2022/3-E/CN.15/2022/3") == ("E/CN.15/2022/3", ["E/CN.7/2022/3",
                                                                              "E/CN.7/2022/3-E/CN.15/2022/3"])
    assert secondary_symbols("E/CN.15/2022/L.1/Add.1-E/CN.15/2022/L.1/Add.8") == \
        {"E/CN.15/2022/L.1/Add.1", "E/CN.15/2022/L.1/Add.8"}
    assert document_iri("E/CN.15/2022/L.4/Rev.1") == ID + "document/E_CN.15_2022_L.4_Rev.1"
    assert document_iri("A/DEC/74/550 A") == ID + "document/A_DEC_74_550_A"
    assert document_iri("E/RES/155 C (VII)") == ID + "document/E_RES_155_C_VII"


def _resolver() -> Resolver:
    names = [
        (ID + "state/KEN", "Kenya", True),
        (ID + "state/USA", "United States of America", True), (ID + "state/USA", "United States", False),
        (ID + "state/TUR", "Türkiye", True), (ID + "state/TUR", "Turkey", False),
        (ID + "state/CYP", "Cyprus", True),
        (ID + "regional-group/african-states", "African States", True),
        (ID + "regional-group/eastern-european-states", "Eastern European States", True),
        (ID + "organization/interpol", "International Criminal Police Organization", True),
        (ID + "organization/interpol", "INTERPOL", False),
        (ID + "organization/unodc", "United Nations Office on Drugs and Crime", True),
        (ID + "organization/unodc", "UNODC", False),
        (ID + "organization/united-nations", "United Nations", True),
        (ID + "organization/pam", "Parliamentary Assembly of the Mediterranean", True),
        (ID + "organization/who", "WHO", False),
        (ID + "state/XXA", "Georgia", True), (ID + "state/XXB", "Georgia", False),
        ("https://example.org/not-ours", "Kenya", True),
    ]
    return Resolver(names)


@pytest.mark.parametrize(("name", "iri"), [
    ("Kenya", "state/KEN"), ("the United States", "state/USA"), ("TURKEY", "state/TUR"), ("Turkiye", "state/TUR"),
    ("the International Criminal Police Organization (INTERPOL)", "organization/interpol"),
    ("the Group of African States", "regional-group/african-states"),
    ("the Eastern European Group", "regional-group/eastern-european-states"),
    ("Kenya²³", "state/KEN"),
])
def test_names_resolve_by_label_and_alias(name: str, iri: str) -> None:
    entity = _resolver().name(name)
    assert entity is not None and entity.iri == ID + iri


def test_unknown_and_ambiguous_names_do_not_resolve() -> None:
    r = _resolver()
    assert r.name("Atlantis") is None
    assert r.name("Georgia") is None and len(r.candidates("Georgia")) == 2
    assert r.name("Kenya", kinds=("organization",)) is None


@pytest.mark.parametrize(("description", "iri"), [
    ("Ambassador and Permanent Representative of Kenya to the United Nations (Vienna)", "state/KEN"),
    ("Member of the Cyprus Parliamentary Delegation to the Parliamentary Assembly of the Mediterranean",
     "organization/pam"),
    ("Chief of the Research and Trend Analysis Branch of UNODC", "organization/unodc"),
    ("Director of the United States Liaison Office of INTERPOL", "organization/interpol"),
    ("Head of Mission to the United Nations", None),
    ("someone who spoke", None),
])
def test_descriptions(description: str, iri: str | None) -> None:
    entity = _resolver().find_in(description)
    assert (entity.iri if entity else None) == (ID + iri if iri else None)


def test_session_number_symbol_and_meetings() -> None:
    s = split("Report on the thirty-second session\n\nNote\n\nIssued as E/2023/30/Add.1.\n")
    assert session_number(s, None) == 32 and session_number(s, 7) == 7
    assert report_symbol(s) == "E/2023/30"
    s2 = split("Economic and Social Council\nOfficial Records, 2024\nSupplement No. 10\n")
    assert report_symbol(s2) == "E/2024/30"
    text = ("At its 9th meeting, on 18 May 2022, and its 10th meeting, on 19 May 2022, the Commission … "
            "At the 1st meeting of the Committee of the Whole, on 16 May 2022, … "
            "At its 1st, 2nd and 3rd meetings, on 16 May 2022")
    assert meeting_mentions(text, 2022) == [(9, dt.date(2022, 5, 18)), (10, dt.date(2022, 5, 19)),
                                            (1, dt.date(2022, 5, 16)), (2, dt.date(2022, 5, 16)),
                                            (3, dt.date(2022, 5, 16))]


def test_citations_and_whose_its() -> None:
    report = ("Chapter II\n\nT\n\n1. The agenda had been approved by the Economic and Social Council in its decision "
              "2021/253, and Security Council resolution 2178 (2014) was recalled.\n\n"
              "2. In line with General Assembly resolutions 75/290 A and B and General Assembly resolution 415 (V) "
              "of 1 December 1950, and Commission decision 21/1 of 27 April 2012.\n")
    c = extract_citations(split(report), "R", {}, Warnings())
    keys = {iri.removeprefix(ID): d.adoption_date for iri, d in c.documents.items()}
    assert keys == {"document/E_DEC_2021_253": None, "document/A_RES_75_290_A": None,
                    "document/A_RES_75_290_B": None, "document/A_RES_415_V": dt.date(1950, 12, 1),
                    "decision/ccpcj-21-1": dt.date(2012, 4, 27)}


def test_sentences_are_not_cut_after_abbreviations() -> None:
    text = ("Chargé d'affaires a.i. of the Mission spoke. (For the text, see chap. I, sect. A, draft resolution II.) "
            "Following the recommendation, Karina M.K. Malapane made a statement.")
    assert sentences(text) == ["Chargé d'affaires a.i. of the Mission spoke.",
                               "(For the text, see chap. I, sect. A, draft resolution II.)",
                               "Following the recommendation, Karina M.K. Malapane made a statement."]
