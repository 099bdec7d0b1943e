"""Which non-prose lines inside the article are article text: crossheads, list items, steps.

The page model (`page_model`) finds where the article runs; inside it, lines
that are not paragraphs are kept when their shape and neighbours say they
belong: a short title over a section, a sentence-case crosshead whose words
the section uses, items under "What you need:", "Step 3" over its step.
Everything is line indices, like the page model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import boilerplate_rules as rules
from . import frontmatter_rules as fm
from .page_model import Article, is_prose, list_like, step_label, title_case, words_of

_LOWER = re.compile(r"[a-z]{2}")


def inner_body(texts: Sequence[str], furniture: Sequence[bool], art: Article) -> frozenset[int]:
    """Non-prose lines inside the article that are article text: crossheads, list items, quotes.

    A crosshead is a short title-like line followed by prose; list items come in
    runs introduced by a line ending in ":" or sit between paragraphs with
    bullets or numbers in front. Lines marked as furniture never are.
    """
    keep: set[int] = set()
    for i in range(art.start, art.end + 1):
        t = texts[i]
        if furniture[i] or is_prose(t) and rules.terminal(t) or teaser_line(t):
            continue
        if is_prose(t):
            keep.add(i)  # a paragraph ending in reference marks
            continue
        nxt = _next_content(texts, furniture, i, art.end)
        if list_like(t) and rules.n_words(t) >= 2:
            keep.add(i)
        elif _in_list(texts, furniture, i, art):
            keep.add(i)
        elif nxt is not None and _crosshead(t) and _opens_section(texts, furniture, t, nxt, art.end):
            keep.add(i)
        elif rules.n_words(t) >= 16:
            keep.add(i)  # a paragraph that lost its final stop (a related headline is shorter)
        elif nxt is not None and _long_crosshead(texts, furniture, i, nxt, art):
            keep.add(i)
        elif step_label(t) and nxt is not None and rules.terminal(texts[nxt]):
            keep.add(i)
        elif t.rstrip().endswith(":") and nxt is not None and _in_list(texts, furniture, nxt, art):
            keep.add(i)  # "What you need:" above its list
    return frozenset(keep)


_TEASER_END = re.compile(r"(?:…|\.\.\.)\s*(?:read more|continue reading|more|see more)(?:\s+\S+){0,3}\s*$",
                         re.IGNORECASE)


def teaser_line(text: str) -> bool:
    """A teaser of another story: a summary cut short before "Read more", or a link's title
    printed two or three times over (image, heading and link text flattened into one line)."""
    if _TEASER_END.search(text):
        return True
    w = text.split()
    return any(len(w) % k == 0 and w == w[:k] * (len(w) // k) for k in range(2, len(w) // 2 + 1))


def _next_content(texts: Sequence[str], furniture: Sequence[bool], i: int, end: int) -> int | None:
    for j in range(i + 1, end + 1):
        if not furniture[j]:
            return j
    return None


def _section_words(texts: Sequence[str], furniture: Sequence[bool], i: int, end: int) -> int:
    """Words of the prose paragraphs from line i on: a crosshead opens a section, not one line."""
    n = 0
    for j in range(i, end + 1):
        if furniture[j]:
            continue
        if not is_prose(texts[j]):
            break
        n += rules.n_words(texts[j])
    return n


def _opens_section(texts: Sequence[str], furniture: Sequence[bool], head: str, nxt: int, end: int) -> bool:
    """Prose follows, maybe after a sub-heading or a caption: 30 words of it, or a few for a
    label of one to five words (a related story's headline is longer than "Features")."""
    if _section_words(texts, furniture, nxt, end) >= 30:
        return True
    if not 2 <= rules.n_words(head) <= 5 or not _LOWER.search(head) or head.lstrip().startswith("#"):
        return False  # not a chart's "RECESSIONS"; a Markdown heading is the cleaner's own "heading"
    j, skipped = nxt, 0
    while j <= end and skipped <= 2 and (furniture[j] or not is_prose(texts[j])):
        if not furniture[j]:
            if rules.n_words(texts[j]) > 12:
                return False
            skipped += 1
        j += 1
    return j <= end and skipped <= 2 and _section_words(texts, furniture, j, end) >= 8


def _long_crosshead(texts: Sequence[str], furniture: Sequence[bool], i: int, nxt: int, art: Article) -> bool:
    """A crosshead of ten to fifteen words: written as a sentence (a related story's headline is
    capitalised like one), between two paragraphs, opening a section of 30 words or more whose
    words it uses. A related story's headline there is about something else."""
    t = texts[i]
    if not 10 <= rules.n_words(t) <= 15 or title_case(t) or not _crosshead(t, 15):
        return False
    prev = next((j for j in range(i - 1, art.start - 1, -1) if not furniture[j]), None)
    if prev is None or not is_prose(texts[prev]) or not is_prose(texts[nxt]):
        return False
    if _section_words(texts, furniture, nxt, art.end) < 30:
        return False
    own, section = words_of([t], prose_only=False), words_of(texts[nxt:nxt + 3])
    return bool(own) and len(own & section) >= 0.45 * len(own)  # it names what the section says


def _crosshead(text: str, most: int = 9) -> bool:
    """A subheading inside the article: a few words, no sentence end, not an address to the reader."""
    t = text.strip().strip("#*_ ").strip()
    bare_name = fm.parse_byline(t, bare_ok=True) and t.split()[0].lower() not in ("the", "a", "an")
    if fm.match_date_line(t) or bare_name:
        return False
    n = rules.n_words(t)
    if not 1 <= n <= most or rules.full_stop(t):
        return False
    if rules.imperative(t) or rules.second_person(t) and n <= 4:
        return False
    return t[:1].isupper() or t[:1].isdigit() or t[:1] in "“\"‘'"


def _in_list(texts: Sequence[str], furniture: Sequence[bool], i: int, art: Article) -> bool:
    """Part of a run of short lines that a line ending in ":" introduces."""
    j = i - 1
    while j >= art.start and not furniture[j] and not is_prose(texts[j]) and i - j <= 40:
        if texts[j].rstrip().endswith(":"):
            return True
        j -= 1
    return j >= art.start and texts[j].rstrip().endswith(":") and not furniture[j]
