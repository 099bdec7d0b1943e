"""`reader.cli._write_stdout` encodes a document in pieces: the bytes are the whole's."""

from __future__ import annotations

import io
import sys

import pytest

from reader import cli


@pytest.mark.parametrize("doc", [
    "", "plain", "é" * 70_000 + "\ud83d\ude00" + "x",
    "a" * 65_535 + "\ud83d" + "\ude00" + "\udcff" * 3 + "z",  # lone surrogates at the 64k boundary
    ("line\u2028" * 30_000) + "\U0001f600",
])
def test_pieces_are_the_whole_documents_bytes(doc: str, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    cli._write_stdout(doc)
    assert raw.getvalue() == doc.encode("utf-8", "backslashreplace")


def test_sentence_records_made_while_written_give_the_documents_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """`analyze --json` writes each article's sentence records as they are made
    (`schema.SentenceRows`): the bytes are those of the document built whole."""
    import json

    from reader.cli import _write_json_stdout
    from reader.model import Document
    from reader.output.json import analysis_json
    from reader.pipeline import analyze_documents
    from reader.safe_text import json_safe

    first = "Mayor Anna Ruiz said the plan would add 200 teachers.\nThe council met on Tuesday."
    second = "Anna Ruiz said 200 teachers would be added.\u2028The council met again on Tuesday.\x07"
    an = analyze_documents([Document(id="a0", path="a.txt", text=first),
                            Document(id="a1", path="b.txt", text=second)], use_cache=False)
    whole = analysis_json(an, use_cache=False)
    assert whole["articles"][0]["sentences"]
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    _write_json_stdout(analysis_json(an, use_cache=False, rows_lazily=True))
    expected = json_safe(json.dumps(whole, ensure_ascii=False, indent=1) + "\n").encode("utf-8", "backslashreplace")
    assert raw.getvalue() == expected
