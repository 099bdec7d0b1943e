"""A pane: the outlet's header above its scrolling article."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from reader.core.model import Article
from reader.ui.safe import one_line
from reader.ui.widgets.article_view import ArticleView


class PaneScroll(VerticalScroll, can_focus=False):
    """Scrolls the article; the reader screen takes the keys."""


class PaneHeader(Vertical):
    """Outlet, headline, byline and date: one line each, so every pane's text starts at the same row."""

    def __init__(self, number: int, article: Article) -> None:
        super().__init__(classes="pane-header")
        self.number = number
        self._outlet = Static(classes="pane-outlet")
        self._title = Static(classes="pane-title")
        self._byline = Static(classes="pane-byline")
        self.show(article, pending=True)

    def compose(self) -> ComposeResult:
        yield self._outlet
        yield self._title
        yield self._byline

    def show(self, article: Article, *, pending: bool = False) -> None:
        """Fill the header; metadata is data, so it goes in as `Content`, never markup."""
        key = f"{self.number} " if self.number <= 9 else ""
        self._outlet.update(Content(f"{key}{one_line(article.name)}"))
        title = one_line(article.title) or ("…" if pending else "(no headline)")
        self._title.update(Content(title))
        parts = [one_line(article.byline), one_line(article.date), _left_out(article)]
        byline = " · ".join(p for p in parts if p) or ("" if pending else "–")
        self._byline.update(Content(byline))


class OutletPane(Vertical):
    """One article's column. Knows its position so the screen can address it."""

    def __init__(self, position: int, view: ArticleView, article: Article) -> None:
        super().__init__(classes="pane -first" if position == 0 else "pane", id=f"pane-{position}")
        self.position = position
        self.view = view
        self.header = PaneHeader(position + 1, article)
        self.scroller = PaneScroll(view, classes="pane-scroll")

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
