"""Number conflicts between sentences the aligner did not put in one fact.

"The Progressive Union fell to 29 seats" and "Pike's Progressive Union held 31", or "net profit
fell 18%" and "net income dropped 15 percent", state one measured thing in words too different
for one fact. Such a pair conflicts only when the evidence is strict (right, or silent):

- the two quantities are of one specific dimension (a tally, a share, an amount of money of one
  kind, a count of one noun), not a date, a year or a duration, which a story holds many of;
- beside them the two sentences share at least `MIN_EVIDENCE` pieces of evidence: content words
  next to the quantities, named entities of the two sentences, the kind of money their clauses
  speak of ("profit" and "income" are both earnings);
- each is the other's one best match (no tie) among the other outlet's quantities of that
  dimension;
- neither value appears anywhere in the other outlet's article (an outlet that gives both
  figures is speaking of two things);
- a fact holds one of the two sentences, to show the conflict under.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Analysis
from .conflicts import Claim, NumberConflict, _comparable, _near_words, _stem, agree, make_conflict
from .omissions import compared_articles
from .roles import role

#: Pieces of shared evidence two sentences need before their quantities are compared.
MIN_EVIDENCE = 2


def _specific(c: Claim) -> bool:
    d = c.dimension
    return (d in ("tally", "share", "points") or d.startswith("money:")
            or d.startswith("count:") and d != "count:people")


def _entities(an: Analysis) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for e in an.entities:
        for m in e.mentions:
            if m.sentence is not None:
                out.setdefault(m.sentence, set()).add(e.id)
    return {k: frozenset(v) for k, v in out.items()}


class _Evidence:
    def __init__(self, an: Analysis, claims: list[Claim]) -> None:
        self.words = {c.id: _near_words(an, c) for c in claims}
        self.ents = _entities(an)
        self.stems = {e.id: frozenset(w for w in map(_stem, e.name.split()) if w) for e in an.entities}
        self.role = {c.id: role(c.dimension, c.context) for c in claims}

    def items(self, c: Claim) -> list[str]:
        """What two claims must share for any evidence at all (the keys of the index)."""
        out = [f"w:{w}" for w in sorted(self.words[c.id])] + [f"e:{e}" for e in sorted(self.ents.get(c.sentence, ()))]
        return out + ([f"r:{self.role[c.id]}"] if self.role[c.id] else [])

    def score(self, x: Claim, y: Claim) -> int:
        """Shared words beside the two quantities, shared entities not already counted as a word,
        and one more when their clauses speak of one kind of money or percentage."""
        words = self.words[x.id] & self.words[y.id]
        ents = self.ents.get(x.sentence, frozenset()) & self.ents.get(y.sentence, frozenset())
        extra = sum(1 for e in ents if not self.stems[e] & words)
        kind = self.role[x.id]
        return len(words) + extra + int(kind is not None and kind == self.role[y.id])


def _best(x: Claim, among: list[Claim], ev: _Evidence) -> Claim | None:
    """The one claim of `among` with the most evidence in common with `x`, if it has enough and no tie."""
    scored = sorted(((ev.score(x, y), k) for k, y in enumerate(among)), key=lambda t: (-t[0], t[1]))
    if not scored or scored[0][0] < MIN_EVIDENCE or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return among[scored[0][1]]


def near_conflicts(an: Analysis, claims: Iterable[Claim], known: Iterable[NumberConflict] = ()) -> list[NumberConflict]:
    """Conflicts between quantities of sentences in no fact together, on strict evidence."""
    ids = {a.id for a in compared_articles(an)}
    shown = {cid for k in known for v in k.values for cid in v.claims}
    facts_of: dict[str, set[str]] = {}
    for f in an.facts:
        for sid in f.sentences:
            facts_of.setdefault(sid, set()).add(f.id)
    order = {f.id: n for n, f in enumerate(an.facts)}
    pool = [c for c in claims if c.article in ids and _comparable(c) and _specific(c)]
    ev = _Evidence(an, pool)
    by_art: dict[tuple[str, str], list[Claim]] = {}
    for c in pool:
        by_art.setdefault((c.article, c.dimension), []).append(c)
    index: dict[tuple[str, str], set[str]] = {}  # (dimension, evidence item) -> articles
    for c in pool:
        for item in ev.items(c):
            index.setdefault((c.dimension, item), set()).add(c.article)
    names = {a.id: a.name for a in an.articles}
    out: list[NumberConflict] = []
    for x in pool:
        arts = set().union(*(index[(x.dimension, item)] for item in ev.items(x)))
        for art in sorted(a for a in arts if a > x.article):
            if x.id in shown:
                continue
            theirs, mine = by_art.get((art, x.dimension), []), by_art[(x.article, x.dimension)]
            y = _best(x, theirs, ev)
            if y is None or y.id in shown or _best(y, mine, ev) is not x:
                continue
            if facts_of.get(x.sentence, set()) & facts_of.get(y.sentence, set()) or agree(x, y) is not False:
                continue  # one fact: compared there; or no disagreement
            if any(agree(x, z) for z in theirs) or any(agree(y, z) for z in mine):
                continue
            fids = sorted(facts_of.get(x.sentence, set()) | facts_of.get(y.sentence, set()), key=order.__getitem__)
            if fids:
                out.append(make_conflict(fids[0], x.dimension, [x, y], names))
                shown |= {x.id, y.id}
    return out
