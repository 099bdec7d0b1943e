"""A story of many articles: only the window's panes are built, and moving the window builds the rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reader.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.widgets.deck_scroll import cursor_row
from reader.ui.widgets.outlet_pane import OutletPane
from reader.ui.widgets.pane_window import MARGIN

from .factories import tiny_analysis

App = Callable[[Analysis], ReaderApp]
ARTICLES = 24


def many_articles() -> Analysis:
    """24 outlets of 60 lines; fact 0 is the headline and fact 1 sits lower in each article than in the one before."""
    texts = ["\n".join(f"Line {k} of outlet {i} says something about the story at some length." for k in range(60))
             for i in range(ARTICLES)]
    an = tiny_analysis(texts, facts=[[(i, 0) for i in range(ARTICLES)], [(i, 10 + i) for i in range(ARTICLES)]])
    articles = tuple(replace(a, sentences=(replace(a.sentences[0], role="headline"), *a.sentences[1:]))
                     for a in an.articles)
    return replace(an, articles=articles)


def built(app: ReaderApp) -> list[int]:
    return sorted(pane.position for pane in app.screen.query(OutletPane))


def lit(app: ReaderApp, pane: int, unit: int | None = None) -> bool:
    """The first row of `unit` (default: the cursor's) in `pane` is painted in the current fact's colour."""
    view = app.reader.deck.views[pane]
    current = view._style("pane--fact-current").rich_style.bgcolor
    row = view.rows_of_unit(view.cursor if unit is None else unit).start
    return any(seg.style is not None and seg.style.bgcolor == current
               for seg in view.render_line(row) if seg.text.strip())


def on_screen(app: ReaderApp, pane: int) -> bool:
    """The pane is built, laid out inside the deck's visible width, and its cursor row is in its viewport."""
    deck = app.reader.deck
    outlet, view = deck.panes[pane], deck.views[pane]
    visible = deck.scroll_x <= deck.slots[pane].virtual_region.x < deck.scroll_x + deck.size.width
    row, top = cursor_row(view), outlet.scroller.scroll_y
    return outlet.is_mounted and visible and top <= row < top + outlet.scroller.scrollable_content_region.height


async def test_a_story_of_many_articles_opens_with_the_windows_panes_only(make_app: App) -> None:
    app = make_app(many_articles())
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        window = app.reader.deck.window
        assert window.size == 5
        assert built(app) == list(range(window.size + MARGIN))
        assert len(app.reader.deck.panes) == ARTICLES
        assert app.reader.top_bar.window.startswith(f"panes 1-5 of {ARTICLES}")


async def test_sliding_the_window_builds_the_next_pane_on_the_current_fact(make_app: App) -> None:
    app = make_app(many_articles())
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        deck, story = app.reader.deck, app.reader.story
        assert story is not None
        deck.go_to(0, 10, fact=1)
        await pilot.pause()
        for _ in range(4):
            await pilot.press("greater_than_sign")
            await pilot.pause()
        assert deck.window.start == 4
        pane = 8  # built by the slides, never in view before
        assert pane in built(app) and 10 not in built(app)
        assert deck.current_fact == 1 and deck.views[pane].current_fact == 1
        assert deck.views[pane].cursor == 10 + pane
        assert on_screen(app, pane) and lit(app, pane) and not lit(app, pane, 1)
        assert deck.panes[pane].header.title_fact == (0, False)  # the headline row in its fact's colour


async def test_a_fact_hop_to_an_outlet_outside_the_window_brings_it_in_on_the_fact(make_app: App) -> None:
    app = make_app(many_articles())
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        deck = app.reader.deck
        deck.go_to(0, 10, fact=1)
        await pilot.pause()
        await pilot.press("9")  # outlet 9: outside the window of five
        await pilot.pause()
        assert deck.focused_pane == 8 and 8 in deck.window and 8 in built(app)
        assert deck.current_fact == 1 and deck.views[8].cursor == 18
        assert on_screen(app, 8) and lit(app, 8)
        assert app.reader.status.position.startswith("F2 of 2")
        for pane in range(deck.window.start, deck.window.start + deck.window.size):  # lined up on the fact
            assert deck.views[pane].cursor == 10 + pane and on_screen(app, pane)
        heights = {cursor_row(deck.views[p]) - deck.panes[p].scroller.scroll_y
                   for p in range(deck.window.start, deck.window.start + deck.window.size)}
        assert len(heights) == 1


async def test_tab_past_the_windows_edge_walks_every_outlet_on_the_fact(make_app: App) -> None:
    app = make_app(many_articles())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        deck = app.reader.deck
        assert deck.window.size == 2 and len(built(app)) <= 2 + 2 * MARGIN + 1
        deck.go_to(0, 10, fact=1)
        await pilot.pause()
        for pane in range(1, 7):
            await pilot.press("tab")
            await pilot.pause()
            assert deck.focused_pane == pane and deck.views[pane].cursor == 10 + pane
            assert on_screen(app, pane)
