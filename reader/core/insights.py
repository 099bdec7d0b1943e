"""How the outlets differ, computed from a finished analysis.

The aligner says which sentences state the same fact; this module says what a
fact-checker asks next: what each outlet changed in its wording, how quotes
drifted, which facts an outlet left out and which it alone has, which numbers
disagree, and how widely each fact was reported. Everything here is a pure
function of an `Analysis` (no spaCy, no UI), so the app, `reader analyze --json`
and `reader report` all show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import omissions
from .conflicts import Claim, NumberConflict, find_claims, number_conflicts, same_quantity_pairs
from .explain import Explanation, explain_match
from .model import Analysis, Fact
from .omissions import OutletGaps, outlet_gaps
from .quotes import Quote, QuoteGroup, quote_report
from .worddiff import FactDiff, fact_diffs

__all__ = ["Coverage", "CoverageRow", "Insights", "OutletGaps", "compute_insights", "coverage_matrix",
           "explain_match", "Explanation", "insights_to_dict", "outlet_gaps"]


@dataclass(frozen=True)
class CoverageRow:
    fact: str
    label: str
    cells: tuple[tuple[str, ...], ...]  # per article (in Coverage.articles order): its member sentence ids
    count: int  # outlets reporting the fact


@dataclass(frozen=True)
class Coverage:
    """Facts x outlets, most widely reported first."""

    articles: tuple[str, ...]
    rows: tuple[CoverageRow, ...]


@dataclass(frozen=True)
class Insights:
    diffs: tuple[FactDiff, ...]
    quotes: tuple[Quote, ...]
    quote_groups: tuple[QuoteGroup, ...]
    gaps: tuple[OutletGaps, ...]
    claims: tuple[Claim, ...]
    conflicts: tuple[NumberConflict, ...]
    coverage: Coverage

    def diff_of(self, fact_id: str) -> FactDiff | None:
        return next((d for d in self.diffs if d.fact == fact_id), None)

    def gaps_of(self, article_id: str) -> OutletGaps | None:
        return next((g for g in self.gaps if g.article == article_id), None)

    def conflicts_of(self, fact_id: str) -> tuple[NumberConflict, ...]:
        return tuple(c for c in self.conflicts if c.fact == fact_id)

    def quote(self, quote_id: str) -> Quote:
        return next(q for q in self.quotes if q.id == quote_id)


def _first_position(an: Analysis, f: Fact) -> tuple[int, int]:
    order = {a.id: i for i, a in enumerate(an.articles)}
    return min((order[s.split(".", 1)[0]], an.sentence(s).index) for s in f.sentences)


def coverage_matrix(an: Analysis) -> Coverage:
    """Facts x outlets, ordered by how many outlets report each fact, then by
    where the fact first appears."""
    arts = tuple(a.id for a in an.articles)
    rows = []
    for f in an.facts:
        cells = tuple(tuple(s for s in f.sentences if s.split(".", 1)[0] == a) for a in arts)
        rows.append(CoverageRow(f.id, f.label, cells, sum(1 for c in cells if c)))
    rows.sort(key=lambda r: (-r.count, _first_position(an, next(f for f in an.facts if f.id == r.fact))))
    return Coverage(arts, tuple(rows))


def compute_insights(an: Analysis) -> Insights:
    """Every comparison insight of one analysis."""
    qr = quote_report(an)
    claims = find_claims(an)
    conflicts = number_conflicts(an, claims)
    links = omissions.quote_links(qr.quotes, qr.groups) + same_quantity_pairs(an, claims, conflicts)
    return Insights(
        diffs=fact_diffs(an),
        quotes=qr.quotes,
        quote_groups=qr.groups,
        gaps=omissions.outlet_gaps(an, linked=links),
        claims=claims,
        conflicts=conflicts,
        coverage=coverage_matrix(an),
    )


def _bound(x: float | None) -> float | None:
    """A range end for JSON: infinity (\"more than 200\") has no JSON number, so it is null."""
    return None if x is None or x in (float("inf"), float("-inf")) else round(x, 6)


def insights_to_dict(ins: Insights) -> dict[str, Any]:
    """The "insights" key of `reader analyze --json`. Offsets are into article text."""
    return {
        "diffs": [
            {"fact": d.fact, "reference": d.reference,
             "members": [{"article": m.article, "sentences": list(m.sentences), "reference": m.is_reference,
                          "similarity": round(m.similarity, 4), "mode": m.mode,
                          "spans": [{"kind": s.kind, "start": s.start, "end": s.end, "text": s.text,
                                     "reference": s.reference} for s in m.spans]}
                         for m in d.members]}
            for d in ins.diffs
        ],
        "quotes": [
            {"id": q.id, "article": q.article, "start": q.start, "end": q.end, "text": q.text,
             "sentences": list(q.sentences), "speaker": q.speaker, "speaker_name": q.speaker_name,
             "via": q.via, "continues": q.continues}
            for q in ins.quotes
        ],
        "quote_groups": [
            {"id": g.id, "quotes": list(g.quotes), "articles": list(g.articles),
             "speakers": [{"article": a, "speaker": s} for a, s in g.speakers],
             "speakers_differ": g.speakers_differ,
             "paraphrases": [{"quote": p.quote, "article": p.article, "sentence": p.sentence,
                              "score": round(p.score, 2)} for p in g.paraphrases]}
            for g in ins.quote_groups
        ],
        "outlets": [
            {"article": g.article, "omitted_facts": list(g.omitted), "unique_sentences": list(g.unique)}
            for g in ins.gaps
        ],
        "claims": [
            {"id": c.id, "article": c.article, "sentence": c.sentence, "kind": c.kind, "start": c.start,
             "end": c.end, "text": c.text, "dimension": c.dimension, "value": c.value,
             "context": {"start": c.context_start, "end": c.context_end, "text": c.context},
             "range": [_bound(c.lo), _bound(c.hi)], "hedge": c.hedge}
            for c in ins.claims
        ],
        "number_conflicts": [
            {"fact": c.fact, "dimension": c.dimension, "summary": c.summary,
             "values": [{"article": v.article, "value": v.value, "claims": list(v.claims), "texts": list(v.texts)}
                        for v in c.values]}
            for c in ins.conflicts
        ],
        "coverage": {
            "articles": list(ins.coverage.articles),
            "rows": [{"fact": r.fact, "label": r.label, "count": r.count,
                      "cells": [list(c) for c in r.cells]} for r in ins.coverage.rows],
        },
    }



def insights_json(an: Analysis, *, use_cache: bool = True) -> dict[str, Any]:
    """`insights_to_dict(compute_insights(an))`, from the cache when this exact
    analysis was seen before: the insights pass costs more than reading a
    cached analysis, and a relaunch should not pay it again."""
    import hashlib
    import json

    from .cache import Cache, code_version
    from .model import analysis_to_dict

    key = ""
    if use_cache:
        blob = json.dumps(analysis_to_dict(an, include_text=True), sort_keys=True, ensure_ascii=False)
        key = hashlib.sha256(f"insights\n{code_version()}\n{blob}".encode("utf-8", "surrogatepass")).hexdigest()
        raw = Cache().read("insights", key)
        if raw is not None:
            try:
                return json.loads(raw)
            except ValueError:
                pass  # a corrupt entry is rebuilt below
    data = insights_to_dict(compute_insights(an))
    if use_cache:
        Cache().write("insights", key, json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return data
