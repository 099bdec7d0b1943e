"""Cleaning scraped articles: which stretches are body text, which are page
furniture (boilerplate) and which say what the article is (front matter).

Nothing is deleted: the result is offsets into `Document.text`, so the UI can
show furniture dimmed and every later stage works on exact spans of the file.

Decisions are made per line, from four kinds of evidence:

* the line itself: generic boilerplate vocabulary, captions, copyright, calls to
  action and outlet self-talk (`boilerplate_rules`);
* neighbours: a line with only weak evidence (second person, no full stop) that
  sits in a run of boilerplate is boilerplate too;
* position: the first on-topic headline is the title, what comes before it is
  page chrome; the body runs from the first to the last paragraph of prose, and
  headline-like lines inside it are related-article links;
* the other articles of the story: the headline is the line whose words the
  story uses, and short lines repeated across articles are templates.

Pure functions, regular expressions only: this runs on every analysis.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Document, Region
from reader.text import STOP_WORDS, crude_stem

from . import boilerplate_rules as rules
from . import frontmatter_rules as fm
from .inline import core, inline_cuts, subtract
from .inline import mixed as glued
from .textlines import Line, split_lines, strip_span, words


@dataclass(frozen=True)
class Cleaned:
    """Body spans, boilerplate and front matter of one document.

    `body` spans each lie within one line, are stripped of surrounding
    whitespace, sorted and non-overlapping; they exclude every region below.
    """

    body: tuple[tuple[int, int], ...]
    boilerplate: tuple[Region, ...]
    front_matter: tuple[Region, ...]


def clean_documents(docs: Sequence[Document]) -> tuple[Cleaned, ...]:
    """Clean all articles of one story at once: they are each other's evidence."""
    all_lines = [split_lines(d.text) for d in docs]
    repeated = _repeated_lines(all_lines)
    vocab = [Counter(_content_words(d.text)) for d in docs]
    total: Counter[str] = Counter()
    for v in vocab:
        total.update(v)
    # What the story talks about: each distinct line counted once, so that a
    # repeated line's own words do not make it look on topic.
    distinct = {_norm(ln.text): ln.text for lines in all_lines for ln in lines}
    story: Counter[str] = Counter(w for t in distinct.values() for w in set(_content_words(t)))
    out = []
    for doc, lines, own in zip(docs, all_lines, vocab, strict=True):
        others = total - own
        out.append(_clean_one(doc, lines, repeated, others, story))
    return tuple(out)


def clean_document(doc: Document) -> Cleaned:
    """Clean one article on its own (no cross-article evidence)."""
    return clean_documents([doc])[0]


# ---------------------------------------------------------------- story-level evidence

def _content_words(text: str) -> list[str]:
    """Lower-cased content words, cut to five letters: a crude stem ("south"/"southern")."""
    return [crude_stem(w) for w in (x.lower() for x in words(text)) if len(w) >= 3 and w not in STOP_WORDS]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _repeated_lines(all_lines: Sequence[Sequence[Line]]) -> frozenset[str]:
    """Lines that occur more than once in the story (same or different article)."""
    c = Counter(_norm(ln.text) for lines in all_lines for ln in lines)
    return frozenset(t for t, n in c.items() if n >= 2)


def _on_topic(line: str, later_text: Counter[str], others: Counter[str]) -> bool:
    """Whether a candidate headline uses the story's words.

    A headline announces what the article (and the other outlets) go on to say;
    a promo line or a section label does not.
    """
    cw = set(_content_words(line))
    if not cw:
        return False
    hits = sum(1 for w in cw if later_text.get(w) or others.get(w))
    return hits >= max(1, math.ceil(0.34 * len(cw)))


# ---------------------------------------------------------------- one document

@dataclass
class _State:
    kind: str | None = None  # boilerplate kind from strong evidence or a run
    strong: bool = False
    credit: bool = False  # contributor credit: front matter wherever it is
    core: str = ""  # the line without furniture glued to its ends


def _clean_one(doc: Document, lines: Sequence[Line], repeated: frozenset[str],
               others: Counter[str], story: Counter[str]) -> Cleaned:
    text = doc.text
    st = _line_states(lines, repeated, story)
    _propagate(lines, st)

    title_idx, body_start = _find_title_and_body(doc, lines, st, others)
    body_end = _last_body_line(lines, st, body_start)

    boiler: list[Region] = []
    front: list[Region] = []
    body: list[tuple[int, int]] = []
    seen_title = title_idx is not None
    for i, ln in enumerate(lines):
        region = Region(ln.start, ln.end, "")
        if i == title_idx:
            front.append(Region(ln.start, ln.end, "title"))
            continue
        if st[i].credit:
            front.append(Region(ln.start, ln.end, "byline"))
            continue
        if body_start is None or i < body_start:
            _head_line(text, ln, st[i], i > (title_idx if title_idx is not None else len(lines)), seen_title,
                       boiler, front)
            continue
        if i > body_end:
            _tail_line(text, ln, st[i], boiler, front)
            continue
        kind = st[i].kind
        if kind is not None:
            boiler.append(Region(region.start, region.end, kind))
            continue
        if _by_line(ln.text):
            front.append(Region(ln.start, ln.end, "byline"))
            continue
        if not rules.terminal(st[i].core):
            if ln.text.startswith("#"):
                kind = "heading"  # a Markdown crosshead
            else:
                kind = "related" if rules.headline_shape(ln.text) else rules.promo_or_navigation(ln.text)
            boiler.append(Region(ln.start, ln.end, kind))
            continue
        cuts = inline_cuts(ln, first=(i == body_start))
        boiler.extend(cuts)
        body.extend(subtract(text, ln.start, ln.end, cuts))

    return Cleaned(
        body=tuple(sorted(body)),
        boilerplate=tuple(sorted(boiler, key=lambda r: (r.start, r.end))),
        front_matter=tuple(sorted(front, key=lambda r: (r.start, r.end))),
    )


def _line_states(lines: Sequence[Line], repeated: frozenset[str], story: Counter[str]) -> list[_State]:
    """What each line is on its own evidence: a credit, or strong boilerplate of some kind."""
    st = [_State(core=core(ln)) for ln in lines]
    raw = [rules.strong_kind(ln.text) for ln in lines]
    for i, ln in enumerate(lines):
        if rules.contributor_credit(ln.text):
            st[i].credit = True
            continue
        if _by_line(ln.text):
            continue  # "By Jane Doe | Agency" is front matter, whatever its separators look like
        k = raw[i]
        mixed = k is not None and glued(ln, st[i].core, raw, i)
        if mixed:
            k = None  # furniture glued to a paragraph: cut inline later
        if k is None and not mixed and _norm(ln.text) in repeated and _template_like(ln.text, story):
            k = rules.promo_or_navigation(ln.text)
        if k is not None:
            st[i].kind, st[i].strong = k, True
    return st


def _by_line(text: str) -> bool:
    return fm.parse_byline(text, bare_ok=False) is not None and bool(fm.BY_PREFIX.match(text))


def _template_like(text: str, story: Counter[str]) -> bool:
    """A repeated line is a template unless it is story text.

    Wire copy makes outlets repeat whole paragraphs and headlines, so
    repetition only counts for lines that address the reader, or that are not
    sentences and do not use the story's words.
    """
    if rules.second_person(text):
        return True
    elsewhere = story - Counter(set(_content_words(text)))
    return not rules.prose(text) and not _on_topic(text, Counter(), elsewhere)


def _propagate(lines: Sequence[Line], st: list[_State]) -> None:
    """Spread boilerplate through runs: a weak line between furniture is furniture.

    Each neighbour must be boilerplate or the edge of the page, and at least one
    must be boilerplate. This catches "Get the news you need, every morning."
    inside a newsletter block without touching body paragraphs, whose
    neighbours are body paragraphs.
    """
    changed = True
    while changed:
        changed = False
        for i, ln in enumerate(lines):
            if st[i].kind is not None or st[i].credit or not rules.weak(ln.text):
                continue
            prev_ok = i == 0 or st[i - 1].kind is not None
            next_ok = i == len(lines) - 1 or st[i + 1].kind is not None
            any_flag = (i > 0 and st[i - 1].kind is not None) or (i + 1 < len(lines) and st[i + 1].kind is not None)
            if prev_ok and next_ok and any_flag:
                st[i].kind = rules.promo_or_navigation(ln.text)
                changed = True


def _find_title_and_body(doc: Document, lines: Sequence[Line], st: list[_State],
                         others: Counter[str]) -> tuple[int | None, int | None]:
    """The headline (first on-topic headline-shaped line) and the first body paragraph."""
    later: Counter[str] = Counter(_content_words(doc.text))
    title_idx: int | None = None
    for i, ln in enumerate(lines):
        cw = _content_words(ln.text)
        later.subtract(cw)  # the words *after* this line
        if st[i].strong or st[i].credit:
            continue
        if _front_line(ln.text, after_title=title_idx is not None):
            continue
        if title_idx is None and _is_title(doc, ln.text, +later, others):
            title_idx = i
            if st[i].kind is not None:
                st[i].kind = None
            continue
        if st[i].kind is not None:
            continue
        if rules.prose(st[i].core) and not rules.bullet(ln.text):
            if title_idx is not None and _followed_by_front(lines, i):
                continue  # a standfirst: the byline or date still comes before the story
            return title_idx, i
    return title_idx, None


def _followed_by_front(lines: Sequence[Line], i: int) -> bool:
    for ln in lines[i + 1:i + 3]:
        if _front_line(ln.text, after_title=True) and not rules.prose(ln.text):
            return True
    return False


def _is_title(doc: Document, text: str, later: Counter[str], others: Counter[str]) -> bool:
    if doc.title:
        return _same_title(_headline_text(text), doc.title)
    if rules.second_person(text) or rules.imperative(text):
        return False  # a headline does not address the reader's next click
    return rules.headline_shape(text) and _on_topic(text, later, others)


def _same_title(line: str, title: str) -> bool:
    """The metadata title often carries a site suffix ("... | Site") or loses one."""
    a, b = _norm(line), _norm(title)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 4 and long_.startswith(short) and not rules.prose(line)


def _headline_text(text: str) -> str:
    return text.strip().lstrip("#").strip().strip("*_").strip()


def _front_line(text: str, *, after_title: bool) -> bool:
    """Byline or date line (bare names count only under a headline)."""
    if fm.parse_byline(text, bare_ok=after_title) is not None:
        return True
    return _date_line(text) is not None


def _date_line(text: str) -> fm.DateMatch | None:
    m = fm.match_date_line(text)
    if m is None:
        return None
    rest = text[m.end:]
    if rest.strip() and rest[:1].isspace() and (rules.n_words(rest) > 4 or rules.prose(rest)):
        return None  # a sentence that happens to start with a date
    return m


def _last_body_line(lines: Sequence[Line], st: list[_State], body_start: int | None) -> int:
    """The last paragraph of prose; a contributor credit ("(Reporting by ...)") ends the story."""
    if body_start is None:
        return -1
    last = body_start
    for i in range(body_start + 1, len(lines)):
        if st[i].credit:
            break
        if st[i].kind is None and rules.prose(st[i].core):
            last = i
    return last


def _head_line(text: str, ln: Line, s: _State, after_title: bool, has_title: bool,
               boiler: list[Region], front: list[Region]) -> None:
    """A line above the first body paragraph: front matter or page chrome."""
    if s.strong and s.kind is not None:
        boiler.append(Region(ln.start, ln.end, s.kind))
        return
    if _date_line_regions(text, ln, boiler, front):
        return
    if fm.parse_byline(ln.text, bare_ok=after_title) is not None:
        front.append(Region(ln.start, ln.end, "byline"))
        return
    if s.kind is None and (after_title or not has_title):
        if rules.bullet(ln.text) or (rules.n_words(ln.text) >= 8 and not rules.second_person(ln.text)
                                     and not rules.imperative(ln.text)):
            front.append(Region(ln.start, ln.end, "standfirst"))
            return
    boiler.append(Region(ln.start, ln.end, s.kind or rules.promo_or_navigation(ln.text)))


def _tail_line(text: str, ln: Line, s: _State, boiler: list[Region], front: list[Region]) -> None:
    """A line after the last body paragraph: credits and page chrome."""
    if s.kind is None:
        if _date_line_regions(text, ln, boiler, front):
            return
        if _by_line(ln.text):
            front.append(Region(ln.start, ln.end, "byline"))
            return
    boiler.append(Region(ln.start, ln.end, s.kind or rules.promo_or_navigation(ln.text)))


_GLUED_BUTTON = re.compile(r"(share|print|e-?mail|tweet|comments?|save|listen)$", re.IGNORECASE)


def _date_line_regions(text: str, ln: Line, boiler: list[Region], front: list[Region]) -> bool:
    """A date line; whatever is glued after the date ("Worldshare") is a section tag and buttons."""
    m = _date_line(ln.text)
    if m is None:
        return False
    a, b = strip_span(text, ln.start + m.start, ln.start + m.end)
    front.append(Region(a, b, "date"))
    ra, rb = strip_span(text, ln.start + m.end, ln.end)
    if ra < rb:
        rest = text[ra:rb]
        bm = _GLUED_BUTTON.search(rest)
        if bm and bm.start() > 0:
            split = ra + bm.start()
            sa, sb = strip_span(text, ra, split)
            if sa < sb:
                boiler.append(Region(sa, sb, "navigation"))
            boiler.append(Region(split, rb, "share"))
        else:
            boiler.append(Region(ra, rb, "share" if bm else "navigation"))
    return True
