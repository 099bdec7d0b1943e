"""The analysis never imports the UI toolkit, the launch path never imports
spaCy, every module of the package imports, and no two modules import each
other, even through type-only imports.

The module list is discovered, not written down, so a new module is checked
the day it is added. The Textual/Rich checks run in a fresh interpreter: a
static import contract (lint-imports) cannot see deferred imports, and this test
process has imported everything already.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import pytest

import reader

#: Modules that may import Textual: the UI and the command line that starts it.
UI_SIDE = ("reader.ui", "reader.cli", "reader.__main__")


def _all_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(reader.__path__, "reader."))


ALL_MODULES = _all_modules()
CORE_MODULES = [m for m in ALL_MODULES if not m.startswith(UI_SIDE)]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_discovery_sees_every_stage() -> None:
    for stage in ("reader.ingest.load", "reader.language.nlp", "reader.align.grouping", "reader.compare.insights",
                  "reader.output.report", "reader.pipeline", "reader.model", "reader.ui.app"):
        assert stage in ALL_MODULES
    assert len(CORE_MODULES) >= 35


@pytest.mark.parametrize("module", [m for m in ALL_MODULES if m != "reader.__main__"])  # that one runs the app
def test_every_module_imports(module: str) -> None:
    assert importlib.import_module(module).__name__ == module


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_no_ui_toolkit(module: str) -> None:
    mods = _modules_after(f"import {module}")
    assert module in mods
    leaked = {m for m in mods if m.split(".")[0] in ("textual", "rich")}
    assert not leaked, f"{module} pulls in {sorted(leaked)[:5]}"


def test_no_import_cycle_between_modules() -> None:
    """Type-only imports included: a cycle through annotations is still a cycle."""
    import grimp

    graph = grimp.build_graph("reader", include_external_packages=False, exclude_type_checking_imports=False)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    cycles = _cycles(edges)
    assert not cycles, cycles


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_full_analysis_imports_no_ui_toolkit() -> None:
    # spaCy itself pulls in Rich (through its typer-based CLI), so a real
    # analysis is checked for Textual only; the module tests above cover Rich.
    code = ("from reader.pipeline import analyze_paths\n"
            "from reader.resources import sample_corpus\n"
            "analyze_paths([str(sample_corpus())], use_cache=False)")
    mods = _modules_after(code)
    assert "spacy" in mods  # the analysis really ran
    assert not {m for m in mods if m.split(".")[0] in ("textual", "dask", "distributed")}


def test_the_cli_without_an_engine_imports_no_dask() -> None:
    mods = _modules_after("from reader.cli import main\nfrom reader.resources import sample_corpus\n"
                          "assert main(['stories', str(sample_corpus())]) == 0")
    assert "reader.engine" in mods  # the engine choice was made ...
    assert not {m for m in mods if m.split(".")[0] in ("dask", "distributed")}  # ... without dask


def test_loading_and_cli_import_no_spacy() -> None:
    mods = _modules_after("import reader.cli\nimport reader.ingest.load\nimport reader.model")
    assert "spacy" not in mods and "trafilatura" not in mods and "textual" not in mods
