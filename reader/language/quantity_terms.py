"""Quantities a sentence gives in words that another outlet gives in figures or other units, as
terms the aligner can compare (reader.align.features): the finders the comparisons use
(reader.language.quantities), read for their values.
"""

from __future__ import annotations

import math
import re

from reader.language.numbers import rounded
from reader.language.quantities import NUM, SCALE, durations, fmt, measures, money, shares, word_number


def alignment_terms(text: str) -> set[str]:
    """Quantities a sentence gives in words that another outlet gives in figures or other units,
    as the terms the aligner compares (reader.align.features): a fraction or a ratio as the
    percentage it is ("one in four", "a quarter of" -> "#25", the term of "25%"), a length of
    time in seconds ("a fortnight" = "two weeks", "a two-day strike" = "a 48-hour strike"), a
    figure in words or with a scale as the terms its digits give ("twelve hundred" = "1,200",
    "$4.2bn" = "$4.2 billion"), cents as the dollars they are ("42 cents" = "$0.42")."""
    share, time, figure = _hints(text)
    out = _figure_terms(text) if figure else set()
    for q in shares(text) if share else ():
        if q.dimension == "share" and q.amount is not None and not re.search(r"\d|percent|per\s?cent|pc\b|pct\b",
                                                                             q.text, re.IGNORECASE):
            out.add("#" + fmt(round(q.amount)))
    for q in durations(text) if time else ():  # in seconds already; "in a fortnight" is an offset of one
        secs = q.amount if q.amount is not None else q.lo if q.lo == q.hi else None
        n = word_number(q.value.split()[0]) if q.value else None
        if secs and n and re.match(r"\s+and\s+a\s+half\b", text[q.end:]):  # "a year and a half"
            secs *= (n + 0.5) / n
        if q.dimension in ("duration", "offset") and secs:
            out.add("#s" + fmt(round(secs)))
    if any(w in text.lower() for w in _MEASURE_WORDS):
        out.update(_measure_terms(text))
    return out


#: Significant digits a converted area or length is compared at: outlets convert and round
#: ("29 square miles" / "18,400 acres", 75.1 and 74.5 square kilometres).
MEASURE_DIGITS = 2
_MEASURE_WORDS = ("acre", "hectare", "square", "sq ", "km", "mile", "metre", "meter", "feet", "foot")


def _measure_terms(text: str) -> set[str]:
    """An area or a length in any unit as the terms of its value in square metres or metres at
    `MEASURE_DIGITS` significant digits, rounded down and up, so that two outlets' figures in
    different units share a term when they are one value converted and rounded."""
    out = set()
    for q in measures(text):
        if q.amount is None or q.amount <= 0:
            continue
        exp = math.floor(math.log10(q.amount)) - MEASURE_DIGITS + 1
        for edge in (math.floor, math.ceil):
            out.add(f"#{q.dimension}{edge(q.amount / 10 ** exp)}e{exp}")
    return out


# Cheap tests first: most sentences give none of these, and the finders' patterns are slow.
_FRACTION_WORDS = ("half", "halves", "third", "quarter", "fifth", "tenth")
_FIGURE_WORDS = ("hundred", "thousand", "million", "billion", "trillion", " cent")
_TIME_WORDS = (" second", " minute", " hour", " day", " week", " fortnight", " month", " year", " decade")
_VAGUE = frozenset({"a", "an", "several", "few", "many", "half", "more", "full", "straight", "long", "consecutive"})
_GLUED_SCALE = re.compile(r"\d ?(?:bn|mn|tn|[mk])\b")


def _number_before(low: str, i: int, also: frozenset[str] = frozenset()) -> bool:
    """Whether the word ending at `i` of `low` is a number (or one of `also`)."""
    word = low[max(0, i - 20):i].rsplit(None, 1)[-1:]
    return bool(word) and (word[0] in also or word_number(word[0]) is not None)


def _occurrences(text: str, words: tuple[str, ...]) -> list[int]:
    out = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    return out


def _hints(text: str) -> tuple[bool, bool, bool]:
    """Whether the sentence may give a share in words, a length of time, a figure in words."""
    low = text.lower().replace("-", " ")
    share = any(w in low for w in _FRACTION_WORDS) or any(
        _number_before(low, i) for i in _occurrences(low, (" in ", " out of ")))
    time = any(_number_before(low, i, _VAGUE) for i in _occurrences(low, _TIME_WORDS))
    return share, time, any(w in low for w in _FIGURE_WORDS) or bool(_GLUED_SCALE.search(low))


_SCALED = re.compile(rf"({NUM})(?:\s?(million|billion|trillion|bn|mn|tn)\b)?", re.IGNORECASE)


def _figure_terms(text: str) -> set[str]:
    """The terms of figures written in words or with a scale word, as reader.align.features gives
    a figure in digits: a large one also as its rounding ("#~1200"); and cents as dollars."""
    out = set()
    for m in _SCALED.finditer(text):
        v = word_number(m.group(1))
        if v is None or (m.group(2) is None and re.fullmatch(r"[\d,.]+", m.group(1))):
            continue  # digits alone: the aligner reads them already
        v *= SCALE[m.group(2).lower()] if m.group(2) else 1.0
        near = rounded(fmt(v)) if v >= 1000 else None
        if near is not None:
            out.add("#~" + near)
        if near != fmt(v) and (m.group(2) or v >= 1000):
            out.add("#" + fmt(v))
    for q in money(text) if _GLUED_SCALE.search(text.lower()) else ():  # "$340m"
        if q.amount is not None and q.amount >= 1000 and (near := rounded(fmt(q.amount))) is not None:
            out.add("#~" + near)
    for c in re.finditer(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+cents?\b", text, re.IGNORECASE):
        out.add("#" + fmt(float(c.group(1)) / 100))
    return out
