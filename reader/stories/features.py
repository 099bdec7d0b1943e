"""What identifies an event in one article, found cheaply (regular expressions, no parser).

Three kinds of feature, each a string key with a count:

- `n:` named participants and places: runs of capitalised words ("Word Tabernacle
  Church", "Rocky Mount"), whole ("n:rocky mount") and word by word ("p:mount"), so a
  surname alone still links to the full name;
- `d:` numbers of two or more digits (ages, tolls, scores, amounts, street numbers);
- `w:` content words, lower-cased and crudely stemmed: the topic, weighted lowest.

Only the headline and the first 8,000 characters are read: the tail of a long page is where
related links and boilerplate from other stories sit. Not less: a follow-up (an arrest, a trial)
names the victims, the street and the ages again further down than its first paragraphs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

#: Characters of body text read after the headline (3,000 before: the "many articles per story"
#: dev feed's B-cubed F1 0.957, now 0.965, every dev feed the same or higher).
LEAD_CHARS = 8000

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]|\d[\d,.]*\d|\d")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’()\[\]|•—–-])\s*$")

STOPWORDS = frozenset("""
a about above after again against all also am an and any are around as at back be because been before being below
between both but by can could did do does doing down during each early even ever every few for from further get got
had has have having he her here hers herself him himself his how however i if in into is it its itself just last
late least less like made make many may me might more most much must my myself near new news no nor not now of off
often on once one only or other our ours ourselves out over own per said same say says see she should since so some
still such than that the their theirs them themselves then there these they this those through thus to too two under
until up upon us very via was we were what when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves told tells according reported reports report read more share
photo video click comments comment advertisement copyright rights reserved image images updated posted published
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night
week weeks year years month months day days time times first second third three four five six seven eight nine ten
january february march april may june july august september october november december
mr mrs ms dr st jr sr inc ltd co
""".split())

#: Capitalised words that open a sentence or a name run without naming anyone.
_NOT_NAMES = STOPWORDS | frozenset("""
police officials official authorities sheriff officers officer deputies deputy state county city department
president governor mayor chief captain sgt lt gov sen rep executive minister prime secretary coach judge director
spokesman spokeswoman spokesperson senator representative general attorney professor chairman chairwoman ceo cfo
host finance former acting deputy vice interim
""".split())


def _stem(word: str) -> str:
    """A crude English stem: enough to join "shooting"/"shootings", "killed"/"kills"."""
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


#: A run of capitalised words joined by single spaces (acronyms up to five letters count).
_RUN = re.compile(r"(?<![\w'’])(?:[A-Z][a-z][A-Za-z'’]*|[A-Z]{2,5}\b|[A-Z]\b)"
                  r"(?: (?:[A-Z][a-z][A-Za-z'’]*|[A-Z]{2,5}\b|[A-Z]\b))*")


#: A name right after one of these words is a place ("in Rocky Mount", "at Doubles Bar").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|throughout)\s+$")
#: ... or right before one of these ("Whitehall police", "a Detroit girl", "Hamilton residents").
_PLACE_AFTER = re.compile(r" (?:police|county|city|officials|residents?|area|neighborhood|natives?|man|woman|men|"
                          r"women|teens?|boys?|girls?|family|families|school|home|homes|community)\b")


#: A name ending in one of these is an institution of a place ("Detroit Police Department",
#: "Grant Medical Center", "Wayne County Prosecutor's Office"): it serves every event there.
_INSTITUTION = frozenset("""
police department dept sheriff sheriff's office court courthouse hospital center centre clinic university college
school academy prosecutor prosecutor's council agency bureau station airport jail prison patrol service services
commission authority district
""".split())


#: A name right after one of these is a photographer's or a writer's credit, in every story they cover.
_CREDIT_BEFORE = re.compile(r"(?:\b(?:(?:[Pp]hotos?|PHOTOS?|[Cc]redit|CREDIT|[Cc]ourtesy|[Cc]ontributing):|"
                            r"(?:[Pp]hotos?|PHOTOS?|[Ww]ritten|[Pp]osted) (?:by|BY)|[Cc]ourtesy of)|"
                            r"(?:^|\n)\s*(?:By|BY))\s+$")


def _names(text: str, common: frozenset[str]) -> list[tuple[list[str], bool]]:
    """Runs of capitalised words joined by single spaces. A role word ("Police Chief")
    or a common word that only opens a sentence ("Investors said") does not start a
    name; a sentence opener the feed never writes in lower case ("Veltron stock fell") does."""
    runs = []
    for m in _RUN.finditer(text):
        words = m.group().split(" ")
        if _CREDIT_BEFORE.search(text, max(0, m.start() - 16), m.start()) or (
                words[0] in ("By", "BY") and text[max(0, m.start() - 1):m.start()] in ("", "\n")):
            continue
        low = words[0].lower()
        if low in _NOT_NAMES or (low in common and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())):
            words = words[1:]
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if words:
            after = _PLACE_AFTER.match(text, m.end()) or (len(words) > 1 and _norm(words[-1]) in _INSTITUTION)
            runs.append((words, bool(after or _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()))))
    return runs


#: A telephone number (a tip line, a newsroom): the same in every story of a city, so no event's.
_PHONE = re.compile(r"(?<!\d)(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)")

#: Prefix of the count of a name's occurrences in a place's position (not a feature itself).
PLACE = "@"
#: Prefix (after `PLACE`, so never a feature either) of the count of a name word written as a
#: name on its own ("Steele said"): a person is called by surname, an organisation or a state
#: ("Social Security", "North Carolina") rarely by its last word.
ALONE = PLACE + "^"

#: Prefix (never a feature) of the count of a word's occurrences inside a name ("Harris" in
#: "Kamala Harris"): a word the feed mostly writes in names is a participant, not an action.
NAME_WORD = PLACE + "~"

_LOWER = re.compile(r"(?<![A-Za-z'’])[a-z][a-z'’]+")


def lowercase_words(texts: list[str]) -> frozenset[str]:
    """Words the feed writes in lower case somewhere: capitalised, they only open a sentence."""
    seen: set[str] = set()
    for text in texts:
        seen.update(_LOWER.findall(text[:LEAD_CHARS]))
    return frozenset(seen)


_TITLE_SEP = re.compile(r"\s+(?:[-|–—:]{1,2}|::)\s+")
#: A short line or headline part found in this many articles of a feed is the site's
#: furniture (a slogan, a comment policy, "- WRAL.com"), not the story's.
REPEATED = 3
#: Lines longer than this many words are never furniture: wire copies share them.
FURNITURE_WORDS = 30
#: A line that several outlets carry over more days than this is a template, not wire copy.
TEMPLATE_DAYS = 30


def _key(line: str) -> str:
    return " ".join(line.lower().split())


#: A copyright notice, on any site: a network's sister stations carry the same one under every
#: story, with the year changed, in a line too long to be found as repeated furniture.
_COPYRIGHT = re.compile(r"©|\bcopyright\s*(?:\(c\)\s*)?(?:19|20)\d\d\b|\ball rights reserved\b", re.IGNORECASE)


def _lines(text: str) -> list[str]:
    return [ln for ln in text[:LEAD_CHARS].split("\n") if ln.strip() and not _COPYRIGHT.search(ln)]


def furniture(titles: list[str | None], texts: list[str], outlets: list[str | None],
              days: list[float] | None = None) -> frozenset[str]:
    """Normalised short lines and headline parts that recur in `REPEATED` articles of the
    feed, one outlet repeating them: a site's template. A line that several outlets each
    carry once is a wire story's and stays (an article of unknown outlet is its own outlet),
    unless its articles are dated more than `TEMPLATE_DAYS` apart: a wire story is not
    retold months later, a sister sites' template is (`days`: day numbers, NaN unknown)."""
    seen: dict[str, Counter[str]] = {}
    span: dict[str, tuple[float, float]] = {}
    for n, (title, text, outlet) in enumerate(zip(titles, texts, outlets, strict=True)):
        keys = {_key(p) for p in _TITLE_SEP.split(title or "")}
        keys.update(_key(ln) for ln in _lines(text) if len(ln.split()) <= FURNITURE_WORDS)
        source = outlet.casefold() if outlet else f"\x00{n}"
        day = days[n] if days is not None else math.nan
        for k in keys:
            if k:
                seen.setdefault(k, Counter())[source] += 1
                if day == day:  # not NaN
                    lo, hi = span.get(k, (day, day))
                    span[k] = (min(lo, day), max(hi, day))
    return frozenset(k for k, by in seen.items() if by.total() >= REPEATED and (
        max(by.values()) >= 2 or _spread(span.get(k)) > TEMPLATE_DAYS))


def _spread(lo_hi: tuple[float, float] | None) -> float:
    return lo_hi[1] - lo_hi[0] if lo_hi else 0.0


def article_features(title: str | None, text: str, skip: frozenset[str] = frozenset(),
                     common: frozenset[str] = frozenset()) -> Counter[str]:
    """The features of one article (headline counted twice: it names the event),
    without the feed's furniture `skip`."""
    feats: Counter[str] = Counter()
    head = " - ".join(p for p in _TITLE_SEP.split((title or "").strip()) if _key(p) not in skip)
    body = "\n".join(ln for ln in _lines(text) if _key(ln) not in skip)
    for part, repeat in ((head, 2), (body, 1)):
        part = _PHONE.sub(" ", part)
        if part:
            tokens = _WORD.findall(part)
            names = repeat == 1 or not _title_case(tokens)
            _count(feats, tokens, part, common if names else None, repeat)
    return feats


def _title_case(tokens: list[str]) -> bool:
    """A Headline In Title Case capitalises every word, so its capitals name nobody."""
    words = [t for t in tokens if t[0].isalpha() and len(t) > 3]
    return len(words) >= 3 and sum(t[0].isupper() for t in words) >= 0.6 * len(words)


@lru_cache(maxsize=1 << 17)
def _token_key(tok: str) -> str | None:
    """The feature a word or number token counts for, or None (cached: words repeat)."""
    if tok[0].isdigit():
        digits = re.sub(r"\D", "", tok).lstrip("0")
        return "d:" + digits[:12] if len(digits) >= 2 else None
    low = _norm(tok)
    return "w:" + _stem(low) if len(low) >= 3 and low not in STOPWORDS else None


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


def _count(feats: Counter[str], tokens: list[str], text: str, common: frozenset[str] | None, times: int) -> None:
    runs = _names(text, common) if common is not None else []
    in_names = {w for run, _ in runs for w in run}
    for tok, n in Counter(tokens).items():
        key = _token_key(tok)
        if key:
            feats[key] += n * times
            if tok in in_names:  # counted apart: the feed decides which words are mostly names
                feats[NAME_WORD + key] += n * times
    for run, place in runs:
        words = [_norm(w) for w in run]
        keys = ["p:" + w for w in words if len(w) >= 3 and w not in _NOT_NAMES]
        if len(words) > 1:
            keys.append("n:" + " ".join(words))
        for key in keys:
            feats[key] += times
            if place:  # counted apart: the feed decides which names are mostly places
                feats[PLACE + key] += times
        if len(keys) == 1 and len(words) == 1:
            feats[ALONE + keys[0]] += times
