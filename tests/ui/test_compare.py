"""The comparison views driven by their real keys: word diff, quotes, omissions, coverage, entities, explain."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import DataTable

from reader.compare.insights import Insights, compute_insights
from reader.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.marks import Target
from reader.ui.screens.coverage import CoverageScreen, coverage_lines
from reader.ui.screens.diff import DiffScreen
from reader.ui.screens.explain import ExplainScreen
from reader.ui.screens.omissions import OmissionsScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.entity_sidebar import entity_mentions
from reader.ui.widgets.marked_list import MarkedList

from .factories import tiny_analysis

App = Callable[..., ReaderApp]


def shown(app: ReaderApp) -> str:
    """Every row of the open panel, as plain text."""
    marked = app.screen.query_one(MarkedList)
    return "\n".join(marked.get_option_at_index(n).prompt.plain  # type: ignore[union-attr]
                     for n in range(marked.option_count))


def spans_of(app: ReaderApp, mark: str) -> set[str]:
    """The text under each span styled as `mark--<mark>` in the open panel."""
    marked = app.screen.query_one(MarkedList)
    style = marked.get_visual_style(f"mark--{mark}", partial=True)
    out = set()
    for n in range(marked.option_count):
        content = marked.get_option_at_index(n).prompt
        out |= {content.plain[s.start:s.end] for s in content.spans if s.style == style}  # type: ignore[union-attr]
    return out


async def press_to(pilot: object, app: ReaderApp, fact: int) -> None:
    """Step with ] until the current fact is `fact`."""
    for _ in range(40):
        if app.reader.deck.current_fact == fact:
            return
        await pilot.press("right_square_bracket")  # type: ignore[attr-defined]
    raise AssertionError(f"fact {fact} not reached")


#: A vote reported 7-2 by two outlets and 6-3 by a third (the sample corpus has no real conflict).
VOTE = tiny_analysis(["Intro.\nThe city council voted 7-2 on Tuesday to approve the new bus depot after a hearing.",
                      "Intro.\nThe city council voted 6-3 on Tuesday to approve the bus depot after a hearing.",
                      "Intro.\nThe city council voted 7-2 on Tuesday to approve the new bus depot after a hearing."],
                     [[(0, 1), (1, 1), (2, 1)]])


async def test_word_diff_stacks_the_outlets_and_marks_their_words(make_app: App) -> None:
    sample, sample_insights = VOTE, compute_insights(VOTE)
    conflict = sample_insights.conflicts[0]
    fact = next(n for n, f in enumerate(sample.facts) if f.id == conflict.fact)
    diff = sample_insights.diff_of(conflict.fact)
    app = make_app(sample, sample_insights)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await press_to(pilot, app, fact)
        assert "numbers differ" in app.reader.status.position
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DiffScreen)
        text = shown(app)
        assert conflict.summary in text
        for article in sample.articles:
            if article.id in {m.article for m in diff.members}:
                assert article.name in text
        # Every changed word is marked (numbers that conflict are marked as such, over the change).
        marked_words = " ".join(spans_of(app, "change") | spans_of(app, "number")).split()
        changed = [w for m in diff.members for s in m.spans if s.kind == "change" for w in s.text.split()]
        assert changed and set(changed) <= set(marked_words)
        claims = {c.id: c.text for c in sample_insights.claims}
        numbers = {claims[cid] for value in conflict.values for cid in value.claims}
        assert numbers == spans_of(app, "number")  # "7-2" against "6-3"
        dropped = {f"−{s.reference}" for m in diff.members for s in m.spans if s.kind == "drop"}
        assert dropped and dropped <= {t.strip() for t in spans_of(app, "drop")}
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_quote_panel_shows_each_outlets_speaker_and_flags_a_different_one(make_app: App) -> None:
    an = tiny_analysis(["Talks went on.\n\"We will win the war soon,\" Alice Smith said.",
                        "Talks went on.\n\"We will win the war soon,\" Bob Jones said."],
                       [[(0, 1), (1, 1)]],
                       [("Alice Smith", [(0, "Alice Smith")]), ("Bob Jones", [(1, "Bob Jones")])])
    app = make_app(an, compute_insights(an))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("quotation_mark")
        await pilot.pause()
        assert isinstance(app.screen, QuotesScreen)
        text = shown(app)
        assert "speakers differ" in text
        assert {"Alice Smith", "Bob Jones"} <= spans_of(app, "speaker")
        assert text.count("We will win the war soon") >= 2
        await pilot.press("down", "enter")  # the second outlet's quote
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.reader.deck.focused_pane == 1 and app.reader.deck.views[1].cursor == 1


async def test_quote_panel_on_the_sample_names_the_speakers(
        sample: Analysis, sample_insights: Insights, make_app: App) -> None:
    app = make_app(sample, sample_insights)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("quotation_mark")
        await pilot.pause()
        assert {"Antony Blinken", "Matthew Miller"} <= spans_of(app, "speaker")
        await pilot.press("quotation_mark")
        assert isinstance(app.screen, ReaderScreen)


async def test_omissions_list_the_outlets_unique_sentences_and_enter_jumps(
        sample: Analysis, sample_insights: Insights, make_app: App) -> None:
    gaps = sample_insights.gaps_of(sample.articles[1].id)
    unique = sample.sentence(gaps.unique[0])
    app = make_app(sample, sample_insights)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("2", "o")
        await pilot.pause()
        assert isinstance(app.screen, OmissionsScreen)
        text = shown(app)
        assert unique.text in text
        for fact_id in gaps.omitted:
            assert next(f.label for f in sample.facts if f.id == fact_id) in text
        marked = app.screen.query_one(MarkedList)
        while marked.items[marked.highlighted or 0].target != Target(1, unique.index):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.reader.deck.focused_pane == 1 and app.reader.deck.views[1].cursor == unique.index


async def test_omissions_list_possibly_shared_sentences_apart_after_the_unique_ones(
        sample: Analysis, sample_insights: Insights, make_app: App) -> None:
    pane = next(k for k, a in enumerate(sample.articles) if sample_insights.gaps_of(a.id).possibly_shared)
    gaps = sample_insights.gaps_of(sample.articles[pane].id)
    app = make_app(sample, sample_insights)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(str(pane + 1), "o")
        await pilot.pause()
        assert isinstance(app.screen, OmissionsScreen)
        rows = shown(app).splitlines()
        only = next(n for n, r in enumerate(rows) if r.startswith("Only "))
        apart = next(n for n, r in enumerate(rows) if "perhaps said by another outlet" in r)
        assert only < apart and rows[apart].endswith(f": {len(gaps.possibly_shared)}")
        for sid in gaps.possibly_shared:
            assert any(sample.sentence(sid).text in r for r in rows[apart + 1:])
        for sid in gaps.unique:
            assert not any(sample.sentence(sid).text in r for r in rows[apart + 1:])


async def test_coverage_enter_on_a_cell_jumps_to_that_outlets_sentence(
        sample: Analysis, sample_insights: Insights, make_app: App) -> None:
    app = make_app(sample, sample_insights)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        lines = coverage_lines(app.reader.story, sample_insights)
        row = next(r for r, line in enumerate(lines) if r >= 2 and line.units[3] is not None)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CoverageScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(sample.facts)
        await pilot.press(*["down"] * row, "right", "right", "right", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        reader = app.reader
        assert reader.deck.focused_pane == 3
        assert reader.deck.views[3].cursor == lines[row].units[3]
        assert reader.deck.current_fact == lines[row].fact


async def test_entity_browser_steps_through_mentions_across_panes(sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        reader = app.reader
        await pilot.press("i")
        await pilot.pause()
        assert reader.entity_sidebar.display
        items = reader.entity_sidebar.list.items
        entity = items[0].target
        assert len(sample.entities[entity].articles) == max(len(sample.entities[e].articles)
                                                            for e in reader.story.shared_entities)
        mentions = entity_mentions(reader.story, entity)
        seen = []
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause()
            pane = reader.deck.focused_pane
            seen.append((pane, reader.story.articles[pane].unit_at(reader.deck.mention[1])))
            assert reader.deck.current_entity == entity
        assert seen == [(p, reader.story.articles[p].unit_at(o)) for p, o in mentions[:3]]
        assert "mention 3/" in reader.status.message
        await pilot.press("escape")
        await pilot.pause()
        assert not reader.entity_sidebar.display and app.focused is None


async def test_explain_shows_the_score_against_each_other_outlet(
        sample: Analysis, sample_insights: Insights, make_app: App) -> None:
    app = make_app(sample, sample_insights)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        fact = app.reader.deck.current_fact
        assert fact is not None
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ExplainScreen)
        text = shown(app)
        assert "score 0." in text and "Shared words" in text
        others = sorted(app.reader.story.fact_articles[fact] - {0})
        for pane in others:
            assert sample.articles[pane].name in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.deck.focused_pane == others[0] and app.reader.deck.current_fact == fact


async def test_comparisons_are_computed_by_the_worker_and_offered_in_the_palette(
        sample: Analysis, make_app: App) -> None:
    app = make_app(sample)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the comparisons start once the facts are painted
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reader.comparisons.insights is not None and app.reader.comparisons.data is not None
        await pilot.press("ctrl+p")
        await pilot.press(*"coverage matrix")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CoverageScreen)


async def test_article_text_in_a_view_is_data_not_markup(make_app: App) -> None:
    an = tiny_analysis(["Officials met [b]in[/b] Paris \x1b[2J on Monday.", "Officials met in Paris on Monday."],
                       [[(0, 0), (1, 0)]])
    app = make_app(an, compute_insights(an))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        text = shown(app)
        assert "[b]in[/b]" in text and "\u241b[2J" in text and "\x1b" not in text


def test_marked_cuts_text_into_marked_pieces_with_inserts() -> None:
    from reader.ui.marks import marked

    text = "It was a frank talk."
    pieces = marked(text, 100, [(109, 114, "change")], [(115, "−candid ", "drop")])
    assert pieces == [("It was a ", ""), ("frank", "change"), (" ", ""), ("−candid ", "drop"), ("talk.", "")]
    assert "".join(t for t, _ in marked("a\nb", 0, ())) == "a b"


async def test_keys_typed_while_a_view_opens_reach_it_and_q_closes_every_view(
        sample: Analysis, sample_insights: Insights, make_app: App) -> None:
    app = make_app(sample, sample_insights)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "down", "down", "down")  # no pause: typed as the view opens
        await pilot.pause()
        assert isinstance(app.screen, CoverageScreen)
        assert app.screen.query_one(DataTable).cursor_coordinate.row == 3
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        for key in ("c", "d", "quotation_mark", "o", "w", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause()
            assert isinstance(app.screen, ReaderScreen) and app.is_running, key
        await pilot.press("i")
        await pilot.pause()
        assert app.reader.entity_sidebar.display and app.reader.deck.in_view(1)  # both panes still shown
        await pilot.press("q")
        await pilot.pause()
        assert not app.reader.entity_sidebar.display and app.is_running


def test_copies_are_one_outlet_in_counts_and_missing_lists() -> None:
    from dataclasses import replace

    from reader.model import Analysis as _Analysis
    from reader.output.summary import summary_text
    from reader.ui.facts import Story

    an = tiny_analysis(["Intro.\nTalks on trade went on.", "Intro.\nTalks on trade went on.",
                        "Intro.\nTalks on trade went on.", "Other.\nAnother thing entirely."],
                       [[(0, 1), (2, 1)]],
                       [("Trade", [(0, "Talks"), (1, "Talks")])])
    arts = list(an.articles)
    arts[1] = replace(arts[1], duplicate_of="a0")
    an = _Analysis(articles=tuple(arts), facts=an.facts, entities=an.entities)
    story = Story(an)
    assert story.missing(0) == [3]  # the copy (pane 1) is not "missing" the fact
    assert story.entity_outlets == (1,) and story.shared_entities == ()  # one outlet and its copy
    assert "(0 in two or more articles)" in summary_text(an)
