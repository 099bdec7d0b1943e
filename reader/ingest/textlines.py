"""Lines of an article and the few word-level helpers the cleaner needs.

Scraped articles put one paragraph (or one page element) per line, so the line
is the unit that cleaning decides on. Offsets stay offsets into the original
text: a line is never copied into a shifted buffer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.ingest.budget import LINE_BREAK as _NEWLINE  # every Unicode line break, as the budget counts them

_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Line:
    """One non-blank line: `start:end` is its text without surrounding whitespace."""

    index: int  # 0-based position among all lines, blank ones included
    start: int
    end: int
    text: str


def split_lines(text: str) -> tuple[Line, ...]:
    """Non-blank lines of `text`, split on every Unicode line break (`budget.LINE_BREAK`), stripped."""
    out: list[Line] = []
    pos = 0
    index = 0
    for m in _NEWLINE.finditer(text + "\n"):
        end = m.start()
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            out.append(Line(index, s, s + len(stripped), stripped))
        pos = m.end()
        index += 1
        if pos > len(text):
            break
    return tuple(out)


def words(text: str) -> list[str]:
    """Word tokens (letters/digits, inner apostrophes, dots and hyphens kept)."""
    return _WORD.findall(text)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """`words`, one match at a time (for counting a whole article's words without a list of them)."""
    return _WORD.finditer(text)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink `start:end` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
