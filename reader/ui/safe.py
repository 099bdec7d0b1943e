"""The one sanitiser: every string from an article, its metadata or its file name passes here.

Article text is data. Textual parses markup in many places (palette hits and
their help, notifications, `Static` strings) and a terminal acts on escape
sequences, so nothing from outside reaches either as it came: characters a
terminal would act on (ESC, NUL, the other C0 and C1 controls, DEL, a bare
carriage return) and bidirectional overrides (which reorder what a reader
sees) become one visible placeholder each, so offsets into the text still
point at the same character; then the text goes to Textual as `Content`
(never markup), or escaped where an API takes nothing but markup.

`Content` keeps ESC and NUL as they are (its `strip_control_codes` strips
only some), so sanitising comes first, always.
"""

from __future__ import annotations

import re

from textual.content import Content
from textual.markup import escape

_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ ␁ … ␟ (control pictures)
_PICTURES[0x7F] = "\u2421"  # ␡
_PICTURES[ord("\t")] = " "  # one cell, so tab stops cannot shift later columns
del _PICTURES[ord("\n")]
_C1 = {code: "\ufffd" for code in range(0x80, 0xA0)}
# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): shown, not obeyed.
_BIDI = {code: "\u2426" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}  # ␦
# Lone surrogates (undecodable bytes in a file name) cannot be written to a UTF-8 terminal.
_SURROGATES = {code: "\ufffd" for code in range(0xD800, 0xE000)}
_TRANSLATE = {**_PICTURES, **_C1, **_BIDI, **_SURROGATES}
_CRLF = re.compile(r"\r(?=\n)")
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Text safe to put on a terminal, the same length as `text` (newlines kept).

    The carriage return of a CRLF pair becomes a space (invisible, harmless);
    a lone one becomes '␍'. Tabs become one space.
    """
    if not _UNSAFE.search(text):
        return text
    return _CRLF.sub(" ", text).translate(_TRANSLATE)


def one_line(text: str | None) -> str:
    """Metadata (outlet, headline, byline, a file name) for one line: sanitised, whitespace collapsed."""
    if not text:
        return ""
    return " ".join(sanitize(text).split())


def plain(text: str | None, *, multiline: bool = False) -> Content:
    """Outside text as `Content`: sanitised, never parsed as markup."""
    return Content(sanitize(text or "") if multiline else one_line(text))


def as_markup(text: str | None) -> str:
    """Outside text for the few Textual APIs that read nothing but markup (the palette's help line)."""
    return escape(one_line(text))
