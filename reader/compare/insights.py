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

from reader.align.explain import Explanation, explain_match
from reader.model import Analysis, Fact, Quote, SentenceRef

from . import omissions
from .conflicts import Claim, NumberConflict, find_claims, number_conflicts
from .links import same_quantity_pairs
from .near_conflicts import near_conflicts
from .omissions import OutletGaps, outlet_gaps
from .quotes import QuoteGroup, quote_report
from .transposed import transposed_conflicts
from .worddiff import FactDiff, fact_diffs

__all__ = ["Coverage", "CoverageRow", "Insights", "OutletGaps", "compute_insights", "coverage_matrix",
           "explain_match", "Explanation", "outlet_gaps"]


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


def _first_position(an: Analysis, f: Fact) -> SentenceRef:
    return min(an.ref(s) for s in f.sentences)


def coverage_matrix(an: Analysis) -> Coverage:
    """Facts x outlets, ordered by how many outlets report each fact, then by
    where the fact first appears."""
    arts = tuple(a.id for a in an.articles)
    rows = []
    for f in an.facts:
        by_article: dict[str, list[str]] = {}  # one pass over the members, not one per article
        for s in f.sentences:
            by_article.setdefault(an.sentence(s).article, []).append(s)
        cells = tuple(tuple(by_article.get(a, ())) for a in arts)
        rows.append(CoverageRow(f.id, f.label, cells, sum(1 for c in cells if c)))
    rows.sort(key=lambda r: (-r.count, _first_position(an, an.fact(r.fact))))
    return Coverage(arts, tuple(rows))


def compute_insights(an: Analysis) -> Insights:
    """Every comparison insight of one analysis."""
    qr = quote_report(an)
    claims = find_claims(an)
    conflicts = number_conflicts(an, claims)
    conflicts += tuple(transposed_conflicts(an, claims, conflicts))
    conflicts += tuple(near_conflicts(an, claims, conflicts))
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
