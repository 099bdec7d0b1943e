"""What an outlet leaves out and what it alone reports: one definition for every view.

Saying "this outlet leaves out F4" when it states F4 in other words is worse
than saying nothing, so both claims are made only when the text backs them:

- an outlet omits fact F when most other outlets report F, F's members are
  firmly matched (each at the aligner's own threshold), none of its
  sentences is in F, and none of its sentences comes near any of F's members
  (a lower bar than the aligner's, on distinctive words, numbers and names);
- a sentence is unique when it is in no fact and no other outlet has a
  sentence that comes near it.

The same nearness decides both, so the two lists cannot contradict each other.
Copies of one article and articles that were not aligned (another language)
are not outlets here: they get neither list and do not count in "most".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .features import normalise
from .model import Analysis, Article, Fact, Sentence
from .quantities import word_number
from .settings import AlignSettings

#: Two sentences may state the same thing in other words when their shared distinctive weight
#: (Dice, 0..1) reaches this: then neither is unique.
UNIQUE_NEAR = 0.3
#: A lower bar before claiming an omission (Dice, or the share of the shorter sentence's weight):
#: when unsure, claim nothing. Lower than UNIQUE_NEAR, so the two lists never contradict.
OMIT_NEAR = 0.2
OMIT_CONTAINED = 0.5
#: A fact is "reported by most" when more than this share of the other outlets report it.
MOST = 0.5
_STOP = frozenset("""
a an the and or but of in on at to for from with by as is are was were be been being has have had do does did
that this these those it its he she they we you i his her their our your him them us who whom which what when
where why how not no nor so if then than there here also just only very more most much many some any all each
both few other such own same too can could will would shall should may might must said says say told tell
according after before over under into out up down about again further once during while because until
against between through above below off per mr ms mrs dr
""".split())


@dataclass(frozen=True)
class OutletGaps:
    """What one outlet leaves out and what it alone reports."""

    article: str
    omitted: tuple[str, ...]  # fact ids most other outlets report and it states nowhere
    unique: tuple[str, ...]  # sentence ids in no fact, with nothing near them in another outlet


def _stem(word: str) -> str:
    for suf in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            word = word[: -len(suf)]
            break
    return word[:7]


def tokens(text: str) -> frozenset[str]:
    """Distinctive words of a sentence, crudely stemmed; numbers by value ("twelve" = "12")."""
    out = set()
    for w in normalise(text).split():
        v = word_number(w)
        if v is not None and w not in ("a", "one"):
            out.add(f"#{v:g}")
        elif len(w) >= 3 and w not in _STOP:
            out.add(_stem(w))
    return frozenset(out)


class Nearness:
    """How much of a sentence's distinctive weight another sentence shares (0..1)."""

    def __init__(self, an: Analysis, articles: list[Article]) -> None:
        self.toks = {s.id: tokens(s.text) for a in articles for s in a.sentences}
        df: Counter[str] = Counter()
        for ts in self.toks.values():
            df.update(ts)
        n = max(len(self.toks), 1)
        self.idf = {t: math.log((n + 1) / (k + 0.5)) for t, k in df.items()}
        self.weight = {sid: sum(self.idf[t] for t in ts) for sid, ts in self.toks.items()}
        del an

    def shares(self, a: str, b: str) -> tuple[float, float]:
        """(Dice, share of b's weight found in a) of two sentences' distinctive weight."""
        ta, tb = self.toks.get(a, frozenset()), self.toks.get(b, frozenset())
        wa, wb = self.weight.get(a, 0.0), self.weight.get(b, 0.0)
        if min(wa, wb) <= 0:
            return 0.0, 0.0
        shared = sum(self.idf[t] for t in ta & tb)
        return 2 * shared / (wa + wb), shared / wb

    def same_in_other_words(self, a: str, b: str) -> bool:
        return self.shares(a, b)[0] >= UNIQUE_NEAR

    def maybe_same(self, a: str, b: str) -> bool:
        """Whether `a` may state what `b` states: alike, or most of `b` found in `a`."""
        dice, contained = self.shares(a, b)
        return dice >= OMIT_NEAR or contained >= OMIT_CONTAINED


def compared_articles(an: Analysis) -> list[Article]:
    """The outlets that count: aligned articles, one per set of copies."""
    return [a for a in an.articles if not a.duplicate_of and a.language in ("en", "und")]


def unique_sentences(an: Analysis, article_id: str, near: Nearness | None = None) -> tuple[Sentence, ...]:
    """Sentences of one outlet in no fact, with no sentence of another outlet near them."""
    arts = compared_articles(an)
    if article_id not in {a.id for a in arts}:
        return ()
    near = near or Nearness(an, arts)
    in_facts = {sid for f in an.facts for sid in f.sentences}
    others = [s.id for a in arts if a.id != article_id for s in a.sentences]
    return tuple(s for s in an.article(article_id).sentences
                 if s.id not in in_facts and not any(near.same_in_other_words(s.id, o) for o in others))


def firm(fact: Fact, threshold: float | None = None) -> bool:
    """Whether every member of a fact is matched to another at the aligner's own threshold.

    A fact held together by weak matches may be two facts run together; an outlet
    that reports one of them is then not leaving "it" out, so no omission is claimed."""
    if threshold is None:
        threshold = AlignSettings().threshold
    strong = {s for e in fact.evidence if e.score >= threshold for s in (e.a, e.b)}
    return all(s in strong for s in fact.sentences)


def omitted_facts(an: Analysis, article_id: str, near: Nearness | None = None, *,
                  most: float = MOST) -> tuple[str, ...]:
    """Facts most other outlets report that this outlet states nowhere, not even in other words;
    only facts whose members are firmly matched."""
    arts = compared_articles(an)
    ids = {a.id for a in arts}
    if article_id not in ids or len(arts) < 2:
        return ()
    near = near or Nearness(an, arts)
    mine = [s.id for s in an.article(article_id).sentences]
    out = []
    for f in an.facts:
        reporters = {a for a in f.articles if a in ids}
        if article_id in f.articles or len(reporters) <= most * (len(arts) - 1) or not firm(f):
            continue
        members = [m for m in f.sentences if m.split(".", 1)[0] in reporters]
        if not any(near.maybe_same(x, m) for x in mine for m in members):
            out.append(f.id)
    return tuple(out)


def outlet_gaps(an: Analysis, *, most: float = MOST) -> tuple[OutletGaps, ...]:
    """Per article (all of them, in order): its omitted facts and unique sentences."""
    arts = compared_articles(an)
    near = Nearness(an, arts)
    return tuple(OutletGaps(a.id, omitted_facts(an, a.id, near, most=most),
                            tuple(s.id for s in unique_sentences(an, a.id, near)))
                 for a in an.articles)


def fact_outlets(an: Analysis, fact_id: str) -> tuple[str, ...]:
    """The outlets (copies not counted) that report a fact."""
    ids = {a.id for a in compared_articles(an)}
    fact = next(f for f in an.facts if f.id == fact_id)
    return tuple(a for a in fact.articles if a in ids)


def shared_word(word: str) -> bool:
    """Whether a lower-case word could be shared evidence at all (not a function word)."""
    return bool(re.fullmatch(r"[a-z]{3,}", word)) and word not in _STOP
