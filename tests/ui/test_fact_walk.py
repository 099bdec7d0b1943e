"""The bars of the fact hop on the sample: every fact × every outlet reporting it, and `]` from every pane."""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Analysis
from reader.ui.app import ReaderApp

App = Callable[[Analysis], ReaderApp]


async def test_every_hop_lands_on_that_outlets_sentence_of_the_fact_and_keeps_it(
        sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        deck, story = app.reader.deck, app.reader.story
        assert story is not None
        hops = 0
        for fact in range(story.fact_count):
            reporters = sorted(story.fact_articles[fact])
            for source in reporters:
                deck.go_to(source, story.articles[source].members[fact][0], fact=fact)
                await pilot.pause()
                for target in reporters:
                    await pilot.press(str(target + 1))
                    assert deck.focused_pane == target
                    assert deck.current_fact == fact, (fact, source, target)
                    assert deck.views[target].cursor in story.articles[target].members[fact]
                    hops += 1
                    await pilot.press(str(source + 1))  # back, to hop from the same pane again
                    assert deck.current_fact == fact
        assert hops >= 2 * story.fact_count


async def test_a_round_of_tab_keeps_the_fact_and_says_who_does_not_report_it(
        sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        deck, story, status = app.reader.deck, app.reader.story, app.reader.status
        assert story is not None
        for fact in range(story.fact_count):
            start = min(story.fact_articles[fact])
            deck.go_to(start, story.articles[start].members[fact][0], fact=fact)
            for _ in range(len(deck.panes)):
                await pilot.press("tab")
                pane = deck.focused_pane
                assert deck.current_fact == fact
                if pane in story.fact_articles[fact]:
                    assert deck.views[pane].cursor in story.articles[pane].members[fact]
                else:
                    assert status.message == f"{story.name(fact)} is not reported by {deck.outlet_name(pane)}"
            assert deck.focused_pane == start


async def test_next_fact_visits_every_fact_of_the_article_from_every_pane(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        deck, story = app.reader.deck, app.reader.story
        assert story is not None
        for pane in range(len(deck.panes)):
            await pilot.press(str(pane + 1), "g")
            seen = [deck.current_fact] if deck.current_fact is not None else []
            for _ in range(story.fact_count + 1):
                await pilot.press("right_square_bracket")
                if "no next fact" in app.reader.status.message:
                    break
                seen.append(deck.current_fact)
                assert deck.views[pane].cursor in story.articles[pane].members[deck.current_fact]
            assert seen == list(story.articles[pane].fact_order), pane
            back = []
            for _ in seen[:-1]:
                await pilot.press("left_square_bracket")
                back.append(deck.current_fact)
            assert back == seen[-2::-1]


async def test_a_sentence_in_two_facts_shows_both_and_f_cycles_them(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        deck, story = app.reader.deck, app.reader.story
        assert story is not None
        pane, unit = next((p, u) for p, index in enumerate(story.articles)
                          for u, facts in enumerate(index.facts_of) if len(facts) >= 2)
        facts = story.facts_at(pane, unit)
        deck.go_to(pane, unit)
        await pilot.pause()
        assert deck.current_fact == facts[0]
        view = deck.views[pane]
        row = view.rows_of_unit(unit).start
        assert f"{story.name(facts[0])}+{len(facts) - 1}" in view.render_line(row).text
        cycled = []
        for _ in facts:
            await pilot.press("f")
            cycled.append(deck.current_fact)
            assert view.cursor == unit
        assert cycled == [*facts[1:], facts[0]]
        await pilot.press("f")
        assert f"{story.name(facts[1])}+{len(facts) - 1}" in view.render_line(row).text
        assert f"also in {story.name(facts[0])}" in app.reader.status.position
