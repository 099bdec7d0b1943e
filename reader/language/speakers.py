"""Who said a quotation: the choices the quote finder leaves to the sentence's shape.

"said Voltari chief executive Henrik Sol" credits the person at the end of the
phrase, not the company before the title; "Vallmark's leader Erik Vanholm said"
credits Vanholm (a possessive only modifies); "Judge Hannah Okafor put it
plainly: '...'" introduces the quote with a colon; "the governor said" is the
person the article names as Governor. These are rules of English sentence
shape and titles, with no names in them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

#: Reporting verbs, lower case only ("United States" is no verb).
VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|stated|states|declared|declares|noted|notes|"
    "explained|explains|warned|warns|insisted|insists|argued|argues|wrote|writes|replied|replies|"
    "remarked|recalled|urged|urges|stressed|stresses|stressing|emphasized|emphasised|emphasizes|"
    "underscored|acknowledged|conceded|claimed|claims|announced|announces|continued|cautioned|"
    "responded|responds|saying|telling|adding|described|describes|called|calls|hailed|hails|promised|"
    "vowed|pledged|predicted|admitted|agreed|complained|suggested|put\\s+it(?:\\s+\\w+)?"
)
VERB = re.compile(rf"\b(?:{VERBS})\b")


class Mention(Protocol):
    """What speaker choice reads of an entity mention."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def name(self) -> str: ...


M = TypeVar("M", bound=Mention)


def _possessive(text: str, m: Mention) -> bool:
    return bool(re.match(r"['’]s?\b", text[m.end:m.end + 2]))


def pick(cands: Sequence[M], text: str, *, last: bool = False) -> M | None:
    """The speaker among mentions of one phrase: a person rather than an organisation, never a
    possessive that only modifies ("Vallmark's leader Erik Vanholm"); the first person, or with
    `last` the last one (after a verb, a title comes before the name: "said Voltari chief
    executive Henrik Sol")."""
    heads = [m for m in cands if not _possessive(text, m)] or list(cands)
    people = [m for m in heads if m.label == "PERSON"]
    pool = people or heads
    if not pool:
        return None
    return pool[-1] if last else pool[0]


_ABBREV = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.$")


def after_verb_phrase(text: str, ve: int, hi: int) -> int:
    """End of the phrase after a reporting verb: up to a comma, a full stop (not the one of
    "Dr." or an initial) or a new quote."""
    for m in re.finditer(r"[,;.!?\"“”]|\s(?:who|which|whose|in|at|on|during|after|before)\s", text[ve:hi]):
        if m.group() == "." and _ABBREV.search(text[ve:ve + m.end()]):
            continue
        return ve + m.start()
    return hi


def resolve_title_in_story(texts: dict[str, str], ments: Mapping[str, Sequence[M]], title: str
                           ) -> M | None:
    """The one person the story's articles name with this title, when an article uses the title alone."""
    found: dict[str, M] = {}
    for art, text in sorted(texts.items()):
        m = resolve_title(text, ments.get(art, ()), title, len(text))
        if m is not None:
            found.setdefault(m.entity, m)
    return next(iter(found.values())) if len(found) == 1 else None


def colon_intro(head: str) -> bool:
    """A quote introduced by a colon: 'Judge Hannah Okafor put it plainly: "..."'."""
    return bool(re.search(r":\s*[\"“«]?\s*$", head))


#: Nominal speakers that are a title ("the governor", "the mayor"): resolvable to the person
#: the article names with that title.
_NOMINAL_TITLE = re.compile(r"^(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,2}?([a-z][\w-]+)$", re.IGNORECASE)


#: Written short forms of titles: "Gov. Ana Whitlock" is the governor.
_ABBREVIATIONS = {"governor": ("gov",), "senator": ("sen",), "representative": ("rep",), "president": ("pres",),
                  "general": ("gen",), "professor": ("prof",), "lieutenant": ("lt",), "captain": ("capt",),
                  "sergeant": ("sgt",), "doctor": ("dr",), "superintendent": ("supt",), "detective": ("det",),
                  "commissioner": ("commr",)}


def title_of(nominal: str) -> str | None:
    """'the governor' -> 'governor'; 'the official' -> 'official'."""
    m = _NOMINAL_TITLE.match(nominal.strip())
    return m.group(1).lower() if m else None


def resolve_title(text: str, ments: Sequence[M], title: str, before: int) -> M | None:
    """The person an article names with this title before `before` ("Governor Ana Whitlock",
    "Ana Whitlock, the governor"), when exactly one person is so named."""
    found: dict[str, M] = {}
    forms = "|".join([re.escape(title)] + [re.escape(a) + r"\.?" for a in _ABBREVIATIONS.get(title, ())])
    for m in ments:
        if m.label != "PERSON" or m.start >= before:
            continue
        ahead = text[max(0, m.start - 40):m.start].lower()
        inside = text[m.start:m.end].lower()  # the tagger may take the title into the name
        behind = text[m.end:m.end + 40].lower()
        if re.search(rf"\b(?:{forms})\s+$", ahead) or re.match(rf"(?:{forms})\s", inside) or \
                re.match(rf"^,?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?:{forms})\b", behind):
            found.setdefault(m.entity, m)
    return next(iter(found.values())) if len(found) == 1 else None
