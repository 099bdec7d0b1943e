"""Messages that travel up from workers and widgets to the reader screen.

Progress arrives many times a second from the analysis thread, so it may be
coalesced (`can_replace`): only the latest fraction matters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.model import Analysis

if TYPE_CHECKING:  # the insights module is imported in the worker only, off the launch path
    from reader.compare.insights import Insights


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
    """The comparisons (diffs, quotes, omissions, conflicts, coverage) are computed."""

    insights: Insights


@dataclass
class AnalysisFailed(Message):
    """The analysis failed; `reason` is one line for the status bar."""

    reason: str


@dataclass
class FactFocused(Message):
    """The current fact changed (None: the cursor is on a sentence no other outlet shares)."""

    fact: int | None
    pane: int
    unit: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, FactFocused)
