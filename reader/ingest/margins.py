"""Lines around the article: front matter (byline, date, standfirst) or page chrome.

A line above the first body paragraph or below the last one is never body;
these helpers say which of the two it is, and cut a date line's glued tags.
"""

from __future__ import annotations

import re

from reader.model import Region

from . import boilerplate_rules as rules
from . import frontmatter_rules as fm
from .textlines import Line, strip_span


def by_line(text: str) -> bool:
    return fm.parse_byline(text, bare_ok=False) is not None and bool(fm.BY_PREFIX.match(text))


def front_line(text: str, *, after_title: bool) -> bool:
    """Byline or date line (bare names count only under a headline)."""
    if fm.parse_byline(text, bare_ok=after_title) is not None:
        return True
    return date_line(text) is not None


def date_line(text: str) -> fm.DateMatch | None:
    m = fm.match_date_line(text)
    if m is None:
        return None
    rest = text[m.end:]
    if rest.strip() and rest[:1].isspace() and (rules.n_words(rest) > 4 or rules.prose(rest)):
        if not re.match(r"\s*[/|·•]?\s*(?:updated|modified|edited)\b", rest, re.IGNORECASE) or rules.prose(rest):
            return None  # a sentence that happens to start with a date; "... / Updated Dec. 7" is a second stamp
    return m


def head_line(text: str, ln: Line, kind: str | None, strong: bool, after_title: bool, has_title: bool,
               boiler: list[Region], front: list[Region]) -> None:
    """A line above the first body paragraph: front matter or page chrome."""
    if strong and kind is not None:
        boiler.append(Region(ln.start, ln.end, kind))
        return
    if date_line_regions(text, ln, boiler, front):
        return
    if fm.parse_byline(ln.text, bare_ok=after_title) is not None:
        front.append(Region(ln.start, ln.end, "byline"))
        return
    if kind is None and (after_title or not has_title):
        if rules.bullet(ln.text) or (rules.n_words(ln.text) >= 8 and not rules.second_person(ln.text)
                                     and not rules.imperative(ln.text)):
            front.append(Region(ln.start, ln.end, "standfirst"))
            return
    boiler.append(Region(ln.start, ln.end, kind or rules.promo_or_navigation(ln.text)))


def tail_line(text: str, ln: Line, kind: str | None, boiler: list[Region], front: list[Region]) -> None:
    """A line after the last body paragraph: credits and page chrome."""
    if kind is None:
        if date_line_regions(text, ln, boiler, front):
            return
        if by_line(ln.text):
            front.append(Region(ln.start, ln.end, "byline"))
            return
    boiler.append(Region(ln.start, ln.end, kind or rules.promo_or_navigation(ln.text)))


_GLUED_BUTTON = re.compile(r"(share|print|e-?mail|tweet|comments?|save|listen)$", re.IGNORECASE)


def date_line_regions(text: str, ln: Line, boiler: list[Region], front: list[Region]) -> bool:
    """A date line; whatever is glued after the date ("Worldshare") is a section tag and buttons."""
    m = date_line(ln.text)
    if m is None:
        return False
    a, b = strip_span(text, ln.start + m.start, ln.start + m.end)
    front.append(Region(a, b, "date"))
    ra, rb = strip_span(text, ln.start + m.end, ln.end)
    if ra < rb:
        rest = text[ra:rb]
        bm = _GLUED_BUTTON.search(rest)
        if bm and bm.start() > 0:
            split = ra + bm.start()
            sa, sb = strip_span(text, ra, split)
            if sa < sb:
                boiler.append(Region(sa, sb, "navigation"))
            boiler.append(Region(split, rb, "share"))
        else:
            boiler.append(Region(ra, rb, "share" if bm else "navigation"))
    return True
