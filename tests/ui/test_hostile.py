"""Hostile strings from articles, metadata and file names are shown as text everywhere, and do nothing.

Markup (`[@click=app.quit]`, `[/]`, a screenshot action), escapes (OSC 52
clipboard, OSC 8 link, OSC 0 title, CSI, DCS) and bidirectional overrides go
in through an article body, a JSON `outlet`, an entity name, a fact label, a
file name and a warning; every view and the palette are opened on them. The
app must keep running, write no file, touch neither clipboard nor title, and
show the text literally with visible placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from reader.compare.insights import compute_insights
from reader.model import Analysis, Document
from reader.ui.app import ReaderApp
from reader.ui.safe import as_markup, one_line, plain, sanitize

from .factories import tiny_analysis

MARKUP = "[@click=app.quit]q[/] [/] [@click=app.screenshot('pwn.txt','.')]shot"
ESCAPES = ("\x1b]52;c;cHdu\x1b\\ \x1b]8;;http://x.test\x1b\\link\x1b]8;;\x1b\\ \x1b]0;TITLE\x07 "
           "\x1b[2J\x1b[31m \x1bP+q\x1b\\ \x00\x7f\x9b")
BIDI = "\u202eevil\u202c \u2066iso\u2069"
HOSTILE = f"{MARKUP} {ESCAPES} {BIDI}"
SHOWN_MARKUP = "[@click=app.quit]q[/] [/]"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

App = Callable[..., ReaderApp]


def hostile_analysis() -> Analysis:
    texts = [f"Talks opened {HOSTILE} in Paris.\nShe said “{MARKUP} went well” today.\nOnly here {HOSTILE}.",
             f"Talks opened {HOSTILE} in Paris.\nShe said “{MARKUP} went well” today.\nRain.",
             "Talks opened in Paris.\nNothing else."]
    an = tiny_analysis(texts, [[(0, 0), (1, 0), (2, 0)], [(0, 1), (1, 1)]],
                       [(HOSTILE, [(0, "Paris"), (1, "Paris"), (2, "Paris")])])
    arts = list(an.articles)
    arts[0] = replace(arts[0], outlet=HOSTILE, title=HOSTILE, byline=HOSTILE)
    arts[1] = replace(arts[1], outlet=None, path=f"/t/{MARKUP}{ESCAPES}dup.txt")
    facts = tuple(replace(f, label=HOSTILE) for f in an.facts)
    return replace(an, articles=tuple(arts), facts=facts, warnings=(f"{arts[1].path} copies {HOSTILE}",))


def test_the_sanitiser_keeps_length_and_shows_every_control() -> None:
    out = sanitize(HOSTILE)
    assert len(out) == len(HOSTILE) and not UNSAFE.search(out)
    assert "␛]52;c;cHdu␛\\" in out and "\u2426evil\u2426" in out
    assert plain(HOSTILE).plain == one_line(HOSTILE) and not plain(HOSTILE).spans
    assert "\\[@click" in as_markup(HOSTILE)


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Run in an empty folder and record any clipboard write."""
    monkeypatch.chdir(tmp_path)
    copied: list[str] = []
    monkeypatch.setattr(ReaderApp, "copy_to_clipboard", lambda self, text: copied.append(text))
    return copied


def screen_text(app: ReaderApp) -> str:
    return app.export_screenshot()


def assert_safe(app: ReaderApp, tmp_path: Path, copied: list[str]) -> str:
    text = screen_text(app)
    assert app.is_running and app.return_code is None
    assert not UNSAFE.search(text), UNSAFE.search(text)
    assert list(tmp_path.iterdir()) == [] and copied == []
    assert app.title == "reader"
    return text


@pytest.mark.parametrize("keys", [[], ["d"], ["quotation_mark"], ["o"], ["c"], ["w"], ["i"], ["question_mark"],
                                  ["ctrl+p"], ["ctrl+p", *"fact"], ["ctrl+p", *"entity"], ["ctrl+p", *"outlet"],
                                  ["2", "o"], ["slash", *"click", "enter"], ["e"]])
async def test_every_view_shows_hostile_text_literally(keys: list[str], guarded: list[str], tmp_path: Path) -> None:
    an = hostile_analysis()
    insights = compute_insights(an)
    from reader.compare.views_data import view_data

    docs = [Document(a.id, a.path, a.text, outlet=a.outlet, title=a.title) for a in an.articles]
    app = ReaderApp(docs, analysis=an, insights=(insights, view_data(an, insights)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause(0.3)
        assert "[@click=app.quit]q[/]" in assert_safe(app, tmp_path, guarded)
        for _ in range(3):  # click around: on entries, toasts, panes; then choose what is highlighted
            await pilot.click(offset=(20, 3))
            await pilot.click(offset=(60, 10))
            await pilot.click(offset=(100, 38))
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert_safe(app, tmp_path, guarded)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert_safe(app, tmp_path, guarded)


async def test_palette_entries_are_plain_text_with_their_markup_shown() -> None:
    from textual.content import Content

    from reader.ui.commands import ReaderCommands

    an = hostile_analysis()
    app = ReaderApp([Document(a.id, a.path, a.text, outlet=a.outlet) for a in an.articles], analysis=an)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        provider = ReaderCommands(app.screen)
        hits = [hit async for hit in provider.search("click")]
        found = [hit async for hit in provider.discover()]
        assert len(hits) >= 4 and len(found) >= len(hits)
        for hit in [*hits, *found]:
            display = getattr(hit, "match_display", None) or getattr(hit, "display", None)
            assert isinstance(display, Content)
            assert "[@click=app.quit]q[/]" in display.plain or "[@click" not in (hit.text or "")
            assert not any("@click" in str(span.style) for span in display.spans)
            assert not UNSAFE.search(display.plain)
            assert Content.from_markup(hit.help or "").plain.count("[@click") == (hit.help or "").count("@click")
        assert sum("[@click=app.quit]q[/]" in (h.text or "") for h in found) >= 3  # outlet, fact, entity
