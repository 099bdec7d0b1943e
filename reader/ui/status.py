"""What the bars say: the status line's position text, the top bar's switches, counts.

Pure functions of the reader's state, so what the reader is told is tested
without a terminal. Outside strings here are made safe by the bars, which
paint them as `Content` through `reader.ui.safe`.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.ui.facts import ArticleIndex, Story


def count(n: int, noun: str) -> str:
    """'1 article', '3 articles', '2 shared entities'."""
    if n == 1:
        return f"1 {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {plural}"


def position_text(story: Story | None, index: ArticleIndex, cursor: int, outlet: str, fact: int | None,
                  conflicts: dict[int, str], name_of: Callable[[int], str]) -> str:
    """Where the reader is: the current fact, who reports it and who does not, its label."""
    if story is None:
        return f"{outlet} · paragraph {cursor + 1}/{len(index.units)}"
    if fact is None:
        return f"{outlet} · sentence {cursor + 1}/{len(index.units)} · no other outlet reports it"
    missing = [name_of(p) for p in story.missing(fact)]
    text = (f"{story.name(fact)} of {story.fact_count} · "
            f"{len(story.fact_articles[fact] & story.counted)} of {len(story.counted)} outlets")
    others = [story.name(f) for f in index.facts_at(cursor) if f != fact]
    if fact not in index.facts_at(cursor):
        text += f" · not in {outlet}'s sentence here"
    elif others:
        text += f" · sentence also in {', '.join(others)} (f)"
    if fact in conflicts:
        text += " · ≠ numbers differ (d)"
    if missing:
        text += " · missing: " + ", ".join(missing)
    return f"{text} · {story.label(fact)}"


def flags_text(sync: bool, entities: bool, boilerplate: bool, *, short: bool = False) -> str:
    """The switches for the top bar; `short` for narrow terminals, where every cell counts."""
    if short:
        return f"sync {_on(sync)} · marks {_on(entities)} · bp {'dim' if boilerplate else 'hid'}"
    return (f"sync {_on(sync)} · entities {_on(entities)} · "
            f"boilerplate {'dimmed' if boilerplate else 'hidden'}")


def _on(flag: bool) -> str:
    return "on" if flag else "off"


def toggle_note(name: str, value: bool) -> str:
    """What the status line says after a switch flips."""
    if name == "show_boilerplate":
        return f"boilerplate {'shown dimmed' if value else 'hidden'}"
    words = {"sync": "synced scrolling", "show_entities": "entity marks"}
    return f"{words[name]} {_on(value)}"
