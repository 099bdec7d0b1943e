"""The one place the UI reads the core's facts, sentences and entities, indexed once per analysis.

The keys ask the same questions all the time (which facts is this sentence
in, where is that fact in another outlet, which fact comes next in this
article), so the answers are indexed here when the analysis arrives. Facts
are numbers (their index in `Analysis.facts`); their names ("F3") come from
`Story.name` only. No widgets here, so the rules are tested without a terminal.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reader.compare.omissions import counted_outlets
from reader.model import Analysis, Article, Document, FactRef, SentenceRef, article_of
from reader.ui.render import merge

#: How many fact colours and entity colours the stylesheet defines.
FACT_COLOURS = 12
ENTITY_COLOURS = 6


def unit_of(sentence_id: str) -> int:
    """The pane's unit of a sentence id: its index in its article (the model's typed ref)."""
    return SentenceRef.parse(sentence_id).index


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
    facts_of: tuple[tuple[int, ...], ...]  # per unit: every fact it belongs to, in fact order
    members: dict[int, tuple[int, ...]]  # fact -> its units in this article
    fact_order: tuple[int, ...]  # every fact of this article, in the order it first states them
    mentions: tuple[MentionMark, ...]  # sorted by start
    dim: tuple[tuple[int, int], ...]  # boilerplate and front matter, merged
    names: tuple[str, ...] = ()  # fact -> its tag ("F3"), for painting
    tag_width: int = 0  # cells of the widest gutter tag in the story ("F26+1")

    def unit_at(self, offset: int) -> int:
        """The unit containing `offset`, else the last one starting before it."""
        starts = [a for a, _ in self.units]
        return max(0, bisect_right(starts, offset) - 1)

    def facts_at(self, unit: int) -> tuple[int, ...]:
        return self.facts_of[unit] if 0 <= unit < len(self.facts_of) else ()

    def shown_fact(self, unit: int, current: int | None) -> int | None:
        """The fact a unit is painted as: the current one if it is in it, else its first."""
        facts = self.facts_at(unit)
        if not facts:
            return None
        return current if current in facts else facts[0]


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
    return ArticleIndex(bare_article(doc), units, ((),) * len(units), {}, (), (), ())


def _sentence_facts(units: dict[str, dict[int, list[int]]]) -> list[set[int]]:
    """The set of facts of every sentence that is in a fact."""
    out: dict[tuple[str, int], set[int]] = {}
    for art, members in units.items():
        for fact, inside in members.items():
            for unit in inside:
                out.setdefault((art, unit), set()).add(fact)
    return list(out.values())


class Story:
    """The analysis seen from the panes: facts, shared entities, hop targets."""

    def __init__(self, analysis: Analysis, order: Sequence[Document] | None = None) -> None:
        """Index `analysis`; with `order`, articles follow the panes' documents (one per pane)."""
        self.analysis = analysis
        arts: Sequence[Article] = analysis.articles
        if order is not None:
            by_id = {a.id: a for a in analysis.articles}
            arts = [by_id.get(d.id) or bare_article(d) for d in order]
        self.names = tuple(FactRef(n).name for n in range(len(analysis.facts)))
        # copies of one article are one outlet: they count neither in "N outlets" nor in "missing"
        self.entity_outlets = tuple(len(counted_outlets(analysis, e.articles)) for e in analysis.entities)
        self.shared_entities = tuple(i for i, n in enumerate(self.entity_outlets) if n >= 2)
        positions = {a.id: p for p, a in enumerate(arts)}
        self.counted = frozenset(positions[a] for a in counted_outlets(analysis, positions))
        self.fact_articles = [frozenset(positions[a] for a in f.articles if a in positions) for f in analysis.facts]
        units: dict[str, dict[int, list[int]]] = {}
        for number, fact in enumerate(analysis.facts):
            for sid in fact.sentences:
                units.setdefault(article_of(sid), {}).setdefault(number, []).append(unit_of(sid))
        shared = set(self.shared_entities)
        extra = max((len(f"+{len(ids) - 1}") for ids in _sentence_facts(units) if len(ids) > 1), default=0)
        self.tag_width = max((len(n) for n in self.names), default=0) + extra
        self.articles = tuple(self._index(a, units.get(a.id, {}), shared) for a in arts)

    def _index(self, art: Article, members: dict[int, list[int]], shared: set[int]) -> ArticleIndex:
        units = tuple((s.start, s.end) for s in art.sentences) or paragraphs(art.text)
        facts_of: list[list[int]] = [[] for _ in units]
        kept: dict[int, tuple[int, ...]] = {}
        for number in sorted(members):
            inside = sorted(u for u in set(members[number]) if 0 <= u < len(units))
            if inside:
                kept[number] = tuple(inside)
                for unit in inside:
                    facts_of[unit].append(number)
        order = tuple(sorted(kept, key=lambda n: (kept[n][0], n)))
        dim = merge((r.start, r.end) for r in (*art.boilerplate, *art.front_matter))
        # Mentions in boilerplate are left unmarked: they are not part of the reporting.
        marks = sorted(
            (MentionMark(m.start, m.end, i)
             for i, e in enumerate(self.analysis.entities) if i in shared
             for m in e.mentions if m.article == art.id and m.end > m.start
             and not any(a <= m.start < b for a, b in dim)),
            key=lambda m: (m.start, m.end),
        )
        return ArticleIndex(art, units, tuple(tuple(f) for f in facts_of), kept, order, tuple(marks),
                            tuple(dim), self.names, self.tag_width)

    # -- names and counts -------------------------------------------------------

    def name(self, fact: int) -> str:
        """The fact's name on screen ("F3"): the only place the UI makes one."""
        return self.names[fact]

    def number(self, fact_id: str) -> int | None:
        """The fact number of a fact id of this analysis, None for an unknown id."""
        try:
            return self.analysis.fact_ref(fact_id).index
        except KeyError:
            return None

    def label(self, fact: int) -> str:
        return self.analysis.facts[fact].label

    def fact_id(self, fact: int) -> str:
        return self.analysis.facts[fact].id

    @property
    def fact_count(self) -> int:
        return len(self.analysis.facts)

    def entity(self, entity: int) -> tuple[str, str, int, int]:
        """(name, label, mentions, outlets) of an entity."""
        e = self.analysis.entities[entity]
        return e.name, e.label, len(e.mentions), self.entity_outlets[entity]

    def missing(self, fact: int) -> list[int]:
        """Panes whose article does not report `fact`."""
        have = self.fact_articles[fact]
        return [p for p in range(len(self.articles)) if p not in have and p in self.counted]

    # -- questions the keys ask -------------------------------------------------

    def facts_at(self, pane: int, unit: int) -> tuple[int, ...]:
        return self.articles[pane].facts_at(unit)

    def landing(self, pane: int, fact: int, cursor: int) -> int | None:
        """Where a hop carrying `fact` lands in `pane`: the cursor if it is on it, else its first sentence."""
        members = self.articles[pane].members.get(fact)
        if not members:
            return None
        return cursor if cursor in members else members[0]

    def step_fact(self, pane: int, fact: int | None, unit: int, direction: int) -> int | None:
        """The next (+1) or previous (-1) fact of this article after `fact`, in its order.

        Every fact of the article is a stop, also one whose sentences all belong
        to other facts too. Without a current fact of this article, the step goes
        from the cursor: the first fact starting after it, or the last before it.
        """
        index = self.articles[pane]
        order = index.fact_order
        if fact in index.members:
            at = order.index(fact) + direction
            return order[at] if 0 <= at < len(order) else None
        firsts = [index.members[f][0] for f in order]
        if direction > 0:
            at = bisect_right(firsts, unit)
            return order[at] if at < len(order) else None
        at = bisect_left(firsts, unit) - 1
        return order[at] if at >= 0 else None

    def cycle(self, pane: int, unit: int, fact: int | None) -> int | None:
        """The fact after `fact` among the facts of one sentence, round."""
        facts = self.facts_at(pane, unit)
        if not facts:
            return None
        if fact not in facts:
            return facts[0]
        return facts[(facts.index(fact) + 1) % len(facts)]
