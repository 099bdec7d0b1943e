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
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reader.model import Document, Region
from reader.text import STOP_WORDS, crude_stem

from . import article_lines, headline, page_model
from . import boilerplate_rules as rules
from .inline import core, inline_cuts, subtract
from .inline import mixed as glued
from .margins import by_line as _by_line
from .margins import date_line, head_line, tail_line
from .margins import front_line as _front_line
from .textlines import Line, iter_words, split_lines


@dataclass(frozen=True)
class Cleaned:
    """Body spans, boilerplate and front matter of one document.

    `body` spans each lie within one line, are stripped of surrounding
    whitespace, sorted and non-overlapping; they exclude every region below.
    """

    body: tuple[tuple[int, int], ...]
    boilerplate: tuple[Region, ...]
    front_matter: tuple[Region, ...]


@dataclass(frozen=True)
class Evidence:
    """The story's evidence, gathered once: lines seen twice or more, all content words, the
    story's words; merged from `evidence_part`s in article order, so a cluster can build each part."""

    repeated: frozenset[str]
    total: Counter[str]
    story: Counter[str]


@dataclass(frozen=True)
class EvidencePart:
    lines: Counter[str]
    total: Counter[str]
    distinct: dict[str, str]


def evidence_part(docs: Sequence[Document]) -> EvidencePart:
    """The evidence of some consecutive articles of a story."""
    lines: Counter[str] = Counter()
    total: Counter[str] = Counter()
    distinct: dict[str, str] = {}
    for d in docs:
        for ln in split_lines(d.text):
            key = _norm(ln.text)  # one copy for both maps, not two
            lines[key] += 1
            distinct[key] = ln.text
        total.update(Counter(_content_words(d.text)))
    return EvidencePart(lines, total, distinct)


def merge_evidence(parts: Sequence[EvidencePart]) -> Evidence:
    """The story's evidence from its parts, in article order."""
    lines: Counter[str] = Counter()
    total: Counter[str] = Counter()
    distinct: dict[str, str] = {}
    for p in parts:
        lines.update(p.lines)
        total.update(p.total)
        distinct.update(p.distinct)
    # What the story talks about: each distinct line counted once, so that a
    # repeated line's own words do not make it look on topic.
    story: Counter[str] = Counter(w for t in distinct.values() for w in set(_content_words(t)))
    return Evidence(frozenset(t for t, n in lines.items() if n >= 2), total, story)


def clean_with(docs: Sequence[Document], ev: Evidence) -> tuple[Cleaned, ...]:
    """Clean each article on its own against the story's evidence."""
    return tuple(_clean_one(d, split_lines(d.text), ev.repeated, ev.total - Counter(_content_words(d.text)),
                            ev.story) for d in docs)


def clean_documents(docs: Sequence[Document]) -> tuple[Cleaned, ...]:
    """Clean all articles of one story at once: they are each other's evidence."""
    return clean_with(docs, merge_evidence([evidence_part(docs)]))


def clean_document(doc: Document) -> Cleaned:
    """Clean one article on its own (no cross-article evidence)."""
    return clean_documents([doc])[0]


# ---------------------------------------------------------------- story-level evidence

def _content_words(text: str) -> Iterator[str]:
    """Lower-cased content words, cut to five letters: a crude stem ("south"/"southern").
    One at a time: callers count them, and a list of a 490,000-character article's
    80,000 words (and the list of its word tokens it came from) cost 9 MB at once."""
    lowered = (m.group().lower() for m in iter_words(text))
    return (crude_stem(w) for w in lowered if len(w) >= 3 and w not in STOP_WORDS)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


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
    repeat: bool = False  # strong only because the story repeats the line (a template, or a headline printed twice)
    core: str = ""  # the line without furniture glued to its ends


def _clean_one(doc: Document, lines: Sequence[Line], repeated: frozenset[str],
               others: Counter[str], story: Counter[str]) -> Cleaned:
    text = doc.text
    st = _line_states(lines, repeated, story)
    _propagate(lines, st)

    title_idx, body_start = _find_title_and_body(doc, lines, st, others)
    body_end = _last_body_line(lines, st, body_start)
    body_start, body_end, inner = _page_limits(lines, st, body_start, body_end)
    if not doc.title and body_start is not None:
        title_idx = headline.page_title([s.core for s in st], [s.strong or s.credit for s in st], title_idx,
                                        body_start, body_end, [s.repeat for s in st])
        if title_idx is not None:
            st[title_idx].kind = None

    boiler: list[Region] = []
    front: list[Region] = []
    body: list[tuple[int, int]] = []
    seen_title = title_idx is not None
    for i, ln in enumerate(lines):
        if i == title_idx:
            for r in headline.title_regions(text, ln):
                (boiler if r.kind == "navigation" else front).append(r)
            continue
        if st[i].credit:
            front.append(Region(ln.start, ln.end, "byline"))
            continue
        if body_start is None or i < body_start:
            head_line(text, ln, st[i].kind, st[i].strong, i > (title_idx if title_idx is not None else len(lines)),
                      seen_title, boiler, front)
            continue
        if i > body_end:
            tail_line(text, ln, st[i].kind, boiler, front)
            continue
        _body_line(text, ln, st[i], i in inner, i == body_start, boiler, front, body)

    return Cleaned(
        body=tuple(sorted(body)),
        boilerplate=tuple(sorted(boiler, key=lambda r: (r.start, r.end))),
        front_matter=tuple(sorted(front, key=lambda r: (r.start, r.end))),
    )


def _body_line(text: str, ln: Line, s: _State, inner: bool, first: bool, boiler: list[Region],
               front: list[Region], body: list[tuple[int, int]]) -> None:
    """A line between the article's first and last: furniture, a byline, or body with inline cuts."""
    if s.kind is not None:
        boiler.append(Region(ln.start, ln.end, s.kind))
        return
    if _by_line(ln.text):
        front.append(Region(ln.start, ln.end, "byline"))
        return
    if inner:
        body.append((ln.start, ln.end))  # a crosshead or list item of the article
        return
    if not rules.terminal(s.core):
        if ln.text.startswith("#"):
            kind = "heading"  # a Markdown crosshead
        else:
            kind = "related" if rules.headline_shape(ln.text) else rules.promo_or_navigation(ln.text)
        boiler.append(Region(ln.start, ln.end, kind))
        return
    cuts = inline_cuts(ln, first=first)
    boiler.extend(cuts)
    body.extend(subtract(text, ln.start, ln.end, cuts))


def _page_limits(lines: Sequence[Line], st: list[_State], body_start: int | None,
                 body_end: int) -> tuple[int | None, int, frozenset[int]]:
    """Narrow the body to the article the page model finds (teasers above, comments below stay out)."""
    texts = [s.core for s in st]
    furniture = [s.kind is not None or s.credit for s in st]
    art = page_model.find_article(texts, furniture)
    if art is None or body_start is None:
        return body_start, body_end, frozenset()
    start = max(body_start, art.start) if art.start <= body_end else body_start
    if art.start < body_start and not any(date_line(ln.text) or _by_line(ln.text) or st[k].credit
                                          for k, ln in enumerate(lines[art.start:body_start], art.start)):
        start = art.start  # the page's article opens above the first full paragraph ("What you need:")
    while start < body_end and _followed_by_front(lines, start):
        start += 1  # a standfirst: the byline or date still comes before the story
    end = art.end if art.end >= start else body_end
    credit = next((i for i in range(start, end + 1) if st[i].credit), None)
    if credit is not None:
        end = max(start, credit - 1)  # "(Reporting by ...)" ends the story
    inner = article_lines.inner_body(texts, furniture, page_model.Article(start, end, art.stop))
    return start, end, inner


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
            st[i].repeat = k is not None
        if k is not None:
            st[i].kind, st[i].strong = k, True
    for i in page_model.gallery_lines([s.core for s in st]):
        if st[i].kind is None and not st[i].credit:
            st[i].kind, st[i].strong = "caption", True  # a slideshow's captions are not the article
    cores, raw_kinds = [s.core for s in st], [s.kind for s in st]
    for i in range(len(lines)):
        if page_model.appeal_in_prose(cores, raw_kinds, i):
            st[i].kind, st[i].strong = None, False  # advice inside running text is prose
    return st


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
    """A byline or date in the next two lines (a player's "Play Video" is no name)."""
    for ln in lines[i + 1:i + 3]:
        if _front_line(ln.text, after_title=True) and not rules.prose(ln.text) and rules.strong_kind(ln.text) is None:
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


