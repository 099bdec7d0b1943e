"""Sanitising and wrapping article text: offsets must hold, nothing may reach the terminal raw."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.ui.render import LineMap, find_all, merge, sanitize, subtract, wrap


def test_sanitize_replaces_controls_with_one_visible_character_each() -> None:
    text = "a\x1b[2Jb\x00c\x07d\x9be\rf\r\ng\th"
    out = sanitize(text)
    assert len(out) == len(text)
    assert out == "a␛[2Jb␀c␇d\ufffde␍f \ng h"


def test_sanitize_replaces_lone_surrogates_from_file_names() -> None:
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    assert sanitize(name) == "caf\ufffd.txt"
    sanitize(name).encode("utf-8")


def test_sanitize_leaves_plain_text_alone() -> None:
    text = "Plain “quoted” text, with newlines\nand [@click=app.quit] brackets."
    assert sanitize(text) is text


@given(st.text())
def test_sanitize_keeps_length_and_removes_every_control(text: str) -> None:
    out = sanitize(text)
    assert len(out) == len(text)
    assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in out)
    out.encode("utf-8")  # no lone surrogate left


@given(st.text(alphabet=st.sampled_from("ab cd\n\u4e2d"), max_size=200), st.integers(min_value=3, max_value=30))
def test_wrap_covers_every_visible_character_once(text: str, width: int) -> None:
    lines = wrap(text, width)
    shown = "".join(text[a:b] for a, b in lines)
    assert shown.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    for (_a, b), (c, _) in zip(lines, lines[1:], strict=False):
        assert b <= c


def test_wrap_hides_regions_and_collapses_blank_lines() -> None:
    text = "Advert\n\nBody one.\n\nPromo\n\nBody two."
    hidden = [(0, 6), (19, 24)]
    lines = [text[a:b] for a, b in wrap(text, 40, hidden)]
    assert lines == ["Body one.", "", "Body two."]


def test_line_map_finds_rows_by_offset() -> None:
    lm = LineMap([(0, 10), (11, 20), (21, 30)])
    assert lm.row_of(0) == 0 and lm.row_of(15) == 1 and lm.row_of(29) == 2
    assert list(lm.rows_of(5, 25)) == [0, 1, 2]


def test_merge_and_subtract() -> None:
    assert merge([(5, 8), (0, 3), (2, 4)]) == [(0, 4), (5, 8)]
    assert subtract(0, 10, [(2, 4), (6, 12)]) == [(0, 2), (4, 6)]


def test_find_all_is_literal_and_case_insensitive() -> None:
    assert find_all("a.b A.B axb", "a.b") == [(0, 3), (4, 7)]
    assert find_all("abc", "") == []
