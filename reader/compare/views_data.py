"""What the reader's comparison views show that is not in `Insights`, computed once off the event loop.

The quote-drift view marks each outlet's wording of a quotation against the
group's most typical wording, and the "why matched" view explains a sentence
against each other outlet's best member of its fact. Both take word diffs and
feature comparisons, so they are computed here, in the UI's worker thread,
right after the insights, and the views only look them up. It reads a finished
analysis, so it sits with the comparisons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.align.explain import Explanation, explain_match
from reader.model import Analysis, article_of

from .insights import Insights
from .worddiff import diff_words, medoid, words

#: (start, end, kind) inside a quotation's text; kind is "add" or "change".
Mark = tuple[int, int, str]


@dataclass(frozen=True)
class ViewData:
    """Quote wording marks by quote id; explanations by (sentence id, fact id), one per other outlet."""

    quote_marks: dict[str, tuple[Mark, ...]]
    explanations: dict[tuple[str, str], tuple[Explanation, ...]]

    def explain(self, sentence_id: str, fact_id: str) -> tuple[Explanation, ...]:
        return self.explanations.get((sentence_id, fact_id), ())


def quote_marks(insights: Insights) -> dict[str, tuple[Mark, ...]]:
    """Every grouped quotation's changed and added words against the group's medoid wording."""
    quotes = {q.id: q for q in insights.quotes}
    out: dict[str, tuple[Mark, ...]] = {}
    for group in insights.quote_groups:
        members = [quotes[qid] for qid in group.quotes if qid in quotes]
        if not members:
            continue
        seqs = [words(q.text) for q in members]
        ref = seqs[medoid([[w.norm for w in s] for s in seqs])]
        for quote, seq in zip(members, seqs, strict=True):
            _, spans = diff_words(ref, seq, quote.text)
            out[quote.id] = tuple((s.start, s.end, s.kind) for s in spans if s.kind != "drop")
    return out


def _score(explanation: Explanation) -> float:
    return explanation.score if explanation.score is not None else -1.0


def explanations(an: Analysis, cancelled: Callable[[], bool] = lambda: False
                 ) -> dict[tuple[str, str], tuple[Explanation, ...]]:
    """For each member of each fact, the best-scoring explanation against every other outlet's members."""
    out: dict[tuple[str, str], tuple[Explanation, ...]] = {}
    for fact in an.facts:
        if cancelled():
            break
        by_article: dict[str, list[str]] = {}
        for sid in fact.sentences:
            by_article.setdefault(article_of(sid), []).append(sid)
        for sid in fact.sentences:
            own = article_of(sid)
            out[(sid, fact.id)] = tuple(
                max((explain_match(an, sid, other) for other in members), key=_score)
                for article, members in by_article.items() if article != own
            )
    return out


def view_data(an: Analysis, insights: Insights, cancelled: Callable[[], bool] = lambda: False) -> ViewData:
    return ViewData(quote_marks(insights), explanations(an, cancelled))
