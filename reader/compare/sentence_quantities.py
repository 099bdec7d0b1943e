"""Every quantity of one sentence: the readers of `quantities` (tallies, money, shares, measures,
minutes, durations), `datewords` (dates against the article's own date) and `counts` (a number
with its noun), in that order, so that a span one reader took is not read again by the next."""

from __future__ import annotations

import datetime as dt

from reader.language import quantities as q
from reader.language.quantities import Quantity

from .counts import find_counts
from .datewords import find_dates


def sentence_quantities(text: str, date: dt.date | None, noun: str | None = None) -> list[Quantity]:
    """Every quantity of one sentence, left to right, without overlaps (earlier finders win);
    `noun` is what the sentence before counted (for "held 31" after "won 48 seats")."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    finders = (q.tallies, q.unanimous, q.money, q.shares, q.measures, lambda t: find_dates(t, date),
               q.minutes_and_ordinals, q.durations)
    for finder in finders:
        for x in sorted(finder(text), key=lambda x: (x.start, -x.end)):
            core = (x.start + len(x.text) - len(x.text.lstrip()), x.end)
            if any(core[0] < te and ts < core[1] for ts, te in taken):
                continue
            taken.append((x.start, x.end))
            found.append(x)
    found.extend(find_counts(text, taken, noun))
    return sorted(found, key=lambda x: (x.start, x.end))
