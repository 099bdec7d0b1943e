"""Dates as articles write them, resolved against the article's own date.

"Monday" in an article dated Tuesday 5 March is 4 March; the same word in an
article of another week is another day, so each article is resolved against
its own date and never another's. A date that cannot be resolved keeps what
it does say (a weekday, a month and day), and two dates conflict only in what
both say. An odd article date (year 1, year 9999) leaves words unresolved
instead of failing.
"""

from __future__ import annotations

import datetime as dt
import re

from reader.language.quantities import _MONTH, _MONTHS, WEEKDAYS, Quantity

DateParts = tuple[int | None, int | None, int | None, int | None]  # year, month, day, weekday

_WEEKDAY = r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0,
             "this afternoon": 0, "this evening": 0}


_PERIOD = r"(?:week|weekend|month|year|summer|spring|autumn|fall|winter|decade|quarter)"
#: Times a reader can place but not compare: shown as claims, never in a conflict.
_VAGUE = re.compile(rf"\b(?:(?:over|during|in)\s+the\s+(?:{_PERIOD})|(?:last|this|next|past|coming|"
                    rf"earlier\s+this|later\s+this)\s+(?:{_PERIOD})|(?:in\s+)?recent\s+(?:days|weeks|months|years)|"
                    rf"recently)\b", re.IGNORECASE)


def parse_article_date(text: str | None) -> dt.date | None:
    """'2024-03-05', '2024-03-05T10:00Z', 'March 5, 2024', '5 March 2024' -> date; else None."""
    if not text:
        return None
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})", text)
    parts: tuple[int, int, int] | None = None
    if m:
        parts = (int(m[1]), int(m[2]), int(m[3]))
    else:
        m = re.search(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", text)
        m2 = re.search(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}})", text)
        if m:
            parts = (int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
        elif m2:
            parts = (int(m2[3]), _MONTHS[m2[2][:3].lower()], int(m2[1]))
    if parts is None:
        return None
    try:
        return dt.date(*parts)
    except (ValueError, OverflowError):
        return None


def _shift(ref: dt.date, days: int) -> dt.date | None:
    try:
        return ref + dt.timedelta(days=days)
    except OverflowError:
        return None


def _parts(d: dt.date) -> DateParts:
    return d.year, d.month, d.day, d.weekday()


def _q(text: str, s: int, e: int, parts: DateParts) -> Quantity:
    y, m, d, w = parts
    if y is not None and m is not None and d is not None:
        try:
            o = float(dt.date(y, m, d).toordinal())
            return Quantity(s, e, text[s:e], "date", o, o, dt.date(y, m, d).isoformat(), date=parts)
        except ValueError:
            return Quantity(s, e, text[s:e], "date", None, None, None)
    shown = " ".join(x for x in (WEEKDAYS[w].title() if w is not None else None,
                                 f"{m:02d}" + (f"-{d:02d}" if d else "") if m else None) if x)
    return Quantity(s, e, text[s:e], "date", None, None, shown or None, date=parts)


def _month_day(mon: int, day: int, year: int | None, ref: dt.date | None) -> DateParts:
    if year is None and ref is not None:
        year = ref.year
        try:
            if (dt.date(year, mon, day) - ref).days > 200:
                year -= 1  # "Dec. 30" in an article of January 2
        except (ValueError, OverflowError):
            return None, mon, day, None
    if year is None:
        return None, mon, day, None
    try:
        return _parts(dt.date(year, mon, day))
    except (ValueError, OverflowError):
        return None, mon, day, None


def _weekday(wd: int, ref: dt.date | None) -> DateParts:
    """The most recent such day on or before the article's date."""
    if ref is not None:
        d = _shift(ref, -((ref.weekday() - wd) % 7))
        if d is not None:
            return _parts(d)
    return None, None, None, wd


def find_dates(text: str, ref: dt.date | None) -> list[Quantity]:
    """Calendar dates, weekdays, 'yesterday' and years in `text`, resolved against `ref`."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(q: Quantity) -> None:
        if not any(q.start < te and ts < q.end for ts, te in taken):
            taken.append((q.start, q.end))
            out.append(q)

    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        try:
            add(_q(text, m.start(), m.end(), _parts(dt.date(int(m[1]), int(m[2]), int(m[3])))))
        except (ValueError, OverflowError):
            continue
    md = re.compile(rf"(?:{_WEEKDAY},?\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"
                    rf"|(?:{_WEEKDAY},?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})"
                    rf"(?:,?\s+(\d{{4}})\b)?")
    for m in md.finditer(text):
        if m.group(2):
            mon, day, year = _MONTHS[m.group(2)[:3].lower()], int(m.group(3)), m.group(4)
        else:
            mon, day, year = _MONTHS[m.group(7)[:3].lower()], int(m.group(6)), m.group(8)
        if not 1 <= day <= 31:
            continue
        add(_q(text, m.start(), m.end(), _month_day(mon, day, int(year) if year else None, ref)))
    for m in re.finditer(_WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?", text):
        add(_q(text, m.start(), m.end(), _weekday(WEEKDAYS.index(m.group(1).lower()), ref)))
    for m in re.finditer(r"\b(yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b",
                         text, re.IGNORECASE):
        key = " ".join(m.group(1).lower().split())
        d = _shift(ref, _RELATIVE[key]) if ref is not None else None
        if d is not None:
            add(_q(text, m.start(), m.end(), _parts(d)))
    for m in re.finditer(rf"(?:\b(?:early|mid|late)[-\s])?({_MONTH})(?:\s+(\d{{4}}))?", text):
        if m.group(1).rstrip(".") == "May" and not m.group(2) and not re.search(
                r"\b(?:in|of|last|this|next|since|until|by|early|mid|late|from)\s+$", text[:m.start()], re.IGNORECASE):
            continue  # the verb
        add(Quantity(m.start(), m.end(), m.group(), "month", None, None, None))
    for m in _VAGUE.finditer(text):
        add(Quantity(m.start(), m.end(), m.group(), "when", None, None, None))
    for m in re.finditer(r"(?<![\w$€£¥.,-])(1[89]\d\d|20\d\d)(?![\w%-])", text):
        y = float(m.group(1))
        add(Quantity(m.start(), m.end(), m.group(), "year", y, y, m.group(1)))
    return out


def same_date(a: DateParts, b: DateParts) -> bool | None:
    """True when two dates agree, False when they cannot both hold, None when they say too little."""
    said = False
    for x, y in zip(a, b, strict=True):
        if x is not None and y is not None:
            said = True
            if x != y:
                return False
    return True if said else None
