"""One article's text, painted line by line (Textual's Line API).

The view sits inside a `VerticalScroll` at its full wrapped height. It wraps
once per width and paints a line only when asked, so a key that moves the
current fact repaints just the rows of the old and new fact (see
`/design/RENDERING.md`, design c'). Colours come from `COMPONENT_CLASSES`
styled in `styles/panes.tcss`; the text itself is sanitised and never parsed
as markup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.content import Content, Span
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from reader.ui.facts import ENTITY_COLOURS, FACT_COLOURS, ArticleIndex
from reader.ui.render import LineMap, wrap
from reader.ui.safe import sanitize
from reader.ui.widgets.component_style import component_style

_FACT = tuple(f"pane--fact-{i}" for i in range(FACT_COLOURS))
_ENTITY = tuple(f"pane--entity-{i}" for i in range(ENTITY_COLOURS))
_UNLAID = LineMap([(0, 0)])


class ArticleView(Widget, can_focus=False):
    """A sentence cursor over one article, with fact, entity and search marks.

    | Class | Paints |
    |---|---|
    | `pane--fact-N` | sentences of facts with colour N |
    | `pane--fact-current` | sentences of the current fact, in every pane |
    | `pane--tag` | the `F3` tag in the gutter (`F3+1`: the sentence is in one more fact) |
    | `pane--entity-N` | mentions of shared entities with colour N |
    | `pane--entity-current` | mentions of the entity under the cursor |
    | `pane--dim` | boilerplate and front matter |
    | `pane--cursor` / `pane--gutter-cursor` | the cursor sentence and its gutter bar |
    | `pane--cursor-focused` / `pane--gutter-cursor-focused` | the same, in the focused pane |
    | `pane--match` / `pane--match-current` | search matches |

    The focused pane is the deck's notion (`active`), not Textual's focus, so
    that moving it repaints only the cursor rows instead of restyling the view.
    """

    COMPONENT_CLASSES = {
        *_FACT, "pane--fact-current", "pane--tag", *_ENTITY, "pane--entity-current", "pane--dim",
        "pane--cursor", "pane--cursor-focused", "pane--gutter-cursor", "pane--gutter-cursor-focused",
        "pane--match", "pane--match-current",
    }

    index: reactive[ArticleIndex | None] = reactive(None, layout=True, always_update=True)
    cursor: reactive[int] = reactive(0, repaint=False)
    current_fact: reactive[int | None] = reactive(None, repaint=False)
    current_entity: reactive[int | None] = reactive(None, repaint=False)
    show_entities: reactive[bool] = reactive(True)
    show_boilerplate: reactive[bool] = reactive(True, layout=True)
    matches: reactive[tuple[tuple[int, int], ...]] = reactive((), repaint=True)
    current_match: reactive[tuple[int, int] | None] = reactive(None, repaint=False)
    #: Set by the screen with the focus, at once, so the cursor restyles in the same frame.
    active: reactive[bool] = reactive(False, repaint=False)

    @dataclass
    class Clicked(Message):
        """The reader clicked a unit (sentence) in this view."""

        view: ArticleView
        unit: int
        offset: int  # the character clicked (approximate where a line holds wide characters)

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, index: ArticleIndex, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self._text = ""
        self._unit_starts: list[int] = []
        self._mention_starts: list[int] = []
        self._mention_span = 0
        self._layout_key: tuple[int, bool, int, int] | None = None
        self._map = LineMap([(0, 0)])
        self._styles: dict[str, Style] = {}
        self.set_reactive(ArticleView.index, index)
        self._prepare(index)

    def _prepare(self, index: ArticleIndex) -> None:
        self._text = sanitize(index.article.text)
        self._unit_starts = [a for a, _ in index.units]
        self._mention_starts = [m.start for m in index.mentions]
        self._mention_span = max((m.end - m.start for m in index.mentions), default=0)
        self._layout_key = None

    def watch_index(self, index: ArticleIndex | None) -> None:
        if index is not None:
            self._prepare(index)
            self.set_reactive(ArticleView.cursor, min(self.cursor, len(index.units) - 1))

    def validate_cursor(self, cursor: int) -> int:
        units = self.index.units if self.index else ()
        return max(0, min(cursor, len(units) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_units((old, new))

    def watch_current_fact(self, old: int | None, new: int | None) -> None:
        if self.index is None:
            return
        members = self.index.members
        units = [u for f in (old, new) if f is not None and old != new for u in members.get(f, ())]
        self._refresh_units(units)

    def watch_current_entity(self, old: int | None, new: int | None) -> None:
        if self.index is None or not self.show_entities:
            return
        regions = [(m.start, m.end) for m in self.index.mentions if m.entity in (old, new)]
        self._refresh_offsets(regions)

    def watch_current_match(self, old: tuple[int, int] | None, new: tuple[int, int] | None) -> None:
        self._refresh_offsets([r for r in (old, new) if r is not None])

    def watch_active(self, _active: bool) -> None:
        self._refresh_units((self.cursor,))

    def notify_style_update(self) -> None:
        """The theme or stylesheet changed: resolve component styles again."""
        self._styles.clear()
        super().notify_style_update()

    @property
    def gutter_width(self) -> int:
        """Cells before the text: cursor bar, fact tag, space."""
        return 2 + (self.index.tag_width if self.index else 0)

    def _lines(self, width: int | None = None) -> LineMap:
        width = self.size.width if width is None else width
        if width <= 0:
            # Not laid out yet: there are no real lines to find, and wrapping
            # a whole article one cell wide would cost milliseconds per pane.
            return _UNLAID
        key = (width, self.show_boilerplate, id(self.index), self.gutter_width)
        if key != self._layout_key and self.index is not None:
            hidden = () if self.show_boilerplate else self.index.dim
            self._map = LineMap(wrap(self._text, width - self.gutter_width, hidden))
            self._layout_key = key
        return self._map

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def rows_of_unit(self, unit: int) -> range:
        """Screen rows (in this view) of a unit; empty when it is hidden or out of range."""
        if self.index is None or not 0 <= unit < len(self.index.units):
            return range(0)
        start, end = self.index.units[unit]
        return self._lines().rows_of(start, end)

    def row_of_offset(self, offset: int) -> int:
        return self._lines().row_of(offset)

    def unit_at_row(self, row: int) -> int:
        """The unit shown on `row` (the first that starts there, else the one running through it)."""
        lines = self._lines()
        if self.index is None or not lines.lines:
            return 0
        start, end = lines.lines[max(0, min(row, len(lines) - 1))]
        i = bisect_left(self._unit_starts, start)
        if i < len(self._unit_starts) and self._unit_starts[i] < max(end, start + 1):
            return i
        return max(0, bisect_right(self._unit_starts, start) - 1)

    def _refresh_units(self, units: object) -> None:
        if self.index is None or not self.size.width:
            return
        regions = []
        for unit in units:  # type: ignore[attr-defined]
            if unit is not None and 0 <= unit < len(self.index.units):
                regions.append(self.index.units[unit])
        self._refresh_offsets(regions)

    def _refresh_offsets(self, regions: list[tuple[int, int]]) -> None:
        if not regions or not self.size.width:
            return
        lines = self._lines()
        width = self.size.width
        rows = {r for start, end in regions for r in lines.rows_of(start, end)}
        self.refresh(*(Region(0, r, width, 1) for r in sorted(rows)))

    def _style(self, name: str) -> Style:
        """A component class's style (see `component_style`), resolved once."""
        style = self._styles.get(name)
        if style is None:
            style = component_style(self, name) if name else self.get_visual_style()
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        base = self._style("")
        width = self.size.width
        lines = self._lines()
        if self.index is None or y >= len(lines):
            return Strip.blank(width, base.rich_style)
        start, end = lines.lines[y]
        gutter = self._gutter(y, start, end, base)
        text = Content(self._text[start:end], self._spans(start, end), strip_control_codes=False)
        segments = [*gutter, *text.render_segments(base)]
        return Strip(segments).crop_extend(0, width, base.rich_style)

    def _units_in(self, start: int, end: int) -> range:
        """Units overlapping [start, end) (units do not overlap each other)."""
        index = self.index
        assert index is not None
        hi = bisect_left(self._unit_starts, max(end, start + 1))
        lo = hi
        while lo > 0 and index.units[lo - 1][1] > start:
            lo -= 1
        return range(lo, hi)

    def _gutter(self, y: int, start: int, end: int, base: Style) -> list[Segment]:
        index = self.index
        assert index is not None
        tag_width = self.gutter_width - 2
        on_cursor = False
        tag, tag_style = "", base
        for unit in self._units_in(start, end):
            if unit == self.cursor:
                on_cursor = True
            fact = index.shown_fact(unit, self.current_fact)
            if fact is not None and not tag and index.units[unit][0] >= start and tag_width:
                others = len(index.facts_of[unit]) - 1
                tag = index.names[fact] + (f"+{others}" if others else "")
                name = "pane--fact-current" if fact == self.current_fact else _FACT[fact % FACT_COLOURS]
                tag_style = base + self._style(name) + self._style("pane--tag")
        bar_style = "pane--gutter-cursor-focused" if self.active else "pane--gutter-cursor"
        bar = ("▌", (base + self._style(bar_style)).rich_style) if on_cursor else (" ", None)
        return [
            Segment(bar[0], bar[1] or base.rich_style),
            Segment(tag.ljust(tag_width), tag_style.rich_style),
            Segment(" ", base.rich_style),
        ]

    def _spans(self, start: int, end: int) -> list[Span]:
        index = self.index
        assert index is not None
        spans: list[Span] = []
        style = self._style

        def add(a: int, b: int, name: str) -> None:
            a, b = max(a, start), min(b, end)
            if b > a:
                spans.append(Span(a - start, b - start, style(name)))

        for a, b in index.dim:
            if a < end and b > start:
                add(a, b, "pane--dim")
        current: list[tuple[int, int]] = []
        for unit in self._units_in(start, end):
            a, b = index.units[unit]
            fact = index.shown_fact(unit, self.current_fact)
            if fact is not None:
                add(a, b, _FACT[fact % FACT_COLOURS])
                if fact == self.current_fact:
                    current.append((a, b))
            if unit == self.cursor:
                add(a, b, "pane--cursor-focused" if self.active else "pane--cursor")
        if self.show_entities and index.mentions:
            hi = bisect_left(self._mention_starts, end)
            lo = bisect_left(self._mention_starts, start - self._mention_span)
            for mark in index.mentions[lo:hi]:
                if mark.end > start:
                    add(mark.start, mark.end, _ENTITY[mark.entity % ENTITY_COLOURS])
                    if mark.entity == self.current_entity:
                        add(mark.start, mark.end, "pane--entity-current")
        for a, b in current:  # over the entity colours, which would not read on it; underlines stay
            add(a, b, "pane--fact-current")
        for a, b in self.matches:
            if a < end and b > start:
                add(a, b, "pane--match-current" if (a, b) == self.current_match else "pane--match")
        return spans

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.index is None:
            return
        lines = self._lines()
        start, end = lines.lines[max(0, min(offset.y, len(lines) - 1))]
        char = min(end, start + max(0, offset.x - self.gutter_width))
        self.post_message(self.Clicked(self, self.unit_at_row(offset.y), char))
