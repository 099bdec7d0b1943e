"""How a sentence writes what the tagger does not read: a dateline glued to the lead, a name in
capitals, a percentage written "per cent". Each gives alignment the term the words stand for.
May import reader.model and reader.language; never textual or rich."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import islice
from typing import Any

from reader.model import Entity, Sentence
from reader.text import normalise

#: A dateline glued to an article's first sentence: a place in capitals, perhaps a region and a
#: day ("PELLHAM, Colo.", "BERLIN, Sept. 18"), perhaps the agency in brackets, then a dash
#: ("—", "–", " - ", " -- ").
DATELINE = re.compile(r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:, ?[A-Z][A-Za-z]*\.?(?: \d{1,2})?)?"
                       r"(?P<agency> ?\([^()]{1,40}\))?(?: [—–]+ ?|[—–]+ | -{1,2} )(?=\S)")

def capitals_of(entities: Sequence[Entity]) -> dict[str, str]:
    """A one-word name of a place, an organisation or a person the story gives -> its entity id,
    when no other entity has that name: a word in capitals ("PELLHAM, Colo. —") is that name,
    which the tagger does not read as one."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for ent in entities:
        if ent.label in _NAMED_KINDS and " " not in (name := normalise(ent.name)):
            by_name[name].append(ent.id)
    return {name: ids[0] for name, ids in by_name.items() if len(ids) == 1}


_NAMED_KINDS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})


def in_capitals(tok: Any, capitals: dict[str, str]) -> str | None:
    """The entity a word written in capitals outside any found name is (`capitals_of`), if any."""
    text = tok.text
    return capitals.get(normalise(text)) if len(text) > 2 and text.isupper() else None


def agency_span(sent: Sentence, article_sentences: Sequence[Sentence], k: int) -> tuple[int, int]:
    """Where the agency of a dateline the article's first body sentence starts with is ("PELLHAM,
    Colo. (NorthStar) — "): it names the outlet, not what happened, so its words are no evidence
    (the place is: news is datelined where it happened). (0, 0) when there is none."""
    if sent.role != "body" or any(x.role == "body" for x in islice(article_sentences, k)):
        return 0, 0
    dateline = DATELINE.match(sent.text)
    if dateline is None or not dateline.group("agency"):
        return 0, 0
    return sent.start + dateline.start("agency"), sent.start + dateline.end("agency")


def per_cent(tok: Any) -> bool:
    """Whether a number is followed by "per cent" or "percent", which the tagger may take for money."""
    doc, k = tok.doc, tok.i
    nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    return nxt == "percent" or nxt == "per" and k + 2 < len(doc) and doc[k + 2].lower_ == "cent"
