"""Quantities as people write them, each reduced to what it measures and a range.

Two outlets only disagree about a number when they measure the same thing and
their values cannot both be true. So each quantity gets a dimension (a vote
tally, an amount in one currency, a share, a count of one noun, a duration, a
date, a match minute) and a value range: "$4.2bn" and "$4.2 billion" are one
range, "a third" and "33%" overlap, "more than 200" is 200 and up, "about 12"
is 10.8 to 13.2. A relative offset ("a day after") is no duration, and dates
are resolved against the article's own date, never another article's. The
rules are general English; nothing here names a story, outlet or person.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUE = {w: float(i) for i, w in enumerate(_SMALL)} | {w: float(20 + 10 * i) for i, w in enumerate(_TENS)}
_WORD_VALUE |= {"dozen": 12.0, "hundred": 100.0, "thousand": 1000.0}
_NUMWORD = "|".join(sorted(_WORD_VALUE, key=len, reverse=True))
NUM = (rf"(?:(?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\d])"
       rf"|\b(?:{_NUMWORD})(?:[-\s](?:{_NUMWORD}))?\b|\ba\s+(?:dozen|hundred|thousand)\b)")
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9,
         "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])\b)"
_CUR_SYMBOL = {"$": "$", "us$": "$", "usd": "$", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
               "¥": "JPY", "jpy": "JPY", "c$": "CAD", "cad": "CAD", "a$": "AUD", "aud": "AUD"}
_CUR_WORD = {"dollar": "$", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
             "franc": "CHF", "rupee": "INR", "peso": "MXN", "rand": "ZAR", "krona": "SEK", "krone": "NOK"}
_HEDGE = (r"(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|just\s+under|just\s+over|"
          r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|less\s+than|fewer\s+than|under|"
          r"up\s+to|at\s+most|as\s+many\s+as|as\s+much\s+as|an\s+estimated|estimated|some)")
_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
          "fortnight": 1209600.0, "month": 2629800.0, "year": 31557600.0, "decade": 315576000.0}
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade)"
_FRACTIONS = {"half": 50.0, "halves": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0,
              "quarters": 25.0, "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0}
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_MONTHS = {m[:3]: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH = (r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TALLY_CUE = (r"vote[sd]?|voting|decision|rul(?:ed|ing|es)|majority|margin|verdict|split|tally|won|win|wins|beat|beats|"
              r"defeat(?:ed|s)?|lost|loss|victory|draw|drew|score|scored|lead|led|triumph|edged|thrashed")


@dataclass(frozen=True)
class Quantity:
    """One quantity in a sentence; offsets relative to the sentence text.

    `lo`/`hi` is the comparable range (None when vague: "several days");
    `value` the canonical value shown to readers; `date` a (year, month, day,
    weekday) tuple for dates, any part None when the text does not give it.
    """

    start: int
    end: int
    text: str
    dimension: str
    lo: float | None
    hi: float | None
    value: str | None
    hedge: str = ""
    date: tuple[int | None, int | None, int | None, int | None] | None = None
    amount: float | None = None  # the value as written, before a hedge widens it


def word_number(text: str) -> float | None:
    """'12' -> 12, '1,200' -> 1200, 'twenty-five' -> 25, 'a dozen' -> 12, else None."""
    t = text.strip().lower().replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    t = re.sub(r"^a\s+", "one ", t)
    parts = re.split(r"[-\s]+", t)
    if not parts or any(p not in _WORD_VALUE for p in parts):
        return None
    total = 0.0
    for p in parts:
        v = _WORD_VALUE[p]
        total = total * v if (v in (100.0, 1000.0) or p == "dozen") and total else total + v
    return total


def fmt(v: float) -> str:
    if math.isinf(v):
        return "∞"
    return str(int(v)) if float(v).is_integer() else f"{v:.6g}"


def _precision(num: str) -> float:
    """Half a unit of the last written digit: '4.2' -> 0.05, '430' -> 0.5."""
    num = num.replace(",", "")
    if "." in num and num.replace(".", "").isdigit():
        return 0.5 * 10 ** -len(num.split(".")[1])
    return 0.5 if num[:1].isdigit() else 0.0


def hedge_range(v: float, hedge: str) -> tuple[float, float]:
    """The range a hedged value allows: 'about 200' is 180..220, 'more than 200' 200 and up."""
    h = " ".join(hedge.lower().split())
    if h in ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated"):
        return v * 0.9, v * 1.1
    if h in ("nearly", "almost", "close to", "just under"):
        return v * 0.85, v
    if h == "just over":
        return v, v * 1.15
    # A writer who knew of 73 would not write "at least 37": a bound reaches half as far again.
    if h in ("more than", "over", "at least", "upwards of", "in excess of"):
        return v, v * 1.5
    if h in ("less than", "fewer than", "under", "up to", "at most", "as many as", "as much as"):
        return v / 1.5, v
    return v, v


def _hedge_before(text: str, s: int) -> tuple[str, int]:
    m = re.search(rf"\b({_HEDGE})\s+(?:an?\s+)?$", text[max(0, s - 24):s], re.IGNORECASE)
    if not m:
        return "", s
    return m.group(1), max(0, s - 24) + m.start()


def _make(text: str, s: int, e: int, dim: str, v: float | None, shown: str | None = None, *,
          precision: float = 0.0, hedge_ok: bool = True) -> Quantity:
    hedge, hs = _hedge_before(text, s) if hedge_ok else ("", s)
    if v is None:
        return Quantity(hs, e, text[hs:e], dim, None, None, None, hedge)
    lo, hi = hedge_range(v, hedge)
    return Quantity(hs, e, text[hs:e], dim, lo - precision, hi + precision, shown or fmt(v), hedge, amount=v)


# ---------------------------------------------------------------- finders

def tallies(text: str) -> list[Quantity]:
    out = []
    digits = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\w.,/%-]|\s?(?:%|percent))")
    words = re.compile(rf"\b(?:vote[sd]?\s+(?:of\s+)?|by\s+)?({NUM})\s+(?:votes?\s+)?to\s+({NUM})\b",
                       re.IGNORECASE)
    for pat in (digits, words):
        for m in pat.finditer(text):
            s, e = m.span()
            before, after = text[max(0, s - 40):m.start(1)], text[e:e + 25]
            cue_before = re.search(rf"\b(?:{_TALLY_CUE})\b[\w\s,]{{0,18}}$", before, re.IGNORECASE)
            cue_after = re.match(rf"\s*(?:\w+\s+)?(?:{_TALLY_CUE})\b", after, re.IGNORECASE)
            if not (cue_before or cue_after):
                continue
            a, b = word_number(m.group(1)), word_number(m.group(2))
            if a is None or b is None or a > 500 or b > 500:
                continue
            hi_, lo_ = max(a, b), min(a, b)
            code = hi_ * 1000 + lo_
            out.append(Quantity(s, e, text[s:e], "tally", code, code, f"{fmt(hi_)}-{fmt(lo_)}"))
    return out


#: The value of a unanimous vote whose size the sentence does not give: it agrees with any n-0 tally.
UNANIMOUS = "unanimous"
_BODY = r"judges?|justices?|members?|jurors?|councillors?|councilors?|commissioners?|directors?|seats?|votes?"


def unanimous(text: str) -> list[Quantity]:
    """'a unanimous decision', 'voted unanimously': a tally of n-0, with n when the sentence gives the
    body's size ('a three-judge panel', 'all nine members'); only a tally compares with it."""
    m = re.search(r"\bunanimous(?:ly)?\b", text, re.IGNORECASE)
    if not m:
        return []
    size = re.search(rf"\b(?:all\s+)?({NUM})[-\s](?:{_BODY})\b", text, re.IGNORECASE)
    n = word_number(size.group(1)) if size else None
    if n is not None and 1 < n <= 500:
        return [Quantity(m.start(), m.end(), m.group(), "tally", n * 1000, n * 1000, f"{fmt(n)}-0")]
    return [Quantity(m.start(), m.end(), m.group(), "tally", None, None, UNANIMOUS)]


def money(text: str) -> list[Quantity]:
    out = []
    sym = re.compile(rf"(?<![\w])(US\$|C\$|A\$|USD|EUR|GBP|JPY|CAD|AUD|[$€£¥])\s?({NUM})({_SCALE})?", re.IGNORECASE)
    word = re.compile(rf"({NUM})({_SCALE})?\s+(?:(?:US|U\.S\.|Canadian|Australian)\s+)?"
                      rf"(dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|yuan|francs?|rupees?|pesos?|"
                      rf"rand|kron[ae]r?)\b", re.IGNORECASE)
    for m in sym.finditer(text):
        cur = _CUR_SYMBOL.get(m.group(1).lower(), m.group(1))
        out.append(_money_q(text, m.start(), m.end(), cur, m.group(2), m.group(3)))
    for m in word.finditer(text):
        w = m.group(3).lower().split()[0].rstrip("s") if m.group(3).lower() not in ("rand",) else "rand"
        w = "krona" if w.startswith("kron") else w
        out.append(_money_q(text, m.start(), m.end(), _CUR_WORD.get(w, w), m.group(1), m.group(2)))
    return out


def _money_q(text: str, s: int, e: int, cur: str, num: str, scale: str | None) -> Quantity:
    v = word_number(num)
    mult = SCALE.get((scale or "").strip().lower(), 1.0)
    if v is None:
        return _make(text, s, e, f"money:{cur}", None)
    return _make(text, s, e, f"money:{cur}", v * mult, precision=_precision(num) * mult if scale else 0.5)


def shares(text: str) -> list[Quantity]:
    out = []
    pct = re.compile(rf"({NUM})\s?(%|percent\b|per\s?cent\b|pc\b|pct\b)(\s+points?|\s+percentage\s+points?)?",
                     re.IGNORECASE)
    pts = re.compile(rf"({NUM})\s+percentage\s+points?\b", re.IGNORECASE)
    for m in pct.finditer(text):
        v = word_number(m.group(1))
        dim = "points" if m.group(3) else "share"
        out.append(_make(text, m.start(), m.end(), dim, v, precision=_precision(m.group(1))))
    for m in pts.finditer(text):
        v = word_number(m.group(1))
        out.append(_make(text, m.start(), m.end(), "points", v, precision=_precision(m.group(1))))
    frac = re.compile(r"\b(a|one|two|three|four|nine)[\s-](half|third|thirds|quarter|quarters|fifth|fifths|"
                      r"tenth|tenths)\b(?=\s+of\b)|\b(half)\s+(?=of\b|the\b)", re.IGNORECASE)
    ratio = re.compile(rf"\b({NUM})\s+(?:in|out\s+of)\s+(?:every\s+)?({NUM})\b(?!\s*(?:{_UNIT}|%|percent))",
                       re.IGNORECASE)
    for m in ratio.finditer(text):  # "one in four", "three out of five"
        a, b = word_number(m.group(1)), word_number(m.group(2))
        if a is not None and b is not None and 0 < a < b <= 1000 and not re.match(r"\s*[-–]", text[m.end():]):
            v = 100 * a / b
            out.append(_make(text, m.start(), m.end(), "share", v, fmt(round(v, 1)), precision=0.5))
    for m in frac.finditer(text):
        if m.group(3):
            v = 50.0
        else:
            k = 1.0 if m.group(1).lower() in ("a", "one") else (word_number(m.group(1)) or 1.0)
            v = k * _FRACTIONS[m.group(2).lower()]
        out.append(_make(text, m.start(), m.end(), "share", v, fmt(round(v, 1)), precision=1.0))
    return out


def durations(text: str) -> list[Quantity]:
    """'twelve hours', 'a five-hour hearing', 'two days of talks'; 'a day after' is an offset."""
    out = []
    pat = re.compile(rf"(?<![\w$€£¥])({NUM}|an?|half\s+an?|several|a\s+few|few|many)[\s-]"
                     rf"(?:(?:more|full|straight|long|consecutive)\s+)?({_UNIT})s?(?:['’]s?)?(?:[-\s]long)?\b",
                     re.IGNORECASE)
    for m in pat.finditer(text):
        s, e = m.span()
        after = text[e:e + 30]
        head = " ".join(m.group(1).lower().split())
        unit = m.group(2).lower()
        if old := re.match(r"[-\s]+old\b", after):
            v = word_number(head)
            out.append(_make(text, s, e + len(old.group()), "age", v))
            continue
        rel = re.match(r"\s+(?:after|before|later|earlier|ago|on|from\s+now|since|prior|into|before)\b", after,
                       re.IGNORECASE)
        before = text[max(0, s - 12):s].lower()
        if rel and re.search(r"\b(?:lasted|lasting|last|for|took|spent|spend|over|during)\s+$", before):
            rel = None  # "lasted twelve hours after ...": the duration, then what it followed
        if rel:
            out.append(Quantity(s, e + rel.end(), text[s:e + rel.end()], "offset", None, None, None))
            continue
        if re.search(r"\b(?:within|next|last|past|in)\s+$", before) and head in ("a", "an"):
            # "in a fortnight": an offset from now, whose length is still a figure ("within two weeks")
            out.append(Quantity(s, e, text[s:e], "offset", _UNITS[unit], _UNITS[unit], f"1 {unit}"))
            continue
        if unit == "second" and head in ("a", "an"):
            continue  # "a second vote" is an ordinal
        if head in ("several", "a few", "few", "many"):
            v = None
        elif head.startswith("half"):
            v = 0.5
        elif head in ("a", "an"):
            v = 1.0
        else:
            v = word_number(head)
        secs = v * _UNITS[unit] if v is not None else None
        shown = f"{fmt(v)} {unit}{'s' if v != 1 else ''}" if v is not None else None
        out.append(_make(text, s, e, "duration", secs, shown, precision=0.0))
    return out


_MEASURES = {"acre": ("area", 4046.86), "hectare": ("area", 10000.0), "square mile": ("area", 2589988.0),
             "square kilometre": ("area", 1e6), "square kilometer": ("area", 1e6), "sq mi": ("area", 2589988.0),
             "km2": ("area", 1e6), "km²": ("area", 1e6), "mile": ("length", 1609.34), "kilometre": ("length", 1000.0),
             "kilometer": ("length", 1000.0), "km": ("length", 1000.0), "metre": ("length", 1.0),
             "meter": ("length", 1.0), "foot": ("length", 0.3048), "feet": ("length", 0.3048)}


def measures(text: str) -> list[Quantity]:
    """Areas and lengths in any unit, in square metres and metres: '29 square miles' = '18,560 acres'."""
    units = "|".join(sorted((re.escape(u) for u in _MEASURES), key=len, reverse=True))
    out = []
    for m in re.finditer(rf"({NUM})({_SCALE})?[\s-]({units})(?:e?s)?\b", text, re.IGNORECASE):
        v = word_number(m.group(1))
        dim, factor = _MEASURES[m.group(3).lower()]
        if v is None:
            continue
        mult = SCALE.get((m.group(2) or "").strip().lower(), 1.0) * factor
        out.append(_make(text, m.start(), m.end(), dim, v * mult, fmt(v) + " " + m.group(3).lower(),
                         precision=_precision(m.group(1)) * mult))
    return out


def minutes_and_ordinals(text: str) -> list[Quantity]:
    out = []
    ords = "|".join(_ORDINAL_WORDS)
    pat = re.compile(rf"\b(\d{{1,3}})(?:st|nd|rd|th)\b|\b({ords})\b", re.IGNORECASE)
    for m in pat.finditer(text):
        v = float(m.group(1)) if m.group(1) else float(_ORDINAL_WORDS[m.group(2).lower()])
        after = text[m.end():m.end() + 30]
        nxt = re.match(r"[\s-]+(?:straight\s+|consecutive\s+|successive\s+)?([A-Za-z]+)", after)
        if not nxt:
            continue
        noun = nxt.group(1).lower()
        if m.group(2) and noun in ("of",):
            continue
        e = m.end() + nxt.end()
        if noun.startswith("minute"):
            out.append(Quantity(m.start(), e, text[m.start():e], "minute", v, v, fmt(v)))
        elif m.group(1) or noun in ("time", "term", "round", "place", "quarter", "straight", "consecutive"):
            out.append(Quantity(m.start(), e, text[m.start():e], f"ordinal:{_singular(noun)}", v, v, fmt(v)))
    return out


def _singular(word: str) -> str:
    w = word.lower().strip("'’")
    if w in ("people", "persons"):
        return "people"
    if w in ("men", "women", "children"):
        return {"men": "man", "women": "woman", "children": "child"}[w]
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2 and not w.endswith(("ss", "us", "is")):
            return w[: -len(suf)] + rep
    return w

