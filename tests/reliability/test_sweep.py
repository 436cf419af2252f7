"""The hostile sweep: one test per class of bad input or fault, across every command.

Each class runs the installed ``ccpcj-kg`` in a fresh process and asserts the documented exit
code, the one line on stderr (no traceback), and that the folder it worked in is exactly as it
was (nothing lost, clobbered or left behind), unless the class is one the tool repairs. The
classes and their guarantees are listed in docs/reliability.md.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import servers

from ccpcj_kg.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
Outcome = Any  # conftest.Outcome: code, stdout, stderr and .line (the one line, no traceback)
Snapshot = Any
VALID = sorted((ROOT / "tests" / "shapes" / "valid").glob("*.ttl"))[0]
REPORT = ROOT / "tests" / "ingest" / "data" / "e_2022_30.txt"


@dataclass
class Case:
    """A class of bad input: the arguments (``{w}`` is the work folder), the exit code and the
    line it must print; ``setup`` makes the files it needs in the work folder first."""

    id: str
    argv: list[str]
    code: int
    message: str
    setup: Callable[[Path], None] = lambda w: None
    env: dict[str, str] = field(default_factory=dict)
    input: str | None = None


def write(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda w: (w / name).write_bytes(data)


def utf16(w: Path) -> None:
    (w / "u16.ttl").write_bytes('<https://a.example/s> <https://a.example/p> "o" .\n'.encode("utf-16"))


def loop(w: Path) -> None:
    os.symlink(w / "loop2", w / "loop1")
    os.symlink(w / "loop1", w / "loop2")


def report_copy(w: Path) -> None:
    shutil.copy(REPORT, w / "report.txt")


def report_hard_link(w: Path) -> None:
    report_copy(w)
    os.link(w / "report.txt", w / "copy.ttl")


def query_file(w: Path) -> None:
    (w / "q.rq").write_text("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1\n", encoding="utf-8")


def non_empty(w: Path) -> None:
    (w / "site").mkdir()
    (w / "site" / "keep.txt").write_text("keep\n", encoding="utf-8")


def home_copy(w: Path) -> None:
    for part in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / part, w / "home" / part, ignore=shutil.ignore_patterns("qc"))


def bad_saved_query(text: str) -> Callable[[Path], None]:
    def setup(w: Path) -> None:
        home_copy(w)
        (w / "home" / "queries" / "bad.rq").write_text(text, encoding="utf-8")
    return setup


DEEP = "SELECT * WHERE " + "{" * 2000 + "}" * 2000
LARGE = "SELECT * WHERE { VALUES ?x { " + " ".join(f'"{i:09d}"' for i in range(100_000)) + " } }"
HEADER = "#+ summary: s\n#+ description: d\n#+ tags: [t]\n#+ example: e\n"

CASES = [
    # saved queries and their parameters
    Case("unknown saved query", ["query", "no-such-query"], 2, r"no saved query called 'no-such-query'"),
    Case("unknown parameter", ["query", "sessions", "-p", "nope=1"], 2, r"sessions: unknown parameter 'nope'"),
    Case("parameter without a value", ["query", "officers-of-session", "-p", "session"], 2,
         r"--param 'session': write NAME=VALUE"),
    Case("parameter given twice", ["query", "officers-of-session", "-p", "session=31", "-p", "session=30"], 2,
         r"--param 'session' given twice"),
    Case("parameter that injects SPARQL into a typed value",
         ["query", "officers-of-session", "-p", "session=31 } ?s ?p ?o {"], 2, r"expects a session number"),
    Case("parameter of the wrong kind (an IRI with another scheme)",
         ["query", "claims-about", "-p", "resource=javascript:alert(1)"], 2, r"expects an IRI"),
    Case("empty parameter value", ["query", "officers-of-session", "-p", "session="], 2,
         r"parameter 'session' \(session\) expects a session number"),
    Case("unknown tag", ["queries", "--tag", "no-such-tag"], 2, r"no saved query has tag 'no-such-tag'"),
    Case("saved query without a header", ["--home", "{w}/home", "queries"], 2,
         r"bad\.rq: no '#\+' header", bad_saved_query("this is not SPARQL\n")),
    Case("saved query with no query after its header", ["--home", "{w}/home", "query", "bad", "--show"], 2,
         r"bad\.rq: no SPARQL query after the header", bad_saved_query(HEADER + "this is not SPARQL\n")),
    Case("saved query with a SPARQL syntax error", ["--home", "{w}/home", "query", "bad"], 2,
         r"bad\.rq: SPARQL syntax error at line \d+, column \d+",
         bad_saved_query(HEADER + "SELECT ?x WHERE { ?x ?y }\n")),
    # formats, languages, limits
    Case("--format nonsense", ["query", "sessions", "-f", "nonsense"], 2, r"unknown format 'nonsense'"),
    Case("--format of a graph for a SELECT", ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-f", "ttl"], 2,
         r"--format ttl is for CONSTRUCT and DESCRIBE"),
    Case("--format of rows for a CONSTRUCT", ["query", "describe-resource", "-f", "csv"], 2,
         r"a CONSTRUCT or DESCRIBE query answers with a graph"),
    Case("export --format nonsense", ["export", "--format", "nonsense"], 2, r"Invalid value for '--format'"),
    Case("--lang nonsense", ["query", "sessions", "--lang", "x!y"], 2, r"--lang 'x!y': not a language tag"),
    Case("--timeout nan", ["query", "sessions", "--timeout", "nan"], 2, r"'nan' is not a number of seconds"),
    Case("push --timeout nan (was exit 4, ValueError from the socket)",
         ["push", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "nan"], 2, r"'nan' is not a number of seconds"),
    Case("push --timeout inf", ["push", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "inf"], 2,
         r"'inf': give a finite number of seconds"),
    Case("serve --query-timeout nan (was accepted: queries without a limit)", ["serve", "--query-timeout", "nan"], 2,
         r"'nan' is not a number of seconds"),
    Case("--timeout below the minimum", ["sparql", "ASK {}", "--timeout", "0"], 2, r"not in the range x>=0.1"),
    Case("build --reason nonsense", ["build", "--reason", "nonsense"], 2, r"Invalid value for '--reason'"),
    Case("ingest --session not a number", ["ingest", str(REPORT), "--session", "abc", "--dry-run"], 2,
         r"Invalid value for '--session'"),
    # input files
    Case("validate an empty file", ["validate", "{w}/empty.ttl"], 2, r"empty\.ttl: the file is empty",
         write("empty.ttl", b"")),
    Case("validate a binary file", ["validate", "{w}/bin.ttl"], 2, r"bin\.ttl:1:2: not UTF-8 \(byte 0xff\)",
         write("bin.ttl", b"\x00\xff\xfe\x80" * 300)),
    Case("validate a UTF-16 file", ["validate", "{w}/u16.ttl"], 2, r"u16\.ttl: UTF-16 text", utf16),
    Case("validate a file over the size limit (one huge line)", ["validate", "{w}/huge.ttl"], 2,
         r"huge\.ttl: 11 MB is over the 10 MB limit",
         write("huge.ttl", b'<https://a.example/s> <https://a.example/p> "' + b"a" * (11 * 1024 * 1024) + b'" .\n')),
    Case("validate a folder", ["validate", "{w}"], 2, r": is a directory, expected an RDF file"),
    Case("validate a symbolic link loop", ["validate", "{w}/loop1"], 2, r"loop1: cannot read \(Too many levels", loop),
    Case("validate standard input (-)", ["validate", "-"], 2, r"-: this command reads files, not standard input",
         input="<https://a.example/s> <https://a.example/p> 1 .\n"),
    Case("fmt standard input (-)", ["fmt", "-"], 2, r"-: this command reads files, not standard input", input=""),
    Case("fmt a UTF-16 file", ["fmt", "{w}/u16.ttl"], 2, r"u16\.ttl: UTF-16 text", utf16),
    Case("fmt a syntax error", ["fmt", "{w}/bad.ttl"], 2, r"bad\.ttl:1:\d+: ",
         write("bad.ttl", b"<https://a.example/s> <https://a.example/p> .\n")),
    Case("fmt lists nested 200,000 deep (was exit 4, RecursionError)", ["fmt", "--check", "{w}/deep.ttl"], 2,
         r"deep\.ttl: blank nodes or lists nested more than 100 levels deep cannot be written as canonical Turtle",
         write("deep.ttl", b"<https://a.example/s> <https://a.example/p> " + b"( " * 200_000 + b"1" + b" )" * 200_000
               + b" .\n")),
    Case("ingest standard input (-)", ["ingest", "-", "--dry-run"], 2, r"-: this command reads files", input="x\n"),
    Case("ingest a UTF-16 report", ["ingest", "{w}/u16.ttl", "--dry-run"], 2, r"u16\.ttl: UTF-16 text", utf16),
    Case("ingest a folder", ["ingest", "{w}", "--dry-run"], 2, r"is a directory, expected a report"),
    Case("sparql a folder", ["sparql", "{w}"], 2, r": is a directory, expected a query file"),
    Case("sparql a file that is not UTF-8", ["sparql", "{w}/latin1.rq"], 2, r"latin1\.rq:1:6: not UTF-8 \(byte 0xe9\)",
         write("latin1.rq", b"# caf\xe9\nASK {}\n")),
    Case("validate JSON-LD with a remote @context (no network fetch)", ["validate", "{w}/ctx.jsonld"], 2,
         r"ctx\.jsonld: No LoadDocumentCallback has been set to load remote contexts",
         write("ctx.jsonld", b'{"@context": "http://127.0.0.1:9/c.jsonld", "@id": "http://a.example/s"}')),
    Case("validate RDF/XML declaring an external entity (XXE)", ["validate", "{w}/xxe.rdf"], 2, r"xxe\.rdf: ",
         write("xxe.rdf", b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
               b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:p="http://a.example/">'
               b'<rdf:Description rdf:about="http://a.example/s"><p:p>&x;</p:p></rdf:Description></rdf:RDF>\n')),
    Case("ingest a text file named .pdf", ["ingest", "{w}/fake.pdf", "--dry-run"], 2,
         r"fake\.pdf: not a CCPCJ session report", write("fake.pdf", b"not a pdf\n")),
    Case("ingest a zip archive named .docx", ["ingest", "{w}/zip.docx", "--dry-run"], 2,
         r"zip\.docx: a zip archive that is not a Word \(\.docx\) file", write("zip.docx", b"PK\x03\x04garbage")),
    Case("a file name with a newline in it", ["validate", "{w}/no\nsuch.ttl"], 2,
         r"work/no\\nsuch\.ttl: no such file$"),
    Case("a parameter name with a control character", ["query", "sessions", "-p", "x\x01y=1"], 2,
         r"sessions: unknown parameter 'x\\x01y'"),
    # outputs that are inputs
    Case("ingest -o the report itself", ["ingest", "{w}/report.txt", "-o", "{w}/report.txt"], 2,
         r"report\.txt: an input of this command; not overwriting it", report_copy),
    Case("ingest -o a hard link to the report", ["ingest", "{w}/report.txt", "-o", "{w}/copy.ttl"], 2,
         r"copy\.ttl: the same file as .*report\.txt, an input of this command", report_hard_link),
    Case("sparql -o the query file", ["sparql", "{w}/q.rq", "-o", "{w}/q.rq"], 2,
         r"q\.rq: an input of this command; not overwriting it", query_file),
    Case("export -o a source file of the graph",
         ["--home", "{w}/home", "export", "-o", "{w}/home/data/session-31/session.ttl"], 2,
         r"session\.ttl: an input of this command; not overwriting it", home_copy),
    # queries the embedded store will not run
    Case("sparql update (INSERT DATA)", ["sparql", "INSERT DATA { <https://a.example/s> <https://a.example/p> 1 }"],
         2, r"<query>: INSERT is a SPARQL update"),
    Case("sparql LOAD of a local file", ["sparql", "LOAD <file:///etc/passwd>"], 2, r"LOAD is a SPARQL update"),
    Case("sparql nested 2000 deep (overflowed the parser's stack)", ["sparql", "{w}/deep.rq"], 2,
         r"deep\.rq: line 1: brackets nested 2000 deep, over the limit of 300", write("deep.rq", DEEP.encode())),
    Case("sparql over a megabyte", ["sparql", "{w}/large.rq"], 2, r"large\.rq: the query is [\d,]+ bytes, over",
         write("large.rq", LARGE.encode())),
    # endpoints
    Case("endpoint that is not a URL", ["sparql", "ASK {}", "--endpoint", "not a url"], 2,
         r"--endpoint: give an http\(s\) URL"),
    Case("endpoint with a port out of range", ["query", "sessions", "--endpoint", "http://127.0.0.1:99999/q"], 2,
         r"--endpoint: http://127\.0\.0\.1:99999/q: the port is not a number from 1 to 65535"),
    Case("push to a port out of range", ["push", "--endpoint", "http://u:secret@127.0.0.1:70000/q"], 2,
         r"--endpoint: http://127\.0\.0\.1:70000/q: the port is not"),
    Case("endpoint with a space in it", ["sparql", "ASK {}", "--endpoint", "http://127.0.0.1:7878/qu ery"], 2,
         r"a URL cannot hold spaces or control characters"),
    # serve and site
    Case("serve on a host name that does not resolve", ["serve", "--host", "no such host", "--port", "0"], 2,
         r"--host 'no such host': not a host name or address"),
    Case("serve on an address of another machine", ["serve", "--host", "192.0.2.1", "--port", "0"], 2,
         r"192\.0\.2\.1:0: cannot listen: not an address of this machine"),
    Case("site -o a non-empty folder", ["site", "-o", "{w}/site"], 2, r"the output folder is not empty", non_empty),
    Case("site -o a file", ["site", "-o", "{w}/q.rq"], 2, r"q\.rq' is a file", query_file),
    # the environment
    Case("CCPCJ_KG_STORE set to an empty string", ["stats"], 2, r"\$CCPCJ_KG_STORE is set but empty",
         env={"CCPCJ_KG_STORE": ""}),
    Case("--store blank", ["--store", " ", "stats"], 2, r"--store \(or \$CCPCJ_KG_STORE\) is blank"),
    Case("--home a file", ["--home", "{w}/q.rq", "stats"], 2, r"q\.rq: the home given by --home is not a folder",
         query_file),
]


def run_case(cli: Callable[..., Outcome], case: Case, work: Path, store: Path) -> Outcome:
    argv = [a.replace("{w}", str(work)) for a in case.argv]
    return cli(*argv, store=store, env=case.env, input=case.input, cwd=work)  # case.env wins over store=


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_bad_input_class(cli: Callable[..., Outcome], snapshot: Callable[[Path], Snapshot], tmp_path: Path,
                         store_path: Path, case: Case) -> None:
    work = tmp_path / "work"
    work.mkdir()
    case.setup(work)
    before, store_before = snapshot(work), snapshot(store_path)
    out = run_case(cli, case, work, store_path)
    assert out.code == case.code, out.stderr
    assert re.search(case.message, out.line), out.line
    assert out.line.startswith("ccpcj-kg: ")
    assert snapshot(work) == before, "the command changed files it was not asked to write"
    assert snapshot(store_path) == store_before


def test_parameter_value_with_sparql_syntax_is_a_plain_string(cli: Callable[..., Outcome]) -> None:
    """A string parameter is bound as one literal: text that closes the query's braces matches nothing."""
    out = cli("query", "search-labels", "-p", 'text=Kenya" } } SELECT * WHERE { ?s ?p ?o } #', "-f", "csv")
    assert (out.code, out.stderr) == (0, "")
    assert out.stdout.splitlines() == ["text,resource,name"]


def test_serve_on_a_port_in_use(cli: Callable[..., Outcome], store_path: Path) -> None:
    """Before the fix: 'serving on …' printed, then uvicorn's ERROR line, exit 3."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = cli("serve", "--port", str(port))
    assert out.code == 2
    assert out.line == f"ccpcj-kg: 127.0.0.1:{port}: cannot listen: the port is in use " \
                       "(stop what uses it, or choose another --port)"
    assert out.stdout == ""


def _store_copy(store_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(store_path, copy, symlinks=True)
    return copy


def test_store_made_by_a_newer_version(cli: Callable[..., Outcome], snapshot: Callable[[Path], Snapshot],
                                       store_path: Path, tmp_path: Path) -> None:
    """A store of another layout is left alone (before: used, or rebuilt over, silently)."""
    store = _store_copy(store_path, tmp_path)
    (store / ".ccpcj-kg-store").write_text("ccpcj-kg store layout 9\n", encoding="utf-8")
    before = snapshot(store)
    out = cli("query", "sessions", store=store)
    assert out.code == 2
    assert out.line == (f"ccpcj-kg: store {store}: made by a newer ccpcj-kg (store layout 9; this version reads "
                        "layout 2): use that version, or give another --store")
    assert snapshot(store) == before


def test_store_marker_not_ours(cli: Callable[..., Outcome], snapshot: Callable[[Path], Snapshot],
                               store_path: Path, tmp_path: Path) -> None:
    store = _store_copy(store_path, tmp_path)
    (store / ".ccpcj-kg-store").write_text("something else\n", encoding="utf-8")
    before = snapshot(store)
    out = cli("stats", store=store)
    assert out.code == 2 and "marker is not one this tool writes" in out.line
    assert snapshot(store) == before


def test_store_pointer_to_a_deleted_version_is_rebuilt(cli: Callable[..., Outcome], store_path: Path,
                                                       tmp_path: Path) -> None:
    """Before: 'its current version keeps changing; try again', on every command."""
    store = _store_copy(store_path, tmp_path)
    version = os.readlink(store / "current")
    shutil.rmtree(store / version)
    out = cli("query", "congresses", "-f", "csv", store=store)
    assert out.code == 0
    assert out.line == f"ccpcj-kg: note: store version {Path(version).name} is missing (deleted?); " \
                       "rebuilding it from the inputs"
    assert len(out.stdout.splitlines()) > 10
    assert os.readlink(store / "current") != version and (store / os.readlink(store / "current")).is_dir()


def test_build_on_a_full_disk(cli_path_env: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    """A file-size limit fails the database's writes as a full disk does: one line naming the
    store and the cause (before: 'the store is damaged … run build --force'), nothing left over."""
    cli_path, env = cli_path_env
    store = tmp_path / "store"
    done = subprocess.run(["sh", "-c", f'ulimit -f 2000; exec "{cli_path}" --store "{store}" build'],
                          capture_output=True, text=True, env=env, timeout=600)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and "Traceback" not in done.stderr
    assert lines[0] == f"ccpcj-kg: cannot write the store in {store} (File too large); " \
                       "free some space and run the command again"
    assert os.listdir(store / "staging") == [] and os.listdir(store / "versions") == []
    assert not (store / "current").exists()


def test_two_builds_at_once(cli_path_env: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    """Two builds started together: both succeed, one waits for the other, one version results."""
    cli_path, env = cli_path_env
    store = tmp_path / "store"
    argv = [cli_path, "--store", str(store), "build"]
    first = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outs = [p.communicate(timeout=600) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outs
    assert all("Traceback" not in err for _, err in outs)
    assert len(os.listdir(store / "versions")) == 1 and os.listdir(store / "staging") == []


def installed() -> str:
    """The installed console script, as the suite's ``run_cli`` runs it."""
    found = shutil.which("ccpcj-kg", path=str(Path(sys.executable).parent)) or shutil.which("ccpcj-kg")
    assert found, "ccpcj-kg is not installed in this environment"
    return found


@pytest.fixture
def cli_path_env() -> tuple[str, dict[str, str]]:
    return installed(), {k: v for k, v in os.environ.items() if k != "CCPCJ_KG_STORE"}


def test_python_api_raises_input_errors(store_path: Path, tmp_path: Path) -> None:
    """The library's faults are InputError (one line, the same text the command prints), not tracebacks
    of its internals: a device as the store, an unknown query or parameter, a missing file."""
    import ccpcj_kg

    with pytest.raises(InputError, match=r"store location /dev/null: a character device, not a store folder"):
        ccpcj_kg.open(store="/dev/null").query("sessions")
    kg = ccpcj_kg.open(store=store_path)
    with pytest.raises(InputError, match=r"no saved query called 'nope'"):
        kg.query("nope")
    with pytest.raises(InputError, match=r"sessions: unknown parameter 'nope'"):
        kg.query("sessions", nope=1)
    with pytest.raises(InputError, match=r"/nonexistent\.ttl: no such file"):
        kg.validate(["/nonexistent.ttl"])
    with pytest.raises(InputError, match=r"INSERT is a SPARQL update"):
        kg.sparql("INSERT DATA { <https://a.example/s> <https://a.example/p> 1 }")
    with pytest.raises(InputError, match=r"an input of this command"):
        kg.export(path=kg.source_files()[0])
    assert sys.modules["ccpcj_kg"] is ccpcj_kg


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_build_with_a_data_file_that_is_not_a_file(cli: Callable[..., Outcome], snapshot: Callable[[Path], Snapshot],
                                                    tmp_path: Path, kind: str) -> None:
    """A FIFO named data/…/x.ttl blocked the build forever (it was opened to be hashed); a folder
    named x.ttl is named too. Exit 2 at once, the home untouched."""
    home_copy(tmp_path)
    odd = tmp_path / "home" / "data" / "odd.ttl"
    os.mkfifo(odd) if kind == "fifo" else odd.mkdir()
    before = snapshot(tmp_path / "home")
    out = cli("--home", str(tmp_path / "home"), "build", store=tmp_path / "store")
    expected = "a FIFO" if kind == "fifo" else "is a directory"
    assert out.code == 2
    assert out.line == f"ccpcj-kg: {odd}: {expected}, expected a Turtle file of the graph's data"
    assert snapshot(tmp_path / "home") == before


def test_validate_the_same_file_twice_counts_it_once(cli: Callable[..., Outcome], tmp_path: Path) -> None:
    """Named twice (or through a symbolic link), a file is read once: the report does not claim
    twice the triples (before: 'checked 86 triples' for a 43-triple file)."""
    invalid = sorted((ROOT / "tests" / "shapes" / "invalid").glob("*.ttl"))[0]
    os.symlink(invalid, tmp_path / "link.ttl")
    once = cli("validate", str(invalid))
    thrice = cli("validate", str(invalid), str(invalid), str(tmp_path / "link.ttl"))
    assert once.code == thrice.code == 1
    counted = re.compile(r"\(checked (\d+) triples")
    assert counted.findall(thrice.stdout) == counted.findall(once.stdout) != []
    assert thrice.stdout.count(": Violation") == once.stdout.count(": Violation")


def test_sparql_stdin_closed(cli_path_env: tuple[str, dict[str, str]], store_path: Path) -> None:
    """``ccpcj-kg sparql - <&-`` (before: exit 4, AttributeError on None)."""
    cli_path, env = cli_path_env
    done = subprocess.run(["sh", "-c", f'exec "{cli_path}" --store "{store_path}" sparql - <&-'],
                          capture_output=True, text=True, env=env, timeout=120)
    assert (done.returncode, done.stderr) == (
        2, "ccpcj-kg: -: standard input is closed (give the query in quotes or as a file)\n")


def test_sparql_stdin_not_utf8(cli_path_env: tuple[str, dict[str, str]], store_path: Path) -> None:
    """Bytes that are not UTF-8 on standard input (before: exit 4, UnicodeEncodeError)."""
    cli_path, env = cli_path_env
    done = subprocess.run([cli_path, "--store", str(store_path), "sparql", "-"], input=b"ASK \xff{}",
                          capture_output=True, env=env, timeout=120)
    assert (done.returncode, done.stderr) == (2, b"ccpcj-kg: <stdin>:1:5: not UTF-8 (byte 0xff)\n")


def test_byte_order_marks_in_queries_are_accepted(cli: Callable[..., Outcome], tmp_path: Path) -> None:
    """A BOM that an editor put at the start of a query file, of standard input or of a saved query
    (before: a syntax error at column 8, or 'no #+ header')."""
    (tmp_path / "bom.rq").write_bytes(b"\xef\xbb\xbfASK { ?s ?p ?o }\n")
    assert cli("sparql", str(tmp_path / "bom.rq")).stdout == "yes\n"
    assert cli("sparql", "-", input="\ufeffASK { ?s ?p ?o }\n").stdout == "yes\n"
    home_copy(tmp_path)
    saved = tmp_path / "home" / "queries" / "congresses.rq"
    saved.write_bytes(b"\xef\xbb\xbf" + saved.read_bytes())
    listed = cli("--home", str(tmp_path / "home"), "queries")
    assert listed.code == 0 and "congresses" in listed.stdout and listed.stderr == ""


@pytest.mark.parametrize(("body", "why"), [
    (b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": 5}]}}', "AttributeError"),
    (b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": "not an iri"}}]}}',
     "ValueError"),
    (b"[1, 2, 3]", "no 'results' or 'boolean'"),
])
def test_endpoint_answering_malformed_sparql_json(cli: Callable[..., Outcome], body: bytes, why: str) -> None:
    """A server that sends JSON, declared as SPARQL results, that is not (before: exit 4,
    AttributeError / TypeError in the decoder): the store's fault, exit 3, one line."""
    with servers.serving(servers.same_answer(body, "application/sparql-results+json")) as base:
        url = f"{base}/q"
        out = cli("sparql", "SELECT * WHERE { ?s ?p ?o }", "--endpoint", url, "--timeout", "10")
    assert out.code == 3
    assert out.line.startswith(f"ccpcj-kg: {url} did not answer with SPARQL JSON results (")
    assert why in out.line
