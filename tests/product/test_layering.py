"""The package's layers: the library never imports the CLI, and no module imports itself back.

Read from the source with ``ast`` (every import, including those inside functions), so a lazy
import cannot hide a cycle or a dependency on click.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ccpcj_kg"
CLI_LAYER = ("ccpcj_kg.commands", "ccpcj_kg.cli", "ccpcj_kg.__main__")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path, known: set[str]) -> set[str]:
    """The package modules (and external top-level packages) a file imports, anywhere in it."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                out.add(full if full in known else node.module)
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    return {name: {m for m in _imports(path, known) if m in known} for name, path in mods.items()}


def _in_cli_layer(name: str) -> bool:
    return name.startswith(CLI_LAYER)


def test_library_never_imports_the_cli_layer_or_click() -> None:
    mods = _modules()
    offenders = []
    for name, path in sorted(mods.items()):
        if _in_cli_layer(name):
            continue
        bad = sorted(m for m in _imports(path, set(mods)) if _in_cli_layer(m) or m.split(".")[0] == "click")
        if bad:
            offenders.append(f"{name} imports {', '.join(bad)}")
    assert offenders == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    # A package's __init__ that imports its own submodule is not a cycle worth flagging; none do here.
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_planted_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_the_model_core_imports_nothing_else_of_the_package() -> None:
    graph = _graph()
    outside = {
        f"{name} → {dep}"
        for name, deps in graph.items()
        if name.startswith("ccpcj_kg.model")
        for dep in deps
        if not dep.startswith("ccpcj_kg.model") and dep != "ccpcj_kg.errors"
    }
    assert outside == set()


def test_the_api_imports_without_click() -> None:
    code = (
        "import sys, ccpcj_kg, ccpcj_kg.api\n"
        "from ccpcj_kg import KnowledgeGraph, open\n"
        "assert 'click' not in sys.modules, sorted(m for m in sys.modules if m.startswith('click'))\n"
        "assert 'ccpcj_kg.commands' not in sys.modules\n"
        "print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr
