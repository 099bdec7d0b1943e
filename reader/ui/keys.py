"""The reader's keys: one list, from which the key bar, the help screen and the README table are read.

Each pair of directions is one parameterised action (`fact(1)` / `fact(-1)`);
vim and arrow aliases share a binding, so the help shows them on one row.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

READER_BINDINGS: list[BindingType] = [
    Binding("j,down", "cursor(1)", "Next sentence", show=False),
    Binding("k,up", "cursor(-1)", "Previous sentence", show=False),
    Binding("g,home", "edge(-1)", "First sentence", show=False),
    Binding("G,end", "edge(1)", "Last sentence", show=False),
    Binding("space,pagedown", "page(1)", "Page down", show=False),
    Binding("b,pageup", "page(-1)", "Page up", show=False),
    Binding("tab,l,right", "hop(1)", "Next outlet", key_display="tab",
            tooltip="Next outlet, on its sentence of the current fact (the fact hop)"),
    Binding("shift+tab,h,left", "hop(-1)", "Previous outlet", show=False,
            tooltip="Previous outlet, on its sentence of the current fact"),
    *(Binding(str(k), f"pane({k})", f"Outlet {k}", show=False) for k in range(1, 10)),
    Binding("right_square_bracket", "fact(1)", "Next fact", key_display="]",
            tooltip="Next fact of the focused article: every one, shared sentences too"),
    Binding("left_square_bracket", "fact(-1)", "Previous fact", key_display="[",
            tooltip="Previous fact of the focused article"),
    Binding("f", "cycle_fact", "Cycle facts", show=False,
            tooltip="Next of the facts the sentence under the cursor is in (tag F3+1)"),
    Binding("e", "entity(1)", "Next shared entity", show=False),
    Binding("E", "entity(-1)", "Previous shared entity", show=False),
    Binding("m", "switch('show_entities')", "Entity marks on/off", show=False),
    Binding("x", "switch('show_boilerplate')", "Boilerplate dimmed/hidden", show=False),
    Binding("s", "switch('sync')", "Synced scrolling on/off", show=False),
    Binding("slash", "search", "Search", key_display="/"),
    Binding("n", "next_match(1)", "Next match", show=False),
    Binding("N", "next_match(-1)", "Previous match", show=False),
    Binding("escape", "clear", "Close search, clear marks", show=False),
    Binding("greater_than_sign", "slide(1)", "Slide panes right", show=False, key_display=">"),
    Binding("less_than_sign", "slide(-1)", "Slide panes left", show=False, key_display="<"),
    Binding("d", "compare('word_diff')", "Word diff of the fact", show=False,
            tooltip="Word diff of the current fact, outlet by outlet"),
    Binding("quotation_mark", "compare('quotes')", "Quote drift", show=False, key_display='"',
            tooltip="Quote drift: wording and speaker per outlet"),
    Binding("o", "compare('omissions')", "Omissions", show=False,
            tooltip="Omitted facts and unique sentences of this outlet"),
    Binding("c", "compare('coverage')", "Coverage matrix", show=False,
            tooltip="Coverage matrix: facts × outlets, Enter jumps"),
    Binding("i", "entity_browser", "Entity browser", show=False,
            tooltip="Entity browser: Enter steps through mentions"),
    Binding("w", "compare('explain')", "Why matched", show=False,
            tooltip="Why this sentence matched: score and reasons"),
]
