"""Article dates as days, read leniently: ISO dates and the RFC 2822 dates of feeds."""

from __future__ import annotations

import datetime as dt
import math
import re
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    m = _ISO.match(text)
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return parsedate_to_datetime(text).date()
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def iso_day(text: str | None) -> str | None:
    """The article's day as YYYY-MM-DD, or None when its date cannot be read."""
    d = _date(text)
    return d.isoformat() if d else None


def day_number(text: str | None) -> float:
    """Days since 0001-01-01, or NaN when unknown (so gaps with it are ignored)."""
    d = _date(text)
    return float(d.toordinal()) if d else math.nan
