"""What one outlet leaves out and what it alone reports.

Two lists for the focused outlet: the facts most other outlets report but it
does not (Enter shows the fact where another outlet states it), and the
sentences no other outlet shares (Enter jumps to the sentence in this pane);
then, dimmed, the sentences in no fact that are not claimed unique because
another outlet may state them in other words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.facts import Story, unit_of
from reader.ui.marks import Item, Row, Target
from reader.ui.screens.panel import PanelScreen

if TYPE_CHECKING:
    from reader.compare.insights import Insights


def omission_items(story: Story, insights: Insights, pane: int) -> list[Item]:
    """Rows of the omissions view for the outlet in `pane`."""
    an = story.analysis
    article = story.articles[pane].article
    gaps = insights.gaps_of(article.id)
    omitted = gaps.omitted if gaps else ()
    unique = gaps.unique if gaps else ()
    total = len(story.counted)  # copies of one article are one outlet
    items: list[Item] = [Row(((article.name, "head"),
                              (f" leaves out {len(omitted)} facts that most other outlets report", "")))]
    for fact_id in omitted:
        number = story.number(fact_id)
        if number is None:
            continue
        reporters = sorted(story.fact_articles[number] & story.counted)
        if not reporters:
            continue
        first = reporters[0]
        items.append(Row(((f"{story.name(number)} ", "tag"), (story.label(number), ""),
                          (f"  · {len(reporters)} of {total} outlets", "muted")),
                         Target(first, story.articles[first].members[number][0])))
    if not omitted:
        items.append(Row((("  (none)", "muted"),)))
    items.append(Row((("Only ", ""), (article.name, "head"), (f" has these {len(unique)} sentences", ""))))
    for sid in unique:
        unit = unit_of(sid)
        items.append(Row(((f"s{unit + 1} ", "tag"), (an.sentence(sid).text, "")), Target(pane, unit)))
    if not unique:
        items.append(Row((("  (none)", "muted"),)))
    maybe = gaps.possibly_shared if gaps else ()
    if maybe:  # silence for the finding, the information kept
        items.append(Row(((f"In no fact, but perhaps said by another outlet in other words: {len(maybe)}",
                           "muted"),)))
        for sid in maybe:
            unit = unit_of(sid)
            items.append(Row(((f"s{unit + 1} ", "tag"), (an.sentence(sid).text, "muted")), Target(pane, unit)))
    return items


class OmissionsScreen(PanelScreen):
    """Omitted facts and unique sentences of one outlet."""

    toggle_keys = ("o",)

    def __init__(self, story: Story, insights: Insights, pane: int) -> None:
        name = story.articles[pane].article.name
        super().__init__(f"Omissions and unique sentences · {name}", omission_items(story, insights, pane),
                         id="omissions")
