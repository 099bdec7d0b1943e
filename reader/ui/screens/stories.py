"""The story picker: a feed's stories one per entry; Enter opens one in the panes.

A feed is grouped in a worker (`reader.stories`, a daemon thread like the
analysis), so the picker paints at once with "grouping N articles…" and `q`
quits without waiting. A feed of one story skips the picker: the panes open
as they always did. Headlines, outlets and dates are data: they reach the list
as `Content` through the sanitiser, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from reader.model import Document
from reader.text import fold
from reader.ui import messages as msg
from reader.ui.safe import one_line, plain
from reader.ui.status import count
from reader.ui.widgets.bars import KeysBar
from reader.ui.worker import failure_reason, stories_job

if TYPE_CHECKING:
    from reader.stories import Story

PICKER_BINDINGS: list[BindingType] = [
    Binding("enter", "open", "Open story", tooltip="Open the highlighted story in the side-by-side panes"),
    Binding("slash", "search", "Search", key_display="/",
            tooltip="Search the stories' headlines, outlets and article titles"),
    Binding("o", "sort", "Sort", tooltip="Sort by size (most articles first) or by date (newest first)"),
    Binding("escape", "clear", "Clear search", show=False, tooltip="Close the search and show every story"),
]

SORTS = ("size", "date")


def story_order(stories: Sequence[Story], sort: str) -> list[Story]:
    """By size: most articles first; by date: newest last day first, undated last. Ties keep feed order."""
    if sort == "size":
        return sorted(stories, key=lambda s: -len(s.articles))
    dated = sorted((s for s in stories if s.last), key=lambda s: s.last or "", reverse=True)
    return dated + [s for s in stories if not s.last]


def matches(story: Story, query: str) -> bool:
    """Every word of the query in the story's headline, outlets or article titles (case and accents folded)."""
    words = fold(query).casefold().split()
    if not words:
        return True
    hay = fold(" ".join([story.title, *story.outlets, *(a.title or "" for a in story.articles)])).casefold()
    return all(w in hay for w in words)


def dates(story: Story) -> str:
    if not story.first:
        return "undated"
    return story.first if story.last in (None, story.first) else f"{story.first} – {story.last}"


def story_prompt(story: Story) -> Content:
    """Two lines: the headline, then articles · outlets · dates."""
    shown = ", ".join(one_line(o) for o in story.outlets[:4])
    more = f" +{len(story.outlets) - 4}" if len(story.outlets) > 4 else ""
    outlets = f"{count(len(story.outlets), 'outlet')}: {shown}{more} · " if story.outlets else "outlets unknown · "
    detail = f"{story.id} · {count(len(story.articles), 'article')} · {outlets}{dates(story)}"
    return Content.assemble(plain(story.title or "(no headline)").stylize("bold"), "\n",
                            Content(detail).stylize("$text-muted"))


class StoryPicker(Screen[None]):
    """The stories of a feed; hands the chosen one's documents to the app."""

    AUTO_FOCUS = "#stories"
    BINDINGS = PICKER_BINDINGS

    def __init__(self, documents: Sequence[Document]) -> None:
        super().__init__(id="picker")
        self.documents = tuple(documents)
        self.stories: tuple[Story, ...] = ()
        self.sort = "size"
        self.shown: list[Story] = []
        self.head = Static(id="picker-head")
        self.listing = OptionList(id="stories")
        self.search_input = Input(placeholder="search headlines, outlets, titles", id="picker-search")

    def compose(self) -> ComposeResult:
        yield self.head
        yield self.listing
        yield self.search_input
        yield KeysBar(self.app.all_bindings(picker=True))  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.search_input.display = False
        self.head.update(Content(f"reader · grouping {count(len(self.documents), 'article')} into stories…"))
        self.run_worker(partial(stories_job, self.documents, self.post_message), thread=True,
                        group="stories", exit_on_error=False)

    def on_stories_ready(self, message: msg.StoriesReady) -> None:
        self.stories = message.stories
        if len(self.stories) == 1:  # one story: the panes, as without a picker
            self.app.open_story(self.documents, replace=True)  # type: ignore[attr-defined]
            return
        self.refill()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "stories" and event.state == WorkerState.ERROR:
            self.head.update(Content(f"grouping failed: {failure_reason(event.worker.error)}"))

    def refill(self) -> None:
        """List the stories that match the search, in the chosen order; say how many."""
        query = self.search_input.value if self.search_input.display else ""
        self.shown = [s for s in story_order(self.stories, self.sort) if matches(s, query)]
        self.listing.clear_options()
        self.listing.add_options([Option(story_prompt(s), id=s.id) for s in self.shown])
        if self.shown:
            self.listing.highlighted = 0
        found = f"{count(len(self.shown), 'story')} of {len(self.stories)}" if query else \
            count(len(self.stories), "story")
        self.head.update(Content(f"reader · {count(len(self.documents), 'article')} · {found} · "
                                 f"sorted by {self.sort} (o)"))

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        if self.stories:
            self.refill()

    def action_search(self) -> None:
        self.search_input.display = True
        self.search_input.focus()

    def action_clear(self) -> None:
        self.search_input.value = ""
        self.search_input.display = False
        self.listing.focus()
        if self.stories:
            self.refill()

    @on(Input.Changed, "#picker-search")
    def _searched(self) -> None:
        if self.stories:
            self.refill()

    @on(Input.Submitted, "#picker-search")
    def _search_done(self) -> None:
        self.listing.focus()

    @on(OptionList.OptionSelected, "#stories")
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        at = self.listing.highlighted
        if at is None or not 0 <= at < len(self.shown):
            return
        from reader.stories import story_documents

        docs = story_documents(self.documents, self.stories, self.shown[at].id)
        self.app.open_story(docs)  # type: ignore[attr-defined]
