"""What the panes need to know about an `Analysis`, precomputed once.

The UI asks the same questions on every key (which fact is this sentence in,
where is that fact in the next outlet, which entities are shared), so the
answers are indexed here when the analysis arrives. No widgets here, so the
navigation rules are tested without a terminal.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reader.compare.omissions import counted_outlets
from reader.model import Analysis, Article, Document
from reader.ui.render import merge

#: How many fact colours and entity colours the stylesheet defines.
FACT_COLOURS = 8
ENTITY_COLOURS = 6


@dataclass(frozen=True)
class MentionMark:
    """A mention of a shared entity, ready to paint."""

    start: int
    end: int
    entity: int  # index into Analysis.entities


@dataclass(frozen=True)
class ArticleIndex:
    """One article's sentences, facts and shared-entity mentions, by position."""

    article: Article
    units: tuple[tuple[int, int], ...]  # cursor stops: sentences, or paragraphs before analysis
    fact_of: tuple[int | None, ...]  # per unit: the fact it belongs to (index into Analysis.facts)
    members: dict[int, tuple[int, ...]]  # fact -> its units in this article
    fact_order: tuple[int, ...]  # facts in the order this article first states them
    mentions: tuple[MentionMark, ...]  # sorted by start
    dim: tuple[tuple[int, int], ...]  # boilerplate and front matter, merged

    def unit_at(self, offset: int) -> int:
        """The unit containing `offset`, else the last one starting before it."""
        starts = [a for a, _ in self.units]
        return max(0, bisect_right(starts, offset) - 1)

    def mentions_in(self, start: int, end: int) -> list[MentionMark]:
        return [m for m in self.mentions if m.start < end and m.end > start]


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Non-blank lines as cursor stops, before sentences are known."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return tuple(out) or ((0, len(text)),)


def bare_article(doc: Document) -> Article:
    """A loaded document seen as an article with no sentences yet."""
    return Article(id=doc.id, path=doc.path, text=doc.text, outlet=doc.outlet, title=doc.title,
                   byline=doc.byline, date=doc.date)


def document_index(doc: Document) -> ArticleIndex:
    """An index for a loaded document before analysis: paragraphs, no facts."""
    units = paragraphs(doc.text)
    return ArticleIndex(bare_article(doc), units, (None,) * len(units), {}, (), (), ())


class Story:
    """The analysis seen from the panes: facts, shared entities, hop targets."""

    def __init__(self, analysis: Analysis, order: Sequence[Document] | None = None) -> None:
        """Index `analysis`; with `order`, articles follow the panes' documents (one per pane)."""
        self.analysis = analysis
        if order is None:
            arts: Sequence[Article] = analysis.articles
        else:
            by_id = {a.id: a for a in analysis.articles}
            arts = [by_id.get(d.id) or bare_article(d) for d in order]
        self.fact_number = {f.id: i for i, f in enumerate(analysis.facts)}
        # copies of one article are one outlet: they count neither in "N outlets" nor in "missing"
        self.entity_outlets = tuple(len(counted_outlets(analysis, e.articles)) for e in analysis.entities)
        self.shared_entities = tuple(i for i, n in enumerate(self.entity_outlets) if n >= 2)
        shared = set(self.shared_entities)
        self.fact_articles: list[frozenset[int]] = []
        positions = {a.id: p for p, a in enumerate(arts)}
        self.counted = frozenset(positions[a] for a in counted_outlets(analysis, positions))
        for fact in analysis.facts:
            self.fact_articles.append(frozenset(positions[a] for a in fact.articles if a in positions))
        self.articles = tuple(self._index(a, shared) for a in arts)

    def _index(self, art: Article, shared: set[int]) -> ArticleIndex:
        units = tuple((s.start, s.end) for s in art.sentences) or paragraphs(art.text)
        fact_of: list[int | None] = [None] * len(units)
        members: dict[int, list[int]] = {}
        for number, fact in enumerate(self.analysis.facts):
            for sid in fact.sentences:
                sentence = self.analysis.sentence(sid)
                if sentence.article != art.id:
                    continue
                unit = sentence.index
                if unit < len(units):
                    members.setdefault(number, []).append(unit)
                    if fact_of[unit] is None:
                        fact_of[unit] = number
        order = sorted(members, key=lambda n: (min(members[n]), n))
        dim = merge((r.start, r.end) for r in (*art.boilerplate, *art.front_matter))
        # Mentions in boilerplate are left unmarked: they are not part of the reporting.
        marks = sorted(
            (MentionMark(m.start, m.end, i)
             for i, e in enumerate(self.analysis.entities) if i in shared
             for m in e.mentions if m.article == art.id and m.end > m.start
             and not any(a <= m.start < b for a, b in dim)),
            key=lambda m: (m.start, m.end),
        )
        return ArticleIndex(art, units, tuple(fact_of), {k: tuple(sorted(v)) for k, v in members.items()},
                            tuple(order), tuple(marks), tuple(dim))

    # -- questions the keys ask -------------------------------------------------

    def fact_at(self, pane: int, unit: int) -> int | None:
        fact_of = self.articles[pane].fact_of
        return fact_of[unit] if 0 <= unit < len(fact_of) else None

    def hop(self, src: int, unit: int, dst: int) -> tuple[int, bool]:
        """Where a hop from (src, unit) lands in pane `dst`, and whether it is the same fact.

        The same fact when `dst` reports it; else the nearest fact, in the source
        article's order, that `dst` does report; else the sentence at the same
        relative position.
        """
        source, target = self.articles[src], self.articles[dst]
        fact = self.fact_at(src, unit)
        if fact is not None and fact in target.members:
            return target.members[fact][0], True
        # Walk outwards from the cursor through the source's units, nearest first.
        n = len(source.units)
        for distance in range(1, n):
            for candidate in (unit - distance, unit + distance):
                if 0 <= candidate < n:
                    near = source.fact_of[candidate]
                    if near is not None and near in target.members:
                        return target.members[near][0], False
        if len(source.units) <= 1:
            return 0, False
        relative = unit / (len(source.units) - 1)
        return round(relative * (len(target.units) - 1)), False

    def step_fact(self, pane: int, unit: int, direction: int) -> int | None:
        """The first unit of the next (+1) or previous (-1) fact from `unit`, in this article's order."""
        art = self.articles[pane]
        current = art.fact_of[unit] if 0 <= unit < len(art.fact_of) else None
        rng = range(unit + 1, len(art.units)) if direction > 0 else range(unit - 1, -1, -1)
        for u in rng:
            fact = art.fact_of[u]
            if fact is not None and fact != current:
                if direction < 0:
                    # land on the fact's first sentence in this article
                    return art.members[fact][0]
                return u
        return None

    def missing(self, fact: int) -> list[int]:
        """Panes whose article does not report `fact`."""
        have = self.fact_articles[fact]
        return [p for p in range(len(self.articles)) if p not in have and p in self.counted]

    def label(self, fact: int) -> str:
        return self.analysis.facts[fact].label
