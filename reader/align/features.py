"""What the aligner compares: a small, typography-proof summary of each sentence.

Outlets differ in quotes, dashes, hyphens and inflection ("high-level" /
"high level", "meets" / "met"), and name the same things differently ("U.S." /
"United States"). Each sentence is reduced to normalised text for fuzzy
matching, content lemmas (with linked entities standing in for their words),
numbers, and the words it quotes, so that these differences cost nothing.

Lemmas are further reduced to their Snowball stems: a lemmatiser keeps
derivations apart ("manage" / "management", "responsible" / "responsibly",
"discuss" / "discussion") that paraphrasing outlets swap freely.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import repeat
from sys import intern
from typing import Any

from reader.language.coref import antecedent, description, organisations
from reader.language.entity_rules import NAME_TITLES, name_words
from reader.language.numbers import number_value, rounded
from reader.language.participants import Role, verb_roles
from reader.language.quantity_terms import alignment_terms
from reader.language.roles import money_role, share_role
from reader.language.synonyms import sense_terms
from reader.model import Article, Entity, Quote, Sentence
from reader.text import fold, normalise

from .written_forms import agency_span, capitals_of, in_capitals, per_cent

_NONWORD = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
#: Reporting verbs and function words that every news sentence shares: they say
#: nothing about which fact a sentence states.
_REPORTING = {
    "say", "tell", "add", "note", "state", "report", "according", "declare", "mr", "mrs", "ms", "also",
    "would", "could", "said", "told", "include", "make", "take", "year", "time", "one", "two", "well",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day", "last",
}


ENTITY_WEIGHT = 1.3
#: Words in a row inside quotation marks that make two sentences quote one statement
#: (reader.align.scoring.QUOTE_RUN_SCORE); fewer ("he said", "very good") are common phrases.
QUOTE_RUN = 5
#: A shared WordNet sense ("~n07428954", reader.language.synonyms) weighs this much of a
#: word of the same rarity: a synonym is evidence, but less than the same word. A
#: word's own term then weighs 1 - SENSE_WEIGHT, so that a word with its sense weighs
#: what a word weighed alone and names and numbers keep their share of a sentence's weight.
SENSE_WEIGHT = 0.25
#: The kind of a percentage or an amount of money ("%market": a share price, `_kind_of`) weighs
#: this much of a word of the same rarity: two figures of one kind are often one measure, but
#: also often two (a share price on two days), so the kind is evidence, less than a word
#: (0.8: outlets name one measure in other words, "a price tag of $X" / "expected to cost $Y",
#: "a raise of X%" / "a pay increase of Y percent", and such a pair is where a conflict is).
KIND_WEIGHT = 0.8


def _factor(term: str, senses: bool) -> float:
    c = term[0]
    if c == "@":
        return ENTITY_WEIGHT
    if c == "~":
        return SENSE_WEIGHT
    if c in "%$":
        return KIND_WEIGHT
    return 1.0 - SENSE_WEIGHT if senses and c != "#" else 1.0


class Weights:
    """IDF of content lemmas over the story's sentences.

    A word every outlet uses about this story ("meeting", the protagonists'
    names) says little about which fact a sentence states; rare words say a
    lot. Computed per story, so it adapts to any topic. A linked entity
    weighs `ENTITY_WEIGHT` times a word of the same rarity: who and where
    are what identify an event, and outlets name them whatever words they
    choose around them.
    """

    def __init__(self, feats: Sequence[SentenceFeatures]) -> None:
        df: Counter[str] = Counter()
        body = [f for f in feats if not f.lead]  # headlines repeat the body's words: they say nothing of rarity
        for f in body:
            df.update(f.terms)
        n = max(1, len(body))
        senses = any(t[0] == "~" for t in df)  # WordNet senses are on (reader.language.synonyms)
        self.idf = {t: math.log((n + 1) / (c + 0.5)) * _factor(t, senses) for t, c in df.items()}
        self.default = math.log(n + 1)
        #: The weight of a word that two body sentences use, the rarest a shared word can be:
        #: the unit of a pair's evidence (reader.align.grouping.WEAK_EVIDENCE).
        self.pair_word = math.log((n + 1) / 2.5)

    def of(self, terms: Iterable[str]) -> float:
        """Summed weight; `fsum` so the result does not depend on the order in
        which a set of terms happens to iterate (it varies between runs)."""
        return math.fsum(map(self.idf.get, terms, repeat(self.default)))


@dataclass(frozen=True, slots=True)  # one per sentence, all alive while aligning: no per-instance dict
class SentenceFeatures:
    """`terms` are kept as a sorted tuple of interned strings, not a set: a sentence's set of
    about twenty terms is 600 bytes or more, its tuple about 200, and every sentence of a story
    is alive while it is aligned. `lemmas` and `norm` are computed when asked for (scoring asks
    for them only for the pairs it explains)."""

    id: str
    article: int
    index: int
    text: str
    terms: tuple[str, ...]  # content lemmas, sorted; entity words replaced by "@<entity id>"
    entities: frozenset[str]  # linked entity ids (names, not dates)
    numbers: frozenset[str]  # normalised quantities
    quotes: tuple[str, ...]  # normalised quoted passages
    speakers: frozenset[str] = frozenset()  # entity ids of the people quoted in the sentence
    roles: frozenset[Role] = frozenset()  # (verb stem, slot, "@entity"): reader.language.participants
    lead: bool = False  # a headline or standfirst (reader.ingest.headlines), not a body sentence

    @property
    def lemmas(self) -> frozenset[str]:
        """The content lemmas as a set."""
        return frozenset(self.terms)

    @property
    def norm(self) -> str:
        """Folded, lower-cased, punctuation-free words (`reader.text.normalise`)."""
        return normalise(self.text)


def compact_terms(terms: Iterable[str]) -> tuple[str, ...]:
    """Terms as `SentenceFeatures.terms` keeps them: each once, sorted, interned; the shared
    empty tuple when there are none."""
    return tuple(sorted({intern(t) for t in terms}))


@cache
def _stemmer():
    """Loaded on first use: snowballstemmer imports all its languages, which only
    feature extraction needs, not the views that just normalise text."""
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def quoted_passages(text: str) -> tuple[str, ...]:
    """The passages inside quotation marks, normalised; a quote still open at the
    end of a sentence counts too (quotes that span sentences)."""
    t = fold(text)
    out = []
    for m in re.finditer(r'"([^"]+)"', t + ('"' if t.count('"') % 2 else "")):
        q = normalise(m.group(1))
        if len(q.split()) >= 2:
            out.append(q)
    return tuple(out)


def _filler_finder(ments: list[tuple[int, int, str, str]], starts: list[int], base: int,
                   names: dict[str, tuple[str, ...]]) -> Callable[[Any], tuple[str, ...]]:
    """token -> its linked entity ("@e3") and the words of its names ("=bush"), for
    verb roles (reader.language.participants)."""

    def filler(tok: Any) -> tuple[str, ...]:
        pos = base + tok.idx
        j = bisect_right(starts, pos) - 1
        if j >= 0 and ments[j][0] <= pos < ments[j][1] and ments[j][3] not in ("DATE", "TIME"):
            word = normalise(tok.text)
            word = "" if ments[j][3] == "PERSON" and word in NAME_TITLES else word  # a title is no name
            return ("@" + ments[j][2], *names.get(ments[j][2], ()), *(("=" + word,) if word else ()))
        return ()  # numbers are not participants: outlets' different counts are one fact, in conflict

    return filler


def sentence_features(articles: Sequence[Article], parsed: Iterable[Any],
                      entities: Sequence[Entity]) -> list[SentenceFeatures]:
    """Features of every sentence. `parsed` gives the spaCy parses of the body
    spans (`reader.language.nlp.SpanDoc`) in article then text order, as the
    sentences were split from them: sentence k of an article is its k-th bound."""
    from reader.language.nlp import sentence_bounds

    art_index = {a.id: i for i, a in enumerate(articles)}
    spans: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for ent in entities:
        for m in ent.mentions:
            spans[art_index[m.article]].append((m.start, m.end, ent.id, ent.label))
    for found in spans.values():
        found.sort()
    starts = {i: [m[0] for m in found] for i, found in spans.items()}
    named = _named_organisations(entities, art_index)
    names = {e.id: name_words(e.name, e.label) for e in entities}
    capitals = capitals_of(entities)
    out: list[SentenceFeatures] = []
    seen = [0] * len(articles)
    for sd in parsed:
        i = sd.article
        for s, e in sentence_bounds(sd.doc):
            sent = articles[i].sentences[seen[i]]
            if sent.start != sd.offset + s or sent.end != sd.offset + e:
                raise RuntimeError(f"sentence {sent.id} is not where its parse puts it")
            if named.get(i):
                _descriptions(sd.doc, s, e, sd.offset, spans[i], starts.setdefault(i, []), named[i])
            out.append(_features(sent, articles[i].sentences, i, seen[i], sd.doc, s, e, spans.get(i, []),
                                 starts.get(i, []), names, capitals))
            seen[i] += 1
    if seen != [len(a.sentences) for a in articles]:
        raise RuntimeError("the parses do not give every sentence")
    return out


def _named_organisations(entities: Sequence[Entity], art_index: dict[str, int]
                         ) -> dict[int, tuple[list[tuple[int, str]], dict[str, frozenset[str]]]]:
    """Article -> its (start, entity id) names of organisations in sentences, in order, and the
    words of each organisation's names (reader.language.coref)."""
    orgs = organisations(entities)
    named: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for ent in entities:
        if ent.id in orgs:
            for m in ent.mentions:
                if m.sentence is not None:
                    named[art_index[m.article]].append((m.start, ent.id))
    return {i: (sorted(found), orgs) for i, found in named.items()}


def _descriptions(doc: Any, s: int, e: int, base: int, ments: list[tuple[int, int, str, str]], starts: list[int],
                  named: tuple[list[tuple[int, str]], dict[str, frozenset[str]]]) -> None:
    """Adds, in place and in order, a mention of the organisation each "the company" of the
    sentence at [s, e) of `doc` stands for, as if the article had named it there."""
    tokens = doc.char_span(s, e, alignment_mode="expand")
    for tok in tokens if tokens is not None else ():
        head = description(tok)
        if head is None:
            continue
        start, end = base + tok.idx, base + tok.idx + len(tok.text)
        j = bisect_right(starts, start) - 1
        if j >= 0 and ments[j][1] > start:
            continue  # already inside a name
        eid = antecedent(head, start, *named)
        if eid is not None:
            ments.insert(j + 1, (start, end, eid, "ORG"))
            starts.insert(j + 1, start)


def _kind_of(tok: Any, text: str) -> str | None:
    """The kind of quantity a number token gives, by its sentence's words: two outlets' share
    prices ("shares climbed 14%" / "stock up 41%") are one measure, whatever else they say."""
    if tok.ent_type_ == "PERCENT" or per_cent(tok):
        kind = share_role(text)
        return "%" + kind if kind else None
    if tok.ent_type_ == "MONEY":
        kind = money_role(text)
        return "$" + kind if kind else None
    return None


def _features(sent: Sentence, article_sentences: Sequence[Sentence], i: int, k: int, doc: Any, s: int, e: int,
              ments: list[tuple[int, int, str, str]],
              starts: list[int], names: dict[str, tuple[str, ...]], capitals: dict[str, str]) -> SentenceFeatures:
    """The features of sentence `k` of article `i`, at [s, e) of its span's `doc`."""
    stem = _stemmer().stemWord
    base = sent.start - s  # article offset of the span doc
    lemmas: set[str] = set()
    ents: set[str] = set()
    numbers: set[str] = set()
    tokens = doc.char_span(s, e, alignment_mode="expand")
    skip = agency_span(sent, article_sentences, k)
    for tok in tokens if tokens is not None else ():
        pos = base + tok.idx
        if skip[0] <= pos < skip[1]:
            continue
        j = bisect_right(starts, pos) - 1
        if j >= 0 and ments[j][0] <= pos < ments[j][1]:
            _, _, eid, label = ments[j]
            if label != "DATE":
                ents.add(eid)
                lemmas.add(intern("@" + eid))
                continue
        if (capital := in_capitals(tok, capitals)) is not None:  # a dateline's "PELLHAM" is Pellham
            ents.add(capital)
            lemmas.add(intern("@" + capital))
            continue
        if tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
            v = number_value(tok.text)
            if v is not None:
                numbers.add(intern(v))
                kind = _kind_of(tok, sent.text)
                if kind:
                    lemmas.add(intern(kind))
                # a large figure also as its rounding, which a round figure is alone:
                # "34,120" and "more than 34,000" share "#~34000"
                near = rounded(v)
                if near != v:
                    lemmas.add(intern("#" + v))
                if near is not None:
                    lemmas.add(intern("#~" + near))
                continue
        if tok.is_punct or tok.is_space or tok.is_stop or not any(c.isalnum() for c in tok.text):
            continue
        lemma = fold(tok.lemma_).lower().strip("'\"")
        if lemma == "cent" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "per":
            lemma = "percent"  # "18 per cent" = "18 percent"
        if len(lemma) < 2 or lemma in _REPORTING:
            continue
        for part in lemma.split("-"):
            if len(part) >= 2 and part not in _REPORTING:
                lemmas.add(intern(stem(part)))
        lemmas.update(sense_terms(lemma, tok.pos_))
    lemmas.update(intern(t) for t in alignment_terms(sent.text))  # "one in four" = "25%"
    return SentenceFeatures(
        id=sent.id, article=i, index=k, text=sent.text, terms=compact_terms(lemmas),
        entities=_frozen(ents), numbers=_frozen(numbers),
        quotes=quoted_passages(sent.text), lead=sent.role != "body",
        roles=verb_roles(tokens or (), _filler_finder(ments, starts, base, names), stem) or _EMPTY,
    )


#: One empty set for every sentence without entities, numbers or roles: an empty
#: frozenset is 216 bytes, and most sentences have two or three.
_EMPTY: frozenset[Any] = frozenset()


def _frozen(items: set[str]) -> frozenset[str]:
    """`items` as a frozenset, the shared empty one when there are none. Its
    strings are interned by the caller: a story's sentences repeat the same
    few thousand terms, each copy 50 bytes or more."""
    return frozenset(items) if items else _EMPTY


def with_speakers(feats: list[SentenceFeatures], quotes: Sequence[Quote]) -> list[SentenceFeatures]:
    """Who is quoted in each sentence, so the aligner can keep two people's
    words apart even when they use the same phrases."""
    who: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker:
            for sid in q.sentences:
                who.setdefault(sid, set()).add(q.speaker)
    return [replace(f, speakers=frozenset(who[f.id])) if f.id in who else f for f in feats]


def quote_partners(feats: Sequence[SentenceFeatures]) -> dict[int, list[int]]:
    """For each sentence, the sentences of other articles that quote a run of words it quotes
    (an index over the distinct quotations, so that wire copies cost one entry)."""
    by_quotes: dict[tuple[str, ...], list[int]] = {}
    for k, f in enumerate(feats):
        if f.quotes and quote_runs(f):
            by_quotes.setdefault(f.quotes, []).append(k)
    postings: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for q in by_quotes:
        for run in sorted(_runs(q)):
            postings.setdefault(run, []).append(q)
    out: dict[int, list[int]] = {}
    for q, members in by_quotes.items():
        near = {other for run in _runs(q) for other in postings[run]}
        partners = sorted({y for other in near for y in by_quotes[other]})
        for x in members:
            found = [y for y in partners if feats[y].article != feats[x].article]
            if found:
                out[x] = found
    return out


def quote_runs(f: SentenceFeatures) -> frozenset[tuple[str, ...]]:
    """Every run of `QUOTE_RUN` consecutive words inside the sentence's quotation marks."""
    return _runs(f.quotes)


@lru_cache(maxsize=1 << 16)
def _runs(quotes: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for q in quotes:
        w = q.split()
        out.update(tuple(w[k:k + QUOTE_RUN]) for k in range(len(w) - QUOTE_RUN + 1))
    return frozenset(out)
