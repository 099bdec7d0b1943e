"""The command palette (Ctrl+P): jump to a fact by its label, an entity, or an outlet; open a comparison.

Fact labels, outlet and entity names are article data, and the palette would
read a plain string as markup (in the hit and in its help line), so every
entry is built as `Content` from sanitised text, its help escaped, and the
match highlighted by offsets rather than by `Matcher.highlight`, which parses
markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from reader.ui.safe import as_markup, one_line

#: (palette text, help, screen action): the comparison views, also on keys (see the help).
COMPARISONS = (
    ("compare: word diff of the current fact", "d · each outlet's wording, changed words marked", "word_diff"),
    ("compare: quote drift", '" · each quotation per outlet, with its speaker', "quotes"),
    ("compare: omissions and unique sentences of this outlet", "o · facts it leaves out, sentences only it has",
     "omissions"),
    ("compare: coverage matrix", "c · facts × outlets, Enter jumps to the sentence", "coverage"),
    ("compare: entity browser", "i · shared entities by outlets, Enter steps through mentions",
     "entity_browser"),
    ("compare: why this sentence matched", "w · score and reasons per outlet", "explain"),
)

Target = tuple[str, str, Callable[[], object]]


def highlight(matcher: Matcher, text: str) -> Content:
    """`text` (already one safe line) as plain `Content`, the matched characters styled."""
    content = Content(text)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ReaderCommands(Provider):
    """Facts, shared entities and outlets of the open story."""

    def _targets(self) -> list[Target]:
        from reader.ui.screens.reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return []
        out: list[Target] = [(text, help_text, screen.action_entity_browser if action == "entity_browser"
                              else partial(screen.action_compare, action)) for text, help_text, action in COMPARISONS]
        deck = screen.deck
        for pane in range(len(deck.panes)):
            out.append((f"outlet {pane + 1}: {deck.outlet_name(pane)}", "focus this outlet's pane",
                        partial(screen.hop_to, pane)))
        story = screen.story
        if story is not None:
            for number in range(story.fact_count):
                outlets = len(story.fact_articles[number])
                out.append((f"fact {story.name(number)}: {story.label(number)}", f"reported by {outlets} outlets",
                            partial(screen.jump_to_fact, number)))
            for entity in story.shared_entities:
                name, label, mentions, _outlets = story.entity(entity)
                out.append((f"entity: {name} ({label})", f"{mentions} mentions",
                            partial(screen.finder.jump_to_entity, entity)))
        return [(one_line(text), as_markup(help_text), command) for text, help_text, command in out]

    async def discover(self) -> Hits:
        for text, help_text, command in self._targets():
            yield DiscoveryHit(Content(text), command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, command in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlight(matcher, text), command, text=text, help=help_text)
