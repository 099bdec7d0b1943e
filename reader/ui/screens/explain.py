"""Why a sentence was matched: its score against each other outlet's member, in words.

A match the reader cannot question is one they cannot trust, so for the
sentence under the cursor this lists, per other outlet reporting the fact,
the aligner's score and the reasons the core gives (shared words, names,
numbers, quoted words). Where an outlet has several sentences in the fact,
the best-scoring one is explained.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import article_of
from reader.ui.facts import Story, unit_of
from reader.ui.marks import Item, Piece, Row, Target
from reader.ui.screens.panel import PanelScreen

if TYPE_CHECKING:
    from reader.align.explain import Explanation
    from reader.compare.views_data import ViewData


def explain_items(story: Story, data: ViewData, pane: int, unit: int, fact: int) -> list[Item]:
    """Rows explaining sentence `unit` of `pane` as a member of `fact`, against each other outlet."""
    article = story.articles[pane].article
    if fact not in story.facts_at(pane, unit) or unit >= len(article.sentences):
        return [Row((("This sentence is not matched: no other outlet reports it.", "muted"),))]
    sentence = article.sentences[unit]
    items: list[Item] = [Row(((f"{story.name(fact)} ", "tag"), (story.label(fact), "head"))),
                         Row((("Sentence ", "muted"), (f"s{unit + 1}", "tag"), (" of ", "muted"),
                              (article.name, "head"), (": ", "muted"), (sentence.text, "")))]
    pane_of = {index.article.id: p for p, index in enumerate(story.articles)}
    for best in sorted(data.explain(sentence.id, story.fact_id(fact)),
                       key=lambda e: pane_of.get(article_of(e.b), len(pane_of))):
        other = pane_of.get(article_of(best.b))
        if other is not None:
            items.append(Row(_lines(story.articles[other].article.name, best), Target(other, unit_of(best.b))))
    return items


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

    def __init__(self, story: Story, data: ViewData, pane: int, unit: int, fact: int) -> None:
        super().__init__(f"Why this sentence is in {story.name(fact)}", explain_items(story, data, pane, unit, fact),
                         id="explain")
