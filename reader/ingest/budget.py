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
#: spaCy's tokenizer peels opening and closing punctuation off a word one
#: character at a time, re-scanning the rest each time: a run of L such
#: characters costs about L² steps (a run of 4,000 brackets took 12 s, 3,000 on
#: each side of a word a minute). The budget is the sum of L² over all runs of
#: two or more punctuation characters, so ordinary text (dashes, ellipses, a
#: separator line of eighty "=") spends almost none of it.
MAX_PUNCTUATION_WORK = 2_000_000
_PUNCT_RUN = re.compile(r"[^\w\s]{2,}")
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


def punctuation_work(text: str) -> tuple[int, int]:
    """(sum of squared lengths, longest length) of the runs of punctuation in `text`."""
    work = longest = 0
    for m in _PUNCT_RUN.finditer(text):
        n = m.end() - m.start()
        work += n * n
        longest = max(longest, n)
    return work, longest


def over_budget(text: str) -> str | None:
    """Why `text` is too big to analyse, in a few words, or None."""
    if len(text) > MAX_ARTICLE_CHARS:
        return f"{len(text):,} characters is over the {MAX_ARTICLE_CHARS:,}-character limit for one article"
    longest = longest_line(text)
    if longest > MAX_LINE_CHARS:
        return (f"a line of {longest:,} characters is over the {MAX_LINE_CHARS:,}-character limit "
                "for one paragraph")
    work, run = punctuation_work(text)
    if work > MAX_PUNCTUATION_WORK:
        return (f"runs of punctuation (the longest {run:,} characters) are over the budget of what the "
                "tokenizer can split in reasonable time")
    return None
