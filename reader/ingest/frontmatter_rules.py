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


@dataclass(frozen=True)
class Byline:
    names: str
    org: str | None


def parse_byline(text: str, *, bare_ok: bool) -> Byline | None:
    """"By Jane Doe | Agency", "Jane Doe, Agency", and (when `bare_ok`) "Jane Doe"."""
    t = text.strip().strip("*_").strip()
    if len(t) > 120:
        return None
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
