"""The story picker on a small hand-written feed: it lists the stories, `/` filters, `o` sorts,
Enter opens one story's articles in the panes, backspace comes back."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.ui.app import ReaderApp
from reader.ui.screens.reader import ReaderScreen
from reader.ui.screens.stories import StoryPicker

from .feed_app import bare_analyze, feed_documents, make_feed_app

BRIDGE, QUAKE = "s1", "s2"


async def _grouped(app: ReaderApp, pilot: Pilot[int]) -> StoryPicker:
    await app.workers.wait_for_complete()
    await pilot.pause()
    picker = app.screen
    assert isinstance(picker, StoryPicker)
    return picker


def _listed(picker: StoryPicker) -> list[str]:
    return [str(picker.listing.get_option_at_index(i).id) for i in range(picker.listing.option_count)]


async def test_the_picker_lists_the_feeds_stories_with_their_outlets_and_dates() -> None:
    app = make_feed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        picker = await _grouped(app, pilot)
        assert _listed(picker) == [BRIDGE, QUAKE]
        first = picker.listing.get_option_at_index(0).prompt
        assert "Riverton harbour bridge to close" in str(first)
        assert "3 articles" in str(first) and "Bay Courier" in str(first) and "2024-03-01 – 2024-03-02" in str(first)
        assert "2 stories" in str(picker.head.render())


async def test_slash_filters_and_escape_shows_all_again() -> None:
    app = make_feed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        picker = await _grouped(app, pilot)
        await pilot.press("slash", *"chala")
        await pilot.pause()
        assert _listed(picker) == [QUAKE]
        await pilot.press("escape")
        await pilot.pause()
        assert _listed(picker) == [BRIDGE, QUAKE]


async def test_the_sort_key_toggles_size_and_date() -> None:
    app = make_feed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        picker = await _grouped(app, pilot)
        assert picker.sort == "size" and _listed(picker) == [BRIDGE, QUAKE]  # a tie keeps feed order
        await pilot.press("o")
        assert picker.sort == "date" and _listed(picker) == [QUAKE, BRIDGE]  # newest first
        await pilot.press("o")
        assert picker.sort == "size" and _listed(picker) == [BRIDGE, QUAKE]


async def test_enter_opens_the_storys_articles_and_backspace_comes_back() -> None:
    app = make_feed_app()
    async with app.run_test(size=(160, 40)) as pilot:
        picker = await _grouped(app, pilot)
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        outlets = [p.header.lines[0].plain for p in app.reader.deck.panes]
        assert outlets == ["1 Andes Daily", "2 Lima Wire", "3 Sur Noticias"]
        assert [d.id for d in app.reader.documents] == ["a0", "a1", "a2"]  # numbered afresh, as --story does
        await pilot.press("backspace")
        await pilot.pause()
        assert app.screen is picker and _listed(picker) == [BRIDGE, QUAKE]
        assert picker.listing.highlighted == 1  # the picker keeps its place
        await pilot.press("up", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [p.header.lines[0].plain for p in app.reader.deck.panes][0] == "1 Riverton Post"


async def test_a_feed_of_one_story_opens_straight_in_the_panes() -> None:
    docs = [d for d in feed_documents() if "Riverton" in d.text]
    app = ReaderApp(docs, analyze=bare_analyze, feed=True)
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and len(app.reader.deck.panes) == 3
        await pilot.press("backspace")  # nothing to go back to
        assert isinstance(app.screen, ReaderScreen)


async def test_hostile_headlines_show_as_text() -> None:
    docs = feed_documents()
    hostile = "[@click=app.quit]Quake[/] \x1b]52;c;cHdu\x07 \u202eevil"
    docs[0] = docs[0].__class__(**{**docs[0].__dict__, "title": hostile, "outlet": "[b]Andes[/b]"})
    app = ReaderApp(docs, analyze=bare_analyze, feed=True)
    async with app.run_test(size=(100, 30)) as pilot:
        picker = await _grouped(app, pilot)
        text = " ".join(str(picker.listing.get_option_at_index(i).prompt)
                        for i in range(picker.listing.option_count))
        assert "\x1b" not in text and "\u202e" not in text and "[b]Andes[/b]" in text
        await pilot.click("#stories")
        assert app.is_running
