"""Why a sentence was matched: its score against each other outlet's member, in words.

A match the reader cannot question is one they cannot trust, so for the
sentence under the cursor this lists, per other outlet reporting the fact,
the aligner's score and the reasons the core gives (shared words, names,
numbers, quoted words). Where an outlet has several sentences in the fact,
the best-scoring one is explained.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import FactRef
from reader.ui.marks import Item, Piece, Row, Target, unit_of
from reader.ui.screens.panel import PanelScreen

if TYPE_CHECKING:
    from reader.align.explain import Explanation
    from reader.ui.story import Story


def explain_items(story: Story, pane: int, unit: int) -> list[Item]:
    """Rows explaining the match of sentence `unit` in `pane` with its fact's other members."""
    from reader.align.explain import explain_match

    an = story.analysis
    fact = story.fact_at(pane, unit)
    article = story.articles[pane].article
    if fact is None or unit >= len(article.sentences):
        return [Row((("This sentence is not matched: no other outlet reports it.", "muted"),))]
    sid = article.sentences[unit].id
    items: list[Item] = [Row(((f"{FactRef(fact).name} ", "tag"), (story.label(fact), "head"))),
                         Row((("Sentence ", "muted"), (f"s{unit + 1}", "tag"), (" of ", "muted"),
                              (article.name, "head"), (": ", "muted"), (article.sentences[unit].text, "")))]
    for other in sorted(story.fact_articles[fact]):
        if other == pane:
            continue
        target = story.articles[other].article
        members = [s.id for s in target.sentences if s.index in story.articles[other].members.get(fact, ())]
        if not members:
            continue
        best = max((explain_match(an, sid, m) for m in members), key=_score)
        items.append(Row(_lines(target.name, best), Target(other, unit_of(best.b))))
    return items


def _score(explanation: Explanation) -> float:
    return explanation.score if explanation.score is not None else -1.0


def _lines(outlet: str, ex: Explanation) -> tuple[Piece, ...]:
    score = f"score {ex.score:.2f}" if ex.score is not None else "no direct score"
    verdict = "matched directly" if ex.score is not None else "in the fact through its other members"
    pieces: list[Piece] = [(outlet, "head"), ("  ", ""), (score, "score"), (f" · {verdict}", "muted")]
    for reason in ex.reasons:
        if reason.startswith("Reported together in fact"):
            continue  # the heading above already names the fact
        pieces += [("\n  • ", "muted"), (reason, "")]
    return tuple(pieces)


class ExplainScreen(PanelScreen):
    """Score and reasons of one sentence's match with each other outlet."""

    toggle_keys = ("w",)
    hint = "↑↓ move · Enter jumps to that outlet's sentence · Esc closes"

    def __init__(self, story: Story, pane: int, unit: int) -> None:
        super().__init__("Why this sentence matched", explain_items(story, pane, unit), id="explain")
