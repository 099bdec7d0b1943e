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


#: Two figures of one kind this close (relative to the larger) may be one thing reported twice.
CLOSE = 0.1


def _close_pairs(claims: tuple[Claim, ...]) -> list[tuple[str, str]]:
    """Sentences of different outlets with figures of one specific kind within `CLOSE` of each other
    ("turnout was 61%" / "64 percent voted",
    "in a fortnight" / "within two weeks"): perhaps one thing, so neither is "only this outlet's".
    Sorted by value, so each claim is compared with its neighbours only."""
    by_dim: dict[str, list[tuple[float, Claim]]] = {}
    for c in claims:
        dim = "duration" if c.dimension == "offset" else c.dimension  # "in a fortnight" / "within two weeks"
        if dim.startswith((*_SAME_KIND, "duration")) and dim not in ("tally", "count:people") \
                and c.lo is not None and c.hi is not None and c.hi != float("inf") and c.lo >= 10:
            by_dim.setdefault(dim, []).append(((c.lo + c.hi) / 2, c))
    out: list[tuple[str, str]] = []
    for items in by_dim.values():
        items.sort(key=lambda t: (t[0], t[1].id))
        for i, (v, x) in enumerate(items):
            for w, y in items[i + 1:i + 13]:
                if w - v > CLOSE * w:
                    break
                if x.article != y.article:
                    out.append((x.sentence, y.sentence))
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
    out.extend(_close_pairs(claims))
    by_id = {c.id: c for c in claims}
    for k in conflicts:
        sents = [by_id[cid].sentence for v in k.values for cid in v.claims if cid in by_id]
        out.extend((x, y) for i, x in enumerate(sents) for y in sents[i + 1:] if article_of(x) != article_of(y))
    return out
