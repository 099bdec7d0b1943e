"""The core never imports the UI toolkit, and the launch path never imports spaCy.

Checked in a fresh interpreter, because a static import contract cannot see
deferred imports and this test process has imported everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CORE_MODULES = [
    "reader.model", "reader.ingest.load", "reader.ingest.clean", "reader.ingest.meta", "reader.language.nlp",
    "reader.language.entities", "reader.align.features", "reader.align.grouping", "reader.pipeline",
    "reader.output.summary", "reader.language.numbers",
]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_no_ui_toolkit(module: str) -> None:
    mods = _modules_after(f"import {module}")
    assert module in mods
    leaked = {m for m in mods if m.split(".")[0] in ("textual", "rich")}
    assert not leaked, f"{module} pulls in {sorted(leaked)[:5]}"


def test_full_analysis_imports_no_ui_toolkit() -> None:
    # spaCy itself pulls in Rich (through its typer-based CLI), so a real
    # analysis is checked for Textual only; the module tests above cover Rich.
    code = ("from reader.pipeline import analyze_paths\n"
            "from reader.resources import sample_corpus\n"
            "analyze_paths([str(sample_corpus())], use_cache=False)")
    mods = _modules_after(code)
    assert "spacy" in mods  # the analysis really ran
    assert not {m for m in mods if m.split(".")[0] == "textual"}


def test_loading_and_cli_import_no_spacy() -> None:
    mods = _modules_after("import reader.cli\nimport reader.ingest.load\nimport reader.model")
    assert "spacy" not in mods and "trafilatura" not in mods and "textual" not in mods
