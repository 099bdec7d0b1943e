"""The resource budget of one input, and the one definition of a line.

Analysis memory and time grow with the length of an article and, faster than
linearly, with the length of its longest paragraph (spaCy parses a paragraph
as one document). Both are bounded here, before any analysis, and both are
counted the same way everywhere: a paragraph ends at every Unicode line break
(`LINE_BREAK`, the set `str.splitlines` uses: \\n \\r \\r\\n \\v \\f, the file,
group and record separators U+001C-U+001E, NEL U+0085, and the line and
paragraph separators U+2028 U+2029). The cleaner splits lines with the same
pattern, so no paragraph can be longer for the analysis than it was for the
budget.
"""

from __future__ import annotations

import re

#: Bigger files are refused unread: an "article" of this size is a dump.
MAX_FILE_BYTES = 16 * 1024 * 1024
#: Characters of one article (after decoding).
MAX_ARTICLE_CHARS = 500_000
#: Characters of one paragraph (a line, by `LINE_BREAK`). spaCy refuses a text
#: over its `max_length` (1,000,000); a paragraph this long is not prose anyway.
MAX_LINE_CHARS = 100_000
#: Characters that make a "\\r\\n" pair or a line break on their own.
LINE_BREAK = re.compile("\r\n|[\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029]")
#: Characters that show nothing: a text of only these (and white space) is empty.
INVISIBLE = re.compile("[\\s\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]+")


def longest_line(text: str) -> int:
    """Length of the longest line of `text`, without copying the lines."""
    longest = 0
    pos = 0
    for m in LINE_BREAK.finditer(text):
        longest = max(longest, m.start() - pos)
        pos = m.end()
    return max(longest, len(text) - pos)


def is_blank(text: str) -> bool:
    """True for a text of white space and invisible characters only (zero-width
    spaces and joiners, word joiner, byte-order mark, soft hyphen)."""
    return INVISIBLE.fullmatch(text) is not None or not text


def over_budget(text: str) -> str | None:
    """Why `text` is too big to analyse, in a few words, or None."""
    if len(text) > MAX_ARTICLE_CHARS:
        return f"{len(text):,} characters is over the {MAX_ARTICLE_CHARS:,}-character limit for one article"
    longest = longest_line(text)
    if longest > MAX_LINE_CHARS:
        return (f"a line of {longest:,} characters is over the {MAX_LINE_CHARS:,}-character limit "
                "for one paragraph")
    return None
