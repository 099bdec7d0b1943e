"""A pane: the outlet's header above its scrolling article."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from reader.model import Article
from reader.ui.facts import FACT_COLOURS
from reader.ui.safe import plain
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.component_style import component_style


class PaneScroll(VerticalScroll, can_focus=False):
    """Scrolls the article; the reader screen takes the keys."""


class PaneHeader(Widget):
    """Outlet, headline, byline and date: one line each, so every pane's text starts at the same row.

    One widget painting three lines: the focused pane is a reactive that
    repaints them, not a CSS class, which would restyle the header's nodes on
    every fact hop (about 20 ms each on a slow machine).

    | Class | Paints |
    |---|---|
    | `pane-header--outlet` / `--title` / `--byline` | the three lines |
    | `pane-header--focused` | the header of the focused pane |
    | `pane-header--fact-N` / `--fact-current` | the headline line, when the headline is in a fact |

    The headline line wears its fact's colour, as its sentence does in the text below, so
    headlines can be compared across outlets at a glance (`paint_title`).
    """

    COMPONENT_CLASSES = {"pane-header--outlet", "pane-header--title", "pane-header--byline",
                         "pane-header--focused", "pane-header--fact-current",
                         *(f"pane-header--fact-{n}" for n in range(FACT_COLOURS))}
    focused: reactive[bool] = reactive(False)

    def __init__(self, number: int, article: Article) -> None:
        super().__init__(classes="pane-header")
        self.number = number
        self.lines: tuple[Content, Content, Content] = (Content(), Content(), Content())
        self.title_fact: tuple[int, bool] | None = None  # (fact, is the current fact) of the headline
        self.headline: int | None = None  # the article's headline sentence (its unit), if it has one
        self.show(article, pending=True)

    def paint_title(self, fact: int | None, current: bool) -> None:
        """Paint the headline line in the colour of `fact` (None: no fact); repaints only on change."""
        shown = None if fact is None else (fact, current)
        if shown != self.title_fact:
            self.title_fact = shown
            self.refresh()

    def _title_style(self) -> str | None:
        if self.title_fact is None:
            return None
        fact, current = self.title_fact
        return "pane-header--fact-current" if current else f"pane-header--fact-{fact % FACT_COLOURS}"

    def show(self, article: Article, *, pending: bool = False) -> None:
        """Fill the header; metadata is data, so it goes in as `Content`, never markup."""
        key = f"{self.number} " if self.number <= 9 else ""
        title = plain(article.title) if article.title else Content("…" if pending else "(no headline)")
        parts = [plain(article.byline), plain(article.date), Content(_left_out(article))]
        byline = Content(" · ").join(p for p in parts if p.plain) or Content("" if pending else "–")
        self.lines = (Content(key) + plain(article.name), title, byline)
        self.headline = next((k for k, s in enumerate(article.sentences) if s.role == "headline"), None)
        self.refresh()

    def render(self) -> Content:
        width = max(1, self.size.width)
        names = ("pane-header--outlet", "pane-header--title", "pane-header--byline")
        rows = [line.truncate(width, ellipsis=True).stylize_before(self.get_visual_style(name, partial=True))
                for line, name in zip(self.lines, names, strict=True)]
        tint = self._title_style()
        if tint is not None:
            rows[1] = rows[1].stylize(component_style(self, tint))  # as the text's tints: see component_style
        content = Content("\n").join(rows)
        if self.focused:
            content = content.stylize_before(self.get_visual_style("pane-header--focused", partial=True))
        return content


class OutletPane(Vertical):
    """One article's column. Knows its position so the deck can address it."""

    @dataclass
    class Shown(Message):
        """The pane was laid out for the first time: its rows exist, so it can be scrolled into line."""

        position: int

    def __init__(self, position: int, view: ArticleView, article: Article) -> None:
        super().__init__(classes="pane -first" if position == 0 else "pane", id=f"pane-{position}")
        self.position = position
        self.view = view
        self.header = PaneHeader(position + 1, article)
        self.scroller = PaneScroll(view, classes="pane-scroll")
        self.shown = False

    def on_resize(self, event: events.Resize) -> None:
        if not self.shown and event.size.width:
            self.shown = True
            self.post_message(self.Shown(self.position))

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.scroller


def _left_out(article: Article) -> str:
    """Say in the header why a pane has no fact colours at all."""
    if article.duplicate_of:
        return "copy of another article: not counted"
    if article.language not in ("en", "und"):
        return f"not English ({article.language}): not aligned"
    return ""
