"""Quote drift: the same quotation as each outlet gives it, with its speaker, side by side.

One heading per quote group, flagged when outlets name different speakers or
when an outlet states the quoted words without quotation marks; then one row
per outlet: its name, the speaker it names, and its wording, with the words it
changed against the group's most typical wording marked. Enter jumps to the
quote in that outlet's pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.text import shorten
from reader.ui.facts import Story, unit_of
from reader.ui.marks import Cols, Item, Piece, Row, Target, marked
from reader.ui.screens.panel import PanelScreen

if TYPE_CHECKING:
    from reader.compare.insights import Insights
    from reader.compare.views_data import ViewData
    from reader.model import Quote


def quote_items(story: Story, insights: Insights, data: ViewData) -> list[Item]:
    """Rows of the quote drift view: every group quoted by two or more outlets (marks precomputed)."""
    an = story.analysis
    pane_of = {index.article.id: p for p, index in enumerate(story.articles)}
    items: list[Item] = []
    groups = [g for g in insights.quote_groups if len(g.articles) >= 2 or g.paraphrases]
    if not groups:
        return [Row((("no quotation is given by more than one outlet", "muted"),))]
    for number, group in enumerate(groups):
        quotes = sorted((insights.quote(qid) for qid in group.quotes),
                        key=lambda q: (pane_of.get(q.article, len(pane_of)), q.start))
        quotes = [q for q in quotes if q.article in pane_of]
        if not quotes:
            continue
        head: list[Piece] = [(f"Q{number + 1} ", "tag"), (f"“{shorten(quotes[0].text, 60)}”", "quote"),
                             (f"  · {len(group.articles)} outlets", "muted")]
        if group.speakers_differ:
            names = sorted({name or "unattributed" for _, name in group.speakers})
            head.append((f"  ≠ speakers differ: {', '.join(names)}", "flag"))
        if group.paraphrases:
            outlets = sorted({story.articles[pane_of[p.article]].article.name
                              for p in group.paraphrases if p.article in pane_of})
            head.append((f"  ~ paraphrased by {', '.join(outlets)}", "flag"))
        items.append(Row(tuple(head)))
        for quote in quotes:
            wording = marked(quote.text, 0, data.quote_marks.get(quote.id, ()))
            items.append(_row(story, pane_of[quote.article], quote, [("“", "muted"), *wording, ("”", "muted")]))
        for para in group.paraphrases:
            if para.article not in pane_of:
                continue
            pane = pane_of[para.article]
            sentence = an.sentence(para.sentence)
            cells = (((story.articles[pane].article.name, "head"),), (("paraphrase, no quotation marks", "flag"),),
                     tuple(marked(sentence.text, 0, ())))
            items.append(Cols(cells, Target(pane, unit_of(para.sentence))))
    return items


def _row(story: Story, pane: int, quote: Quote, wording: list[Piece]) -> Cols:
    speaker: Piece = (quote.speaker_name, "speaker") if quote.speaker_name else ("unattributed", "muted")
    unit = unit_of(quote.sentences[0]) if quote.sentences else story.articles[pane].unit_at(quote.start)
    cells = (((story.articles[pane].article.name, "head"),), (speaker,), tuple(wording))
    return Cols(cells, Target(pane, unit))


class QuotesScreen(PanelScreen):
    """Quote groups across outlets: wording and speaker side by side."""

    toggle_keys = ("quotation_mark",)

    def __init__(self, story: Story, insights: Insights, data: ViewData) -> None:
        super().__init__("Quote drift · the same quotation across outlets", quote_items(story, insights, data),
                         id="quotes")
