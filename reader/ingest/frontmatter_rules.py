"""Patterns for the parts of a page that say what the article is: bylines,
dates, datelines.

Datelines ("WASHINGTON — ", "LONDON (Agency) - ", "(Montreal) ") are glued
to the first sentence, so they are found as prefixes and cut exactly; the
sentence that follows must start at its first character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?"
_ZONE = r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)"
_TIME = (rf"(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?{_ZONE}?"
         rf"|,?\s*\d{{1,2}}\s*[ap]\.?m\.?{_ZONE}?)?")
_DATE_CORE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})"
)
_DATE_PREFIX = (r"(?:(?:published|updated|posted|last updated|first published|last modified|date)"
                r"(?:\s+on)?\s*:?\s*)?")
DATE_AT_START = re.compile(
    rf"^{_DATE_PREFIX}(?:{_WEEKDAY}\s*)?(?P<date>{_DATE_CORE}){_TIME}", re.IGNORECASE
)
_DATE_ANYWHERE = re.compile(_DATE_CORE, re.IGNORECASE)

_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’\-]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)"
_PARTICLE = r"(?:de|del|da|van|von|der|den|al|el|bin|la|le|du|dos|di)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_ORG = r"(?:[A-Z][\w&.'’\-]*|of|the|and|&)(?:\s+(?:[A-Z][\w&.'’\-]*|of|the|and|&)){0,6}"
_ROLE = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|chief|bureau|analyst|producer"
    r"|journalist|critic|director|senior|associate|special|fellow|professor|author)\b",
    re.IGNORECASE,
)
BY_PREFIX = re.compile(r"^(?:by:?|words by|written by|story by|posted by|filed by|reporting by)\s", re.IGNORECASE)
# Names are matched case-sensitively ("Sam Lee on March 3": "on" is no name).
_BY = re.compile(rf"^(?i:by:?|words by|written by|story by|posted by|filed by|reporting by)\s+(?P<names>{_NAMES})"
                 rf"(?P<rest>.*)$")
_NAME_ORG = re.compile(rf"^(?P<names>{_NAMES})\s*(?:,|\||—|–|\s-\s)\s*(?P<org>{_ORG})"
                       r"(?:\s+(?:on|at|in|updated|published|posted)\b.*)?\s*$")
_BARE_NAME = re.compile(rf"^(?P<names>{_NAMES})$")
_TRAILING_LINK = re.compile(r"\s+(?:on|at|in|updated|published|posted)$", re.IGNORECASE)


# Capitalised words that open a headline or a widget's label, never a person's name ("Under New
# Chairman, ...", "All Share Services", "Account Info").
_NOT_NAME = frozenset("""a an the all any and as at after before by for from how in into is it new no not of
on our out over so than that this to under up what when where who why with your my more most about
account info information services share sign login log menu search home news contact privacy terms
subscribe newsletter follow comments related latest trending top video photos published updated posted
last first monday tuesday wednesday thursday friday saturday sunday today yesterday""".split())
_BY_CAPS = re.compile(r"^(?i:by:?|words by|written by|story by|posted by|filed by|reporting by)\s+"
                      r"(?P<names>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,3})$")
_AGE = r"(?:\d+|an?|one)\s+(?:min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago\b"
# A time stamp after the name: "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Alex Perry 1 day ago",
# "By JANE DOE JAN. 13, 2017".
_STAMP_TAIL = re.compile(rf"(?:\s*[-–—•|·,]\s*|\s+)(?:(?:updated|published|posted|on)\s+)?"
                         rf"(?:{_DATE_CORE}|{_AGE}|{_MONTH}\s+\d{{1,2}}\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Byline:
    names: str
    org: str | None


def parse_byline(text: str, *, bare_ok: bool) -> Byline | None:
    """"By Jane Doe | Agency", "Jane Doe, Agency", and (when `bare_ok`) "Jane Doe";
    a name with a time stamp after it ("Jane Doe - May 2, 2020") is a byline wherever it is."""
    t = re.sub(r"^[^\w“\"‘']+", "", text.strip().strip("*_").strip())  # "// By ...", "• By ..."
    if len(t) > 120:
        comma = t.find(",")
        if not (BY_PREFIX.match(t) and 0 < comma <= 60):
            return None
        t = t[:comma]  # "By Jane Doe, a deputy editor who has covered ... for a decade."
    stamp = _STAMP_TAIL.search(t)
    if stamp and stamp.start() > 0:
        head = t[:stamp.start()].strip()
        caps = _BY_CAPS.match(head)
        if caps:
            return Byline(caps.group("names").title(), None)
        b = _parse(head, bare_ok=True)
        if b is not None and (BY_PREFIX.match(head) or _BARE_NAME.match(head)):
            return b
    return _parse(t, bare_ok=bare_ok)


def sure_byline(text: str) -> bool:
    """A byline that says so: "By ..." or a name with its time stamp (an author box's bare name is less sure)."""
    t = re.sub(r"^[^\w“\"‘']+", "", text.strip().strip("*_").strip())
    stamp = _STAMP_TAIL.search(t)
    return bool(BY_PREFIX.match(t)) or (stamp is not None and stamp.start() > 0)


def name_shaped(text: str) -> bool:
    """Capitalised words in a byline's shape ("Task Store", "Next Up In Culture"), names or not:
    what a short heading or a widget's label shares with an author's bare name."""
    t = text.strip().strip("*_").strip()
    return len(t) <= 120 and _parse_any(t, bare_ok=True) is not None


def _parse(t: str, *, bare_ok: bool) -> Byline | None:
    b = _parse_any(t, bare_ok=bare_ok)
    if b is None or BY_PREFIX.match(t):
        return b  # "By The Agency | Source: ..." names who made it, as before
    if any(w.lower() in _NOT_NAME for w in b.names.split()):
        return None  # a headline's or a widget's capitalised words
    return b


def _parse_any(t: str, *, bare_ok: bool) -> Byline | None:
    m = _BY.match(t)
    if m:
        rest = m.group("rest").strip()
        org = None
        om = re.match(rf"^(?:,|\||—|–|-|\(|for)\s*(?P<org>{_ORG})\)?\s*(?:$|[|,·•]|\s(?:on|at|in|updated)\b)", rest)
        if om and not _ROLE.search(om.group("org")) and not DATE_AT_START.match(om.group("org")):
            org = _TRAILING_LINK.sub("", om.group("org").strip()) or None
        names = m.group("names")
        if re.match(r"\s*\d", rest) and len(names.split()) >= 3:
            names = _MONTH_TAIL.sub("", names)  # "By Jane Doe March 18 at 3:57 PM": the month is the date's
        return Byline(_people(names), org)
    m = _NAME_ORG.match(t)
    if m:
        org = m.group("org").strip()
        org = _TRAILING_LINK.sub("", org)
        if _ROLE.search(org):
            return Byline(m.group("names").strip(), None)
        return Byline(m.group("names").strip(), org or None)
    if bare_ok:
        m = _BARE_NAME.match(t)
        if m and len(t.split()) <= 6:
            return Byline(m.group("names").strip(), None)
    return None


_MONTH_TAIL = re.compile(r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)


def _people(names: str) -> str:
    """Drop job titles that the name pattern let through ("Jane Doe, Senior Correspondent")."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", names) if p.strip()]
    keep = [p for p in parts if not _ROLE.search(p)]
    return ", ".join(keep or parts[:1])


@dataclass(frozen=True)
class DateMatch:
    start: int  # offsets within the line text
    end: int
    date: str  # the date itself, without "Updated:" and the like


def match_date_line(text: str) -> DateMatch | None:
    """A date (with optional "Updated:", weekday and time) at the start of the line."""
    m = DATE_AT_START.match(text)
    if not m:
        return None
    return DateMatch(0, m.end(), m.group("date"))


def find_date(text: str) -> str | None:
    m = _DATE_ANYWHERE.search(text)
    return m.group(0) if m else None


# "WASHINGTON — ", "PARIS—", "LONDON (Agency) - ", "BERLIN, Sept 18 (Agency) — "
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?:[ ,]+[A-Z][A-Z.'’\-]*){0,4}"
_DATELINE_CAPS = re.compile(
    rf"^(?:{_CAPS_PLACE})(?:,\s*(?:[A-Z][a-z]+\.?\s*)?{_MONTH}?\s*\d{{0,2}})?(?:\s*\([^()]{{1,40}}\))?"
    r"(?:\s*[—–]+\s*|\s+-{1,2}\s+|\s*:\s+)(?=[A-Z0-9“\"‘'])"
)
# "(Montreal) ", "(Agency) — "
_DATELINE_PAREN = re.compile(
    r"^\((?:[A-Z][\w.'’\-]*)(?:[ ,]+[A-Z][\w.'’\-]*){0,3}\)(?:\s*[—–]+\s*|\s+-{1,2}\s+|\s+)(?=[A-Z“\"‘'])"
)


def dateline_prefix(text: str) -> int:
    """Length of a dateline glued to the start of `text` (0 when there is none)."""
    m = _DATELINE_CAPS.match(text)
    if m:
        # The place itself (before any ", Sept 18" or "(Agency)") is in capitals.
        place = re.split(r"[,(]", m.group(0), maxsplit=1)[0].rstrip(" —–-:")
        letters = [c for c in place if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return m.end()
    m = _DATELINE_PAREN.match(text)
    if m and len(m.group(0)) <= 50:
        return m.end()
    return 0
