"""Messages that travel up to the reader screen, from the workers and the pane deck.

Progress arrives many times a second from the analysis thread, so it may be
coalesced (`can_replace`): only the latest fraction matters. The pane deck
reports what its keys did with `FactChanged`, `DeckMoved` and `WindowChanged`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.model import Analysis

if TYPE_CHECKING:  # imported in the worker only, off the launch path
    from reader.compare.insights import Insights
    from reader.compare.views_data import ViewData
    from reader.stories import Story


@dataclass
class AnalysisProgress(Message):
    """The analysis worker reached `stage`, `fraction` (0..1) of the way."""

    stage: str
    fraction: float

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


@dataclass
class AnalysisReady(Message):
    """The analysis finished; highlights can be painted."""

    analysis: Analysis


@dataclass
class InsightsReady(Message):
    """The comparisons (diffs, quotes, omissions, conflicts, coverage) and what their views show."""

    insights: Insights
    views: ViewData


@dataclass
class AnalysisFailed(Message):
    """The analysis failed; `reason` is one line for the status bar."""

    reason: str


@dataclass
class InsightsFailed(Message):
    """The comparisons failed; the facts are fine without them."""

    reason: str


@dataclass
class FactChanged(Message):
    """The deck's current fact changed (None: a sentence no other outlet shares)."""

    fact: int | None

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, FactChanged)


@dataclass
class DeckMoved(Message):
    """The deck's focus or a cursor moved; `note` is what to tell the reader ("" for nothing)."""

    pane: int
    note: str


@dataclass
class WindowChanged(Message):
    """Which panes are in view: `first`..`last` (0-based) of `count`."""

    first: int
    last: int
    count: int


@dataclass
class StoriesReady(Message):
    """The feed is grouped into stories (`reader.stories.Story`, earliest first)."""

    stories: tuple[Story, ...]
