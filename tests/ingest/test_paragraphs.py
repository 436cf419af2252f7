"""The paragraph splitter: examples of the report's structure, and properties over generated reports."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ccpcj_kg.ingest.paragraphs import join, roman_value, split

REPORT = """Report on the thirty-first session

Note

Issued as E/2022/30/Add.1.

Chapter I

Matters calling for action

A. Draft resolutions

1. The Commission recommends the following draft resolution:

Draft resolution I

Follow-up to the Congress

The General Assembly,

Recalling its resolution 46/152,

1. *Takes note* of the report;¹

2. *Requests* the Secretary-General to report.

¹ E/CN.15/2022/11.

B. Draft decisions

2. The Commission recommends the following draft decision:

Draft decision II

Provisional agenda

The Economic and Social Council:

1. Election of officers.
2. Adoption of the agenda.
3. General debate.

Chapter II

General debate

3. At its 1st meeting, on 16 May 2022, the Commission considered agenda item 3.

A. Deliberations

1. Ratification and implementation of the Convention

4. Statements were made by the observers for the Bolivarian

²⁴ Also on behalf of Albania.

Republic of Venezuela (in person) and Peru²⁴ (online).

5. The agenda was as follows:
1. Election of officers.
2. General debate.
"""


def test_the_report_structure() -> None:
    s = split(REPORT)
    assert [p.number for p in s.paragraphs] == [1, 2, 3, 4, 5]
    assert [(t.kind, t.label, t.para, t.author) for t in s.texts] == [
        ("draft resolution", "I", 1, "General Assembly"), ("draft decision", "II", 2, "Economic and Social Council")]
    assert "Takes note of the report" in s.texts[0].body and s.texts[0].markers == [1]
    assert s.footnotes[1].para == 1 and s.footnotes[24].text == "Also on behalf of Albania."
    assert s.chapters == {"I": "Matters calling for action", "II": "General debate"}
    p4 = s.paragraph(4)
    assert p4 is not None
    assert p4.text == ("Statements were made by the observers for the Bolivarian Republic of Venezuela (in person) "
                       "and Peru²⁴ (online).")
    assert p4.markers == [24] and p4.section == "A. Deliberations"
    assert p4.subsection == "1. Ratification and implementation of the Convention"
    p5 = s.paragraph(5)
    assert p5 is not None and p5.text.endswith("1. Election of officers.\n2. General debate.")
    assert "Issued as E/2022/30/Add.1." in s.front["note"]
    assert not s.warnings.items


def test_a_lost_paragraph_is_warned_about_and_does_not_swallow_the_rest() -> None:
    s = split("Chapter II\n\nTitle\n\n1. One.\n\n2. Two.\n\n4. Four.\n\n5. Five.\n")
    assert [p.number for p in s.paragraphs] == [1, 2, 4, 5]
    assert [(w.para, w.message[:17]) for w in s.warnings] == [(4, "paragraph(s) 3 no")]


def test_truncation_and_missing_chapters_are_warned_about() -> None:
    text = "Contents\n\nI. First 1\n\nII. Second 3\n\nChapter I\n\nFirst\n\n1. It was decided that the"
    s = split(text)
    messages = [str(w) for w in s.warnings]
    assert "para. 1: the paragraph ends mid-sentence: the text looks truncated" in messages
    assert any("chapter(s) II listed in the contents are missing" in m for m in messages)


def test_duplicated_footnotes() -> None:
    s = split("Chapter II\n\nT\n\n1. A¹.\n\n¹ Same.\n\n¹ Same.\n\n2. B.\n\n² One.\n\n² Other.\n")
    assert [w.message for w in s.warnings] == [
        "footnote 1 is printed twice; the repetition is ignored",
        "footnote 2 is defined twice with different texts; the first (para. 2) is used"]
    assert s.footnotes[2].text == "One."


def test_join() -> None:
    assert join("the Bolivarian", "Republic of Venezuela") == "the Bolivarian Republic of Venezuela"
    assert join("China", "(online), Morocco") == "China (online), Morocco"
    assert join("funds.", "Speakers noted") == "funds.\nSpeakers noted"
    assert join("workshop,⁵", "Recalling its resolution") == "workshop,⁵\nRecalling its resolution"
    assert join("as follows:", "(a) Report") == "as follows:\n(a) Report"
    assert roman_value("XIII") == 13 and roman_value("IV") == 4


def test_a_preamble_cut_after_its_first_word_is_not_taken_for_the_title() -> None:
    text = REPORT.replace("The General Assembly,", "The\n\n22-07531\n\n14\n\nGeneral Assembly,")
    s = split(text)
    assert s.texts[0].title == "Follow-up to the Congress"
    assert s.texts[0].author == "General Assembly"


def test_paragraphs_past_999_and_long_texts() -> None:
    """Four-digit paragraph numbers are paragraphs; a 20,000-line paragraph is kept whole (built in linear time)."""
    lines = [f"{n}. Paragraph {n} of the report." for n in range(1, 1201)]
    body = "\n\n".join(lines[:3] + ["line of a long list"] * 20000 + lines[3:])
    s = split("Report on the thirty-first session\n\nChapter I\n\nTitle\n\n" + body)
    assert [p.number for p in s.paragraphs] == list(range(1, 1201))
    assert s.paragraph(3) is not None and s.paragraph(3).text.count("line of a long list") == 20000


# -- properties --------------------------------------------------------------------------------

_WORDS = st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=8), min_size=2, max_size=12)
_SENTENCE = _WORDS.map(lambda ws: " ".join(ws).capitalize() + ".")
_OPERATIVE = st.lists(_SENTENCE, min_size=0, max_size=3)


@st.composite
def _reports(draw: st.DrawFn) -> tuple[str, list[str], list[int]]:
    """A report with numbered paragraphs, some split by page breaks, some with printed texts."""
    n = draw(st.integers(min_value=1, max_value=25))
    texts: list[str] = []
    out = ["Chapter II", "General debate"]
    breaks: list[int] = []
    for k in range(1, n + 1):
        words = draw(_WORDS)
        body = " ".join(words).capitalize() + " end."
        texts.append(body)
        if draw(st.booleans()) and len(words) > 2:
            cut = len(" ".join(words[:2]))
            page = f"{body[:cut]}\n\n{k + 40}\n\n⁹ A footnote.\n\n{body[cut + 1:]}"
            out.append(f"{k}. {page}")
            breaks.append(k)
        else:
            out.append(f"{k}. {body}")
        operative = draw(_OPERATIVE)
        if operative:
            out += ["Draft resolution I", "A title", "The General Assembly,"]
            out += [f"{j}. *{s}*" for j, s in enumerate(operative, start=k)]
            out += ["A. Deliberations"]
        if draw(st.booleans()):
            # a list inside the paragraph: one item per line, or items separated by blank lines; the
            # latter only while the list stops short of k + 1, which would continue the list and the paragraphs alike
            spaced = draw(st.booleans()) and k >= 3
            last = draw(st.integers(min_value=2, max_value=k - 1 if spaced else 6))
            items = [f"{j}. Item {j}." for j in range(1, last + 1)]
            if items:
                out.append(("\n\n" if spaced else "\n").join(items))
    return "\n\n".join(out) + "\n", texts, breaks


@settings(max_examples=200, deadline=None)
@given(_reports())
def test_paragraphs_come_back_in_order_with_their_text(report: tuple[str, list[str], list[int]]) -> None:
    text, bodies, _ = report
    s = split(text)
    assert [p.number for p in s.paragraphs] == list(range(1, len(bodies) + 1))
    for p, body in zip(s.paragraphs, bodies, strict=True):
        assert p.text.split("\n")[0] == body
    assert not [w for w in s.warnings if "not found" in w.message]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=20, unique=True))
def test_numbers_never_go_backwards(numbers: list[int]) -> None:
    text = "Chapter II\n\nT\n\n" + "\n\n".join(f"{n}. Text {n}." for n in numbers) + "\n"
    got = [p.number for p in split(text).paragraphs]
    assert got == sorted(got) and len(set(got)) == len(got)
