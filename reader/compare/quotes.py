"""The same quotation across outlets: who trimmed it, changed a word, gave it
to another speaker, or stated its words without quotation marks.

Works on the quotes the language stage found (`Analysis.quotes`); never finds
them again.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from reader.language.quotes import quote_similarity
from reader.model import Analysis, Article, Quote, Sentence
from reader.text import normalise

GROUP_MIN = 0.8
#: A lower bar (rapidfuzz partial ratio, 0..100) when the aligner already put
#: the two sentences in one fact: a translated quote keeps meaning, not words.
GROUP_MIN_IN_FACT = 60.0
#: ... and half the words still agree.
GROUP_MIN_IN_FACT_WORDS = 0.5
#: A quote whose words another outlet states without quotation marks.
PARAPHRASE_MIN = 92.0
PARAPHRASE_WORDS = 4


@dataclass(frozen=True)
class Paraphrase:
    """An outlet states a quote's words without quotation marks."""

    quote: str
    article: str
    sentence: str
    score: float


@dataclass(frozen=True)
class QuoteGroup:
    """One quotation as several outlets give it."""

    id: str
    quotes: tuple[str, ...]
    articles: tuple[str, ...]
    speakers: tuple[tuple[str, str | None], ...]  # (article, speaker name) per quoting article
    speakers_differ: bool
    paraphrases: tuple[Paraphrase, ...] = ()


@dataclass(frozen=True)
class QuoteReport:
    quotes: tuple[Quote, ...]
    groups: tuple[QuoteGroup, ...]


def _words(q: Quote) -> int:
    return len(q.norm.split())


def group_quotes(an: Analysis, quotes: tuple[Quote, ...]) -> tuple[QuoteGroup, ...]:
    """The same quotation across outlets, by the similarity of the quoted words.

    Two quotes of different articles join when the shorter (two words or more)
    is found in the longer nearly word for word, or more loosely when the aligner has
    already put their sentences in one fact (a translated quote keeps the
    meaning but not the words).
    """
    cands = [q for q in quotes if _words(q) >= 2 and len(q.norm) >= 8]
    clusters = _clusters(an, cands)
    paraphrases = find_paraphrases(an, quotes)
    groups: list[QuoteGroup] = []
    seen_para: set[str] = set()
    members = sorted(clusters, key=lambda qs: min(_pos(an, q) for q in qs))
    for qs in members:
        qs.sort(key=lambda q: _pos(an, q))
        arts = tuple(dict.fromkeys(q.article for q in qs))
        paras = tuple(p for p in paraphrases if p.quote in {q.id for q in qs} and p.article not in arts)
        if len(arts) < 2 and not paras:
            continue
        speakers = tuple((a, next((q.speaker_name for q in qs if q.article == a and q.speaker_name), None))
                         for a in arts)
        ids = {next((q.speaker for q in qs if q.article == a and q.speaker), None) for a in arts}
        ids.discard(None)
        uniq_paras: dict[tuple[str, str], Paraphrase] = {}
        for p in paras:
            key = (p.article, p.sentence)
            if key not in uniq_paras or uniq_paras[key].score < p.score:
                uniq_paras[key] = p
        seen_para.update(p.quote for p in paras)
        groups.append(QuoteGroup(id=f"q{len(groups)}", quotes=tuple(q.id for q in qs), articles=arts,
                                 speakers=speakers, speakers_differ=len(ids) > 1,
                                 paraphrases=tuple(uniq_paras.values())))
    return tuple(groups)


def _clusters(an: Analysis, cands: list[Quote]) -> list[list[Quote]]:
    """The candidate quotes in clusters of one quotation, strict matches first,
    then looser ones inside a fact."""
    facts_of: dict[str, set[str]] = {}
    for f in an.facts:
        for x in f.sentences:
            facts_of.setdefault(x, set()).add(f.id)
    parent = list(range(len(cands)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    norms = [q.norm for q in cands]
    lenient: list[tuple[float, int, int]] = []
    for i, j in _candidate_pairs(norms, [q.article for q in cands]):
        qa, qb = cands[i], cands[j]
        short = min(_words(qa), _words(qb))
        sim = quote_similarity(norms[i], norms[j])
        if sim >= (GROUP_MIN if short >= 3 else 1.0):
            parent[find(i)] = find(j)
        elif short >= 4 and sim >= GROUP_MIN_IN_FACT_WORDS and \
                fuzz.partial_ratio(norms[i], norms[j]) >= GROUP_MIN_IN_FACT and \
                any(facts_of.get(x, _NONE) & facts_of.get(y, _NONE) for x in qa.sentences for y in qb.sentences):
            lenient.append((sim, i, j))
    # Looser pairs only attach a quote that found no partner verbatim, so that a
    # loose match never fuses two quotations that each have their own group.
    count: dict[int, int] = {}
    for i in range(len(cands)):
        count[find(i)] = count.get(find(i), 0) + 1
    for _sim, i, j in sorted(lenient, reverse=True):
        ri, rj = find(i), find(j)
        if ri == rj or (count[ri] > 1 and count[rj] > 1):
            continue
        parent[ri] = rj
        count[rj] += count.pop(ri)
    clusters: dict[int, list[Quote]] = {}
    for i, q in enumerate(cands):
        clusters.setdefault(find(i), []).append(q)
    return list(clusters.values())


_NONE: frozenset[str] = frozenset()
#: The lowest similarity at which two quotes join a group, strictly or loosely.
_SIM_FLOOR = min(GROUP_MIN, GROUP_MIN_IN_FACT_WORDS)


def _candidate_pairs(norms: list[str], arts: list[str]) -> list[tuple[int, int]]:
    """The pairs (i < j, in order) of quotes from different articles that can reach `_SIM_FLOOR`.

    `quote_similarity` is 2M / (n + window) for the shorter quote's n words, M of them
    matched, and the window at least n - 1 words, so it needs M >= floor x (2n - 1) / 2:
    one of the shorter's n - M + 1 rarest words is then in the longer. Only quotes holding
    one of those words are compared, so a story of many quotes costs its near pairs, not all."""
    words = [n.split() for n in norms]
    df: Counter[str] = Counter(w for ws in words for w in set(ws))
    index: dict[str, list[int]] = {}
    for k, ws in enumerate(words):
        for w in dict.fromkeys(ws):
            index.setdefault(w, []).append(k)
    pairs: set[tuple[int, int]] = set()
    for i, ws in enumerate(words):
        n = len(ws)
        need = max(1, math.ceil(_SIM_FLOOR * (2 * n - 1) / 2 - 1e-9))
        for w in dict.fromkeys(sorted(ws, key=lambda x: (df[x], x))[: max(0, n - need + 1)]):
            for j in index[w]:
                if j != i and arts[j] != arts[i] and len(words[j]) >= n:
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _pos(an: Analysis, q: Quote) -> tuple[int, int]:
    order = {a.id: i for i, a in enumerate(an.articles)}
    return (order.get(q.article, 0), q.start)


def _unquoted(art: Article, s: Sentence, quotes: list[Quote]) -> str:
    """The sentence with its quoted words blanked out."""
    chars = list(art.text[s.start:s.end])
    for q in quotes:
        for i in range(max(q.start, s.start), min(q.end, s.end)):
            chars[i - s.start] = " "
    return normalise("".join(chars))


def find_paraphrases(an: Analysis, quotes: tuple[Quote, ...]) -> tuple[Paraphrase, ...]:
    """Sentences of other outlets that state a quote's words without quotation marks."""
    by_art: dict[str, list[Quote]] = {}
    for q in quotes:
        by_art.setdefault(q.article, []).append(q)
    plain: list[tuple[str, str, str]] = []
    for art in an.articles:
        for s in art.sentences:
            plain.append((art.id, s.id, _unquoted(art, s, by_art.get(art.id, []))))
    long_quotes = [q for q in quotes if _words(q) >= PARAPHRASE_WORDS]
    texts = [text for _, _, text in plain]
    out = []
    for lo in range(0, len(long_quotes), _CHUNK):
        chunk = long_quotes[lo:lo + _CHUNK]
        if not texts:
            break
        # every pair in C, below the bar scored 0 without finishing (the same scores above it)
        scores = process.cdist([q.norm for q in chunk], texts, scorer=fuzz.partial_ratio,
                               score_cutoff=PARAPHRASE_MIN, dtype=np.float64, workers=1)
        for q, row in zip(chunk, scores, strict=True):
            qn = q.norm
            for k in np.flatnonzero(row >= PARAPHRASE_MIN).tolist():
                art_id, sid, text = plain[k]
                if art_id == q.article or len(text) < len(qn) * 0.6:
                    continue
                out.append(Paraphrase(q.id, art_id, sid, float(row[k])))
    return tuple(out)


#: Quotes scored against every sentence at once (bounds the score matrix).
_CHUNK = 64


def quote_report(an: Analysis) -> QuoteReport:
    """The analysis's quotes and their groups across outlets."""
    return QuoteReport(quotes=an.quotes, groups=group_quotes(an, an.quotes))
