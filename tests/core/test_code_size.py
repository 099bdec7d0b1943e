"""Size limits that keep the code walkable: no module over 400 lines (300 in
the UI), no function over 60 lines."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "reader"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
#: UI modules are smaller: a widget or a screen, not a subsystem.
MAX_UI_MODULE_LINES = 300


def _sources() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def test_no_module_over_the_limit() -> None:
    assert len(_sources()) > 30
    long = {p.relative_to(ROOT).as_posix(): n for p in _sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > _module_limit(p)}
    assert not long, long


def _module_limit(path: Path) -> int:
    return MAX_UI_MODULE_LINES if path.relative_to(ROOT).parts[0] == "ui" else MAX_MODULE_LINES


def test_the_ui_is_counted_with_its_own_limit() -> None:
    assert any(_module_limit(p) == MAX_UI_MODULE_LINES for p in _sources())


def _long_functions(source: str, limit: int) -> list[tuple[str, int]]:
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            n = (node.end_lineno or node.lineno) - start + 1
            if n > limit:
                out.append((node.name, n))
    return out


def test_no_function_over_the_limit() -> None:
    long = {}
    for p in _sources():
        name = p.relative_to(ROOT).as_posix()
        found = _long_functions(p.read_text(encoding="utf-8"), MAX_FUNCTION_LINES)
        if found:
            long[name] = found
    assert not long, long


def test_the_function_counter_counts() -> None:
    body = "def f():\n" + "    x = 1\n" * 70
    assert _long_functions(body, MAX_FUNCTION_LINES) == [("f", 71)]
