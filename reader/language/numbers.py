"""Numbers written in words or digits, reduced to one canonical string.

"twelve", "12" and "12.0" must compare equal, or two outlets reporting the same
count look like a disagreement.
"""

from __future__ import annotations

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
