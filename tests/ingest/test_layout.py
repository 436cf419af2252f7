"""The layout rules (``ccpcj_kg/ingest/layout.py``) on small pages built glyph by glyph."""

from __future__ import annotations

from ccpcj_kg.ingest.layout import Glyph, Page, lines_of, to_text

W = 5.0  # every glyph is 5 pt wide: a line of 80 characters fills the 400 pt measure
LEFT, RIGHT = 72.0, 472.0


def glyphs(text: str, y: float, x: float = LEFT, size: float = 10.0, sup: str = "") -> list[Glyph]:
    """Glyphs for ``text`` (a ``\\t`` is a 40 pt gap), then ``sup`` as raised 6 pt digits."""
    out = []
    for ch in text:
        if ch == "\t":
            x += 40
            continue
        out.append(Glyph(ch, x, x + W * size / 10, y, size))
        x += W * size / 10
    for ch in sup:
        out.append(Glyph(ch, x, x + 3, y + 3.5, 6.0))
        x += 3
    return out


def page(number: int, rows: list[list[Glyph]]) -> Page:
    return Page(number, 595.0, 842.0, lines_of([g for row in rows for g in row]))


def wrap(text: str, y: float, step: float = 12.0) -> list[list[Glyph]]:
    """``text`` filled greedily into lines of at most 80 characters, from ``y`` down."""
    rows, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 80:
            rows.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    rows.append(line)
    return [glyphs(r, y - i * step) for i, r in enumerate(rows)]


def frame(number: int) -> list[list[Glyph]]:
    """The running header, the job number and the page number of a page."""
    return [glyphs("E/2022/30", 800, x=400), glyphs("22-07531", 40), glyphs(str(number), 40, x=460)]


INTRO = ("4. The Commission on Crime Prevention and Criminal Justice held its thirty-first session in Vienna "
         "from 16 to 20 May 2022, in a hybrid format, with delegations attending in person and online.")


def intro(y: float) -> list[list[Glyph]]:
    """A wrapped paragraph that sets the usual line spacing (12 pt) of a page."""
    return wrap(INTRO, y)


def test_running_headers_page_and_job_numbers_are_dropped() -> None:
    pages = [page(n, [*frame(n), glyphs(f"{n}. Paragraph {n} of the report.", 700)]) for n in (1, 2, 3)]
    assert to_text(pages) == "1. Paragraph 1 of the report.\n\n2. Paragraph 2 of the report.\n\n" \
                             "3. Paragraph 3 of the report.\n"


def test_wrapped_lines_join_and_short_lines_keep_their_break() -> None:
    long = ("5. At its 1st meeting, on 16 May 2022, the following persons made statements in the general debate "
            "of the Commission:")
    rows = wrap(long, 700)
    rows += [glyphs("Minister of Justice of Namibia", 676), glyphs("Ambassador of Kenya", 664)]
    assert to_text([page(1, rows)]) == f"{long}\nMinister of Justice of Namibia\nAmbassador of Kenya\n"


def test_a_wider_gap_starts_a_block_and_a_wide_space_is_a_tab() -> None:
    rows = [*intro(760), glyphs("Chair\tAsia-Pacific States\tHikihara Takeshi (Japan)", 700),
            glyphs("6. Next paragraph.", 680)]
    assert to_text([page(1, rows)]) == (f"{INTRO}\n\nChair\tAsia-Pacific States\tHikihara Takeshi (Japan)\n\n"
                                        "6. Next paragraph.\n")


def test_hyphenation_at_line_ends() -> None:
    lines = ["7. The thirty-first session considered the report on the follow-up to the thirty-",
             "first session and the rehabilitation and social reintegration of the rehabili-",
             "tation of offenders, and the Vice-Chair of the Commission, and its Vice-",
             "Chair spoke."]
    rows = [glyphs(line, 700 - 12 * i, x=RIGHT - len(line) * W if i < 3 else LEFT) for i, line in enumerate(lines)]
    assert to_text([page(1, rows)]) == (
        "7. The thirty-first session considered the report on the follow-up to the thirty-first session and the "
        "rehabilitation and social reintegration of the rehabilitation of offenders, and the Vice-Chair of the "
        "Commission, and its Vice-Chair spoke.\n")


def test_a_page_break_inside_a_paragraph_and_a_list_is_joined() -> None:
    para = ("8. Statements were made by the representatives of Albania, Andorra, Australia, Austria, Belgium, Bosnia "
            "and Herzegovina, Bulgaria, Canada, Croatia, Cyprus, Czechia, Denmark and Estonia, as sponsors of the "
            "draft resolution, and by the observer for the European Union.")
    rows = wrap(para, 700)
    p1 = [*frame(1), *rows[:2]]
    p2 = [*frame(2), *[[Glyph(g.text, g.x0, g.x1, g.baseline + 60, g.size) for g in r] for r in rows[2:]],
          glyphs("(a) Report of the Executive Director;", 706), glyphs("(b) Note by the Secretariat.", 694)]
    p3 = [*frame(3), glyphs("(c) Report of the Board.", 760)]
    text = to_text([page(1, p1), page(2, p2), page(3, p3)])
    assert text.split("\n\n") == [para, "(a) Report of the Executive Director;\n(b) Note by the Secretariat.",
                                   "(c) Report of the Board.\n"]


def test_footnotes_at_the_foot_go_after_the_block_with_their_marker() -> None:
    rows = [*frame(1), *intro(760),
            glyphs("9. Statements were made by the European Union and its member States", 700, sup="22"),
            glyphs("10. Statements were made by Kenya.", 680),
            [Glyph(c, LEFT + i * 3, LEFT + i * 3 + 3, 103.5, 6.0) for i, c in enumerate("22")],
            glyphs("Also on behalf of Albania and Georgia.", 100, x=LEFT + 12, size=8)]
    text = to_text([page(1, rows)])
    assert text == (f"{INTRO}\n\n9. Statements were made by the European Union and its member States²²\n\n"
                    "²² Also on behalf of Albania and Georgia.\n\n10. Statements were made by Kenya.\n")
