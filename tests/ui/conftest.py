"""Shared fixtures for the UI tests: frozen analyses, app factories, no blinking."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Input

from reader.compare.insights import Insights, compute_insights
from reader.compare.views_data import ViewData, view_data
from reader.model import Analysis
from reader.ui.app import ReaderApp

from .snapshot_app import documents_of, load_fixture


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes screenshots depend on timing."""
    monkeypatch.setattr(Input, "cursor_blink", False)


@pytest.fixture(scope="session")
def sample() -> Analysis:
    return load_fixture("sample")


@pytest.fixture(scope="session")
def ten() -> Analysis:
    return load_fixture("ten")


@pytest.fixture(scope="session")
def sample_insights(sample: Analysis) -> Insights:
    return compute_insights(sample)


@pytest.fixture(scope="session")
def sample_views(sample: Analysis, sample_insights: Insights) -> ViewData:
    return view_data(sample, sample_insights)


@pytest.fixture
def make_app() -> Callable[..., ReaderApp]:
    """An app over a ready analysis: no analysis worker, no spaCy.

    With `insights` the comparisons are there from the start; without, the app
    computes them in its worker thread.
    """

    def make(an: Analysis, insights: Insights | None = None) -> ReaderApp:
        ready = (insights, view_data(an, insights)) if insights is not None else None
        return ReaderApp(documents_of(an), analysis=an, insights=ready)

    return make
