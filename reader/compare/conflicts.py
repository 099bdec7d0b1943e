"""Number conflicts: facts whose members give different values for the same
thing (a count, a date, a sum of money), told apart from values that merely
count different things by the words around them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.model import Analysis
from reader.text import CLAIM_STOP_WORDS, crude_stem

from .claims import MONTHS, WEEKDAYS, Claim

#: Uncommon words two claims' neighbourhoods must share to be about the same thing.
SAME_THING_WORDS = 2


@dataclass(frozen=True)
class ConflictValue:
    article: str
    value: str
    claims: tuple[str, ...]


@dataclass(frozen=True)
class NumberConflict:
    """A fact whose members state different values for one dimension."""

    fact: str
    dimension: str
    values: tuple[ConflictValue, ...]
    summary: str


def _local_words(an: Analysis, c: Claim, window: int = 8) -> set[str]:
    """Content words (crudely stemmed) near a claim's value in its sentence."""
    sent = an.sentence(c.sentence)
    before = sent.text[: c.start - sent.start].split()[-window:]
    after = sent.text[c.end - sent.start:].split()[:window]
    return {_stem(w) for w in before + after if _stem(w)}


def _stem(word: str) -> str:
    w = re.sub(r"[^a-z]", "", word.lower())
    if len(w) < 4 or w in CLAIM_STOP_WORDS or w in WEEKDAYS or w[:3] in MONTHS:
        return ""
    return crude_stem(w)


def number_conflicts(an: Analysis, claims: tuple[Claim, ...]) -> tuple[NumberConflict, ...]:
    """Facts whose members give different values for the same thing.

    Two claims are about the same thing when they measure the same dimension and
    their neighbouring words share two words that are not common in the story
    (a fact's sentences often carry other numbers: a meeting on Monday after
    talks on Sunday). Two outlets conflict when they have such pairs and none
    of them agree. Vague values ("several days", "recently") are never compared.
    """
    by_sentence: dict[str, list[Claim]] = {}
    for c in claims:
        if c.value is not None and c.dimension not in ("when", "year"):
            by_sentence.setdefault(c.sentence, []).append(c)
    df: Counter[str] = Counter()
    n_sent = 0
    for art in an.articles:
        for s in art.sentences:
            n_sent += 1
            df.update({_stem(w) for w in s.text.split()} - {""})
    common = {w for w, k in df.items() if k > max(3, 0.12 * n_sent)}
    local: dict[str, set[str]] = {}
    names = {a.id: a.name for a in an.articles}
    out = []
    for fact in an.facts:
        per_art: dict[str, list[Claim]] = {}
        for sid in fact.sentences:
            per_art.setdefault(an.sentence(sid).article, []).extend(by_sentence.get(sid, ()))
        arts = [a for a in per_art if per_art[a]]
        clashes: dict[str, dict[str, Claim]] = {}
        for i, a in enumerate(arts):
            for b in arts[i + 1:]:
                same: dict[str, list[tuple[Claim, Claim]]] = {}
                for ca in per_art[a]:
                    for cb in per_art[b]:
                        if ca.dimension != cb.dimension:
                            continue
                        wa = local.setdefault(ca.id, _local_words(an, ca) - common)
                        wb = local.setdefault(cb.id, _local_words(an, cb) - common)
                        if len(wa & wb) >= SAME_THING_WORDS:
                            same.setdefault(ca.dimension, []).append((ca, cb))
                for dim, pairs in same.items():
                    if any(x.value == y.value for x, y in pairs):
                        continue
                    for x, y in pairs:
                        clashes.setdefault(dim, {})[x.id] = x
                        clashes[dim][y.id] = y
        for dim, cs in clashes.items():
            grouped: dict[tuple[str, str], list[str]] = {}
            for c in cs.values():
                grouped.setdefault((c.article, c.value or ""), []).append(c.id)
            values = tuple(ConflictValue(a, v, tuple(ids)) for (a, v), ids in grouped.items())
            by_value: dict[str, list[str]] = {}
            for cv in values:
                by_value.setdefault(cv.value, []).append(names.get(cv.article, cv.article))
            summary = "; ".join(f"{', '.join(dict.fromkeys(ns))}: {v}" for v, ns in by_value.items())
            out.append(NumberConflict(fact=fact.id, dimension=dim, values=values,
                                      summary=f"{_dim_words(dim)} differ: {summary}"))
    return tuple(out)


def _dim_words(dim: str) -> str:
    kind, _, unit = dim.partition(":")
    if kind == "duration":
        return f"Durations in {unit}s"
    if kind == "count":
        return f"Counts of {unit}s"
    if kind == "money":
        return "Amounts of money"
    return {"date": "Dates", "weekday": "Weekdays", "month": "Months", "percent": "Percentages"}.get(kind, kind)
