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


def test_streamed_json_is_byte_identical_to_the_whole_document(capsysbinary) -> None:
    """`analyze --json` writes its document in pieces; the bytes are those of the
    whole `json_safe(json.dumps(...))`, escapes of unsafe characters included."""
    import json

    from reader.cli import _write_json_stdout
    from reader.safe_text import json_safe

    data = {"articles": [{"text": f"line {k}\u2028\x1b[6n \u202e caf\u00e9 \ud800", "n": k, "x": [1.5, None]}
                         for k in range(4000)], "empty": {}, "list": []}
    _write_json_stdout(data)
    out = capsysbinary.readouterr().out
    assert len(out) > 1 << 17  # more than one piece
    assert out == (json_safe(json.dumps(data, ensure_ascii=False, indent=1)) + "\n").encode("utf-8", "backslashreplace")
