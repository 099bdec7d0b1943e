"""The comparison views (word diff, quote drift, omissions, coverage, why matched), fed with data.

A small controller the reader screen owns: it holds the insights and the
precomputed view data when they arrive from the worker, and on a key builds
the view's screen from them, or says why there is none yet. Building a screen
only reshapes data that is already computed, so it is cheap on the event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from reader.ui.facts import Story

if TYPE_CHECKING:
    from reader.compare.insights import Insights
    from reader.compare.views_data import ViewData


class Comparisons:
    """The comparisons of the open story, once computed."""

    def __init__(self) -> None:
        self.insights: Insights | None = None
        self.data: ViewData | None = None
        #: Fact number -> what differs, for facts whose members state different numbers.
        self.conflicts: dict[int, str] = {}

    def take(self, story: Story | None, insights: Insights | None, data: ViewData | None) -> None:
        """Hold these comparisons (None: a new analysis, none yet)."""
        self.insights, self.data, self.conflicts = insights, data, {}
        if story is not None and insights is not None:
            for conflict in insights.conflicts:
                number = story.number(conflict.fact)
                if number is not None:
                    self.conflicts.setdefault(number, conflict.summary)

    def screen(self, kind: str, story: Story | None, pane: int, unit: int, fact: int | None
               ) -> Screen[Any] | str:
        """The view `kind` for the reader's place, or why it cannot be shown."""
        if story is None:
            return "comparisons appear when the analysis is done"
        if self.insights is None or self.data is None:
            return "still comparing the outlets… try again in a moment"
        insights, data = self.insights, self.data
        if kind in ("word_diff", "explain") and fact is None:
            return "this sentence is in no fact: no other outlet reports it"
        if kind == "word_diff":
            from reader.ui.screens.diff import DiffScreen

            assert fact is not None
            return DiffScreen(story, insights, fact)
        if kind == "explain":
            from reader.ui.screens.explain import ExplainScreen

            assert fact is not None
            return ExplainScreen(story, data, pane, unit, fact)
        if kind == "quotes":
            from reader.ui.screens.quotes import QuotesScreen

            return QuotesScreen(story, insights, data)
        if kind == "omissions":
            from reader.ui.screens.omissions import OmissionsScreen

            return OmissionsScreen(story, insights, pane)
        from reader.ui.screens.coverage import CoverageScreen

        return CoverageScreen(story, insights)
