"""Where the bundled files live, installed as a wheel or run from a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    # A wheel carries the folder inside the package; a checkout (or an editable
    # install) keeps it at the top of the repository.
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / name


def sample_corpus() -> Path:
    return _find("sample_corpus")


def styles_dir() -> Path:
    return _find("styles")
