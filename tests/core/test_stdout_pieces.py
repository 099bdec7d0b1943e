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
