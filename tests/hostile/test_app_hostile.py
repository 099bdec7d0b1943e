"""The app on an article that tries to act: markup must stay text, escapes must not
reach the terminal, and keys must keep working (no injected quit)."""

from __future__ import annotations

import reader.ui.app as app_module
from reader.model import Analysis, Article, Document, Sentence

HOSTILE = [
    "Protesters chanted [@click=app.quit]quit[/] outside the hall.",
    "A sign read [bold red]NO[/bold red] and [link=file:///etc/passwd]records[/link].",
    "The clerk pasted \x1b[2J into the terminal and \x1b]52;c;aGk=\x07 too.",
]


def _analysis(texts: list[str]) -> tuple[list[Document], Analysis]:
    """A frozen analysis with one sentence per line, so no spaCy is needed."""
    docs: list[Document] = []
    arts: list[Article] = []
    for i, lines in enumerate(texts):
        text = lines
        doc = Document(id=f"a{i}", path=f"hostile{i}.txt", text=text)
        sents, pos = [], 0
        for k, line in enumerate(text.split("\n")):
            if line:
                sents.append(Sentence(f"a{i}.s{k}", f"a{i}", len(sents), pos, pos + len(line), line))
            pos += len(line) + 1
        docs.append(doc)
        arts.append(Article(id=doc.id, path=doc.path, text=text, outlet=f"Outlet {i}", title=None,
                            byline=None, date=None, sentences=tuple(sents)))
    return docs, Analysis(articles=tuple(arts), facts=(), entities=())


def _screen_text(app: object) -> str:
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def test_markup_and_escapes_shown_literally() -> None:
    docs, an = _analysis(["\n".join(HOSTILE) + "\n", "A calm second article about the hall.\n"])
    app = app_module.ReaderApp(docs, analysis=an)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        for key in ("j", "j", "enter", "tab", "shift+tab", "k", "x", "m"):
            await pilot.press(key)
        await pilot.click(offset=(20, 5))  # where the injected [@click] text sits
        await pilot.pause()
        assert app.is_running, "article text triggered an action"
        shown = _screen_text(app)
        assert "[@click=app.quit]quit[/]" in shown
        assert "[bold red]NO[/bold red]" in shown
        assert "[link=file:///etc/passwd]records[/link]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "\u241b[2J" in shown  # ESC shown as a visible placeholder
    assert app.return_code in (None, 0)
