"""The name-list parser: examples from the report, and properties over generated lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ccpcj_kg.ingest.lists import Item, parse_entry, parse_list, parse_modes
from ccpcj_kg.ingest.text import SUPERSCRIPTS

KNOWN = {"bosnia and herzegovina", "global fund to fight aids, tuberculosis and malaria", "kenya", "peru",
         "european union and its member states", "united states", "russian federation", "france",
         "council of europe", "angola"}


def is_name(text: str) -> bool:
    from ccpcj_kg.model.printed import normalise_name

    return normalise_name(text) in KNOWN


def test_modes() -> None:
    assert parse_modes("in person") == ("in-person",)
    assert parse_modes("in person and pre-recorded videos") == ("in-person", "pre-recorded-video")
    assert parse_modes("online and in person") == ("online", "in-person")
    assert parse_modes("pre-recorded statement") == ("pre-recorded-video",)
    assert parse_modes("Vienna") is None
    assert parse_modes("INTERPOL") is None


def test_names_with_and_and_commas_stay_whole() -> None:
    items = parse_list("Kenya (online), the Global Fund to Fight AIDS, Tuberculosis and Malaria (pre-recorded video) "
                       "and Bosnia and Herzegovina (in person)", is_name)
    assert [(i.text, i.modes) for i in items] == [
        ("Kenya", ("online",)),
        ("the Global Fund to Fight AIDS, Tuberculosis and Malaria", ("pre-recorded-video",)),
        ("Bosnia and Herzegovina", ("in-person",)),
    ]


def test_capacity_changes_in_the_middle() -> None:
    items = parse_list("the observer for the Council of Europe (online), the representative of the Russian Federation "
                       "(in person) and the representatives of Peru and Kenya", is_name)
    assert [(i.text, i.capacity) for i in items] == [
        ("the Council of Europe", "observer"), ("the Russian Federation", "representative"),
        ("Peru", "representative"), ("Kenya", "representative")]


def test_and_by_starts_a_new_capacity() -> None:
    items = parse_list("the representatives of Angola, Kenya and Peru and by the observers for France and Bosnia and "
                       "Herzegovina", is_name)
    assert [(i.text, i.capacity) for i in items] == [
        ("Angola", "representative"), ("Kenya", "representative"), ("Peru", "representative"),
        ("France", "observer"), ("Bosnia and Herzegovina", "observer")]


def test_on_behalf_and_footnote_markers() -> None:
    items = parse_list("France (on behalf of the States Members of the United Nations that are members of the "
                       "European Union), the European Union and its member States²⁴ (in person)", is_name,
                       names_only=True)
    assert items[0] == Item("France", (), (), "the States Members of the United Nations that are members of the "
                            "European Union", None, True)
    assert items[1].text == "the European Union and its member States" and items[1].markers == (24,)


def test_unknown_names_stay_apart_in_a_list_of_names() -> None:
    items = parse_list("Kenya, Atlantis, Lilliput and Peru", is_name, names_only=True)
    assert [(i.text, i.known) for i in items] == [("Kenya", True), ("Atlantis", False), ("Lilliput", False),
                                                   ("Peru", True)]


def test_descriptions_run_on_until_an_article() -> None:
    items = parse_list("the Chair of the Commission, a representative of the Organized Crime and Illicit Trafficking "
                       "Branch of UNODC (in person) and the Head of the Global Programme (in person)", is_name)
    assert [i.text for i in items] == [
        "the Chair of the Commission",
        "a representative of the Organized Crime and Illicit Trafficking Branch of UNODC",
        "the Head of the Global Programme"]


def test_an_entry_of_the_general_debate() -> None:
    entry = parse_entry("Ambassador and Permanent Observer of the Delegation of the European Union to the United "
                        "Nations (Vienna) (on behalf of the European Union and its member States)²² (online)")
    assert entry.text == "Ambassador and Permanent Observer of the Delegation of the European Union to the United " \
                         "Nations (Vienna)"
    assert entry.on_behalf == "the European Union and its member States"
    assert entry.markers == (22,) and entry.modes == ("online",)


# -- properties --------------------------------------------------------------------------------

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9).filter(
    lambda w: w not in {"and", "the", "for", "by", "of", "its"})
_NAME = st.lists(_WORD, min_size=1, max_size=3).map(lambda ws: " ".join(w.capitalize() for w in ws))
_MODE = st.sampled_from([None, "in person", "online", "pre-recorded video", "online and in person"])
_MARKER = st.sampled_from(["", "¹", "²²", "¹⁷"])
_ENTRY = st.tuples(_NAME, st.booleans(), _MARKER, _MODE)


def _render(entries: list[tuple[str, bool, str, str | None]]) -> str:
    parts = [f"{'the ' if the else ''}{name}{marker}{f' ({mode})' if mode else ''}"
             for name, the, marker, mode in entries]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


@settings(max_examples=300, deadline=None)
@given(st.lists(_ENTRY, min_size=1, max_size=8, unique_by=lambda e: e[0].lower()))
def test_every_known_name_comes_back_with_its_mode_and_marker(entries: list[tuple[str, bool, str, str | None]]) -> None:
    known = {name.lower() for name, *_ in entries}
    items = parse_list(_render(entries), lambda t: t.lower().removeprefix("the ") in known, names_only=True)
    assert [i.text.removeprefix("the ") for i in items] == [name for name, *_ in entries]
    for item, (_, _, marker, mode) in zip(items, entries, strict=True):
        assert item.modes == (parse_modes(mode) if mode else ())
        expected_markers = (int(marker.translate({ord(c): str(i) for i, c in enumerate(SUPERSCRIPTS)})),) \
            if marker else ()
        assert item.markers == expected_markers
        assert item.known


@settings(max_examples=200, deadline=None)
@given(st.lists(_ENTRY, min_size=1, max_size=8, unique_by=lambda e: e[0].lower()))
def test_with_a_mode_on_every_entry_unknown_names_are_found_too(
        entries: list[tuple[str, bool, str, str | None]]) -> None:
    entries = [(name, the, marker, mode or "in person") for name, the, marker, mode in entries]
    items = parse_list(_render(entries), lambda _: False)
    assert [i.text.removeprefix("the ") for i in items] == [name for name, *_ in entries]


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=6, unique_by=str.lower), st.sampled_from(["representatives of",
                                                                                     "observers for"]))
def test_a_capacity_applies_to_the_whole_list(names: list[str], capacity: str) -> None:
    known = {n.lower() for n in names}
    text = f"the {capacity} " + _render([(n, False, "", None) for n in names])
    items = parse_list(text, lambda t: t.lower() in known)
    assert [i.text for i in items] == names
    assert {i.capacity for i in items} == {"representative" if capacity.startswith("rep") else "observer"}
