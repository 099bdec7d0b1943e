"""Furniture inside a line of body text: an advert, an appeal or a share
prompt glued to a paragraph when the page's markup was flattened. Cut out at
sentence ends, so a paragraph keeps its sentences and loses only the furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.model import Region

from . import boilerplate_rules as rules
from . import frontmatter_rules as fm
from .textlines import Line, strip_span

# Two page elements glued together when the markup was flattened: a sentence end
# directly followed by a capital ("...the difference.Secretary of State ...").
_GLUE = re.compile(r"(?<=[a-z0-9][.!?])(?=[A-Z“\"])|(?<=[a-z0-9][.!?][”\"’])(?=[A-Z])")
# An ordinary sentence boundary; furniture is cut there only when it is short.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z“\"])|(?<=[a-z0-9][.!?][”\"’])\s+(?=[A-Z])")
# What can sit inside a paragraph. Captions and credits are whole lines: a
# caption is a sentence plus "Photo: <Name>", and must not be split into a body
# sentence and a credit.
_INLINE_KINDS = frozenset({"advertisement", "appeal", "newsletter", "promo", "share", "social", "cookies"})


def _inline_kind(seg: str) -> str | None:
    k = rules.strong_kind(seg)
    if k in _INLINE_KINDS and rules.n_words(seg) <= 30:
        return k
    return None


def inline_cuts(ln: Line, *, first: bool) -> list[Region]:
    """Boilerplate inside a body line: glued appeals/ads at either end, and the dateline."""
    cuts: list[Region] = []
    t = ln.text
    a, b = 0, len(t)
    bounds = sorted({m.start() for m in _GLUE.finditer(t)} | {m.start() for m in _SENTENCE_END.finditer(t)})
    # Leading pieces.
    for p in bounds:
        if p >= b:
            break
        k = _inline_kind(t[a:p])
        if k is None:
            break
        cuts.append(Region(ln.start + a, ln.start + len(t[:p].rstrip()), k))
        a = p
        while a < b and t[a].isspace():
            a += 1
    # Trailing pieces.
    for p in reversed(bounds):
        if p <= a:
            break
        k = _inline_kind(t[p:b])
        if k is None:
            break
        s0 = p
        while s0 < b and t[s0].isspace():
            s0 += 1
        cuts.append(Region(ln.start + s0, ln.start + b, k))
        b = p
    if first:
        n = fm.dateline_prefix(t[a:b])
        if n:
            cuts.append(Region(ln.start + a, ln.start + a + n, "dateline"))
    return cuts


def core(ln: Line) -> str:
    """The line without the furniture glued to its ends ("...average.Advertisement")."""
    cuts = inline_cuts(ln, first=False)
    if not cuts:
        return ln.text
    keep = [c for i, c in enumerate(ln.text) if not any(r.start <= ln.start + i < r.end for r in cuts)]
    return "".join(keep).strip()


def mixed(ln: Line, core: str, raw: Sequence[str | None], i: int) -> bool:
    """A paragraph with furniture glued to it, rather than furniture as a whole.

    Mixed when what is left is a clean paragraph of prose, unless the line sits
    inside a run of furniture: a paragraph of appeal sentences with one neutral
    sentence among them is still an appeal.
    """
    if core == ln.text or not rules.prose(core) or rules.strong_kind(core) is not None:
        return False
    in_run = i > 0 and raw[i - 1] is not None and i + 1 < len(raw) and raw[i + 1] is not None
    return not in_run


def subtract(text: str, start: int, end: int, cuts: Sequence[Region]) -> list[tuple[int, int]]:
    """`start:end` minus the cut regions, each piece stripped; empty pieces dropped."""
    pieces = []
    pos = start
    for r in sorted(cuts, key=lambda r: r.start):
        if r.start > pos:
            pieces.append((pos, r.start))
        pos = max(pos, r.end)
    if pos < end:
        pieces.append((pos, end))
    out = []
    for a, b in pieces:
        a, b = strip_span(text, a, b)
        if a < b:
            out.append((a, b))
    return out
