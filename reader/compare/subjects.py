"""Who a sentence is about: the name it opens with.

Outlets that tell what one actor did or said in other words keep the actor and change the
rest ("X has promised to build homes" / "X said housing would be her priority"; "X said most
drivers prefer to choose their hours" / "The company argues its drivers want flexible
schedules"). So a sentence in no fact is not claimed as only its outlet's while another outlet
opens a sentence with the same name that the first outlet has no aligned counterpart of: the
two may say one thing in other words (right, or silent). "The company", "the council" ... open
a sentence with the organisation the article named last before it (reader.language.coref).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.language.coref import HEADS, antecedent, organisations
from reader.model import Analysis, Article

#: Names of actors: people and organisations. A country or a place opening many sentences
#: ("China has refrained from ...") is what a story is about, not one actor's statement.
_ACTORS = frozenset({"PERSON", "ORG"})
#: What may stand before the opening name ("The Senate voted ...").
_LEAD = re.compile(r"(?:the\s+)?", re.IGNORECASE)
#: "The company ..." as a sentence's opening words; "The Department of ..." is a name.
_DESCRIPTION = re.compile(r"The\s+([a-z]+)\b(?!\s+of\b)")


def opening_subjects(an: Analysis, articles: Sequence[Article]) -> dict[str, str]:
    """Body sentence id -> the entity id of the name the sentence opens with (after an optional
    "The"), or of the organisation an opening "The company" stands for. Headlines are left out:
    most open with the story's protagonist."""
    starts = {s.id: s for a in articles for s in a.sentences if s.role == "body"}
    out: dict[str, str] = {}
    orgs = organisations(an.entities)
    named: dict[str, list[tuple[int, str]]] = {}
    for e in an.entities:
        if e.label not in _ACTORS and e.id not in orgs:
            continue
        for m in e.mentions:
            s = starts.get(m.sentence) if m.sentence is not None else None
            if s is None:
                continue
            if e.id in orgs:
                named.setdefault(m.article, []).append((m.start, e.id))
            if m.start >= s.start and _LEAD.fullmatch(s.text[:m.start - s.start]):
                out.setdefault(s.id, e.id)
    for found in named.values():
        found.sort()
    for a in articles:
        for s in a.sentences:
            d = _DESCRIPTION.match(s.text) if s.role == "body" else None
            if s.id in out or d is None or d.group(1) not in HEADS:
                continue
            eid = antecedent(d.group(1), s.start, named.get(a.id, []), orgs)
            if eid is not None:
                out[s.id] = eid
    return out
