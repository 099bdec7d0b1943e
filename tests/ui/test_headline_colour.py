"""The headline line of each pane's header wears its fact's colour (issue 13: headlines compared at a glance)."""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.widgets.component_style import component_style

App = Callable[[Analysis], ReaderApp]


def _title_background(header) -> object:
    """The background painted last under the headline line's first character (None: none)."""
    row = header.render().split("\n")[1]
    found = None
    for span in row.spans:
        if span.start == 0 and not isinstance(span.style, str) and span.style.background is not None:
            found = span.style.background
    return found


async def test_headline_lines_follow_the_current_fact(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        deck, story = app.reader.deck, app.reader.story
        assert story is not None
        headers = [pane.header for pane in deck.panes]
        lead = [h.headline for h in headers]
        shared = [f for f in range(story.fact_count)
                  if sum(u is not None and f in story.articles[p].facts_at(u) for p, u in enumerate(lead)) >= 2]
        assert shared, "the sample's headlines share a fact"
        fact = shared[0]
        pane = next(p for p, u in enumerate(lead) if u is not None and fact in story.articles[p].facts_at(u))
        deck.go_to(pane, story.articles[pane].members[fact][0], fact=fact)
        await pilot.pause()
        current = component_style(headers[pane], "pane-header--fact-current").background
        assert current is not None and current.a > 0
        for p, (header, unit) in enumerate(zip(headers, lead, strict=True)):
            facts = story.articles[p].facts_at(unit) if unit is not None else ()
            if fact in facts:
                assert header.title_fact == (fact, True)
                assert _title_background(header) == current
            elif facts:  # a headline in other facts keeps its own fact's colour
                assert header.title_fact == (facts[0], False)
                assert _title_background(header) not in (None, current)
            else:
                assert header.title_fact is None
        # leaving the fact: no header is painted as the current one any more
        other = next(f for f in range(story.fact_count) if all(
            u is None or f not in story.articles[p].facts_at(u) for p, u in enumerate(lead)))
        source = min(story.fact_articles[other])
        deck.go_to(source, story.articles[source].members[other][0], fact=other)
        await pilot.pause()
        assert deck.current_fact == other
        assert all(h.title_fact is None or not h.title_fact[1] for h in headers)
        assert all(_title_background(h) != current for h in headers)
