"""The app's sanitiser: every string from an article, its metadata or its file name passes here.

Article text is data. Textual parses markup in many places (palette hits and
their help, notifications, `Static` strings) and a terminal acts on escape
sequences, so nothing from outside reaches either as it came: characters a
terminal would act on - `reader.safe_text.UNSAFE`, the same set every other
output sanitises: C0 and C1 controls, DEL, a bare carriage return, bidi marks,
embeddings, overrides and isolates (which reorder what a reader sees), line
and paragraph separators, lone surrogates - become one visible placeholder
each, so offsets into the text still point at the same character; then the
text goes to Textual as `Content` (never markup), or escaped where an API
takes nothing but markup.

`Content` keeps ESC and NUL as they are (its `strip_control_codes` strips
only some), so sanitising comes first, always.
"""

from __future__ import annotations

import re

from textual.content import Content
from textual.markup import escape

from reader.safe_text import UNSAFE, UNSAFE_RANGES


def _picture(code: int) -> str:
    """The one-cell placeholder the screen shows for unsafe character `code`."""
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ␀ ␁ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    if code in (0x2028, 0x2029):
        return "\u2424"  # ␤: a line break the text does not get
    if 0x80 <= code <= 0x9F or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # C1 controls; lone surrogates cannot be written to a UTF-8 terminal
    return "\u2426"  # ␦ bidi marks, embeddings, overrides, isolates: shown, not obeyed


# What is unsafe is `reader.safe_text`'s to say; here only how each character is drawn.
_TRANSLATE = {code: _picture(code) for lo, hi in UNSAFE_RANGES for code in range(lo, hi + 1)}
_TRANSLATE[ord("\t")] = " "  # one cell, so tab stops cannot shift later columns
_CRLF = re.compile(r"\r(?=\n)")
_UNSAFE = re.compile(f"{UNSAFE.pattern}|\t")


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
