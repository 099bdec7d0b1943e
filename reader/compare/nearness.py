"""How near two outlets' sentences are: the one nearness behind omissions, unique sentences
and the sentences a conflict looks at.

Sentences are bags of distinctive words (crudely stemmed, numbers by value), each word
weighed by its rarity in the story (IDF). Two sentences are near when they share enough of
that weight (Dice), or when one outlet has one sentence that shares far more with a sentence
than the rest of its sentences do (it stands out), or when they are linked by other evidence
(one quotation, one measured quantity).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from sys import intern

import numpy as np

from reader.language.quantities import word_number

from ..model import Analysis, Article, article_of
from ..text import normalise
from .subjects import opening_subjects

#: Two sentences may state the same thing in other words when their shared distinctive weight
#: (Dice, 0..1) reaches this: then neither is unique.
UNIQUE_NEAR = 0.3
#: A sentence whose best match in another outlet shares at least STANDOUT_MIN (Dice) while that
#: outlet's next best shares under STANDOUT_RATIO of it stands out from the background: the
#: outlet probably states it in other words, so it is not claimed unique (right, or silent).
#: 0.08 is about one distinctive word in common between two sentences of ordinary length:
#: paraphrases written with few shared words often keep just one (the noun of the event).
STANDOUT_MIN = 0.08
STANDOUT_RATIO = 0.25
#: A lower bar before claiming an omission (Dice, or the share of the shorter sentence's weight):
#: when unsure, claim nothing. Lower than UNIQUE_NEAR, so the two lists never contradict.
OMIT_NEAR = 0.2
OMIT_CONTAINED = 0.5
#: Room for float rounding when a sparse product rules pairs out before the exact test.
_SLACK = 1e-9
#: A sentence with fewer distinctive words than this says too little to tell whether another
#: outlet states it ("We're just not there yet."): never claimed unique.
MIN_DISTINCT = 3
#: A sentence whose distinctive weight is at least this much found among the members of one
#: fact (other outlets' members together) may state that fact in words spread over its members.
FACT_COVER = 0.5
#: "3,000" is one number, not "3" and "000".
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f](?=\d{3}\b)")
#: Words ending in "s" that are no plural ("news", "status", "analysis", "class").
_NOT_PLURAL = ("ss", "us", "is", "news")
_STOP = frozenset("""
a an the and or but of in on at to for from with by as is are was were be been being has have had do does did
that this these those it its he she they we you i his her their our your him them us who whom which what when
where why how not no nor so if then than there here also just only very more most much many some any all each
both few other such own same too can could will would shall should may might must said says say told tell
according after before over under into out up down about again further once during while because until
against between through above below off per mr ms mrs dr
""".split())


def _stem(word: str) -> str:
    """Crude stem: one suffix off, a plural "s" even from a short word ("apps" = "app")."""
    for suf in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suf) and len(word) - len(suf) >= (3 if suf == "s" else 4):
            if suf == "s" and word.endswith(_NOT_PLURAL):
                break
            word = word[: -len(suf)]
            break
    return word[:7]


def tokens(text: str) -> frozenset[str]:
    """Distinctive words of a sentence, crudely stemmed; numbers by value ("twelve" = "12",
    "3,000" = "3000"). Interned: a story's sentences repeat a few thousand words, and
    each sentence's own copies cost 50 bytes or more a word (4 MB over a 490,000-character article)."""
    out = set()
    for w in normalise(_THOUSANDS.sub("", text)).split():
        v = word_number(w)
        if v is not None and w not in ("a", "one"):
            out.add(intern(f"#{v:g}"))
        elif len(w) >= 3 and w not in _STOP:
            out.add(intern(_stem(w)))
    return frozenset(out)


class Nearness:
    """How much of a sentence's distinctive weight another outlet's sentence shares.

    Sentences are compared only with those that share one of their heavier words
    (an inverted index), so a thousand-article story costs no more than its pairs
    that could be near. `linked` pairs state the same thing by other evidence
    (one quotation, one measured quantity) and count as near whatever their words.
    """

    def __init__(self, an: Analysis, articles: list[Article], linked: Iterable[tuple[str, str]] = ()) -> None:
        # each sentence's words as a sorted tuple: a set of twenty words is 600 bytes or more, its tuple 200
        self.toks = {s.id: tuple(sorted(tokens(s.text))) for a in articles for s in a.sentences}
        self._an, self._articles = an, articles
        self._about: dict[str, list[str]] | None = None
        self._subject: dict[str, str] = {}
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
        self._facts = {f.id: f.sentences for f in an.facts}
        self._fact_of: dict[str, list[str]] = {}
        for f in an.facts:
            for m in f.sentences:
                self._fact_of.setdefault(m, []).append(f.id)
        self._fact_words: dict[str, dict[str, tuple[str, ...]]] = {}
        self.linked: dict[str, set[str]] = {}
        for x, y in linked:
            if x in self.toks and y in self.toks and article_of(x) != article_of(y):
                self.linked.setdefault(x, set()).add(y)
                self.linked.setdefault(y, set()).add(x)

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
        ta, tb = self.toks.get(a, ()), self.toks.get(b, ())
        wa, wb = self.weight.get(a, 0.0), self.weight.get(b, 0.0)
        if min(wa, wb) <= 0:
            return 0.0, 0.0
        shared = sum(self.idf[t] for t in frozenset(ta).intersection(tb))
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

    def _words_of_fact(self, fid: str) -> dict[str, tuple[str, ...]]:
        """Each distinctive word of a fact's members, with (up to two of) the outlets using it."""
        known = self._fact_words.get(fid)
        if known is None:
            known = {}
            for m in self._facts[fid]:
                art = self.art.get(m)
                for t in sorted(self.toks.get(m, ())):
                    arts = known.get(t, ())
                    if art is not None and art not in arts and len(arts) < 2:
                        known[t] = (*arts, art)
            self._fact_words[fid] = known
        return known

    def fact_cover(self, sid: str) -> float:
        """The largest share of this sentence's distinctive weight found among the other outlets'
        members of one fact together (over the facts of the sentences that share its words)."""
        total, own = self.weight.get(sid, 0.0), self.art.get(sid) or article_of(sid)
        if total <= 0:
            return 0.0
        facts = sorted({f for o in self.candidates(sid) for f in self._fact_of.get(o, ())})
        best = 0.0
        for fid in facts:
            words = self._words_of_fact(fid)
            found = sum(self.idf[t] for t in self.toks[sid] if any(a != own for a in words.get(t, ())))
            best = max(best, found / total)
        return best

    def verdict(self, sid: str) -> str:
        """For a sentence in no fact: "shared" (another outlet states it in other words),
        "possibly" (weak evidence that one does, or too little said to tell) or "unique"."""
        if any(self.same_in_other_words(sid, o) for o in self.candidates(sid)):
            return "shared"
        if (len(self.toks.get(sid, ())) < MIN_DISTINCT or self.standouts(sid)
                or self.fact_cover(sid) >= FACT_COVER or self.same_subject(sid)):
            return "possibly"
        return "unique"

    def same_subject(self, sid: str) -> bool:
        """Whether another outlet opens a sentence with the name this one opens with, one this
        sentence's outlet has no aligned counterpart of (reader.compare.subjects)."""
        if self._about is None:
            self._subject = opening_subjects(self._an, self._articles)
            self._about = {}
            for x in sorted(self._subject):
                self._about.setdefault(self._subject[x], []).append(x)
        who, own = self._subject.get(sid), article_of(sid)
        return who is not None and any(
            article_of(x) != own and not any(article_of(m) == own for f in self._fact_of.get(x, ())
                                             for m in self._facts[f])
            for x in self._about[who])

    def near_articles(self, member: str) -> set[str]:
        """The outlets with a sentence that may state what `member` states."""
        return {article_of(x) for x in self.near_many(member, self.candidates(member))}
