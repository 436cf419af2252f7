"""The table of IRI kinds: each kind of thing, its IRI pattern, examples, and the function that mints it.

This table is the one source of the IRI scheme (``docs/design.md``). From it come:

- ``PATTERN``: the regular expression every ``/id/`` IRI matches, used verbatim as
- the ``sh:pattern`` of ``ccpcjsh:IdIriShape`` in ``ontology/shapes.ttl``,
- the regular expression of ``queries/qc/iri-patterns.rq``,
- the table "IRIs of things" in ``docs/modelling.md``.

``python -m ccpcj_kg.model.iris`` rewrites those three from the table (``--check`` exits 1 when
one is out of date); ``tests/model/test_iris.py`` fails when they disagree. The ingest and the
query parameters mint IRIs only through the functions below.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ccpcj_kg.model.namespaces import ID

SLUG = "[a-z0-9]+(-[a-z0-9]+)*"
N = "[1-9][0-9]*"
SYMBOL = "[A-Z][A-Za-z0-9._-]*"
REGIONAL_GROUPS = (
    "african-states",
    "asia-pacific-states",
    "eastern-european-states",
    "latin-american-and-caribbean-states",
    "western-european-and-other-states",
)
SESSION_PARTS = ("bureau-election", "regular-part", "reconvened-part")
SIMPLE_KINDS = (
    "instrument", "person", "organization", "place", "claim", "topic", "scheme",
    "capacity", "mode", "action", "statement-kind", "role", "participant-category",
    "occasion", "measure", "review-mechanism", "event", "initiative",
)  # fmt: skip
_SESSION_SUB = (
    f"({'|'.join(SESSION_PARTS)}|meeting/{N}|agenda-item/{N}[a-z]?|officer/{SLUG}"
    f"|statement/[0-9]+-{SLUG}|attendance/{SLUG}|thematic-discussion(/panel/{SLUG})?|workshop/{SLUG}|special-event/{SLUG}|figure/{SLUG})"
)
_EVENT = f"(session/{N}(/{_SESSION_SUB})?|thematic-discussion/[0-9]{{4}}(/session/{N})?|congress/{N}|event/{SLUG})"
_BODIES = "(ccpcj|untoc-cop|uncac-cosp)"  # the Commission; the Conferences of the Parties to UNTOC and UNCAC
_TEXT = f"(document/{SYMBOL}(/{SLUG})?|(resolution|decision)/{_BODIES}-{N}-{N}|text/{N}-{SLUG})"
_SOURCE = f"(source/{SLUG}|document/{SYMBOL}(/{SLUG})?)"


@dataclass(frozen=True)
class IriKind:
    """One row of the table: what the kind is, its IRI as a person writes it, its regex, examples."""

    kind: str
    template: str  # after https://w3id.org/ccpcj-kg/id/
    pattern: str  # a regular expression for the same, without anchors
    examples: tuple[str, ...] = ()
    note: str = ""


KINDS: tuple[IriKind, ...] = (
    IriKind("State", "state/{ISO alpha-3}", "state/[A-Z]{3}", ("state/KEN", "state/PSE", "state/VAT")),
    IriKind("regional group", "regional-group/{" + ", ".join(REGIONAL_GROUPS) + "}",
            f"regional-group/({'|'.join(REGIONAL_GROUPS)})", ("regional-group/african-states",)),
    IriKind("other group of States (on-behalf-of)", "group/{slug}", f"group/{SLUG}",
            ("group/eu-member-states", "group/group-of-77-and-china"),
            '"the States Members of the United Nations that are members of the European Union" is '
            "`group/eu-member-states`"),
    IriKind("membership (State in group)", "membership/{alpha-3 lower}-{group slug}[-{qualifier}]",
            f"membership/[a-z]{{3}}-{SLUG}",
            ("membership/tur-asia-pacific-states", "membership/isr-western-european-and-other-states-temporary")),
    IriKind("session", "session/{n}", f"session/{N}", ("session/31",)),
    IriKind("part of a session", "session/{n}/{" + ", ".join(SESSION_PARTS) + "}",
            f"session/{N}/({'|'.join(SESSION_PARTS)})", ("session/31/regular-part",)),
    IriKind("meeting", "session/{n}/meeting/{m}", f"session/{N}/meeting/{N}", ("session/31/meeting/13",)),
    IriKind("agenda item / sub-item (of a session or a Congress)",
            "{session/{n}, congress/{n}}/agenda-item/{k}[{letter}]",
            f"(session|congress)/{N}/agenda-item/{N}[a-z]?",
            ("session/31/agenda-item/6", "session/31/agenda-item/6a", "congress/15/agenda-item/1")),
    IriKind("office holding", "session/{n}/officer/{role slug}", f"session/{N}/officer/{SLUG}",
            ("session/31/officer/chair",)),
    IriKind("statement", "session/{n}/statement/{paragraph}-{speaker key}[-{k}]",
            f"session/{N}/statement/[0-9]+-{SLUG}",
            ("session/31/statement/18-usa", "session/31/statement/33-european-union")),
    IriKind("attendance figure", "session/{n}/attendance/{category slug}", f"session/{N}/attendance/{SLUG}",
            ("session/31/attendance/non-governmental-organizations",)),
    IriKind("thematic discussion of a session, and its panels", "session/{n}/thematic-discussion[/panel/{slug}]",
            f"session/{N}/thematic-discussion(/panel/{SLUG})?",
            ("session/31/thematic-discussion", "session/31/thematic-discussion/panel/morning")),
    IriKind("workshop of a session", "session/{n}/workshop/{slug}", f"session/{N}/workshop/{SLUG}",
            ("session/31/workshop/internet-related-crimes-against-children",)),
    IriKind("special event of a session", "session/{n}/special-event/{slug}", f"session/{N}/special-event/{SLUG}",
            ("session/31/special-event/kyoto-declaration-implementation",)),
    IriKind("figure (a number a source states)", "{session, thematic session, organization, review mechanism or"
            " initiative IRI}/figure/{measure slug}[-{qualifier}]",
            f"(session/{N}|thematic-discussion/[0-9]{{4}}(/session/{N})?|(organization|review-mechanism|initiative)"
            f"/{SLUG})/figure/{SLUG}",
            ("organization/ccpcj/figure/members", "review-mechanism/untoc/figure/reviews-group-one",
             "session/31/figure/side-events", "initiative/globe-network/figure/member-institutions")),
    IriKind("Kyoto thematic discussion, and its clusters", "thematic-discussion/{year}[/session/{k}]",
            f"thematic-discussion/[0-9]{{4}}(/session/{N})?",
            ("thematic-discussion/2023", "thematic-discussion/2023/session/2")),
    IriKind("Congress", "congress/{n}", f"congress/{N}", ("congress/14",)),
    IriKind("participation (panellist, chair, …)", "{session, session part or item, thematic discussion, Congress"
            " or forum IRI}/participant/{participant key}", f"{_EVENT}/participant/{SLUG}",
            ("session/31/thematic-discussion/participant/usama-malik",)),
    IriKind("UN document", "document/{symbol with / and space as _, parentheses dropped}", f"document/{SYMBOL}",
            ("document/E_CN.15_2022_L.2", "document/E_CN.15_2022_L.4_Rev.1", "document/A_RES_76_181",
             "document/E_2022_30")),
    IriKind("text printed inside a document without a symbol of its own", "document/{symbol}/{slug}",
            f"document/{SYMBOL}/{SLUG}", ("document/E_2022_30/draft-decision-i",)),
    IriKind("Commission resolution / decision; a Conference's resolution known without a symbol",
            "{resolution, decision}/{ccpcj, untoc-cop, uncac-cosp}-{session}-{n}",
            f"(resolution|decision)/{_BODIES}-{N}-{N}",
            ("resolution/ccpcj-31-1", "decision/ccpcj-21-1", "resolution/untoc-cop-10-6")),
    IriKind("a text known only from a non-UN source (no symbol given)", "text/{session}-{slug}", f"text/{N}-{SLUG}",
            ("text/33-trafficking-in-persons",)),
    IriKind("sponsorship, reported support, appointment by a text, citation in a text",
            "{document, resolution or text IRI}/{sponsorship, support, appointment, citation}/{key}",
            f"{_TEXT}/(sponsorship|support|appointment|citation)/{SLUG}",
            ("document/E_CN.15_2022_L.4_Rev.1/sponsorship/fra",
             "text/33-trafficking-in-persons/support/gitoc-2024-ccpcj33-blr",
             "document/E_2022_30/draft-decision-i/appointment/jonathan-lucas", "resolution/ccpcj-31-1/citation/3"),
            "the key of a citation is its order in the citing text"),
    IriKind("instrument, person, organization, place, claim, topic, concept scheme, controlled value, review "
            "mechanism, meeting of another body or forum, initiative (programme, framework, network, tool, "
            "publication)",
            "{" + ", ".join(SIMPLE_KINDS) + "}/{slug}", f"({'|'.join(SIMPLE_KINDS)})/{SLUG}",
            ("instrument/untoc", "person/takeshi-hikihara", "organization/unodc", "place/vienna",
             "claim/gitoc-2022-ccpcj31-3", "topic/cybercrime", "scheme/topics", "mode/online",
             "review-mechanism/untoc", "event/cnd-65", "initiative/star-initiative"),
            "instruments: untoc, untoc-tip-protocol, untoc-som-protocol, untoc-firearms-protocol, uncac, "
            "kyoto-declaration, doha-declaration, salvador-declaration, …; a person is given-family in ASCII; "
            "an organization is the acronym the source uses, lower case, else its full name's slug; a meeting of "
            "another body is {body slug}-{session slug}; "
            "controlled values and schemes are listed below"),
    IriKind("position of a person in an organization", "person/{person slug}/position/{organization slug}",
            f"person/{SLUG}/position/{SLUG}", ("person/ghada-waly/position/unodc",)),
    IriKind("Kyoto pillar", "kyoto-pillar/{1..4}", "kyoto-pillar/[1-4]", ("kyoto-pillar/1",)),
    IriKind("source (non-UN document, reference file)", "source/{slug}", f"source/{SLUG}",
            ("source/gitoc-2022-ccpcj31", "source/iso-3166-1")),
    IriKind("passage of a source", "{source or document IRI}/{para/{n}, row/{n}, section/{slug}}",
            f"{_SOURCE}/(para/[0-9]+[a-z0-9-]*|row/{N}|section/{SLUG})",
            ("document/E_2022_30/para/84", "source/reference-congresses/row/14", "document/E_2022_30/section/note")),
)

BODY = "|".join(k.pattern for k in KINDS)
# Dots as [.] rather than \\. so that the same text is valid in Turtle, SPARQL and Python unescaped.
PATTERN = "^" + ID.replace(".", "[.]") + f"({BODY})$"
_COMPILED = re.compile(PATTERN)


def matches(iri: str) -> bool:
    """Whether ``iri`` follows the scheme (an ``/id/`` IRI of one of the kinds above)."""
    return _COMPILED.match(iri) is not None


def kind_of(iri: str) -> IriKind | None:
    """The first kind whose pattern the IRI matches (None outside the scheme)."""
    if not iri.startswith(ID):
        return None
    path = iri[len(ID):]
    return next((k for k in KINDS if re.fullmatch(k.pattern, path)), None)


# -- minting -----------------------------------------------------------------------------------------
def slug(text: str) -> str:
    """Lower-case ASCII words joined by ``-`` ("Karina M.K. Malapane" → ``karina-m-k-malapane``)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    ascii_text = folded.encode("ascii", "ignore").decode()
    return "-".join(w for w in re.split(r"[^a-z0-9]+", ascii_text.lower()) if w)


def thing(kind: str, key: str) -> str:
    """``thing("mode", "online")`` → ``…/id/mode/online``: the kinds keyed by a slug."""
    if kind not in SIMPLE_KINDS and kind not in ("group", "source"):
        raise ValueError(f"{kind!r} is not a slug-keyed kind")
    return f"{ID}{kind}/{key}"


def person(name: str) -> str:
    """A person's IRI from their name as printed."""
    return thing("person", slug(name))


def state(alpha3: str) -> str:
    return f"{ID}state/{alpha3.upper()}"


def session(n: int) -> str:
    return f"{ID}session/{n}"


def session_part(n: int, part: str) -> str:
    return f"{session(n)}/{part}"


def meeting(n: int, m: int) -> str:
    return f"{session(n)}/meeting/{m}"


def agenda_item(n: int, key: str) -> str:
    return f"{session(n)}/agenda-item/{key}"


def officer(n: int, role: str) -> str:
    return f"{session(n)}/officer/{role}"


def statement(n: int, key: str) -> str:
    """``key`` is ``{paragraph}-{speaker key}[-{k}]``."""
    return f"{session(n)}/statement/{key}"


def attendance(n: int, category: str) -> str:
    return f"{session(n)}/attendance/{category}"


def participant(event: str, key: str) -> str:
    return f"{event}/participant/{key}"


def document(symbol: str) -> str:
    """A UN document by symbol: ``/`` and spaces become ``_``, parentheses are dropped —
    ``E/CN.15/2022/L.4/Rev.1`` → ``…/document/E_CN.15_2022_L.4_Rev.1``."""
    key = symbol.strip().replace("/", "_").replace(" ", "_").replace("(", "").replace(")", "")
    return f"{ID}document/{key}"


def printed_text(symbol: str, key: str) -> str:
    """A text printed inside a document, without a symbol of its own (``draft-decision-i``)."""
    return f"{document(symbol)}/{key}"


def commission_text(kind: str, number: str) -> str:
    """A Commission resolution or decision by its number: ``("resolution", "31/1")`` → ``resolution/ccpcj-31-1``."""
    if kind not in ("resolution", "decision"):
        raise ValueError(f"{kind!r}: a Commission text is a resolution or a decision")
    return f"{ID}{kind}/ccpcj-{number.replace('/', '-')}"


def sponsorship(text: str, key: str) -> str:
    return f"{text}/sponsorship/{key}"


def passage(source: str, kind: str, key: str) -> str:
    """A paragraph, row or section of a source or document: ``…/document/E_2022_30/para/84``."""
    if kind not in ("para", "row", "section"):
        raise ValueError(f"{kind!r}: a passage is a para, row or section")
    return f"{source}/{kind}/{key}"


# -- the generated artefacts ---------------------------------------------------------------------
_SHAPE_LINE = re.compile(r'(ccpcjsh:IdIriShape\b.*?sh:pattern ")([^"]*)(")', re.DOTALL)
_QC_LINE = re.compile(r'(FILTER\(!REGEX\(STR\(\?iri\), ")([^"]*)("\)\))')
DOC_START = "<!-- IRI table: generated from ccpcj_kg/model/iris.py by `python -m ccpcj_kg.model.iris`; do not edit -->"
DOC_END = "<!-- end of IRI table -->"


def markdown_table() -> str:
    """The table of docs/modelling.md."""
    rows = ["| kind | IRI after `https://w3id.org/ccpcj-kg/id/` | examples |", "|---|---|---|"]
    for k in KINDS:
        examples = ", ".join(f"`{e}`" for e in k.examples)
        if k.note:
            examples = f"{examples} ({k.note})" if examples else k.note
        rows.append(f"| {k.kind} | `{k.template}` | {examples} |")
    return "\n".join(rows) + "\n"


def _replace_between(text: str, start: str, end: str, body: str, where: str) -> str:
    i, j = text.find(start), text.find(end)
    if i < 0 or j < i:
        raise ValueError(f"{where}: no generated-table markers ({start} … {end})")
    return text[: i + len(start)] + "\n" + body + text[j:]


def regenerate(root: Path) -> dict[Path, str]:
    """The new content of each generated file under ``root`` (a checkout), keyed by path."""
    shapes = root / "ontology" / "shapes.ttl"
    qc = root / "queries" / "qc" / "iri-patterns.rq"
    doc = root / "docs" / "modelling.md"
    out: dict[Path, str] = {}
    text = shapes.read_text(encoding="utf-8")
    new, n = _SHAPE_LINE.subn(lambda m: m.group(1) + PATTERN + m.group(3), text, count=1)
    if n != 1:
        raise ValueError(f"{shapes}: no sh:pattern in ccpcjsh:IdIriShape")
    out[shapes] = new
    text = qc.read_text(encoding="utf-8")
    new, n = _QC_LINE.subn(lambda m: m.group(1) + PATTERN + m.group(3), text, count=1)
    if n != 1:
        raise ValueError(f"{qc}: no FILTER(!REGEX(STR(?iri), \"…\")) line")
    out[qc] = new
    out[doc] = _replace_between(doc.read_text(encoding="utf-8"), DOC_START, DOC_END, markdown_table(), str(doc))
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m ccpcj_kg.model.iris [--check] [ROOT]``: rewrite (or check) the generated places."""
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    roots = [a for a in args if a != "--check"]
    root = Path(roots[0]) if roots else Path(__file__).resolve().parents[2]
    stale = []
    for path, content in regenerate(root).items():
        if path.read_text(encoding="utf-8") != content:
            stale.append(path)
            if not check:
                path.write_text(content, encoding="utf-8")
    for path in stale:
        print(f"{path}: {'out of date' if check else 'rewritten'} (the IRI table in ccpcj_kg/model/iris.py)")
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
