"""The CLI turns a bug into one line and exit 70, and shows details on request."""

from __future__ import annotations

import pytest

import reader.pipeline as pipeline
from reader.cli import main


def _boom(*_args, **_kwargs):
    raise ValueError("unexpected state")


def test_internal_error_is_one_line(monkeypatch, capsys) -> None:
    monkeypatch.setattr(pipeline, "analyze_documents", _boom)
    monkeypatch.delenv("READER_DEBUG", raising=False)
    assert main(["analyze", "sample_corpus"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (ValueError: unexpected state)" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "analyze_documents", _boom)
    monkeypatch.setenv("READER_DEBUG", "1")
    with pytest.raises(ValueError):
        main(["analyze", "sample_corpus"])
