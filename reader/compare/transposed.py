"""Counts whose digits two outlets give in another order ("1,350" / "1,530", "31,420" / "34,120").

Two counts of one kind made of the same four or more digits in another order are one number
misreported far more often than two numbers that happen to share their digits, wherever the
aligner put their sentences. Hedges do not excuse them: "about 1,350" and "some 1,530" still
name two figures for one thing. Shown under a fact that holds one of the sentences; none, no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.model import Analysis

from .conflicts import Claim, NumberConflict, family, make_conflict
from .omissions import compared_articles

#: Fewer digits than this are too easily shared by chance (12 / 21 seats).
MIN_DIGITS = 4


def _digits(c: Claim) -> str | None:
    """The digits of a whole count as written ("1,350" -> "1350"), or None."""
    if not c.dimension.startswith("count:") or family(c.dimension) != "count":
        return None
    digits = re.sub(r"[,\s]", "", c.text)
    m = re.search(r"\d{%d,}" % MIN_DIGITS, digits)
    return m.group() if m and not m.group().endswith("000") else None


def transposed_conflicts(an: Analysis, claims: Iterable[Claim],
                         known: Iterable[NumberConflict] = ()) -> list[NumberConflict]:
    """Conflicts between counts of different outlets written with the same digits in another order,
    unless a conflict already shows one of the two claims."""
    ids = {a.id for a in compared_articles(an)}
    shown = {cid for k in known for v in k.values for cid in v.claims}
    by_key: dict[str, list[tuple[str, Claim]]] = {}
    for c in claims:
        d = _digits(c)
        if d is not None and c.article in ids and c.id not in shown:
            by_key.setdefault("".join(sorted(d)), []).append((d, c))
    fact_of: dict[str, str] = {}
    for f in an.facts:
        for sid in f.sentences:
            fact_of.setdefault(sid, f.id)
    names = {a.id: a.name for a in an.articles}
    out = []
    for key in sorted(by_key):
        group = by_key[key]
        if len({d for d, _ in group}) < 2 or len({c.article for _, c in group}) < 2 or len(group) > 6:
            continue
        cs = [c for _, c in group]
        fid = next((fact_of[c.sentence] for c in cs if c.sentence in fact_of), None)
        if fid is not None:
            # hedges do not make two written figures one: "about 1,350" is not "some 1,530"
            out.append(make_conflict(fid, "count", cs, names, same=lambda a, b: _digits(a) == _digits(b)))
    return out
