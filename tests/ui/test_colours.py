"""Twelve fact colours that stay apart and readable, in a dark and a light theme."""

from __future__ import annotations

import itertools

import pytest
from textual.color import Color

from reader.model import Analysis
from reader.ui.facts import FACT_COLOURS

from .snapshot_app import documents_of


def _linear(c: Color) -> tuple[float, float, float]:
    def lin(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    return lin(c.r), lin(c.g), lin(c.b)


def _luminance(c: Color) -> float:
    r, g, b = _linear(c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _lab(c: Color) -> tuple[float, float, float]:
    r, g, b = _linear(c)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _lab_distance(a: Color, b: Color) -> float:
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b), strict=True)) ** 0.5


def _contrast(a: Color, b: Color) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_fact_colours_are_distinct_and_readable(theme: str, sample: Analysis) -> None:
    from reader.ui.app import ReaderApp

    app = ReaderApp(documents_of(sample), analysis=sample)
    async with app.run_test(size=(120, 30)) as pilot:
        app.theme = theme
        await pilot.pause()
        view = app.reader.deck.views[0]
        base = view.styles.background
        text = view.styles.color
        tints = [base + view.get_component_styles(f"pane--fact-{n}").background for n in range(FACT_COLOURS)]
        assert FACT_COLOURS >= 12
        for (i, a), (j, b) in itertools.combinations(enumerate(tints), 2):
            assert _lab_distance(a, b) >= 12, (theme, i, j, a.hex, b.hex)
        for n, tint in enumerate(tints):
            assert _lab_distance(tint, base) >= 10, (theme, n, tint.hex)  # a fact stands out from plain text
            assert _contrast(text, tint) >= 4.5, (theme, n, tint.hex)  # and its text stays readable
