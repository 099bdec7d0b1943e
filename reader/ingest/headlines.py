"""Headlines and standfirsts as statements that align like body sentences.

A headline is the first thing a reader compares across outlets ("Gunman kills
1, wounds 2 at accounting office" / "Shooting at accounting firm leaves woman
dead and 2 hurt"). Cleaning keeps them apart as front matter (reader.ingest.clean);
here their text spans join the body spans that are parsed and aligned, and
each sentence carries its role ("headline", "standfirst" or "body").
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Region

#: Front-matter kinds that state something, and the role their sentences get.
ROLES = {"title": "headline", "standfirst": "standfirst"}
_MARKUP = "#>*_ \t"  # Markdown heading, quote and emphasis marks around a title line


def statement_spans(text: str, front_matter: Sequence[Region]) -> list[tuple[int, int]]:
    """The spans of a document's headline and standfirst, without Markdown marks."""
    out = []
    for r in front_matter:
        if r.kind not in ROLES:
            continue
        start, end = r.start, r.end
        while start < end and text[start] in _MARKUP:
            start += 1
        while end > start and text[end - 1] in _MARKUP + "\r\n":
            end -= 1
        if end - start >= 3 and any(c.isalpha() for c in text[start:end]):
            out.append((start, end))
    return out


def with_statements(text: str, body: Sequence[tuple[int, int]],
                    front_matter: Sequence[Region]) -> tuple[tuple[int, int], ...]:
    """Body spans and headline/standfirst spans, in text order."""
    return tuple(sorted(set(body) | set(statement_spans(text, front_matter))))


def role_at(front_matter: Sequence[Region], offset: int) -> str:
    """The role of the sentence that starts at `offset`."""
    for r in front_matter:
        if r.start <= offset < r.end and r.kind in ROLES:
            return ROLES[r.kind]
    return "body"
