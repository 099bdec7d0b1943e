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
    lower = _lower_words(texts, furniture, art)
    first = next((j for j in range(art.start, art.end + 1) if not furniture[j] and is_prose(texts[j])), art.end)
    for i in range(art.start, art.end + 1):
        t = texts[i]
        if furniture[i] or is_prose(t) and rules.terminal(t) or teaser_line(t):
            continue
        if is_prose(t):
            keep.add(i)  # a paragraph ending in reference marks
            continue
        nxt = _next_content(texts, furniture, i, art.end)
        named = i > first and _uses_lower(t, lower)  # below the first paragraph: no byline there
        if list_like(t) and rules.n_words(t) >= 2:
            keep.add(i)
        elif _in_list(texts, furniture, i, art):
            keep.add(i)
        elif nxt is not None and _crosshead(t, name_ok=named) and _opens_section(texts, furniture, t, nxt, art.end):
            keep.add(i)
        elif nxt is not None and _titled_crosshead(texts, furniture, i, nxt, art):
            keep.add(i)
        elif _item_between_paragraphs(texts, furniture, i, art):
            keep.add(i)
        elif _aside(texts, furniture, i, nxt, art):
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


def _crosshead(text: str, most: int = 9, name_ok: bool = False, ask_ok: bool = False) -> bool:
    """A subheading inside the article: a few words, no sentence end, not an address to the reader.

    Capitalised words alone ("Task Store") look like a byline's bare name; `name_ok` says the
    line sits between paragraphs and the article uses its words in lower case, as a heading's.
    `ask_ok`: a how-to's step heading ("Learn to Wait") may open with a verb of the appeals.
    """
    t = text.strip().strip("#*_ ").strip()
    bare_name = (not name_ok and fm.name_shaped(t)
                 and t.split()[0].lower() not in ("the", "a", "an"))
    if fm.match_date_line(t) or bare_name:
        return False
    n = rules.n_words(t)
    if not 1 <= n <= most or rules.full_stop(t):
        return False
    if rules.imperative(t) and not ask_ok or rules.second_person(t) and n <= 4:
        return False
    return t[:1].isupper() or t[:1].isdigit() or t[:1] in "“\"‘'"


def _in_list(texts: Sequence[str], furniture: Sequence[bool], i: int, art: Article) -> bool:
    """Part of a run of short lines that a line ending in ":" introduces.

    A table flattened to one cell a line is such a run too: a cell of a word or two the rules
    took for furniture (it repeats on the page) does not break it, nor does a comment cell
    written as a sentence between short ones; two paragraphs in a row do.
    """
    j, prose_before, crossed = i - 1, False, False
    while j >= art.start and i - j <= 40:
        t = texts[j]
        if t.rstrip().endswith(":") and not furniture[j]:
            return not crossed or rules.n_words(t) >= 4  # "Like this:" over related links is no table
        if furniture[j] and rules.n_words(t) > 2:
            return False
        if is_prose(t) and not furniture[j]:
            if prose_before or j == i - 1 and not _short_cell(texts[i]):
                return False
            prose_before = True
        elif not furniture[j]:
            prose_before = False
        crossed = crossed or furniture[j] or prose_before
        j -= 1
    return False


def _short_cell(text: str) -> bool:
    return rules.n_words(text) <= 6 and not rules.terminal(text)


def _lower_words(texts: Sequence[str], furniture: Sequence[bool], art: Article) -> frozenset[str]:
    """Words of four letters or more that the article's paragraphs write in lower case."""
    return frozenset(w for i in range(art.start, art.end + 1) if not furniture[i] and is_prose(texts[i])
                     for w in _LOWER_WORD.findall(texts[i]))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")


def _uses_lower(text: str, lower: frozenset[str]) -> bool:
    """One of the line's capitalised words is a common word of the article, not part of a name."""
    return any(w.lower() in lower for w in re.findall(r"[A-Za-z]{4,}", text))


def _after_prose(texts: Sequence[str], furniture: Sequence[bool], i: int, art: Article) -> bool:
    """The line follows a paragraph of the article (a byline sits above the first one)."""
    prev = next((j for j in range(i - 1, art.start - 1, -1) if not furniture[j]), None)
    return prev is not None and is_prose(texts[prev])


def _titled_crosshead(texts: Sequence[str], furniture: Sequence[bool], i: int, nxt: int, art: Article) -> bool:
    """A crosshead of ten to fourteen words capitalised like a headline, between two paragraphs,
    opening a section of 30 words or more that uses its words ("Make a List of Everything You Own").
    A related story's headline there is about something else."""
    t = texts[i]
    if not 10 <= rules.n_words(t) <= 14 or not title_case(t) or not _crosshead(t, 14, True, True):
        return False
    if not _after_prose(texts, furniture, i, art) or not is_prose(texts[nxt]):
        return False
    if _section_words(texts, furniture, nxt, art.end) < 30:
        return False
    own, section = words_of([t], prose_only=False), words_of(texts[nxt:nxt + 3])
    return bool(own) and len(own & section) >= 0.3 * len(own)


def _sentence_item(text: str) -> bool:
    """A list item written as a sentence that lost its bullet and its stop ("Users can now import
    logins from other managers"): five words or more, written in sentence case, no link in it."""
    t = text.strip()
    if not 5 <= rules.n_words(t) <= 40 or title_case(t) or t.endswith(":") or teaser_line(t):
        return False
    if _LINKISH.search(t) or fm.match_date_line(t) or rules.strong_kind(t):
        return False
    return len(_LOWER_WORD.findall(t)) >= 2 and (t[:1].isupper() or t[:1].isdigit() or t[:1].islower())


_LINKISH = re.compile(r"https?://|www\.|\w\.(?:com|org|net)\b|»|›|\|", re.IGNORECASE)


def _item_between_paragraphs(texts: Sequence[str], furniture: Sequence[bool], i: int, art: Article) -> bool:
    """One of a run of two to twelve such items with a paragraph of the article on either side:
    a list inside the text, not a menu or a teaser block (which has no paragraph in between)."""
    if not _sentence_item(texts[i]):
        return False
    bounds = []
    for step in (-1, 1):
        j = i + step
        while art.start <= j <= art.end and (furniture[j] or _sentence_item(texts[j]) and not is_prose(texts[j])):
            j += step
        if not art.start <= j <= art.end or not is_prose(texts[j]) or rules.n_words(texts[j]) < _ITEM_PARAGRAPH:
            return False  # a teaser block alternates short headlines with short summaries
        bounds.append(j)
    run = [k for k in range(bounds[0] + 1, bounds[1]) if not furniture[k]]
    above = next((k for k in range(bounds[0] - 1, art.start - 1, -1) if not furniture[k]), None)
    if above is None or not is_prose(texts[above]) and not _sentence_item(texts[above]):
        return False  # the paragraph above is a teaser's summary under a headline or a box's title
    # One such line alone between paragraphs is a related story's headline, not a list.
    return 2 <= len(run) <= 12 and _on_topic(texts, furniture, run, art)


_ITEM_PARAGRAPH = 10


def _on_topic(texts: Sequence[str], furniture: Sequence[bool], run: list[int], art: Article) -> bool:
    """A third of the items' content words occur in the article's paragraphs: related stories'
    headlines are about something else."""
    own = words_of([texts[k] for k in run], prose_only=False)
    rest = words_of([texts[j] for j in range(art.start, art.end + 1) if j not in run and not furniture[j]])
    return bool(own) and len(own & rest) >= len(own) / 3


_BRACKETED = re.compile(r"^(?:\([^()]{2,100}\)|\[[^\[\]]{2,100}\])$")


def _aside(texts: Sequence[str], furniture: Sequence[bool], i: int, nxt: int | None, art: Article) -> bool:
    """A line wholly in brackets between two paragraphs ("(Artist: J. Doe)", "[Read: an earlier
    story]"): the writer's aside or an image's credit, printed inside the text."""
    if nxt is None or not _BRACKETED.match(texts[i].strip()) or rules.n_words(texts[i]) > 16:
        return False
    return _after_prose(texts, furniture, i, art) and is_prose(texts[nxt])
