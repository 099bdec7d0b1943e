"""The coverage matrix: facts × outlets, most widely reported first.

A `DataTable` with a cell cursor: a row is a fact, a column an outlet, a dot
where that outlet reports the fact. Enter on a dot closes the matrix and puts
the cursor on that sentence in that outlet's pane (the fact hop, chosen by
column); Enter on the fact's own columns goes to the fact in the focused pane.
Cells are `Content` and headers plain `Text`, since a `DataTable` reads a `str` as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from reader.text import shorten
from reader.ui.facts import Story, unit_of
from reader.ui.marks import Target
from reader.ui.safe import one_line, plain

if TYPE_CHECKING:
    from reader.compare.insights import Insights

#: Columns before the outlets: fact tag, number flag, outlet count, label.
LEAD = 4
#: Outlet columns at least fit "● s12"; narrower than `NAMED`, the names go in a legend above.
OUTLET_MIN, OUTLET_MAX, NAMED = 5, 16, 10
LABEL_MIN = 16


@dataclass(frozen=True)
class CoverageLine:
    """One fact's row: which unit each pane reports it in (None: not reported)."""

    fact: int
    name: str
    label: str
    count: int
    conflict: bool
    units: tuple[int | None, ...]


def coverage_lines(story: Story, insights: Insights) -> list[CoverageLine]:
    """The matrix rows in the core's order (by how many outlets report the fact)."""
    column = {aid: n for n, aid in enumerate(insights.coverage.articles)}
    conflicted = {c.fact for c in insights.conflicts}
    lines = []
    for row in insights.coverage.rows:
        number = story.number(row.fact)
        if number is None:
            continue
        units: list[int | None] = []
        for index in story.articles:
            cell = row.cells[column[index.article.id]] if index.article.id in column else ()
            units.append(unit_of(cell[0]) if cell else None)
        lines.append(CoverageLine(number, story.name(number), row.label, row.count, row.fact in conflicted,
                                  tuple(units)))
    return lines


class CoverageScreen(ModalScreen["Target | int | None"]):
    """Facts × outlets as a navigable table; dismisses with where to jump.

    The table is filled as it is composed, so keys typed while the view opens
    (`c` then arrows) already move its cursor.
    """

    BINDINGS = [Binding("escape,c,q", "close", "Close")]
    AUTO_FOCUS = "#coverage-table"

    def __init__(self, story: Story, insights: Insights) -> None:
        super().__init__(id="coverage", classes="panel")
        self.lines = coverage_lines(story, insights)
        self.outlets = [index.article.name for index in story.articles]
        self.table: DataTable[Content] = DataTable(id="coverage-table", cursor_type="cell", zebra_stripes=True,
                                                    header_height=2)

    def compose(self) -> ComposeResult:
        width = self._outlet_width()
        with Vertical(id="panel-body"):
            yield Static(Content(f"Coverage · {len(self.lines)} facts × {len(self.outlets)} outlets, "
                                 "most widely reported first"), id="panel-title")
            if width < NAMED:  # too narrow for names over the columns: say which number is which
                legend = Content(" · ").join(plain(f"{n + 1} {name}") for n, name in enumerate(self.outlets))
                yield Static(legend, id="coverage-legend")
            yield self.table
            yield Static(Content("arrows move · Enter on a dot jumps to that sentence · ≠ numbers differ · "
                                 "Esc closes"), id="panel-hint")
        self._fill(width)

    def _room(self) -> int:
        """Cells the table gets: the panel is 92% of the screen, less its border, padding and scrollbar."""
        return int(self.app.size.width * 0.92) - 4 - 2

    def _outlet_width(self) -> int:
        spare = self._room() - (4 + 1 + 2 + LABEL_MIN) - 2 * (LEAD + len(self.outlets))
        return max(OUTLET_MIN, min(OUTLET_MAX, spare // max(1, len(self.outlets))))

    def _fill(self, width: int) -> None:
        # Every width is given: the table does not measure `Content` cells by itself.
        table = self.table
        label_width = max(LABEL_MIN, self._room() - 2 * (LEAD + len(self.outlets)) - (4 + 1 + 2)
                          - width * len(self.outlets))
        table.add_column(Text("fact"), key="fact", width=4)
        table.add_column(Text("≠"), key="conflict", width=1)
        table.add_column(Text("n"), key="count", width=2)
        table.add_column(Text("label"), key="label", width=label_width)
        for pane, name in enumerate(self.outlets):
            head = plain(f"{pane + 1} {name}") if width >= NAMED else Content(str(pane + 1))
            lines = head.wrap(width)[:2]
            table.add_column(Text("\n".join(line.plain for line in lines)), key=f"pane-{pane}", width=width)
        for line in self.lines:
            cells = [Content(line.name), Content("≠" if line.conflict else ""), Content(str(line.count)),
                     Content(shorten(one_line(line.label), label_width))]
            cells += [Content("·" if unit is None else f"● s{unit + 1}") for unit in line.units]
            table.add_row(*cells, key=str(line.fact))
        table.cursor_coordinate = table.cursor_coordinate._replace(column=LEAD)

    def action_close(self) -> None:
        self.dismiss(None)

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        line = self.lines[event.coordinate.row]
        column = event.coordinate.column
        if column < LEAD:
            self.dismiss(line.fact)  # the fact, wherever the reader is
            return
        pane = column - LEAD
        unit = line.units[pane]
        if unit is None:
            self.notify(f"{one_line(self.outlets[pane])} does not report {line.name}", timeout=3, markup=False)
            return
        self.dismiss(Target(pane, unit))
