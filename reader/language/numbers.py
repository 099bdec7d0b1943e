"""Numbers written in words or digits, reduced to one canonical string.

"twelve", "12" and "12.0" must compare equal, or two outlets reporting the same
count look like a disagreement.
"""

from __future__ import annotations

import math
import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "half": 0.5, "a": 1,
}
_DIGITS = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")


def _canonical(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def rounded(value: str) -> str | None:
    """A large figure rounded to two significant digits ('34120' -> '34000'), or None.

    Outlets round large figures each their own way ("more than 34,000" / "34,120"); the
    aligner gives both sentences the rounded figure as a shared term. Figures under 1,000
    are left alone, and so are years (two years of one decade would round alike) and bare
    powers of ten ("a million", "a thousand": units more than figures).
    """
    try:
        x = float(value)
    except ValueError:
        return None
    if not 1000 <= x < 1e15 or (x.is_integer() and 1800 <= x <= 2100):
        return None
    scale = 10 ** (int(math.floor(math.log10(x))) - 1)
    if x == scale * 10:
        return None
    return _canonical(round(x / scale) * scale)


def number_value(text: str) -> str | None:
    """'12' -> '12', 'twelve' -> '12', '1,000' -> '1000', 'No.' -> None."""
    t = text.strip().lower().replace("\u2212", "-")
    if _DIGITS.match(t):
        try:
            return _canonical(float(t.replace(",", "")))
        except ValueError:
            return None
    if t in _UNITS and t != "a":
        return _canonical(_UNITS[t])
    return None
