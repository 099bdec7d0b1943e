"""What an outlet leaves out and what it alone reports: one definition for every view.

Saying "this outlet leaves out F4" when it states F4 in other words is worse
than saying nothing, so both claims are made only when the text backs them:

- an outlet omits fact F when most other outlets report F, F's members are
  firmly matched (each at the aligner's own threshold), none of its
  sentences is in F, and none of its sentences comes near any of F's members
  (a lower bar than the aligner's, on distinctive words, numbers and names);
- a sentence is unique when it is in no fact, no other outlet has a
  sentence that comes near it, and it says enough to tell (a few distinctive
  words) that is not found spread over one fact's members either. A sentence
  in no fact that is withheld on weak evidence only ("possibly shared") is
  listed apart: silence for the finding, the information kept.

The same nearness decides both, so the two lists cannot contradict each other.
Copies of one article and articles that were not aligned (another language)
are not outlets here: they get neither list and do not count in "most".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Analysis, Article, Fact, Sentence, article_of
from ..settings import AlignSettings
from .nearness import _STOP, Nearness

__all__ = ["MOST", "Nearness", "OutletGaps", "compared_articles", "counted_outlets", "fact_outlets", "firm",
           "omitted_facts", "outlet_gaps", "possibly_shared", "quote_links", "shared_word", "unique_sentences"]

#: A fact is "reported by most" when more than this share of the other outlets report it.
MOST = 0.5


@dataclass(frozen=True)
class OutletGaps:
    """What one outlet leaves out and what it alone reports."""

    article: str
    omitted: tuple[str, ...]  # fact ids most other outlets report and it states nowhere
    unique: tuple[str, ...]  # sentence ids in no fact, with nothing near them in another outlet
    #: sentence ids in no fact, not claimed unique on weak evidence only (a lone word in common,
    #: words spread over one fact's members, too few distinctive words): maybe said elsewhere
    possibly_shared: tuple[str, ...] = ()


def _statement(text: str) -> bool:
    """A sentence that says something (not a dateline or a name on its own line)."""
    return len(re.findall(r"\b[a-z][a-z'’]+\b", text)) >= 3


def compared_articles(an: Analysis) -> list[Article]:
    """The outlets that count: aligned articles, one per set of copies."""
    return [a for a in an.articles if not a.duplicate_of and a.language in ("en", "und")]


def _unaligned(an: Analysis, article_id: str, near: Nearness | None, kind: str) -> tuple[Sentence, ...]:
    """Body statements of one outlet in no fact whose `near.verdict` is `kind`.

    A headline or standfirst sums up the body: it is not a report of its own. Nor is the lead
    (the first body sentence): it states the event every outlet of the story reports, so when
    it is in no fact the aligner missed its paraphrase far more often than the outlet alone
    has the news (right, or silent)."""
    arts = compared_articles(an)
    if article_id not in {a.id for a in arts}:
        return ()
    near = near or Nearness(an, arts)
    in_facts = {sid for f in an.facts for sid in f.sentences}
    body = [s for s in an.article(article_id).sentences if s.role == "body"]
    return tuple(s for s in body[1:]
                 if s.id not in in_facts and _statement(s.text) and near.verdict(s.id) == kind)


def unique_sentences(an: Analysis, article_id: str, near: Nearness | None = None) -> tuple[Sentence, ...]:
    """Body sentences of one outlet in no fact, with nothing of another outlet near them, even weakly."""
    return _unaligned(an, article_id, near, "unique")


def possibly_shared(an: Analysis, article_id: str, near: Nearness | None = None) -> tuple[Sentence, ...]:
    """Body sentences of one outlet in no fact, not claimed unique on weak evidence only."""
    return _unaligned(an, article_id, near, "possibly")


def firm(fact: Fact, threshold: float | None = None) -> bool:
    """Whether every member of a fact is matched to another at the aligner's own threshold.

    A fact held together by weak matches may be two facts run together; an outlet
    that reports one of them is then not leaving "it" out, so no omission is claimed.
    Callers pass the threshold the analysis was aligned with (`an.settings.threshold`)."""
    if threshold is None:
        threshold = AlignSettings().threshold
    strong = {s for e in fact.evidence if e.score >= threshold for s in (e.a, e.b)}
    return all(s in strong for s in fact.sentences)


def _omitters(an: Analysis, near: Nearness, ids: set[str], most: float) -> dict[str, list[str]]:
    """Per outlet, the facts it omits (in fact order)."""
    out: dict[str, list[str]] = {}
    for f in an.facts:
        reporters = {a for a in f.articles if a in ids}
        if len(reporters) <= most * (len(ids) - 1) or not firm(f, an.settings.threshold):
            continue
        stating = set(reporters)
        for m in f.sentences:
            if article_of(m) in reporters:
                stating |= near.near_articles(m)
        for a in sorted(ids - stating):
            out.setdefault(a, []).append(f.id)
    return out


def omitted_facts(an: Analysis, article_id: str, near: Nearness | None = None, *,
                  most: float = MOST) -> tuple[str, ...]:
    """Facts most other outlets report that this outlet states nowhere, not even in other words;
    only facts whose members are firmly matched."""
    arts = compared_articles(an)
    ids = {a.id for a in arts}
    if article_id not in ids or len(arts) < 2:
        return ()
    return tuple(_omitters(an, near or Nearness(an, arts), ids, most).get(article_id, ()))


def outlet_gaps(an: Analysis, *, most: float = MOST,
                linked: Iterable[tuple[str, str]] = ()) -> tuple[OutletGaps, ...]:
    """Per article (all of them, in order): its omitted facts and unique sentences.

    `linked`: sentence pairs that state the same thing by other evidence than words."""
    arts = compared_articles(an)
    near = Nearness(an, arts, linked)
    ids = {a.id for a in arts}
    omits = _omitters(an, near, ids, most) if len(arts) >= 2 else {}
    return tuple(OutletGaps(a.id, tuple(omits.get(a.id, ())),
                            tuple(s.id for s in unique_sentences(an, a.id, near)),
                            tuple(s.id for s in possibly_shared(an, a.id, near)))
                 for a in an.articles)


def quote_links(quotes: Iterable[Any], groups: Iterable[Any]) -> list[tuple[str, str]]:
    """Sentence pairs of different outlets that carry one quotation (a quote group, or a sentence
    that states the quoted words without quotation marks)."""
    sents = {q.id: q.sentences for q in quotes}
    out: list[tuple[str, str]] = []
    for g in groups:
        ss = [s for qid in g.quotes for s in sents.get(qid, ())]
        ss += [p.sentence for p in getattr(g, "paraphrases", ())]
        out.extend((x, y) for i, x in enumerate(ss) for y in ss[i + 1:] if article_of(x) != article_of(y))
    return out


def counted_outlets(an: Analysis, article_ids: Iterable[str]) -> tuple[str, ...]:
    """The given articles that count as outlets (no copies, no unaligned languages), in order."""
    ids = {a.id for a in compared_articles(an)}
    return tuple(a for a in dict.fromkeys(article_ids) if a in ids)


def fact_outlets(an: Analysis, fact_id: str) -> tuple[str, ...]:
    """The outlets (copies not counted) that report a fact."""
    ids = {a.id for a in compared_articles(an)}
    fact = next(f for f in an.facts if f.id == fact_id)
    return tuple(a for a in fact.articles if a in ids)


def shared_word(word: str) -> bool:
    """Whether a lower-case word could be shared evidence at all (not a function word)."""
    return bool(re.fullmatch(r"[a-z]{3,}", word)) and word not in _STOP
