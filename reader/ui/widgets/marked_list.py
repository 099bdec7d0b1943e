"""A list of marked rows (see `reader.ui.marks`): the body of every comparison view.

An `OptionList` so each view is navigable the same way (arrows, page keys,
Enter, the mouse). Rows are article data: their text is sanitised and built
into `Content` with spans, styled from this widget's component classes.
Headings (rows without a target) are disabled options, so the highlight skips
them. Column rows are wrapped per column for the current width, so they are
rebuilt when the width changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.ui.marks import Cols, Item, Pieces
from reader.ui.safe import sanitize

MARKS = ("head", "muted", "tag", "add", "change", "drop", "number", "flag", "quote", "speaker", "score")


class MarkedList(OptionList):
    """Rows of marked text; Enter (or a click) on a row with a target posts `Chosen`.

    | Class | Paints |
    |---|---|
    | `mark--head` | outlet names and headings |
    | `mark--muted` | secondary detail (counts, similarity) |
    | `mark--tag` | fact and sentence tags (F3, s12) |
    | `mark--add` / `mark--change` / `mark--drop` | word differences against the reference wording |
    | `mark--number` | a number that other outlets state differently |
    | `mark--flag` | warnings: numbers differ, speakers differ, paraphrase |
    | `mark--quote` / `mark--speaker` | quoted words and the speaker they are attributed to |
    | `mark--score` | a match score |
    """

    COMPONENT_CLASSES = {f"mark--{name}" for name in MARKS}

    #: Widths of the leading columns of `Cols` rows; the last column takes the rest.
    column_widths: tuple[int, ...] = (18, 20)

    @dataclass
    class Chosen(Message):
        """The reader chose a row; `target` is what the row points at."""

        marked_list: MarkedList
        target: object

        @property
        def control(self) -> MarkedList:
            return self.marked_list

    def __init__(self, items: Sequence[Item] = (), *, id: str | None = None,  # noqa: A002 (Textual's name)
                 column_widths: tuple[int, ...] | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.items: list[Item] = list(items)
        if column_widths is not None:
            self.column_widths = column_widths
        self._built_width: int | None = None

    def on_mount(self) -> None:
        self._build()

    def on_resize(self) -> None:
        if any(isinstance(item, Cols) for item in self.items) and self._width() != self._built_width:
            self._build()

    def set_items(self, items: Sequence[Item]) -> None:
        """Show `items` instead, the highlight back on the first choosable row."""
        self.items = list(items)
        self._build(keep=False)

    def _width(self) -> int:
        """Cells a row may use: the region inside padding, less the (stable) scrollbar gutter."""
        return max(20, self.scrollable_content_region.width - 1)

    def _build(self, keep: bool = True) -> None:
        highlighted = self.highlighted if keep else None
        width = self._width()
        self._built_width = width
        self.clear_options()
        options = []
        for n, item in enumerate(self.items):
            prompt = self._columns(item.cells, width) if isinstance(item, Cols) else self.content(item.pieces)
            options.append(Option(prompt, id=str(n), disabled=item.target is None))
        self.add_options(options)
        if highlighted is not None and highlighted < len(options) and not options[highlighted].disabled:
            self.highlighted = highlighted
        else:
            self.highlighted = next((n for n, o in enumerate(options) if not o.disabled), None)

    def content(self, pieces: Pieces) -> Content:
        """Pieces as `Content`: text sanitised, each mark a span in its component style."""
        parts: list[str | tuple[str, object]] = []
        for text, mark in pieces:
            text = sanitize(text)
            parts.append((text, self.get_visual_style(f"mark--{mark}", partial=True)) if mark else text)
        return Content.assemble(*parts)  # type: ignore[arg-type]

    def _columns(self, cells: tuple[Pieces, ...], width: int) -> Content:
        """Cells side by side: each wrapped in its column, lines padded so the columns line up.

        Too narrow for that (the last column would get less than half the row),
        the leading cells share one line and the last wraps below at full width.
        """
        if width - sum(w + 1 for w in self.column_widths[: len(cells) - 1]) < width // 2:
            head = Content(" · ").join(self.content(cell) for cell in cells[:-1]).truncate(width, ellipsis=True)
            body = [Content("  ") + line for line in self.content(cells[-1]).wrap(max(10, width - 2))]
            return Content("\n").join([head, *body])
        widths = list(self.column_widths[: len(cells) - 1])
        widths.append(max(10, width - sum(w + 1 for w in widths)))
        # Leading columns (outlet, speaker) keep to one line; the last one wraps.
        wrapped = [[self.content(cell).truncate(w, ellipsis=True)] for cell, w in zip(cells[:-1], widths, strict=False)]
        wrapped.append(self.content(cells[-1]).wrap(widths[-1]) or [Content("")])
        lines = []
        for y in range(max(len(column) for column in wrapped)):
            row = [column[y] if y < len(column) else Content("") for column in wrapped]
            padded = [cell.pad_right(max(0, w - cell.cell_length)) for cell, w in zip(row[:-1], widths, strict=False)]
            lines.append(Content(" ").join([*padded, row[-1]]))
        return Content("\n").join(lines)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self.items[int(event.option.id or 0)]
        if item.target is not None:
            self.post_message(self.Chosen(self, item.target))
