"""The command palette (Ctrl+P): jump to a fact by its label, an entity, or an outlet; open a comparison."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

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


class ReaderCommands(Provider):
    """Facts, shared entities and outlets of the open story."""

    def _targets(self) -> list[tuple[str, str, object]]:
        from reader.ui.screens.reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return []
        out: list[tuple[str, str, object]] = [
            (text, help_text, getattr(screen, f"action_{action}")) for text, help_text, action in COMPARISONS
        ]
        for pane in range(len(screen.panes)):
            out.append((f"outlet {pane + 1}: {screen.outlet_name(pane)}", "focus this outlet's pane",
                        partial(screen.hop_to, pane)))
        story = screen.story
        if story is not None:
            for number, fact in enumerate(story.analysis.facts):
                outlets = len(story.fact_articles[number])
                out.append((f"fact {number + 1}: {fact.label}", f"reported by {outlets} outlets",
                            partial(screen.jump_to_fact, number)))
            for entity in story.shared_entities:
                ent = story.analysis.entities[entity]
                out.append((f"entity: {ent.name} ({ent.label})", f"{len(ent.mentions)} mentions",
                            partial(screen.jump_to_entity, entity)))
        return out

    async def discover(self) -> Hits:
        for text, help_text, command in self._targets():
            yield DiscoveryHit(text, command, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, command in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, help=help_text)  # type: ignore[arg-type]
