"""The benchmark scripts import the core by name; a moved function must not break them silently."""
import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parents[2] / "benchmarks").glob("*.py"))


def _reader_imports(source: str) -> list[tuple[str, tuple[str, ...]]]:
    """(module, names) for every `from reader... import ...` in a source, nested strings included."""
    found: list[tuple[str, tuple[str, ...]]] = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reader"):
            found.append((node.module, tuple(a.name for a in node.names)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "from reader" in node.value:
            try:
                found.extend(_reader_imports(node.value))
            except SyntaxError:
                continue
    return found


def _submodule(package: str, name: str) -> bool:
    try:
        return importlib.util.find_spec(f"{package}.{name}") is not None
    except ModuleNotFoundError:
        return False


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda p: p.name)
def test_benchmark_names_exist(script: Path) -> None:
    for module, names in _reader_imports(script.read_text(encoding="utf-8")):
        loaded = importlib.import_module(module)
        missing = [n for n in names if n != "*" and not hasattr(loaded, n) and not _submodule(module, n)]
        assert not missing, f"{script.name}: {module} has no {missing}"
