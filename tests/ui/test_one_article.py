"""One article open: the app still opens, and says why nothing is aligned."""

from __future__ import annotations

from .factories import tiny_analysis


async def test_single_article_opens_and_explains(make_app) -> None:
    an = tiny_analysis(["A bridge closed on Friday.\nRepairs will take six weeks."])
    app = make_app(an)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("j", "right_square_bracket", "tab")
        await pilot.pause()
        assert app.is_running
        assert app.reader.top_bar.summary == "reader · 1 article · 0 facts · 0 shared entities"
        messages = [n.message for n in app._notifications]
        assert any("nothing to align" in m for m in messages)
