"""Headlines and standfirsts join the facts of the body, without gluing them.

A headline sums up several body facts at once ("Blinken meets Han on UN
sidelines as contacts increase ahead of summit"); left to the grouping like
any sentence, it would join the facts it touches into one. So the body is
grouped first, and each headline or standfirst then joins the facts whose
members it matches (a pair at `mutual` or above, and on average at `join`),
at most `LEAD_FACTS` of them, its own lede's included; headlines that match no body fact but
match each other at `threshold` form facts of their own.

A headline also sums up its own article's lede: when it shares enough with one
of the article's first `LEDE` body sentences (a score of `mutual` or more; with
the first, any score that counts, `floor`: a headline titles its lede in other
words, "Pellham landslide toll rises to 14" / "A rain-soaked hillside collapsed
onto the mountain town of Pellham"), it joins that sentence's facts too: the one it
matches best, and any other it matches on average at `join` (a lede may state several). Outlets
word their headlines each their own way ("Derby delight: Harbourside 2 Castlegate
1"), and often the only words a headline shares are with its own lede, which does
share words with the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from reader.settings import AlignSettings

from .features import SentenceFeatures, Weights
from .scoring import Neighbours, Table, match_score

#: The first body sentences of an article that its headline sums up.
LEDE = 2
#: The facts a headline or standfirst joins at most: it states its story's main fact, at times
#: two or three side by side ("Veltron to shed 1,200 jobs, close plant"); joined to more, it
#: ties together facts it only shares the story's words with.
LEAD_FACTS = 3
#: Besides the fact it matches best, a headline joins only those it matches at least this share as
#: well (mean score to their members): it states one main fact, and a second one it states matches
#: about as well; one it matches at a fraction of that shares only the story's words with it.
LEAD_RATIO = 0.5


def body_table(feats: Sequence[SentenceFeatures], table: Table) -> Table:
    """The table without the pairs that involve a headline or standfirst."""
    lead = np.fromiter((f.lead for f in feats), dtype=bool, count=len(feats))
    if not lead.any() or not len(table):
        return table
    keep = ~lead[table.i] & ~lead[table.j]
    return Table(table.i[keep], table.j[keep], table.score[keep])


def attach_leads(feats: Sequence[SentenceFeatures], table: Table, groups: list[list[int]],
                 settings: AlignSettings, weights: Weights | None = None,
                 alike: Callable[[int], np.ndarray] | None = None) -> list[list[int]]:
    """`groups` (of body sentences) with the headlines and standfirsts added. A headline is scored
    only against members of the articles `alike` names alike with its own (reader.align.naming):
    two events' headlines of one kind ("Man shot dead outside bar") match each other's facts."""
    leads = [k for k, f in enumerate(feats) if f.lead]
    if not leads:
        return groups
    nbr = table.neighbours()
    out = [list(g) for g in groups]
    placed: set[int] = set()
    for k in leads:
        mine = nbr.get(k, {})
        ranked = []
        ok = alike(feats[k].article) if alike is not None else None
        for n, g in enumerate(groups):
            scores = _scores_to(feats, mine, k, g, ok)
            if not scores or max(scores) < settings.mutual:
                continue
            mean = sum(scores) / len(scores)
            if mean >= settings.join:
                ranked.append((-mean, n))
        ranked.sort()
        near = [n for m, n in ranked if m <= LEAD_RATIO * ranked[0][0]]  # means negated: the best first
        for n in near[: min(LEAD_FACTS, settings.facts_per_sentence)]:
            out[n].append(k)
            placed.add(k)
    if weights is not None:
        placed.update(_with_ledes(feats, nbr, groups, out, leads, settings, weights, alike))
    out.extend(_lead_only(feats, nbr, [k for k in leads if k not in placed], settings))
    return [sorted(g) for g in out]


def _with_ledes(feats: Sequence[SentenceFeatures], nbr: Neighbours, groups: list[list[int]],
                out: list[list[int]], leads: list[int], settings: AlignSettings, weights: Weights,
                alike: Callable[[int], np.ndarray] | None = None) -> list[int]:
    """Adds each headline to the facts of its own lede sentences that it matches
    (see the module's docstring); returns the headlines so placed."""
    ledes: dict[int, list[int]] = {}
    for k, f in enumerate(feats):
        if not f.lead and len(ledes.setdefault(f.article, [])) < LEDE:
            ledes[f.article].append(k)
    facts_of: dict[int, list[int]] = {}
    for n, g in enumerate(groups):
        for x in g:
            facts_of.setdefault(x, []).append(n)
    have: dict[int, int] = {}
    for g in out:
        for x in g:
            if feats[x].lead:
                have[x] = have.get(x, 0) + 1
    placed = []
    for k in leads:
        for rank, lede in enumerate(ledes.get(feats[k].article, [])):
            if match_score(feats[k], feats[lede], weights) < (settings.floor if rank == 0 else settings.mutual):
                continue
            ok = alike(feats[k].article) if alike is not None else None
            for n in _best_of(feats, nbr, k, groups, facts_of.get(lede, []), settings.join, ok):
                if k not in out[n] and have.get(k, 0) < min(LEAD_FACTS, settings.facts_per_sentence):
                    out[n].append(k)
                    have[k] = have.get(k, 0) + 1
                    placed.append(k)
    return placed


def _best_of(feats: Sequence[SentenceFeatures], nbr: Neighbours, k: int,
             groups: list[list[int]], facts: list[int], join: float, ok: np.ndarray | None = None) -> list[int]:
    """Of a lede's `facts`, those headline `k` is titled for: the one it matches best (its mean
    score to their members in other articles; ties: the first), and any it matches on average at
    `join`. A lede that states several facts ("The council voted 7-2 on Tuesday to build the
    depot, after a long hearing") is titled for one or two of them, and the headline's words
    say which: joined to all, it ties the others to a headline that does not state them."""
    if len(facts) < 2:
        return facts
    mine = nbr.get(k, {})
    means = {n: sum(s) / len(s) if (s := _scores_to(feats, mine, k, groups[n], ok)) else 0.0 for n in facts}
    best = max(facts, key=lambda n: (means[n], -n))
    return [n for n in facts if n == best or means[n] >= join]


def _scores_to(feats: Sequence[SentenceFeatures], mine: dict[int, float], k: int, group: list[int],
               ok: np.ndarray | None = None) -> list[float]:
    """Headline `k`'s scores (`mine`: its partners) to the members of `group` in other articles
    (of those `ok` marks, when given)."""
    own = feats[k].article
    return [mine.get(x, 0.0) for x in group if feats[x].article != own and (ok is None or ok[feats[x].article])]


def _lead_only(feats: Sequence[SentenceFeatures], nbr: Neighbours, free: list[int],
               settings: AlignSettings) -> list[list[int]]:
    """Facts of headlines that match each other strongly and no body fact."""
    group_of: dict[int, list[int]] = {}
    for a in free:
        partners = nbr.get(a, {})
        for b in free:
            if b <= a or feats[a].article == feats[b].article or partners.get(b, 0.0) < settings.threshold:
                continue
            ga, gb = group_of.get(a), group_of.get(b)
            if ga is None and gb is None:
                group_of[a] = group_of[b] = [a, b]
            elif ga is None and gb is not None:
                gb.append(a)
                group_of[a] = gb
            elif gb is None and ga is not None:
                ga.append(b)
                group_of[b] = ga
    seen: list[list[int]] = []
    for g in group_of.values():
        if not any(g is s for s in seen):
            seen.append(g)
    return [sorted(g) for g in seen if len({feats[x].article for x in g}) >= 2]
