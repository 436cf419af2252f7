"""Pages in the six UN languages, through real HTTP requests to the real server (docs/web.md).

The language comes from ``?lang=`` or else ``Accept-Language``; a thing with no label in it shows
its English one (``ccpcj_kg.labels``, the one rule the CLI and the API use too).
"""

from __future__ import annotations

import json
import re

import pytest
from webclient import fetch

pytestmark = pytest.mark.server


def heading(html: str) -> str:
    found = re.search(r"<h1>(.*?)</h1>", html, re.S)
    assert found, html[:500]
    return found.group(1).strip()


def test_entity_page_in_chinese_by_query_parameter(web: str) -> None:
    reply = fetch(f"{web}/id/state/KEN?lang=zh")
    assert reply.status == 200
    assert heading(reply.text) == "肯尼亚"  # the UN Statistics Division's M49 name (data/labels/states.ttl)
    assert '<html lang="zh">' in reply.text
    assert "联合国会员国" in reply.text  # its kind, ccpcj:MemberState, in the project's translation
    assert "Accept-Language" in reply.headers["vary"]


def test_entity_page_in_arabic_by_accept_language(web: str) -> None:
    reply = fetch(f"{web}/id/state/KEN", headers={"Accept-Language": "de-DE, ar;q=0.8, en;q=0.5"})
    assert heading(reply.text) == "كينيا"
    assert '<html lang="ar">' in reply.text
    # ?lang wins over the header
    assert heading(fetch(f"{web}/id/state/KEN?lang=fr", headers={"Accept-Language": "ar"}).text) == "Kenya"
    assert heading(fetch(f"{web}/id/state/CHE?lang=fr", headers={"Accept-Language": "ar"}).text) == "Suisse"


def test_no_language_asked_is_english(web: str) -> None:
    reply = fetch(f"{web}/id/state/CHE")
    assert heading(reply.text) == "Switzerland"
    assert '<html lang="en">' in reply.text
    assert heading(fetch(f"{web}/id/state/CHE", headers={"Accept-Language": "de, it;q=0.5"}).text) == "Switzerland"


def test_a_thing_without_a_label_in_the_language_falls_back_to_english(web: str) -> None:
    # The Asia-Pacific group has no sourced name in French (a documented gap, docs/linking.md) …
    reply = fetch(f"{web}/id/regional-group/asia-pacific-states?lang=fr")
    assert reply.status == 200
    assert heading(reply.text) == "Asia-Pacific States"
    # … while its members are named in French on the same page,
    assert "Japon" in reply.text
    # and the African group has its French name as UN News prints it (reference/labels/un-official-names.tsv).
    assert heading(fetch(f"{web}/id/regional-group/african-states?lang=fr").text) == "Groupe des États d’Afrique"


def test_a_malformed_language_is_bad_input(web: str) -> None:
    reply = fetch(f"{web}/id/state/KEN?lang=fr%20fr")
    assert reply.status == 400
    assert "not a language tag" in reply.text


def test_saved_query_page_in_french(web: str) -> None:
    reply = fetch(f"{web}/queries/officers-of-session?session=31&lang=fr")
    assert reply.status == 200
    text = reply.text
    for label in ("Premier Vice-Président", "Rapporteur", "Japon", "Maroc", "République dominicaine"):
        assert label in text, label
    assert "First Vice-Chair" not in text
    assert '<input type="hidden" name="lang" value="fr">' in text  # the form keeps the language
    english = fetch(f"{web}/queries/officers-of-session?session=31").text
    assert "First Vice-Chair" in english and "Japan" in english


def test_links_keep_a_language_chosen_in_the_url(web: str) -> None:
    text = fetch(f"{web}/id/state/KEN?lang=zh").text
    assert 'href="/id/regional-group/african-states?lang=zh"' in text
    assert 'href="/id/regional-group/african-states"' not in text
    # by the header alone, links stay plain (the header comes with every request anyway)
    plain = fetch(f"{web}/id/state/KEN", headers={"Accept-Language": "zh"}).text
    assert 'href="/id/regional-group/african-states"' in plain


def test_search_finds_any_language_and_answers_in_the_one_asked(web: str) -> None:
    def hits(query: str) -> list[dict[str, str]]:
        reply = fetch(f"{web}/search?{query}", headers={"Accept": "application/json"})
        assert reply.status == 200, reply.text
        return json.loads(reply.body)

    che = "https://w3id.org/ccpcj-kg/id/state/CHE"
    assert {"iri": che, "label": "Suisse", "matched": "Suisse"} in hits("q=Suisse&lang=fr")
    assert {"iri": che, "label": "瑞士", "matched": "Switzerland"} in hits("q=Switzerland&lang=zh")
    assert {"iri": che, "label": "Switzerland", "matched": "Suisse"} in hits("q=Suisse")  # English by default
    assert "瑞士" in fetch(f"{web}/search?q=Switzerland", headers={"Accept-Language": "zh"}).text


def test_html_pages_say_they_vary_with_the_language(web: str) -> None:
    for path in ("/queries/officers-of-session?session=31", "/search?q=Kenya", "/"):
        assert "Accept-Language" in fetch(f"{web}{path}").headers.get("vary", ""), path


def test_the_ontology_page_shows_each_terms_names_in_the_six_languages(web: str) -> None:
    text = fetch(f"{web}/ontology").text
    section = text[text.index('id="DraftResolution"'):]
    section = section[:section.index("</section>")]
    for lang, name in (("ar", "مشروع قرار"), ("zh", "决议草案"), ("en", "draft resolution"),
                       ("fr", "projet de résolution"), ("ru", "проект резолюции"), ("es", "proyecto de resolución")):
        assert f'<span lang="{lang}">{name}</span>' in section, lang
