"""The headline of a whole page: the line above the article that the article is about.

Above an article a page has a site name and slogan, menus, section names,
teasers of other stories, time stamps and share buttons; some of them look
like headlines. The headline is the one whose words the article's opening
paragraphs use. A headline glued to its summary ("...for 20 yearsThe city
said on Monday...") is cut where the summary starts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reader.model import Region

from . import boilerplate_rules as rules
from . import frontmatter_rules as fm
from .page_model import glued_at, is_prose, title_case
from .textlines import Line, strip_span, words

_STOP = frozenset(
    """a an the and or but if of to in on at by for with from as into over under about after before than then
    that this these those it its is are was were be been being has have had do does did not no so can could
    will would should may might must he she they them his her their we our you your i me my us who which what
    when where why how all any some more most other new also just only out up down off here there one two
    says said say""".split()
)
_LEAD_WORDS = 1500  # how much of the article the headline is compared with
_CAPTION_START = re.compile(r"^(?:media caption|image (?:caption|copyright|source)|caption|photo|picture|video|"
                            r"watch|listen|getty|credit)\b", re.IGNORECASE)
_CREDIT_END = re.compile(r"\((?:photo:?\s*)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:/[\w .]+)?\)$")
_WINDOW = 40  # how far above the article's first paragraph the headline may sit
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?|[AP]M\b)|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
_AGO = re.compile(r"\b(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago\b"
                  r"|^(?:updated|posted|published)\s+(?:just now|yesterday|today)\b", re.IGNORECASE)


def stamp_line(text: str) -> bool:
    """A time stamp, maybe after an outlet's name ("Channel 5 News March 3, 2021, 6:12 PM",
    "Updated 2 hours ago"): a clock time, an age, or a full date with little else on the line."""
    t = text.strip()
    if not t or rules.n_words(t) > 16:
        return False
    if fm.match_date_line(t) or _CLOCK.search(t) or _AGO.search(t):
        return True
    d = fm.find_date(t)
    return d is not None and rules.n_words(t.replace(d, " ")) <= 4


def content_words(text: str) -> set[str]:
    """Lower-cased content words, cut to five letters (a crude stem)."""
    return {_stem(w) for w in (x.lower() for x in words(text)) if len(w) >= 3 and w not in _STOP}


def _stem(w: str) -> str:
    """Cut to five letters after a plural "s": "games" and "game" alike."""
    return (w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)[:5]


def lead_words(texts: Sequence[str], start: int, end: int) -> set[str]:
    """Content words of the article's opening paragraphs."""
    out: set[str] = set()
    n = 0
    for t in texts[start:end + 1]:
        if not is_prose(t):
            continue  # furniture inside the article (a site name, "Continue reading") says nothing about it
        out |= content_words(t)
        n += rules.n_words(t)
        if n >= _LEAD_WORDS:
            break
    return out


def candidate(text: str, min_words: int = 4) -> bool:
    """Could be a headline: a few words, no final full stop, not a date, byline or widget label."""
    t = text.strip().strip("#*_ ").strip()
    n = rules.n_words(t)
    if n < min_words or n > 30 or (rules.full_stop(t) and not title_case(t)) or t.endswith((",", ";", ":")):
        return False
    if re.search(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]", t):
        return False  # two sentences: a standfirst or a teaser's summary
    brand = re.match(r"[a-z]{1,2}[A-Z]", t) is not None  # "eBay", "iPhone": a name spelt with a small first letter
    if not (t[:1].isupper() or t[:1].isdigit() or t[:1] in "“\"‘'" or brand) or t.count(",") >= 3:
        return False  # a tag list or run-together labels
    if _CAPTION_START.match(t) or _CREDIT_END.search(t):
        return False  # a photo's caption
    byline = fm.parse_byline(t, bare_ok=False) is not None and (fm.BY_PREFIX.match(t) or n <= 6)
    if stamp_line(t) or byline or rules.strong_kind(t):
        return False
    if rules.second_person(t) and rules.imperative(t):
        return False
    return len(content_words(t)) >= 2


def score(text: str, lead: set[str]) -> tuple[float, int]:
    """Share of the line's content words the article's opening uses, and how many."""
    cw = content_words(headline_part(text))
    if not cw:
        return 0.0, 0
    hits = len(cw & lead)
    return hits / len(cw), hits


def pick(texts: Sequence[str], furniture: Sequence[bool], start: int, end: int,
         repeat: Sequence[bool] | None = None) -> int | None:
    """Index of the headline above the article (`start`..`end`), or None when no line is about it.

    At least 0.3 of its content words and two of them must occur in the
    article; the best share, weighted by the log of the number shared (a
    two-word label shares all its words by chance), wins; among equals the line
    nearest the article, since teasers and menus sit further up. A line marked
    as furniture only for being repeated (`repeat`) stays a candidate when the
    page prints it twice above the article: a headline and its copy in a share
    box, whose words the article need not repeat.
    """
    lead = lead_words(texts, start, end)
    best: tuple[float, int] | None = None
    best_i = None
    above = [t.strip() for t in texts[max(0, start - _WINDOW):start]]
    for i in range(max(0, start - _WINDOW), start):
        slot = rules.n_words(texts[i]) <= 14 and _byline_slot(texts, i)  # a longer line there is a standfirst
        twice = above.count(texts[i].strip()) >= 2
        if furniture[i] and not (twice and repeat is not None and repeat[i]):
            continue
        short = slot and _sentence_case(texts[i])  # "Flood warning lifted"; "Tech Lab Board" is a menu's
        if not candidate(headline_part(texts[i]), 3 if short else 4) or _in_menu(texts, i):
            continue
        share, hits = score(texts[i], lead)
        if rules.n_words(texts[i]) < 4 and hits < 2:
            continue
        if share < 0.3 or hits < (1 if slot or (twice and start - i <= 3) else 2):
            continue
        weight = share * math.log(1 + hits) * (2.0 if slot else 1.3 if _front_follows(texts, i) else 1.0)
        if twice:
            weight *= 1.2  # printed twice above the article (the headline and its share box or breadcrumb)
        key = (round(weight, 2), i)
        if best is None or key > best:
            best, best_i = key, i
    return best_i


def _sentence_case(text: str) -> bool:
    """Written as a sentence without its stop: every word after the first in lower case."""
    ws = text.strip().split()
    return len(ws) >= 2 and not rules.terminal(text.strip()) and all(w[:1].islower() for w in ws[1:])


def _menu_item(text: str) -> bool:
    t = text.strip()
    return 0 < rules.n_words(t) <= 4 and not rules.terminal(t) and bool(re.search(r"[^\W\d_]{2}", t)) and not (
        stamp_line(t) or fm.parse_byline(t, bare_ok=True))


def _in_menu(texts: Sequence[str], i: int) -> bool:
    """One label of a menu: short itself, with short labels on both sides (a byline is no label)."""
    return (rules.n_words(texts[i]) <= 6 and 0 < i < len(texts) - 1 and _menu_item(texts[i - 1])
            and _menu_item(texts[i + 1]))


def _byline_slot(texts: Sequence[str], i: int) -> bool:
    """The line right above the byline or date (a one-line standfirst may sit between):
    where pages put the headline. Teaser lists have the shape too, but share few words."""
    for t in texts[i + 1:i + 3]:
        if stamp_line(t) or fm.parse_byline(t, bare_ok=True):
            return True
    return False


def _front_follows(texts: Sequence[str], i: int) -> bool:
    """A byline or date within the next few lines: what comes under a headline."""
    for t in texts[i + 1:i + 5]:
        if stamp_line(t) or fm.parse_byline(t, bare_ok=True):
            return True
    return False


_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+(?:[A-Z0-9][\w.&'’]*)(?:\s+[A-Z0-9][\w.&'’]*){0,2}\s*$")


def site_suffix_at(text: str) -> int:
    """Where a site name tacked on as in a page title ("Headline - Site") starts; 0 when there is none."""
    m = _SITE_SUFFIX.search(text)
    if m and rules.n_words(text[:m.start()]) >= 4:
        return m.start()
    return 0


def headline_part(text: str) -> str:
    """The headline of a line that has its summary glued on ("Headline textThe summary ...")."""
    n = glued_at(text)
    return text[:n].rstrip() if n else text


def page_title(texts: Sequence[str], marked: Sequence[bool], old: int | None, start: int, end: int,
               repeat: Sequence[bool] | None = None) -> int | None:
    """The headline of the article at `start`..`end`: `pick`, else the cleaner's own choice `old`
    when the article is about it, else None (a menu item or a slogan is no headline)."""
    idx = pick(texts, marked, start, end, repeat)
    if idx is not None or old is None:
        return idx
    share, hits = score(texts[old], lead_words(texts, start, end))
    return old if share >= 0.4 and hits >= 2 else None


def title_regions(text: str, ln: Line) -> list[Region]:
    """The headline line; a summary glued to its end is the standfirst, a site name after it navigation."""
    n = glued_at(ln.text)
    if not n:
        cut = site_suffix_at(ln.text)
        if cut:
            site = strip_span(text, ln.start + cut, ln.end)
            return [Region(ln.start, ln.start + cut, "title"), Region(site[0], site[1], "navigation")]
        return [Region(ln.start, ln.end, "title")]
    a, b = strip_span(text, ln.start, ln.start + n)
    c, d = strip_span(text, ln.start + n, ln.end)
    return [Region(a, b, "title"), Region(c, d, "standfirst")]
