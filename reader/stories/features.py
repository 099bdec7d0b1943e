"""What identifies an event in one article, found cheaply (regular expressions, no parser).

Three kinds of feature, each a string key with a count:

- `n:` named participants and places: runs of capitalised words ("Word Tabernacle
  Church", "Rocky Mount"), whole ("n:rocky mount") and word by word ("p:mount"), so a
  surname alone still links to the full name;
- `d:` numbers of two or more digits (ages, tolls, scores, amounts, street numbers);
- `w:` content words, lower-cased and crudely stemmed: the topic, weighted lowest.

Only the headline and the lead are read: that is where an article says what happened,
and the tail of a page is where related links and boilerplate from other stories sit.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

#: Characters of body text read after the headline.
LEAD_CHARS = 3000

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


def _names(text: str, common: frozenset[str]) -> list[list[str]]:
    """Runs of capitalised words joined by single spaces. A role word ("Police Chief")
    or a common word that only opens a sentence ("Investors said") does not start a
    name; a sentence opener the feed never writes in lower case ("Veltron stock fell") does."""
    runs = []
    for m in _RUN.finditer(text):
        words = m.group().split(" ")
        low = words[0].lower()
        if low in _NOT_NAMES or (low in common and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())):
            words = words[1:]
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if words:
            runs.append(words)
    return runs


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


def _key(line: str) -> str:
    return " ".join(line.lower().split())


def _lines(text: str) -> list[str]:
    return [ln for ln in text[:LEAD_CHARS].split("\n") if ln.strip()]


def furniture(titles: list[str | None], texts: list[str], outlets: list[str | None]) -> frozenset[str]:
    """Normalised short lines and headline parts that recur in `REPEATED` articles of the
    feed, one outlet repeating them: a site's template. A line that several outlets each
    carry once is a wire story's and stays (an article of unknown outlet is its own outlet)."""
    seen: dict[str, Counter[str]] = {}
    for n, (title, text, outlet) in enumerate(zip(titles, texts, outlets, strict=True)):
        keys = {_key(p) for p in _TITLE_SEP.split(title or "")}
        keys.update(_key(ln) for ln in _lines(text) if len(ln.split()) <= FURNITURE_WORDS)
        source = outlet.casefold() if outlet else f"\x00{n}"
        for k in keys:
            if k:
                seen.setdefault(k, Counter())[source] += 1
    return frozenset(k for k, by in seen.items() if by.total() >= REPEATED and max(by.values()) >= 2)


def article_features(title: str | None, text: str, skip: frozenset[str] = frozenset(),
                     common: frozenset[str] = frozenset()) -> Counter[str]:
    """The features of one article (headline counted twice: it names the event),
    without the feed's furniture `skip`."""
    feats: Counter[str] = Counter()
    head = " - ".join(p for p in _TITLE_SEP.split((title or "").strip()) if _key(p) not in skip)
    body = "\n".join(ln for ln in _lines(text) if _key(ln) not in skip)
    for part, repeat in ((head, 2), (body, 1)):
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
    for tok, n in Counter(tokens).items():
        key = _token_key(tok)
        if key:
            feats[key] += n * times
    for run in _names(text, common) if common is not None else ():
        words = [_norm(w) for w in run]
        if len(words) > 1:
            feats["n:" + " ".join(words)] += times
        for w in words:
            if len(w) >= 3 and w not in _NOT_NAMES:
                feats["p:" + w] += times
