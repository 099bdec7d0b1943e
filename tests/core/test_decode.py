"""Encodings and line ends as people's files have them: each case used to come
out as mojibake, NULs, one long line or nothing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.ingest.decode import decode_bytes
from reader.ingest.load import load_paths

EN = ("The council approved the budget on Tuesday. The mayor said the vote was close.\n\n"
      "A second paragraph follows. It has “two” sentences.\n\nThird paragraph: 42 people came.\n")
JA = ("市議会は火曜日に予算案を承認した。市長は採決が接戦だったと述べた。\n\n"
      "二つ目の段落がここに続く。会場には四十二人が集まった。\n")
ZH = "市议会周二批准了预算。市长说投票结果很接近。\n\n第二段在这里。会场来了四十二人。\n"


def _load_one(tmp_path: Path, name: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    f = tmp_path / name
    f.write_bytes(data)
    res = load_paths([str(f)])
    assert len(res.documents) == 1
    return res.documents[0].text, res.warnings


def test_a_stray_byte_in_utf8_replaces_that_byte_only(tmp_path: Path) -> None:
    good = "The café’s owner said “no” to the plan.\n"
    text, warnings = _load_one(tmp_path, "stray.txt", good.encode() + b"A stray \x92 byte.\n" + good.encode())
    assert text == good + "A stray \ufffd byte.\n" + good
    assert len(warnings) == 1 and "1 byte not valid UTF-8" in warnings[0]


@pytest.mark.parametrize(("codec", "sample", "name"), [
    ("shift_jis", JA, "Shift-JIS"), ("euc_jp", JA, "EUC-JP"), ("gb18030", ZH, "GB18030"),
], ids=["shift_jis", "euc_jp", "gb18030"])
def test_east_asian_encodings_are_detected(tmp_path: Path, codec: str, sample: str, name: str) -> None:
    text, warnings = _load_one(tmp_path, f"{codec}.txt", sample.encode(codec))
    assert text == sample
    assert len(warnings) == 1 and name in warnings[0] and "detected" in warnings[0]


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le"])
def test_utf32_and_utf16_with_and_without_bom(tmp_path: Path, codec: str) -> None:
    # "utf-32" and "utf-16" write a byte-order mark; the -le/-be forms do not.
    text, _ = _load_one(tmp_path, "wide.txt", EN.encode(codec))
    assert text == EN
    text, _ = _load_one(tmp_path, "wide_ja.txt", JA.encode(codec))
    assert text == JA


def test_utf32_be_with_bom(tmp_path: Path) -> None:
    text, warnings = _load_one(tmp_path, "be.txt", b"\x00\x00\xfe\xff" + EN.encode("utf-32-be"))
    assert text == EN and warnings == ()


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_files_keep_working(tmp_path: Path, codec: str) -> None:
    sample = "Le café de Zoë a ouvert à Noël. Åsa Ødegård était là. Grüße aus Köln.\n"
    text, warnings = _load_one(tmp_path, "west.txt", sample.encode(codec))
    assert text == sample
    assert len(warnings) == 1 and "Windows-1252" in warnings[0]


def test_unknown_legacy_encoding_is_refused_in_one_line(tmp_path: Path) -> None:
    # High bytes in no pattern any encoding gives: refused, not shown as mojibake.
    rng = random.Random(1)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(300)) + b"\n"
    f = tmp_path / "odd.txt"
    f.write_bytes(data)
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    res = load_paths([str(tmp_path)])
    assert [Path(d.path).name for d in res.documents] == ["ok.txt"]
    assert len(res.warnings) == 1 and "skipped" in res.warnings[0] and "\n" not in res.warnings[0]


def test_cr_only_line_ends_split_into_paragraphs(tmp_path: Path) -> None:
    from reader.ui.facts import paragraphs

    raw = EN.replace("\n", "\r")
    text, _ = _load_one(tmp_path, "mac.txt", raw.encode("utf-8"))
    assert len(text) == len(raw)  # one character for one: offsets into the file's characters hold
    assert text == EN
    assert [text[s:e] for s, e in paragraphs(text)] == [p for p in EN.split("\n") if p]


def test_crlf_stays_two_characters() -> None:
    data = "One.\r\nTwo.\rThree.\u2028Four.".encode()
    assert decode_bytes(data).text == "One.\r\nTwo.\nThree.\nFour."


def test_html_nested_100000_deep_gives_its_text(tmp_path: Path) -> None:
    n = 100_000
    page = ("<html><head><title>Deep page</title></head><body>" + "<div>" * n
            + "<p>The council approved the budget on Tuesday.</p><p>The mayor said the vote was close.</p>"
            + "</div>" * n + "</body></html>")
    f = tmp_path / "deep.html"
    f.write_text(page, encoding="utf-8")
    doc = load_paths([str(f)]).documents[0]
    assert doc.text == "The council approved the budget on Tuesday.\n\nThe mayor said the vote was close.\n"
    assert doc.title == "Deep page"
