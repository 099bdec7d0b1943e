"""Messages that travel up from the workers to the reader screen.

Progress arrives many times a second from the analysis thread, so it may be
coalesced (`can_replace`): only the latest fraction matters. The pane deck's
own messages (`PaneDeck.FactChanged`, `Moved`, `WindowChanged`) live on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.core.model import Analysis

if TYPE_CHECKING:  # imported in the worker only, off the launch path
    from reader.core.insights import Insights
    from reader.core.views_data import ViewData


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
