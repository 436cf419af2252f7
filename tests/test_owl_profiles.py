"""The ontology is in the OWL 2 RL profile it claims and in OWL 2 DL, and HermiT accepts it.

Checked by real tools, not by our own reading of the specification: the OWL API's profile
checkers (Debian's ``libowlapi-java``, driven by ``tests/owl/ProfileCheck.java``) and the HermiT
reasoner (the jar that the PyPI package ``owlready2`` ships). Both need Java; ``make test``
installs the Debian packages (a JDK and ``libowlapi-java``) when they are missing. Each check is
also run on a copy of the ontology with the old ``rdfs:range xsd:gYear`` put back, so a checker
that found nothing because it checked nothing would fail here.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "ccpcj.ttl"
PROFILE_CHECK = Path(__file__).parent / "owl" / "ProfileCheck.java"
JAVA_LIB = Path("/usr/share/java")
# The OWL API 5 modules and the libraries they load (Debian's unversioned jar names). Not
# owlapi-rio: its parser factories need rdf4j, and one that fails to load leaves a null in the
# OWL API's parser list, which then fails every load with a NullPointerException.
OWLAPI_JARS = (
    "owlapi-api", "owlapi-impl", "owlapi-parsers", "owlapi-apibinding", "guava", "caffeine", "commons-codec",
    "commons-io", "commons-rdf-api", "hppcrt", "jsr305",
    "slf4j-api", "slf4j-nop", "xz", "atinject-jsr330-api",
)
GYEAR_RANGE = "    rdfs:range xsd:gYear ;\n"


def _classpath() -> str:
    jars = [JAVA_LIB / f"{name}.jar" for name in OWLAPI_JARS]
    missing = [j.name for j in jars if not j.is_file()]
    assert not missing, f"missing {missing}: run `make test` (it installs libowlapi-java)"
    return ":".join(str(j) for j in jars)


def _hermit_jar() -> Path:
    import owlready2  # the test extra ships HermiT inside this package

    jar = Path(owlready2.__file__).parent / "hermit" / "HermiT.jar"
    assert jar.is_file(), jar
    return jar


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)


def profile_violations(ontology: Path) -> list[tuple[str, str, str]]:
    """(profile, violation class, description) for every OWL 2 RL and DL violation the OWL API finds."""
    done = _run(["java", "-cp", _classpath(), str(PROFILE_CHECK), str(ontology)])
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.split("\t") for line in done.stdout.splitlines()]
    checked = [int(parts[1]) for parts in lines if parts[0] == "checked"]
    assert checked and checked[0] > 1000, done.stdout[-500:]  # the whole ontology was read
    return [(p[0], p[1], p[2]) for p in lines if p[0] in ("RL", "DL")]


def hermit(ontology: Path) -> subprocess.CompletedProcess[str]:
    """HermiT: load, check consistency and list the unsatisfiable classes."""
    return _run(["java", "-jar", str(_hermit_jar()), "-k", "-U", ontology.as_uri()])


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ontology with ``ccpcj:year``'s former ``rdfs:range xsd:gYear`` put back."""
    text = ONTOLOGY.read_text(encoding="utf-8")
    anchor = '    skos:definition "The year of an event or a text, as xsd:gYear."@en ;\n'
    assert anchor in text and GYEAR_RANGE not in text
    path = tmp_path_factory.mktemp("owl") / "ccpcj-with-gyear-range.ttl"
    path.write_text(text.replace(anchor, anchor + GYEAR_RANGE), encoding="utf-8")
    return path


@pytest.mark.slow
def test_owlapi_finds_no_owl2_rl_or_dl_violation() -> None:
    assert profile_violations(ONTOLOGY) == []


@pytest.mark.slow
def test_owlapi_flags_the_gyear_range_in_both_profiles(broken: Path) -> None:
    found = {(profile, kind) for profile, kind, _ in profile_violations(broken)}
    assert found == {("RL", "UseOfIllegalDataRange"), ("RL", "UseOfUndeclaredDatatype"),
                     ("DL", "UseOfUndeclaredDatatype")}


@pytest.mark.slow
def test_hermit_accepts_the_ontology_and_every_class_is_satisfiable() -> None:
    done = hermit(ONTOLOGY)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "http://www.w3.org/2002/07/owl#Thing is satisfiable." in done.stdout
    # -U lists the classes equivalent to owl:Nothing: only owl:Nothing itself.
    unsat = done.stdout.split("Classes equivalent to 'owl:Nothing':", 1)[1].split()
    assert unsat == ["owl:Nothing"], done.stdout


@pytest.mark.slow
def test_hermit_rejects_the_gyear_range(broken: Path) -> None:
    done = hermit(broken)
    assert done.returncode != 0
    assert "UnsupportedDatatypeException" in done.stderr and "XMLSchema#gYear" in done.stderr
