"""The one sanitising step and its renderings for JSON, Markdown and HTML."""

from __future__ import annotations

import json

from reader.safe_text import html_text, json_safe, md_inline, terminal_safe

NASTY = "a\x1b]2;t\x07b\x9b6n\u202ec\u2028d\x85e\x7f\x00\r\ud800"


def test_terminal_safe_leaves_no_control_and_reads_as_written() -> None:
    shown = terminal_safe(NASTY)
    assert shown == "a\\x1b]2;t\\x07b\\x9b6n\\u202ec\\u2028d\\x85e\\x7f\\x00\\x0d\\ud800"
    assert shown.isprintable()
    assert terminal_safe("tab\tand\nnewline", keep_newlines=True) == "tab\tand\nnewline"
    assert terminal_safe(shown) == shown  # idempotent: placeholders are plain ASCII


def test_json_safe_changes_bytes_not_data() -> None:
    data = {"text": NASTY.replace("\ud800", ""), "name": "caf\u00e9 \u4e2d"}
    doc = json_safe(json.dumps(data, ensure_ascii=False))
    assert json.loads(doc) == data
    assert all(ch.isprintable() or ch == " " for ch in doc)
    assert "caf\u00e9 \u4e2d" in doc  # ordinary non-ASCII text stays readable


def test_markdown_inline_is_inert() -> None:
    md = md_inline("# T [x](javascript:a) <b>`c`</b> | *e* _f_ ![i](u) https://x.example www.x.example &amp; \x1b[2J")
    for live in ("[x](", "<b>", "`c`", "[i](", "https://", "www.x", " &amp;"):
        assert live not in md, live
    assert md.startswith("\\# T") and "\\|" in md and "\\x1b" in md
    assert md_inline("2024. A year") == "2024\\. A year"
    assert md_inline("- a list?") == "\\- a list?"


def test_html_text_escapes_text_and_attribute_contexts() -> None:
    h = html_text('"><script>x</script><img onerror=\'y\'> \u202e \x1b')
    assert "<" not in h and ">" not in h and '"' not in h and "'" not in h
    assert "\\u202e" in h and "\\x1b" in h


def test_the_app_and_the_outputs_agree_on_every_unsafe_code_point() -> None:
    """One definition of unsafe: every code point the outputs escape, the app
    draws as one placeholder, and it leaves every other one as it is (but the
    tab, which it draws as one space so columns stay put)."""
    from reader.safe_text import UNSAFE, UNSAFE_RANGES
    from reader.ui.safe import sanitize

    classes = {"C0": 0x1B, "DEL": 0x7F, "C1": 0x9B, "bidi mark": 0x200F, "bidi override": 0x202E,
               "bidi isolate": 0x2067, "arabic letter mark": 0x061C, "line separator": 0x2028,
               "paragraph separator": 0x2029, "surrogate": 0xD800, "carriage return": 0x0D, "NEL": 0x85}
    for name, code in classes.items():
        assert UNSAFE.match(chr(code)) and any(lo <= code <= hi for lo, hi in UNSAFE_RANGES), name
    disagree = []
    for code in range(0x110000):
        ch = chr(code)
        drawn = sanitize(ch)
        assert len(drawn) == 1, hex(code)  # one for one: pane offsets stay aligned
        outputs_escape = terminal_safe(ch, keep_newlines=True) != ch
        if outputs_escape != bool(UNSAFE.match(ch)) or (drawn != ch) != (outputs_escape or ch == "\t"):
            disagree.append(hex(code))
    assert disagree == []
    assert not UNSAFE.search(sanitize("".join(chr(c) for lo, hi in UNSAFE_RANGES for c in range(lo, hi + 1))))
