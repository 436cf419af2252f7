"""The officers of the session: the table of the "Election of officers" section, with elections and nominations.

A row reads ``Chair <tab> Asia-Pacific States <tab> Hikihara Takeshi (Japan)``: the office, the
regional group and the person with the State in parentheses. Where the tabs were lost, the
office is read from the start and the group as the longest known regional-group name that
follows. "At that meeting, the Commission elected the Chair, the First Vice-Chair and the Third
Vice-Chair" marks the offices filled at the Bureau-election meeting; "the Eastern European Group
nominated Emilia Kraleva (Bulgaria) for the office of Second Vice-Chair" gives a nomination.
Persons are matched to the graph's persons by label and alias; a person not in the graph gets a
new ``person/{given-family}`` node (a warning says so), since new officers are expected.
"""

from __future__ import annotations

import re

from ccpcj_kg.ingest.paragraphs import Structure
from ccpcj_kg.ingest.records import Officer, at
from ccpcj_kg.ingest.report import Warnings
from ccpcj_kg.ingest.text import parse_date
from ccpcj_kg.ingest.vocabulary import lexicon
from ccpcj_kg.model.names import Resolver

_ROLE_RE = re.compile(r"^(Chair|First Vice-Chair|Second Vice-Chair|Third Vice-Chair|Vice-Chair|Rapporteur)\b\s*(.*)$",
                      re.IGNORECASE)
_PERSON = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")
_NOMINATED = re.compile(r"(?:On (\d{1,2} [A-Z][a-z]+ \d{4}), )?the ([A-Z][\w -]+? Group) nominated ([^()]+?) "
                        r"\(([^()]+)\) "
                        r"for the (?:office|position) of ((?:First |Second |Third )?Vice-Chair|Chair|Rapporteur)")
_ELECTED = re.compile(r"the Commission elected (the .+?)\.")


def _role_slug(label: str) -> str:
    """The role's key in the controlled vocabulary ("First Vice-Chair" → ``first-vice-chair``);
    a wording the vocabulary does not know keeps its slug (the shapes then flag the new role)."""
    return lexicon().key("role", label) or "-".join(label.lower().replace("-", " ").split())


def extract_officers(s: Structure, session: int, resolver: Resolver, warnings: Warnings) -> list[Officer]:
    """The officers listed for the session, with their State, regional group, election and nomination."""
    officers: list[Officer] = []
    table_para = None
    for p in s.paragraphs:
        in_section = bool(p.section and "election of officers" in p.section.lower())
        if not in_section and not re.search(r"officers elected for the [\w-]+ session", p.text):
            continue
        rows = [line for line in p.text.split("\n")[1:] if _ROLE_RE.match(line.strip())]
        for row in rows:
            officer = _row(row, resolver, warnings, p.number)
            if officer is not None:
                officers.append(officer)
        if rows:
            table_para = p.number
            break
    if table_para is None:
        warnings.add("no table of officers found (section \"Election of officers\")", section="report")
        return officers
    for p in s.paragraphs:
        if not (p.section and "election of officers" in p.section.lower()):
            continue
        e = _ELECTED.search(p.text)
        if e and ("sole purpose of electing its Bureau" in p.text or "At that meeting" in p.text):
            elected = {_role_slug(r) for r in re.findall(r"(?:First |Second |Third )?Vice-Chair|Chair|Rapporteur",
                                                          e.group(1))}
            for o in officers:
                if o.role in elected:
                    o.elected_at_bureau_election = True
                    o.where.add(p.number)
            for o in officers:
                if re.search(rf"offices? of [^.]*\b{re.escape(o.role_label)}\b[^.]*remained vacant", p.text):
                    o.where.add(p.number)
        for m in _NOMINATED.finditer(p.text):
            role = _role_slug(m.group(5))
            group = resolver.name(m.group(2), kinds=("regional-group",))
            for o in officers:
                if o.role == role:
                    o.nominated_by = group
                    o.nomination_date = parse_date(m.group(1) or "")
                    o.where.add(p.number)
                    if group is None:
                        warnings.add(f"cannot resolve the nominating group {m.group(2)!r}", p.number)
        for o in officers:
            if re.search(rf"nomination of {re.escape(o.person_name)}\b", p.text):
                o.where.add(p.number)
    return officers


def _row(row: str, resolver: Resolver, warnings: Warnings, para: int) -> Officer | None:
    cells = [c.strip() for c in row.split("\t") if c.strip()]
    m = _ROLE_RE.match(row.strip())
    assert m is not None
    role_label = m.group(1)
    if len(cells) >= 3:
        group_text, person_text = cells[1], cells[-1]
    else:
        rest = m.group(2)
        group_text, person_text = "", rest
        words = rest.split()
        for k in range(len(words), 0, -1):
            candidate = " ".join(words[:k])
            if resolver.name(candidate, kinds=("regional-group",)):
                group_text, person_text = candidate, " ".join(words[k:])
                break
    pm = _PERSON.match(person_text)
    if not pm:
        warnings.add(f"cannot read the officer {person_text!r} (expected \"Name (State)\")", para)
        return None
    name, state_text = pm.group(1).strip(), pm.group(2).strip()
    state = resolver.name(state_text, kinds=("state",))
    if state is None:
        warnings.add(f"unresolved State {state_text!r} of the {role_label}", para)
    group = resolver.name(group_text, kinds=("regional-group",)) if group_text else None
    if group is None:
        warnings.add(f"unresolved regional group {group_text!r} of the {role_label}", para)
    person = resolver.name(name, kinds=("person",))
    if person is None:
        warnings.add(f"{name} ({role_label}) is not in the graph: a new person node is written", para)
    role = _role_slug(role_label)
    return Officer(role, lexicon().label("role", role) or role_label, name, person, state, group, where=at(para))
