"""Sentence pairs of different outlets that state one measured thing, whatever their words.

"1,200 jobs" and "twelve hundred workers", "net income dropped 15 percent" and "net profit
fell 18%", or the two sides of a number conflict: such pairs are not "only this outlet"
sentences, even when the aligner did not put them in one fact.
"""

from __future__ import annotations

from ..model import Analysis, article_of
from .conflicts import Claim, NumberConflict, _near_words, family

#: Dimensions whose equal values across outlets mean the same statement (not a date or a year,
#: which many sentences of a story share).
_LINKING = ("tally", "money:", "share", "points", "area", "length", "count:", "minute", "duration")


#: Kinds specific enough that one word in common beside two quantities says they measure one thing.
_SAME_KIND = ("tally", "money:", "share", "points", "area", "count:")


def _same_kind_pairs(claims: tuple[Claim, ...], near: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    """Sentences of different outlets with a quantity of one kind and a word in common next to it
    ("net income dropped 15 percent" / "net profit fell 18%"), through an index of (kind, word)."""
    index: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.dimension.startswith(_SAME_KIND) and c.dimension != "count:people" and c.id in near:
            for w in sorted(near[c.id]):
                index.setdefault((c.dimension, w), []).append(c)
    out: list[tuple[str, str]] = []
    for cs in index.values():
        if len(cs) <= 12:  # a word beside every number of the story says nothing
            out.extend((x.sentence, y.sentence) for i, x in enumerate(cs) for y in cs[i + 1:]
                       if x.article != y.article)
    return out


def same_quantity_pairs(an: Analysis, claims: tuple[Claim, ...],
                        conflicts: tuple[NumberConflict, ...]) -> list[tuple[str, str]]:
    """Sentence pairs of different outlets that state one measured thing: the same distinctive value
    of one dimension ("1,200 jobs" / "twelve hundred workers"), a quantity of one kind with a word in
    common beside it, or two sides of a number conflict."""
    near = {c.id: _near_words(an, c) for c in claims if c.dimension.startswith(_LINKING)}
    by_value: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.value is not None and c.dimension.startswith(_LINKING) and c.dimension != "count:people" \
                and not c.hedge and (c.lo or 0) >= 10:
            by_value.setdefault((family(c.dimension), c.value), []).append(c)
    out: list[tuple[str, str]] = []
    for cs in by_value.values():
        if len({c.article for c in cs}) <= 1 or len(cs) > 12:
            continue  # one outlet's, or a number too common in the story to say anything
        out.extend((x.sentence, y.sentence) for i, x in enumerate(cs) for y in cs[i + 1:] if x.article != y.article)
    out.extend(_same_kind_pairs(claims, near))
    by_id = {c.id: c for c in claims}
    for k in conflicts:
        sents = [by_id[cid].sentence for v in k.values for cid in v.claims if cid in by_id]
        out.extend((x, y) for i, x in enumerate(sents) for y in sents[i + 1:] if article_of(x) != article_of(y))
    return out
