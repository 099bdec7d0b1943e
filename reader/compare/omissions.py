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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..model import Analysis, Article, Fact, Sentence, article_of
from ..settings import AlignSettings
from ..text import normalise
from .quantities import word_number

#: Two sentences may state the same thing in other words when their shared distinctive weight
#: (Dice, 0..1) reaches this: then neither is unique.
UNIQUE_NEAR = 0.3
#: A sentence whose best match in another outlet shares at least STANDOUT_MIN (Dice) while that
#: outlet's next best shares under STANDOUT_RATIO of it stands out from the background: the
#: outlet probably states it in other words, so it is not claimed unique (right, or silent).
STANDOUT_MIN = 0.12
STANDOUT_RATIO = 0.25
#: A lower bar before claiming an omission (Dice, or the share of the shorter sentence's weight):
#: when unsure, claim nothing. Lower than UNIQUE_NEAR, so the two lists never contradict.
OMIT_NEAR = 0.2
OMIT_CONTAINED = 0.5
#: Room for float rounding when a sparse product rules pairs out before the exact test.
_SLACK = 1e-9
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
    """How much of a sentence's distinctive weight another outlet's sentence shares.

    Sentences are compared only with those that share one of their heavier words
    (an inverted index), so a thousand-article story costs no more than its pairs
    that could be near. `linked` pairs state the same thing by other evidence
    (one quotation, one measured quantity) and count as near whatever their words.
    """

    def __init__(self, an: Analysis, articles: list[Article], linked: Iterable[tuple[str, str]] = ()) -> None:
        self.toks = {s.id: tokens(s.text) for a in articles for s in a.sentences}
        self.art = {s.id: a.id for a in articles for s in a.sentences}
        self._candidates: dict[str, list[str]] = {}
        self._row: dict[str, int] | None = None
        self._cols = self._ptr = self._idf = self._w = np.zeros(0)
        df: Counter[str] = Counter()
        for ts in self.toks.values():
            df.update(ts)
        n = max(len(self.toks), 1)
        self.cap = max(200, n // 50)
        self.idf = {t: math.log((n + 1) / (k + 0.5)) for t, k in df.items()}
        self.weight = {sid: sum(self.idf[t] for t in ts) for sid, ts in self.toks.items()}
        self.postings: dict[str, list[str]] = {}
        for sid, ts in self.toks.items():
            for t in ts:
                if df[t] <= self.cap:
                    self.postings.setdefault(t, []).append(sid)
        self.linked: dict[str, set[str]] = {}
        for x, y in linked:
            if x in self.toks and y in self.toks and article_of(x) != article_of(y):
                self.linked.setdefault(x, set()).add(y)
                self.linked.setdefault(y, set()).add(x)
        del an

    def candidates(self, sid: str) -> list[str]:
        """Other outlets' sentences sharing one of the words that make up 90% of this one's weight
        (kept: omissions, unique sentences and conflicts ask again for the same sentences)."""
        known = self._candidates.get(sid)
        if known is None:
            known = self._candidates[sid] = self._find_candidates(sid)
        return known

    def _find_candidates(self, sid: str) -> list[str]:
        toks = sorted(self.toks.get(sid, ()), key=lambda t: (-self.idf[t], t))
        seen: set[str] = set(self.linked.get(sid, ()))
        total, acc = self.weight.get(sid, 0.0), 0.0
        for t in toks:
            seen.update(self.postings.get(t, ()))
            acc += self.idf[t]
            if acc > 0.9 * total:
                break
        own = self.art.get(sid) or article_of(sid)
        return sorted(x for x in seen if (self.art.get(x) or article_of(x)) != own)

    def shares(self, a: str, b: str) -> tuple[float, float]:
        """(Dice, share of b's weight found in a) of two sentences' distinctive weight."""
        ta, tb = self.toks.get(a, frozenset()), self.toks.get(b, frozenset())
        wa, wb = self.weight.get(a, 0.0), self.weight.get(b, 0.0)
        if min(wa, wb) <= 0:
            return 0.0, 0.0
        shared = sum(self.idf[t] for t in ta & tb)
        return 2 * shared / (wa + wb), shared / wb

    def same_in_other_words(self, a: str, b: str) -> bool:
        return b in self.linked.get(a, ()) or self.shares(a, b)[0] >= UNIQUE_NEAR

    def near_many(self, m: str, others: list[str], both: bool = False) -> list[str]:
        """The `others` x (in order) with `maybe_same(x, m)`, and `maybe_same(m, x)` too when
        `both`: one sparse product rules out the pairs far below the bars, the exact test
        decides the rest, so a big fact costs a few array operations per member."""
        rows = self._rows()
        if not others or m not in rows or any(x not in rows for x in others):
            return [x for x in others if self.maybe_same(x, m) and (not both or self.maybe_same(m, x))]
        idx = np.fromiter((rows[x] for x in others), dtype=np.intp, count=len(others))
        shared = self._shared_with(rows[m], idx)
        wm, wo = self._w[rows[m]], self._w[idx]
        alike = 2.0 * shared >= (OMIT_NEAR - _SLACK) * (wm + wo)
        ok = alike | (shared >= (OMIT_CONTAINED - _SLACK) * wm)
        if both:
            ok &= alike | (shared >= (OMIT_CONTAINED - _SLACK) * wo)
        linked = self.linked.get(m, ())
        return [x for k, x in enumerate(others) if (ok[k] or x in linked)
                and self.maybe_same(x, m) and (not both or self.maybe_same(m, x))]

    def _shared_with(self, row: int, idx: np.ndarray) -> np.ndarray:
        """About the weight sentence `row` shares with each of the sentences `idx` (summed in
        another order than `shares`, so equal up to rounding)."""
        vec = np.zeros(self._idf.shape[0])
        own = self._cols[self._ptr[row]:self._ptr[row + 1]]
        vec[own] = self._idf[own]
        starts, lens = self._ptr[idx], self._ptr[idx + 1] - self._ptr[idx]
        offsets = np.concatenate(([0], np.cumsum(lens)))
        pos = np.repeat(starts - offsets[:-1], lens) + np.arange(offsets[-1])
        sums = np.concatenate(([0.0], np.cumsum(vec[self._cols[pos]])))
        return sums[offsets[1:]] - sums[offsets[:-1]]

    def _rows(self) -> dict[str, int]:
        """Each sentence's word ids (CSR-like arrays) and the words' IDF, built on first use."""
        if self._row is None:
            ids = list(self.toks)
            vocab: dict[str, int] = {}
            cols: list[int] = []
            ptr = [0]
            for sid in ids:
                cols.extend(vocab.setdefault(t, len(vocab)) for t in self.toks[sid])
                ptr.append(len(cols))
            self._cols = np.asarray(cols, dtype=np.intp)
            self._ptr = np.asarray(ptr, dtype=np.intp)
            self._idf = np.zeros(max(1, len(vocab)))
            for t, k in vocab.items():
                self._idf[k] = self.idf[t]
            self._w = np.asarray([self.weight[sid] for sid in ids])
            self._row = {sid: k for k, sid in enumerate(ids)}
        return self._row

    def maybe_same(self, a: str, b: str) -> bool:
        """Whether `a` may state what `b` states: linked, alike, or most of `b` found in `a`."""
        if b in self.linked.get(a, ()):
            return True
        dice, contained = self.shares(a, b)
        return dice >= OMIT_NEAR or contained >= OMIT_CONTAINED

    def standouts(self, sid: str) -> list[str]:
        """Per other outlet, its sentence that shares far more with this one than the rest of that
        outlet's sentences do (Dice >= STANDOUT_MIN, runner-up under STANDOUT_RATIO of it)."""
        per_article: dict[str, list[tuple[float, str]]] = {}
        for o in self.candidates(sid):
            per_article.setdefault(article_of(o), []).append((self.shares(sid, o)[0], o))
        out = []
        for art in sorted(per_article):
            scores = sorted(per_article[art], reverse=True)
            runner_up = scores[1][0] if len(scores) > 1 else 0.0
            if scores[0][0] >= STANDOUT_MIN and runner_up <= STANDOUT_RATIO * scores[0][0]:
                out.append(scores[0][1])
        return out

    def has_near(self, sid: str) -> bool:
        """Whether another outlet has a sentence that may state the same as this one: alike, linked,
        or a match that stands out from the rest of that outlet's sentences."""
        return any(self.same_in_other_words(sid, o) for o in self.candidates(sid)) or bool(self.standouts(sid))

    def near_articles(self, member: str) -> set[str]:
        """The outlets with a sentence that may state what `member` states."""
        return {article_of(x) for x in self.near_many(member, self.candidates(member))}


def _statement(text: str) -> bool:
    """A sentence that says something (not a dateline or a name on its own line)."""
    return len(re.findall(r"\b[a-z][a-z'’]+\b", text)) >= 3


def compared_articles(an: Analysis) -> list[Article]:
    """The outlets that count: aligned articles, one per set of copies."""
    return [a for a in an.articles if not a.duplicate_of and a.language in ("en", "und")]


def unique_sentences(an: Analysis, article_id: str, near: Nearness | None = None) -> tuple[Sentence, ...]:
    """Body sentences of one outlet in no fact, with no sentence of another outlet near them.

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
                 if s.id not in in_facts and _statement(s.text) and not near.has_near(s.id))


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
                            tuple(s.id for s in unique_sentences(an, a.id, near)))
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
