"""Numeric claims (dates, durations, money, percentages, counts) and conflicts.

Numbers are where outlets most often disagree in ways a reader cannot see
("two days of talks" in one, "a day after" in another), and where the same
value is written differently ("12 hours" / "twelve hours", "Monday" /
"Sept. 18"). Each claim is found by pattern, reduced to a comparable value
with a dimension (what kind of thing it measures), and kept with its clause,
so that a conflict can be shown in context. Facts whose members give
different values for the same dimension are flagged.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass

from reader.language.numbers import number_value
from reader.model import Analysis, Article, Sentence

_NUMWORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen"
)
_NUM = rf"(?:(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])|\b(?:{_NUMWORDS})(?:-(?:{_NUMWORDS}))?\b)"
_VAGUE = r"\b(?:several|a\s+few|few|many|dozens\s+of|hundreds\s+of|thousands\s+of)\b"
_SCALE = r"(?:\s?(?:million|billion|trillion|bn|mn|m|k)\b)?"
_UNITS_T = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century)"
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_MONTH = (r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = (r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?:\s+(?:morning|afternoon|evening|night))?\b")
_PERIOD = r"(?:week|weekend|month|year|summer|spring|autumn|fall|winter|decade|quarter)"

#: (kind, pattern); earlier patterns win where spans overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("money", re.compile(rf"[$€£¥]\s?{_NUM}{_SCALE}|{_NUM}{_SCALE}\s+(?:dollars|euros|pounds|yuan|yen)\b",
                         re.IGNORECASE)),
    ("percent", re.compile(rf"{_NUM}\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)),
    ("date", re.compile(rf"(?:\b(?:early|mid|late)[-\s])?{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
                        rf"(?:,?\s+\d{{4}}\b)?|\b\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}\b)?")),
    ("date", re.compile(_WEEKDAY)),
    ("duration", re.compile(rf"(?:{_NUM}|{_VAGUE}|\b(?:a|an)\b)[\s-](?:more\s+|full\s+|straight\s+)?"
                            rf"{_UNITS_T}s?(?:['’]s?)?(?:\s+(?:after|before|later|earlier|ago)\b)?",
                            re.IGNORECASE)),
    ("date", re.compile(rf"\b(?:(?:over|during|in)\s+the\s+(?:{_PERIOD})|(?:last|this|next|past|coming|"
                        rf"earlier\s+this|later\s+this)\s+(?:{_PERIOD}|Monday|Tuesday|Wednesday|Thursday|"
                        rf"Friday|Saturday|Sunday)|(?:in\s+)?recent\s+(?:days|weeks|months|years)|"
                        rf"yesterday|today|tonight|tomorrow|recently)\b", re.IGNORECASE)),
    ("date", re.compile(r"(?<![\w.-])(?:19|20)\d{2}(?![\w-])")),
    ("count", re.compile(rf"{_NUM}(?:-[a-z]+|(?:\s+(?!(?:of|in|on|at|to|and|or|the|a|that|which|who|for|from|"
                         rf"with|by|as|is|are|was|were|has|have|had|will|than)\b)[A-Za-z][\w'’-]*){{1,4}})",
                         re.IGNORECASE)),
]

_BOUND = re.compile(r"[;:()\[\]—–]|,\s|\s-\s")
CONTEXT_WORDS = 12

@dataclass(frozen=True)
class Claim:
    """One numeric statement in a sentence.

    `start`/`end` is the value as written; `context_start`/`context_end` its
    clause (cut at clause punctuation, at most CONTEXT_WORDS words either side),
    which is what a reader needs to judge it. `dimension` is what is measured
    ("duration:day", "count:official", "date", "weekday", "money:$"); `value`
    the comparable value in that dimension (None when vague: "several days").
    """

    id: str
    article: str
    sentence: str
    kind: str
    start: int
    end: int
    text: str
    dimension: str
    value: str | None
    context_start: int
    context_end: int
    context: str


def _num(text: str) -> float | None:
    t = text.lower().replace(",", "")
    if "-" in t and not t[:1].isdigit():
        parts = [number_value(p) for p in t.split("-")]
        if all(parts):
            return sum(float(p) for p in parts if p)
    v = number_value(t)
    if v is not None:
        return float(v)
    if t in ("a", "an"):
        return 1.0
    return None


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def reference_date(an: Analysis) -> _dt.date | None:
    """The story's date: the most common date among the articles that have one."""
    dates = [d for d in (parse_date(a.date) for a in an.articles if a.date) if d]
    if not dates:
        return None
    return Counter(dates).most_common(1)[0][0]


def parse_date(text: str | None) -> _dt.date | None:
    """'September 18, 2023', '18 Sept 2023', '2023-09-18' -> date; else None."""
    if not text:
        return None
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = re.search(rf"({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})", text) or None
    if m:
        mon, day, year = MONTHS[m[1][:3].lower()], int(m[2]), int(m[3])
    else:
        m = re.search(rf"(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})", text)
        if not m:
            return None
        mon, day, year = MONTHS[m[2][:3].lower()], int(m[1]), int(m[3])
    try:
        return _dt.date(year, mon, day)
    except ValueError:
        return None


def _date_value(text: str, ref: _dt.date | None) -> tuple[str, str | None]:
    """(dimension, value) of a date expression."""
    t = text.strip()
    low = t.lower()
    wd = next((i for i, d in enumerate(WEEKDAYS) if low.startswith(d)), None)
    if wd is not None:
        if ref is None:
            return "weekday", WEEKDAYS[wd]
        back = (ref.weekday() - wd) % 7  # the most recent such day on or before the story's date
        return "date", (ref - _dt.timedelta(days=back)).isoformat()
    m = re.match(rf"(?:(early|mid|late)[-\s])?({_MONTH})(?:\s+(\d{{1,2}}))?(?:\w*)?(?:,?\s+(\d{{4}}))?$", t)
    m2 = re.match(rf"(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?$", t)
    if m or m2:
        if m:
            part, mon_s, day_s, year_s = m[1], m[2], m[3], m[4]
        else:
            assert m2 is not None
            part, mon_s, day_s, year_s = None, m2[2], m2[1], m2[3]
        mon = MONTHS[mon_s[:3].lower()]
        if day_s:
            year = int(year_s) if year_s else (ref.year if ref else None)
            try:
                if year is not None:
                    return "date", _dt.date(year, mon, int(day_s)).isoformat()
            except ValueError:
                return "date", None
            return "date", f"{mon:02d}-{int(day_s):02d}"
        del part
        return "month", f"{mon:02d}" + (f"/{year_s}" if year_s else "")
    if re.fullmatch(r"(?:19|20)\d{2}", t):
        return "year", t
    return "when", None  # relative or vague: shown, never compared


def _unit(word: str) -> str:
    w = word.lower().strip("'’")
    for suf, rep in (("ies", "y"), ("ses", "s"), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + rep
    return w


def _classify(kind: str, text: str, ref: _dt.date | None) -> tuple[str, str, str | None]:
    """(kind, dimension, value) of one match."""
    if kind == "date":
        dim, val = _date_value(text, ref)
        return "date", dim, val
    if kind == "duration":
        m = re.search(rf"{_UNITS_T}", text, re.IGNORECASE)
        unit = m.group().lower() if m else "?"
        head = re.match(rf"\s*({_NUM}|{_VAGUE}|a|an)", text, re.IGNORECASE)
        v = _num(head.group(1)) if head else None
        rel = re.search(r"\b(after|before|later|earlier|ago)\b", text, re.IGNORECASE)
        return ("relative" if rel else "duration"), f"duration:{unit}", (_fmt(v) if v is not None else None)
    if kind in ("money", "percent"):
        m = re.search(_NUM, text, re.IGNORECASE)
        v = _num(m.group()) if m else None
        scale = re.search(r"\b(million|billion|trillion|bn|mn|m|k)\b", text, re.IGNORECASE)
        if v is not None and scale:
            v *= {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
                  "k": 1e3}[scale.group(1).lower()]
        cur = re.search(r"[$€£¥]|dollars|euros|pounds|yuan|yen", text, re.IGNORECASE)
        dim = "percent" if kind == "percent" else f"money:{cur.group().lower() if cur else '?'}"
        return kind, dim, (_fmt(v) if v is not None else None)
    m = re.match(_NUM, text, re.IGNORECASE)
    v = _num(m.group()) if m else None
    words = _count_words(text[m.end():] if m else text)
    unit = _unit(words[-1]) if words else "?"
    return "count", f"count:{unit}", (_fmt(v) if v is not None else None)


def _count_words(rest: str) -> list[str]:
    """The words after a count up to its noun: the first plural among the next
    few ("three top Chinese officials"), else the next word ("a 193-member body")."""
    words = re.findall(r"[A-Za-z][\w'’]*", rest)[:4]
    for k, w in enumerate(words):
        if len(w) > 3 and w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is")):
            return words[:k + 1]
    return words[:1]


def _context(text: str, s: int, e: int) -> tuple[int, int]:
    """The clause around [s, e) within `text` (a sentence), at most CONTEXT_WORDS words either side.

    A fragment of under four words ("Over the weekend,") belongs with its neighbour.
    """
    bounds = [m for m in _BOUND.finditer(text)]
    lo, hi = 0, len(text)
    for m in bounds:
        if m.end() <= s:
            if len(text[m.end():s].split()) + len(text[s:e].split()) >= 4:
                lo = m.end()
        elif m.start() >= e and hi == len(text):
            if len(text[e:m.start()].split()) + len(text[lo:e].split()) >= 4:
                hi = m.start()
    left = text[lo:s]
    words = list(re.finditer(r"\S+", left))
    if len(words) > CONTEXT_WORDS:
        lo += words[-CONTEXT_WORDS].start()
    right = text[e:hi]
    words = list(re.finditer(r"\S+", right))
    if len(words) > CONTEXT_WORDS:
        hi = e + words[CONTEXT_WORDS - 1].end()
    while lo < s and text[lo].isspace():
        lo += 1
    while hi > e and (text[hi - 1].isspace() or text[hi - 1] in ".,;"):
        hi -= 1
    return lo, hi


def sentence_claims(art: Article, sent: Sentence, ref: _dt.date | None, first_id: int = 0) -> list[Claim]:
    """The numeric claims of one sentence, left to right, without overlaps."""
    text = sent.text
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            while e > s and text[e - 1] in " .,'’":
                e -= 1
            if e <= s or any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "count":
                if _skip_count(text, s, e):
                    continue
                num = re.match(_NUM, text[s:e], re.IGNORECASE)
                if num is not None and not text[s + num.end():e].startswith("-"):
                    ws = _count_words(text[s + num.end():e])
                    if ws:
                        e = s + num.end() + text[s + num.end():e].index(ws[-1]) + len(ws[-1])
            taken.append((s, e))
            found.append((s, e, kind))
    found.sort()
    out = []
    for k, (s, e, kind) in enumerate(found):
        ckind, dim, val = _classify(kind, text[s:e], ref)
        cs, ce = _context(text, s, e)
        base = sent.start
        out.append(Claim(id=f"{sent.id}.n{k}", article=art.id, sentence=sent.id, kind=ckind, start=base + s,
                         end=base + e, text=text[s:e], dimension=dim, value=val, context_start=base + cs,
                         context_end=base + ce, context=text[cs:ce]))
    del first_id
    return out


def _skip_count(text: str, s: int, e: int) -> bool:
    """Numbers that are not counts: "one of", ranks ("No. 2"), names ("G20" is
    excluded by the pattern), years."""
    head = text[s:e].split()[0].lower().split("-")[0]
    if head in ("one", "zero"):
        return True
    if re.search(r"\bNo\.?\s*$", text[max(0, s - 4):s]):
        return True
    if re.search(r"\b[A-Z][\w]*\s+of\s+$", text[max(0, s - 30):s]):
        return True  # part of a name: "Group of 20"
    return bool(re.fullmatch(r"(?:19|20)\d{2}", head))


def find_claims(an: Analysis) -> tuple[Claim, ...]:
    """Every numeric claim in every body sentence."""
    ref = reference_date(an)
    out: list[Claim] = []
    for art in an.articles:
        for s in art.sentences:
            out.extend(sentence_claims(art, s, ref))
    return tuple(out)
