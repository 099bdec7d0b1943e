"""The reader driven by real key presses (Textual's Pilot), asserting where each key lands."""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView

from .factories import tiny_analysis

App = Callable[[Analysis], ReaderApp]


def fact_sequence(an: Analysis, article: int) -> list[int]:
    """Every fact of an article, in the order it first states them (the `]` order)."""
    seq: list[int] = []
    for sentence in an.articles[article].sentences:
        for fact in sorted(f.index for f in an.facts_of(sentence.id)):
            if fact not in seq:
                seq.append(fact)
    return seq


def view_text(view: ArticleView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.virtual_size.height))


async def test_fact_hop_lands_on_the_same_fact_in_the_next_pane(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        await pilot.press("right_square_bracket")
        fact = reader.deck.current_fact
        assert fact is not None
        target = next(p for p in range(1, 5) if fact in reader.story.articles[p].members)
        for _ in range(target):
            await pilot.press("tab")
        await pilot.pause()
        assert reader.deck.focused_pane == target
        assert reader.deck.views[target].active and not reader.deck.views[0].active
        assert reader.deck.views[target].cursor == reader.story.articles[target].members[fact][0]
        assert reader.deck.current_fact == fact


async def test_hop_to_an_outlet_without_the_fact_says_so_stays_and_keeps_the_fact(make_app: App) -> None:
    an = tiny_analysis(["A one.\nA two.\nA three.", "B one.\nB two.", "C one.\nC two."],
                       [[(0, 0), (1, 1), (2, 1)], [(0, 2), (1, 0)]])
    app = make_app(an)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        reader = app.reader
        await pilot.press("j", "j")  # A three: F2, which outlet 3 lacks
        assert reader.deck.current_fact == 1
        before = reader.deck.views[2].cursor
        await pilot.press("3")
        await pilot.pause()
        assert reader.deck.focused_pane == 2
        assert reader.deck.views[2].cursor == before  # the cursor stays where it was
        assert reader.status.message == "F2 is not reported by Outlet 2"
        assert reader.deck.current_fact == 1  # and the fact is kept
        await pilot.press("shift+tab")  # on to outlet 2, which reports F2
        await pilot.pause()
        assert reader.deck.focused_pane == 1 and reader.deck.views[1].cursor == 0
        assert reader.deck.current_fact == 1
        assert reader.status.message == ""


async def test_next_and_previous_fact_follow_the_focused_articles_order(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        expected = fact_sequence(sample, 0)
        seen = [reader.deck.current_fact]
        while len(seen) < len(expected) + 1:
            await pilot.press("right_square_bracket")
            if "no next fact" in reader.status.message:
                break
            seen.append(reader.deck.current_fact)
        assert seen == expected
        assert "no next fact" in reader.status.message
        back = []
        for _ in range(3):
            await pilot.press("left_square_bracket")
            back.append(reader.deck.current_fact)
        assert back == expected[-2:-5:-1]


async def test_sync_scroll_puts_every_member_in_view_at_one_height(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        for _ in range(6):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        fact = reader.deck.current_fact
        assert fact is not None
        heights = {}
        for pane, view in enumerate(reader.deck.views):
            members = reader.story.articles[pane].members.get(fact)
            if not members:
                continue
            scroller = reader.deck.panes[pane].scroller
            row = view.rows_of_unit(members[0]).start
            height = row - scroller.scroll_y
            assert 0 <= height < scroller.scrollable_content_region.height
            heights[pane] = height
        assert len(heights) >= 2
        assert len(set(heights.values())) == 1, heights
        await pilot.press("s")  # sync off: other panes stay where they are
        assert not reader.sync
        before = [p.scroller.scroll_y for p in reader.deck.panes[1:]]
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert [p.scroller.scroll_y for p in reader.deck.panes[1:]] == before


async def test_search_finds_and_cycles_across_panes(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        total = sum(a.text.lower().count("wang yi") for a in sample.articles)
        assert total >= 3
        await pilot.press("slash")
        assert reader.search_bar.display and app.focused is reader.search_bar
        await pilot.press(*"Wang Yi", "enter")
        await pilot.pause()
        assert not reader.search_bar.display
        assert reader.status.message.startswith(f"match 1/{total} ")
        first = reader.finder.hit
        await pilot.press("n")
        await pilot.pause()
        assert reader.status.message.startswith(f"match {first + 2}/{total} ")
        hit = reader.finder.results.hits[reader.finder.hit]
        view = reader.deck.views[hit.pane]
        start, end = view.index.units[view.cursor]
        assert reader.deck.focused_pane == hit.pane
        assert view.current_match == (hit.start, hit.end)
        assert start <= hit.start or view.cursor == view.index.unit_at(hit.start)
        await pilot.press("N")
        await pilot.pause()
        assert reader.status.message.startswith(f"match {first + 1}/{total} ")
        await pilot.press("escape")
        assert all(v.matches == () for v in reader.deck.views)


async def test_help_lists_every_binding(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = str(app.screen.query_one("#help-keys").render())
        lines = help_text.splitlines()
        for binding in app.all_bindings():
            if binding.action.startswith("pane("):
                assert any(line.startswith("1…9 ") and "Outlet N, on the same fact" in line for line in lines)
                continue
            description = binding.tooltip or binding.description
            row = next(line for line in lines if line.rstrip().endswith(description))
            for key in binding.key.split(","):
                assert app.get_key_display(type(binding)(key, binding.action)) in row.split(), (key, row)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("f1")
        assert not isinstance(app.screen, ReaderScreen)


async def test_palette_jumps_to_a_fact_by_its_label(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        number = 7
        fact = sample.facts[number - 1]
        await pilot.press("ctrl+p")
        await pilot.press(*f"fact {number}: {fact.label}")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert reader.deck.current_fact == number - 1
        pane = reader.deck.focused_pane
        assert reader.deck.views[pane].cursor in reader.story.articles[pane].members[number - 1]


async def test_palette_jumps_to_an_outlet(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        name = sample.articles[3].name
        await pilot.press("ctrl+p")
        await pilot.press(*f"outlet 4: {name}")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.deck.focused_pane == 3


async def test_markup_and_escapes_in_an_article_are_shown_literally_and_do_nothing(make_app: App) -> None:
    hostile = "Click [@click=app.quit]here[/] or [b]bold[/b].\nClear \x1b[2J screen\x00 and \x9b31m red.\nEnd."
    an = tiny_analysis([hostile, "Other outlet.\nClick here."])
    app = make_app(an)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.reader.deck.views[0]
        text = view_text(view)
        assert "Click [@click=app.quit]here[/] or [b]bold[/b]." in text
        assert "Clear ␛[2J screen␀ and \ufffd31m red." in text
        assert "\x1b" not in text and "\x00" not in text
        await pilot.click(ArticleView, offset=(12, 0))
        await pilot.click(ArticleView, offset=(20, 0))
        await pilot.press("j")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert app.reader.deck.views[0].cursor == 1


async def test_boilerplate_key_hides_and_shows_dimmed_text(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        view = app.reader.deck.views[0]
        region = sample.articles[0].boilerplate[0]
        dimmed = sample.articles[0].text[region.start:region.end].strip()
        rows = view.virtual_size.height
        assert dimmed in view_text(view)
        await pilot.press("x")
        await pilot.pause()
        assert view.virtual_size.height < rows
        assert all(dimmed not in view.render_line(y).text for y in range(view.virtual_size.height))
        reader = app.reader
        fact = reader.deck.current_fact
        deck, members = reader.deck, [index.members for index in reader.story.articles]
        heights = {p: deck.views[p].rows_of_unit(deck.views[p].cursor).start - deck.panes[p].scroller.scroll_y
                   for p in range(5) if fact in members[p]}
        assert len(set(heights.values())) == 1, heights  # still lined up after the rewrap
        await pilot.press("x")
        await pilot.pause()
        assert view.virtual_size.height == rows


async def test_entity_keys_mark_and_emphasise_shared_entities(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        await pilot.press("e")
        entity = reader.deck.current_entity
        assert entity is not None
        assert sample.entities[entity].name in reader.status.message
        assert all(v.current_entity == entity for v in reader.deck.views)
        await pilot.press("e")
        second = reader.deck.mention
        await pilot.press("E")
        assert reader.deck.mention != second
        await pilot.press("m")
        assert not reader.show_entities and not any(v.show_entities for v in reader.deck.views)
        await pilot.press("j")
        assert reader.deck.current_entity is None


async def test_ten_outlets_show_a_window_that_slides(ten: Analysis, make_app: App) -> None:
    app = make_app(ten)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        assert [reader.deck.in_view(p) for p in range(10)] == [True] * 5 + [False] * 5
        assert reader.top_bar.window.startswith("panes 1-5 of 10")
        await pilot.press("greater_than_sign")
        assert reader.top_bar.window.startswith("panes 2-6 of 10")
        assert reader.deck.focused_pane == 1
        await pilot.press("9")
        await pilot.pause()
        assert reader.deck.focused_pane == 8 and reader.deck.in_view(8)
        region = reader.deck.panes[8].region
        assert 0 <= region.x and region.right <= 200  # really on screen
        assert reader.top_bar.window.startswith("panes 5-9 of 10")


async def test_narrow_terminal_shows_two_panes(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reader = app.reader
        assert sum(reader.deck.in_view(p) for p in range(5)) == 2
        assert reader.deck.panes[0].region.width == 40
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert reader.deck.focused_pane == 2 and reader.deck.in_view(2) and not reader.deck.in_view(0)
        assert reader.deck.panes[2].region.x >= 0 and reader.deck.panes[2].region.right <= 80


async def test_q_quits(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_clicking_a_mention_emphasises_that_entity_in_every_pane(make_app: App) -> None:
    an = tiny_analysis(["Ann met Bob.\nThen she left.", "Bob saw Ann.\nRain."],
                       entities=[("Ann", [(0, "Ann"), (1, "Ann")]), ("Bob", [(0, "Bob"), (1, "Bob")])])
    app = make_app(an)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        reader = app.reader
        gutter = reader.deck.views[1].gutter_width
        await pilot.click(ArticleView, offset=(gutter + 1, 0))  # "Ann" in the first pane
        assert reader.deck.current_entity == 0
        assert "Ann (PERSON) · 2 mentions in 2 outlets" in reader.status.message
        assert all(v.current_entity == 0 for v in reader.deck.views)
        await pilot.click("#view-1", offset=(gutter + 1, 1))  # "Rain.": no mention
        assert reader.deck.current_entity is None and reader.deck.focused_pane == 1
        assert reader.deck.views[1].cursor == 1


async def test_cursor_keys_move_by_sentence_page_and_end(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        reader = app.reader
        view, scroller = reader.deck.views[0], reader.deck.panes[0].scroller
        last = len(sample.articles[0].sentences) - 1
        await pilot.press("j", "down")
        assert view.cursor == 2
        await pilot.press("k")
        assert view.cursor == 1
        await pilot.press("G")
        assert view.cursor == last
        rows = view.rows_of_unit(last)
        assert scroller.scroll_y <= rows.start and rows.stop - 1 < scroller.scroll_y + scroller.size.height
        await pilot.press("g")
        assert view.cursor == 0
        await pilot.press("space")
        paged = view.cursor
        assert paged > 1 and scroller.scroll_y > 0
        await pilot.press("b")
        assert view.cursor < paged
        await pilot.press("k", "k", "k", "k", "k", "k", "k", "k")
        assert view.cursor == 0  # clamped at the top
