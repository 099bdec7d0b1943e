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

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .entities import fold
from .model import Article, Entity
from .numbers import number_value
from .participants import Role, verb_roles
from .synonyms import sense_terms

_NONWORD = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")

#: Reporting verbs and function words that every news sentence shares: they say
#: nothing about which fact a sentence states.
_REPORTING = {
    "say", "tell", "add", "note", "state", "report", "according", "declare", "mr", "mrs", "ms", "also",
    "would", "could", "said", "told", "include", "make", "take", "year", "time", "one", "two", "well",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day", "last",
}


@dataclass(frozen=True)
class SentenceFeatures:
    id: str
    article: int
    index: int
    text: str
    norm: str  # folded, lower-cased, punctuation-free words
    lemmas: frozenset[str]  # content lemmas; entity words replaced by "@<entity id>"
    entities: frozenset[str]  # linked entity ids (names, not dates)
    numbers: frozenset[str]  # normalised quantities
    quotes: tuple[str, ...]  # normalised quoted passages
    speakers: frozenset[str] = frozenset()  # entity ids of the people quoted in the sentence
    roles: frozenset[Role] = frozenset()  # (verb stem, slot, "@entity"): reader.core.participants
    lead: bool = False  # a headline or standfirst (reader.core.headlines), not a body sentence


@cache
def _stemmer():
    """Loaded on first use: snowballstemmer imports all its languages, which only
    feature extraction needs, not the views that just normalise text."""
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def normalise(text: str) -> str:
    t = fold(text).lower().replace("-", " ")
    t = _NONWORD.sub(" ", t)
    return _SPACES.sub(" ", t).strip()


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
                   names: dict[str, tuple[str, ...]]):
    """token -> its linked entity ("@e3") and the words of its names ("=bush"), for
    verb roles (reader.core.participants)."""

    def filler(tok) -> tuple[str, ...]:
        pos = base + tok.idx
        j = bisect_right(starts, pos) - 1
        if j >= 0 and ments[j][0] <= pos < ments[j][1] and ments[j][3] not in ("DATE", "TIME"):
            word = normalise(tok.text)
            return ("@" + ments[j][2], *names.get(ments[j][2], ()), *(("=" + word,) if word else ()))
        return ()  # numbers are not participants: outlets' different counts are one fact, in conflict

    return filler


def sentence_features(articles: Sequence[Article], sent_docs: Sequence[Sequence[tuple[object, int, int]]],
                      entities: Sequence[Entity]) -> list[SentenceFeatures]:
    """Features of every sentence; `sent_docs[i][k]` is (spaCy Doc, start, end) of sentence k of article i."""
    art_index = {a.id: i for i, a in enumerate(articles)}
    spans: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for ent in entities:
        for m in ent.mentions:
            spans[art_index[m.article]].append((m.start, m.end, ent.id, ent.label))
    for v in spans.values():
        v.sort()
    stem = _stemmer().stemWord
    names = {e.id: tuple(sorted({"=" + w for w in normalise(e.name).split() if len(w) > 1})) for e in entities}
    out: list[SentenceFeatures] = []
    for i, art in enumerate(articles):
        ments = spans.get(i, [])
        starts = [m[0] for m in ments]
        for k, sent in enumerate(art.sentences):
            doc, s, e = sent_docs[i][k]
            base = sent.start - s  # article offset of the span doc
            lemmas: set[str] = set()
            ents: set[str] = set()
            numbers: set[str] = set()
            tokens = doc.char_span(s, e, alignment_mode="expand")  # type: ignore[attr-defined]
            for tok in tokens if tokens is not None else ():
                pos = base + tok.idx
                j = bisect_right(starts, pos) - 1
                if j >= 0 and ments[j][0] <= pos < ments[j][1]:
                    _, _, eid, label = ments[j]
                    if label != "DATE":
                        ents.add(eid)
                        lemmas.add("@" + eid)
                        continue
                if tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
                    v = number_value(tok.text)
                    if v is not None:
                        numbers.add(v)
                        lemmas.add("#" + v)
                        continue
                if tok.is_punct or tok.is_space or tok.is_stop or not any(c.isalnum() for c in tok.text):
                    continue
                lemma = fold(tok.lemma_).lower().strip("'\"")
                if len(lemma) < 2 or lemma in _REPORTING:
                    continue
                for part in lemma.split("-"):
                    if len(part) >= 2 and part not in _REPORTING:
                        lemmas.add(stem(part))
                lemmas.update(sense_terms(lemma, tok.pos_))
            out.append(SentenceFeatures(
                id=sent.id, article=i, index=k, text=sent.text, norm=normalise(sent.text),
                lemmas=frozenset(lemmas), entities=frozenset(ents), numbers=frozenset(numbers),
                quotes=quoted_passages(sent.text), lead=sent.role != "body",
                roles=verb_roles(tokens or (), _filler_finder(ments, starts, base, names), stem),
            ))
    return out
