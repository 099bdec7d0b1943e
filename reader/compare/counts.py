"""Counts with the noun they count: '300 new workers', '12 dead', 'a crowd of 31,420'.

A count is only comparable with a count of the same thing, so the noun is kept,
and counts of people are told apart by what happened to them (killed, injured,
missing): 12 dead and 14 injured are no disagreement.
"""

from __future__ import annotations

import re

from reader.language.quantities import _UNIT, NUM, SCALE, Quantity, _make, _singular, word_number

_DEATH = re.compile(r"\b(?:killed|dead|died|deaths?|fatalit\w+|lives|death\s+toll|toll)\b", re.IGNORECASE)
_INJURY = re.compile(r"\b(?:injured|wounded|hurt|injur\w+)\b", re.IGNORECASE)
_MISSING = re.compile(r"\b(?:missing|unaccounted)\b", re.IGNORECASE)
_PERSON_NOUNS = {"people", "person", "persons", "individual", "resident", "civilian", "victim", "adult",
                 "child", "children", "men", "women", "other", "others"}
_NOT_NOUN = {"of", "in", "on", "at", "to", "and", "or", "the", "a", "an", "that", "which", "who", "for", "from",
             "with", "by", "as", "is", "are", "was", "were", "has", "have", "had", "will", "than", "per", "percent",
             "less", "times", "said", "says", "would", "could", "after", "before", "when", "while"}


def _count_noun(text: str, e: int) -> tuple[str, int] | None:
    """The noun a count counts, among the next few words ('300 new workers', '12 dead'), and its end."""
    for k, m in enumerate(re.finditer(r"[A-Za-z][\w'’-]*", text[e:e + 60])):
        if k >= 4 or (k == 0 and text[e:e + m.start()].strip(" ")):
            return None
        w = m.group().lower()
        if w in _NOT_NOUN or text[e + m.start() - 1:e + m.start()] in ",;:":
            return None
        if w in ("dead", "killed", "died", "missing", "injured", "wounded"):
            return w, e + m.end()
        if (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3) or w in _PERSON_NOUNS:
            return w, e + m.end()
    return None


def _role(noun: str, after: str, before: str) -> str:
    """What a count of people measures: deaths, injuries and the missing are different counts.

    The nearest cue after the noun decides ("12 people were killed"), else the last one before it."""
    n = _singular(noun)
    if n in ("dead", "killed", "died", "death", "fatality", "life"):
        return "death"
    if n in ("injured", "wounded", "injury"):
        return "injury"
    if n == "missing":
        return "missing"
    if n not in {_singular(p) for p in _PERSON_NOUNS}:
        return n
    cues = [(pat, role) for pat, role in ((_MISSING, "missing"), (_INJURY, "injury"), (_DEATH, "death"))]
    hits = [(m.start(), role) for pat, role in cues if (m := pat.search(after))]
    if hits:
        return min(hits)[1]
    hits = [(m.end(), role) for pat, role in cues for m in pat.finditer(before)]
    return max(hits)[1] if hits else "people"


#: Verbs after which a bare number at a clause's end counts what the sentence before counted:
#: "Green Harbour won 48 seats. The Union held 31."
_ELLIPSIS_VERB = r"(?:held|holds|won|wins|took|takes|kept|keeps|got|gets|secured|gained|lost|retained|captured|claimed)"


def _elided(text: str, s: int, e: int, v: float, noun: str | None) -> Quantity | None:
    """A count whose noun the sentence leaves out, taken from the sentence before (`noun`)."""
    if noun is None or not re.search(rf"\b{_ELLIPSIS_VERB}\s+$", text[max(0, s - 12):s]):
        return None
    if not re.match(r"\s*(?:[.;!?]|,\s|$)", text[e:]):
        return None
    return _make(text, s, e, f"count:{noun}", v)


def find_counts(text: str, taken: list[tuple[int, int]], noun: str | None = None) -> list[Quantity]:
    """Counts with their noun; `noun` is what the sentence before counted, for a number whose noun
    is left out ("held 31")."""
    out = []
    for m in re.finditer(NUM, text, re.IGNORECASE):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or re.fullmatch(r"(?:1[89]|20)\d\d", m.group()):
            continue
        if re.search(r"\b(?:No|no|number|Number|page|Article|article|section|Section)\.?\s*$", text[max(0, s - 9):s]):
            continue
        v = word_number(m.group())
        if v is None or m.group().lower() in ("one", "zero") and re.match(r"\s+of\b", text[e:]):
            continue
        scale = re.match(r"\s(million|billion|trillion|thousand|mn|bn)\b", text[e:])
        if scale:  # "2.3 million batteries"
            v, e = v * SCALE[scale.group(1).lower()], e + scale.end()
        q = _count_at(text, s, e, v) or _elided(text, s, e, v, noun)
        if q is not None:
            out.append(q)
    return out


def _count_at(text: str, s: int, e: int, v: float) -> Quantity | None:
    """The count whose number is text[s:e], by the noun it counts, or None."""
    toll = re.search(r"\b(death\s+toll|toll|number\s+of\s+(?:dead|deaths))\s+(?:\w+\s+){0,3}(?:at|to|of)\s+$",
                     text[max(0, s - 50):s], re.IGNORECASE)
    if toll:
        return _make(text, s, e, "count:death", v)
    hyph = re.match(r"-([a-z]{3,})\b", text[e:])
    if hyph and not re.fullmatch(_UNIT + "s?", hyph.group(1)):
        return _make(text, s, e + hyph.end(), f"count:{_singular(hyph.group(1))}", v)
    noun = _count_noun(text, e)
    state = re.match(r"\s+(?:are|were|remain(?:ed)?|is|was)\s+(?:still\s+|now\s+)?(missing|dead|injured|"
                     r"unaccounted)\b", text[e:])
    part = re.match(r"\s+of\s+(?:the|its|their|his|her|[A-Z][\w'’]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+s)\b",
                    text[e:])
    if noun is None and state:
        noun = state.group(1), e + state.end()
    if noun is None and part:  # "took 48 of the legislature's 88 seats"
        return _make(text, s, e, f"count:{_role(part.group(1), '', '')}", v)
    head = re.search(r"\b(?i:an?|the|its|their)\s+([a-z]{4,})\s+of\s+(?:about\s+|some\s+|nearly\s+)?$",
                     text[max(0, s - 40):s])
    if noun is None and head:  # "a crowd of 31,420"
        return _make(text, s, e, f"count:{_singular(head.group(1))}", v)
    if noun is None:
        return None
    word, ne = noun
    role = _role(word, text[ne:ne + 30], text[max(0, s - 40):s])
    return _make(text, s, ne, f"count:{role}", v)
