"""The same quotation across outlets: who trimmed it, changed a word, gave it
to another speaker, or stated its words without quotation marks.

Works on the quotes the language stage found (`Analysis.quotes`); never finds
them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

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
    in_fact: set[tuple[str, str]] = set()
    for f in an.facts:
        for x in f.sentences:
            for y in f.sentences:
                in_fact.add((x, y))
    parent = list(range(len(cands)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    norms = [q.norm for q in cands]
    lenient: list[tuple[float, int, int]] = []
    for i in range(len(cands)):
        for j in range(i + 1, len(cands)):
            qa, qb = cands[i], cands[j]
            if qa.article == qb.article:
                continue
            short = min(_words(qa), _words(qb))
            sim = quote_similarity(norms[i], norms[j])
            if sim >= (GROUP_MIN if short >= 3 else 1.0):
                parent[find(i)] = find(j)
            elif short >= 4 and sim >= GROUP_MIN_IN_FACT_WORDS and \
                    fuzz.partial_ratio(norms[i], norms[j]) >= GROUP_MIN_IN_FACT and \
                    any((x, y) in in_fact for x in qa.sentences for y in qb.sentences):
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
    out = []
    for q in quotes:
        if _words(q) < PARAPHRASE_WORDS:
            continue
        qn = q.norm
        for art_id, sid, text in plain:
            if art_id == q.article or len(text) < len(qn) * 0.6:
                continue
            sc = fuzz.partial_ratio(qn, text)
            if sc >= PARAPHRASE_MIN:
                out.append(Paraphrase(q.id, art_id, sid, float(sc)))
    return tuple(out)


def quote_report(an: Analysis) -> QuoteReport:
    """The analysis's quotes and their groups across outlets."""
    return QuoteReport(quotes=an.quotes, groups=group_quotes(an, an.quotes))
