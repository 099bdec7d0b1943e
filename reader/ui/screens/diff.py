"""The word diff of one fact: every outlet's wording stacked, differences marked.

Each outlet's member is compared with the fact's reference wording (the
medoid the core picks): words it adds or changes are highlighted, words it
drops are shown where they would have been, struck through. Numbers that
outlets state differently (`NumberConflict`) are flagged above and marked in
the wording, since a changed number is the difference a fact-checker wants
first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.facts import Story, unit_of
from reader.ui.marks import Item, Piece, Row, Target, joined, marked
from reader.ui.screens.panel import PanelScreen

if TYPE_CHECKING:
    from reader.compare.insights import Insights


def diff_items(story: Story, insights: Insights, fact: int) -> list[Item]:
    """Rows of the diff view of fact number `fact` (index into `Analysis.facts`)."""
    an = story.analysis
    fact_obj = an.facts[fact]
    diff = insights.diff_of(fact_obj.id)
    pane_of = {index.article.id: p for p, index in enumerate(story.articles)}
    conflicts = insights.conflicts_of(fact_obj.id)
    items: list[Item] = [Row(((f"{story.name(fact)} ", "tag"), (fact_obj.label, "head"),
                              (f"  · {len(story.fact_articles[fact])} of {len(story.articles)} outlets", "muted")))]
    for conflict in conflicts:
        items.append(Row((("≠ ", "flag"), (conflict.summary, "flag"))))
    if diff is None:
        items.append(Row((("no word comparison for this fact", "muted"),)))
        return items
    reference = story.articles[pane_of[diff.reference]].article.name if diff.reference in pane_of else diff.reference
    items.append(Row((("added", "add"), (" ", ""), ("changed", "change"), (" ", ""), ("−dropped", "drop"),
                      (f" words, against the wording of {reference}", "muted"))))
    claims = {c.id: c for c in insights.claims}
    numbers: dict[str, list[tuple[int, int, str]]] = {}
    for conflict in conflicts:
        for value in conflict.values:
            for cid in value.claims:
                if cid in claims:
                    numbers.setdefault(value.article, []).append((claims[cid].start, claims[cid].end, "number"))
    members = sorted(diff.members, key=lambda m: pane_of.get(m.article, len(pane_of)))
    for member in members:
        pane = pane_of.get(member.article)
        if pane is None or not member.sentences:
            continue
        article = story.articles[pane].article
        head: list[Piece] = [(article.name, "head")]
        head.append(("  reference wording" if member.is_reference else f"  {member.similarity:.0%} alike", "muted"))
        if member.mode == "side_by_side":
            head.append(("  · worded too differently for a word diff", "muted"))
        if member.article in numbers:
            head.append(("  ≠ numbers differ", "flag"))
        parts = []
        sentences = [an.sentence(sid) for sid in member.sentences]
        for n, sentence in enumerate(sentences):
            last = n == len(sentences) - 1

            def inside(offset: int, s: object = sentence, last: bool = last) -> bool:
                return s.start <= offset < s.end or (last and offset == s.end)  # type: ignore[attr-defined]

            marks = [(d.start, d.end, d.kind) for d in member.spans if d.kind != "drop" and inside(d.start)]
            marks += [m for m in numbers.get(member.article, ()) if inside(m[0])]
            drops = [(d.start, _dropped(d.reference, article.text, d.start), "drop")
                     for d in member.spans if d.kind == "drop" and inside(d.start)]
            parts.append(marked(sentence.text, sentence.start, marks, drops))
        items.append(Row((*head, ("\n", ""), *joined(parts)), Target(pane, unit_of(member.sentences[0]))))
    return items


def _dropped(words: str, text: str, offset: int) -> str:
    """How a dropped run shows: struck words, spaced from the words around them."""
    before, after = text[offset - 1:offset] if offset else "", text[offset:offset + 1]
    lead = " " if before and not before.isspace() else ""
    return f"{lead}−{words}" + (" " if after and not after.isspace() else "")


class DiffScreen(PanelScreen):
    """The current fact as a stacked comparison, one row per outlet."""

    toggle_keys = ("d",)

    def __init__(self, story: Story, insights: Insights, fact: int) -> None:
        super().__init__(f"Word differences · {story.name(fact)}", diff_items(story, insights, fact), id="diff")
