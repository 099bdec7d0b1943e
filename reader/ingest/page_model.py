"""The article inside a whole page, as the densest run of prose that belongs together.

A page copied whole (or scraped without an extractor) has menus, teaser lists,
the article, an author box, comments and a footer, one element per line. The
article is where paragraphs of running text follow each other closely: each
line gets a value (words of prose count for, menu items, short teasers and
furniture count against) and the article is the run with the highest sum, the
"body text extraction" idea of Finn, Kushmerick and Smyth (2001) applied to
lines instead of tags. The run ends where a comment thread or author box
begins (`comments`). Inside the run, crossheads, list items and quotes are
article text even though they are not sentences.

Everything is line indices; the cleaner turns them into offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import boilerplate_rules as rules
from . import comments

# What a non-prose line costs the run it sits in: a handful of them between two
# paragraphs (a crosshead, a caption, an ad label) do not split an article; a
# menu or a teaser list does.
_SHORT_COST = 3.0
_FURNITURE_COST = 6.0
_SLIDE_OF = re.compile(r"^(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\b")
_SLIDE_COUNTER = re.compile(r"^\d{1,3}\s*(?:/|of)\s*\d{1,3}\b")  # "2/50 Title", "1 of 12": a gallery
_REFS = re.compile(r"(?:\s*\[[^\[\]]{1,40}\])+\s*$")
_TRUNCATED = re.compile(r"(?:…|\.\.\.)\s*$")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_CHART_LABEL = re.compile(r"^\S{0,6}\d[\d.,]*\S{0,3}(?:\s+(?:billion|million|thousand|percent|bn|m|k|%))?$",
                          re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(?:[•·▪‣◦*\-–+]|\d{1,2}[.)]|[a-z][.)])\s+\S")


@dataclass(frozen=True)
class Article:
    """Line positions (indices into the cleaner's line list) of the article."""

    start: int  # first line of the article's text
    end: int  # last line of the article's text
    stop: int | None  # where a comment thread or author box begins (None: no such thing)


def is_prose(text: str) -> bool:
    """A paragraph of running text: a sentence end and enough words to be more than a label.

    Trailing reference marks ("... is sacred. [1]") do not hide the sentence end.
    """
    text = _REFS.sub("", text)
    if not rules.prose(text) or rules.n_words(text) < 6 or title_case(text):
        return False
    return not (_TRUNCATED.search(text) and rules.n_words(text) <= 25)  # a teaser cut short ("…")


def title_case(text: str) -> bool:
    """Capitalised Like A Headline ("... on What’s Underneath N.Y.C."): most longer words start upper case."""
    ws = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    if len(ws) < 3 or len(text.split()) > 20:
        return False
    return sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


def line_value(text: str, furniture: bool) -> float:
    """How much a line says "article here": words of prose for, furniture and menus against."""
    n = rules.n_words(text)
    if not _LETTERS.search(text) or _CHART_LABEL.match(text):
        return -0.3  # a figure's or table's numbers ("$915", "’17"): inside articles as often as not
    if furniture or _SLIDE_COUNTER.match(text):
        return -_FURNITURE_COST
    if is_prose(text):
        return float(min(n, 80))
    if n >= 12:
        return 0.3 * n  # a long line without a final stop: a list item or a quote that runs on
    return -_SHORT_COST


def _values(texts: Sequence[str], furniture: Sequence[bool]) -> list[float]:
    """Line values; a lone paragraph between short lines is worth less: teasers are prose one at a time."""
    base = [line_value(t, f) if not glued_at(t) else -_SHORT_COST for t, f in zip(texts, furniture, strict=True)]
    _lists_cost_little(texts, furniture, base)
    lone = [v > 0 and is_prose(texts[i]) and not (i > 0 and base[i - 1] > 0)
            and not (i + 1 < len(base) and base[i + 1] > 0) for i, v in enumerate(base)]
    out = list(base)
    for i, v in enumerate(base):
        if not lone[i]:
            continue
        out[i] = v * 0.5
        teaser = i > 0 and (rules.n_words(texts[i - 1]) >= 3 or _SLIDE_COUNTER.match(texts[i - 1]))
        if teaser and any(lone[j] for j in range(max(0, i - 3), min(len(base), i + 4)) if j != i):
            out[i] -= _FURNITURE_COST  # one of a list of teasers (a headline, then a summary): breaks even at best
    return out


def _lists_cost_little(texts: Sequence[str], furniture: Sequence[bool], values: list[float]) -> None:
    """Items of a list that a sentence ending in ":" introduces, or that carry bullets or numbers,
    are the article's content, not a menu: they cost almost nothing."""
    introduced = False
    for i, t in enumerate(texts):
        if furniture[i] or is_prose(t):
            introduced = is_prose(t) and t.rstrip().endswith(":")
            continue
        if values[i] < 0 and (introduced or list_like(t)) and rules.n_words(t) >= 1:
            values[i] = 0.5 if introduced else -1.0
        if t.rstrip().endswith(":") and rules.n_words(t) >= 2:
            introduced = True  # "What you need:" opens a list too


def densest_run(values: Sequence[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest sum (Kadane); None when nothing is positive."""
    best, best_span = 0.0, None
    cur, cur_start = 0.0, 0
    for i, v in enumerate(values):
        if cur <= 0:
            cur, cur_start = v, i
        else:
            cur += v
        if cur > best:
            best, best_span = cur, (cur_start, i)
    return best_span


def find_article(texts: Sequence[str], furniture: Sequence[bool]) -> Article | None:
    """The article's first and last line, and where the page turns into comments."""
    values = _values(texts, furniture)
    span = densest_run(values)
    if span is None:
        return None
    a, b = span
    stop = None
    # A comment thread inside the run ends the article; the run is recomputed on what comes before.
    first_prose = next((i for i in range(a, b + 1) if values[i] > 0), a)
    stop = comments.thread_start(texts, first_prose + 1)
    if stop is not None and stop <= b:
        inner = densest_run(values[:stop])
        if inner is None:
            return None
        a, b = inner
    limit = stop if stop is not None else len(texts)
    b = _before_related(texts, values, a, b)
    b = _continued(texts, values, a, b, limit)
    a = _preceded(texts, values, a, b)
    a = next((i for i in range(a, b + 1) if is_prose(texts[i])), a)  # it opens with a paragraph, not a headline
    listed = _opening_list(texts, furniture, a)
    return Article(start=listed if listed < a else _extend(texts, furniture, a, -1, 0, 2),
                   end=_extend(texts, furniture, b, +1, limit - 1, 40), stop=stop)


def _before_related(texts: Sequence[str], values: Sequence[float], a: int, b: int) -> int:
    """A "Related coverage" or "More stories" heading ends the article at the last paragraph above
    it; `_continued` then takes the article up again below if it goes on after the box."""
    first = next((i for i in range(a, b + 1) if values[i] > 0), a)
    for h in range(first + 1, b + 1):
        t = texts[h]
        if rules.n_words(t) <= 6 and not rules.terminal(t) and rules.strong_kind(t) == "related":
            return max((i for i in range(first, h) if values[i] > 0), default=b)
    return b


_JOIN_MIN = 30.0  # the continuation is at least a couple of paragraphs
_JOIN_SHARE = 0.4  # of its content words the article already used


def _continued(texts: Sequence[str], values: Sequence[float], a: int, b: int, limit: int) -> int:
    """Reach over an embedded player, a slideshow or a teaser box to the rest of the article.

    The next dense run of prose below counts as the same article when it is
    about the same things: most of the content words of the shorter of the
    two, or two names, occur in the other (a related story shares a few
    words, not most), and the lines in between hold hardly any prose.
    """
    while b + 1 < limit:
        run = densest_run(values[b + 1:limit])
        if run is None or not _same_article(texts, values, (a, b), (run[0] + b + 1, run[1] + b + 1)):
            return b
        b = run[1] + b + 1
    return b


def _preceded(texts: Sequence[str], values: Sequence[float], a: int, b: int) -> int:
    """The same reach upwards: the article's opening paragraphs above an embedded player."""
    while a > 0:
        run = densest_run(values[:a])
        if run is None or not _same_article(texts, values, (a, b), run):
            return a
        a = run[0]
    return a


def _same_article(texts: Sequence[str], values: Sequence[float], art: tuple[int, int], run: tuple[int, int]) -> bool:
    s, e = run
    gap = range(art[1] + 1, s) if s > art[1] else range(e + 1, art[0])
    if sum(values[s:e + 1]) < _JOIN_MIN or sum(1 for i in gap if is_prose(texts[i])) > 2:
        return False
    seen, new = words_of(texts[art[0]:art[1] + 1]), words_of(texts[s:e + 1])
    names = _names(texts[art[0]:art[1] + 1]) & _names(texts[s:e + 1])
    return bool(new and seen) and (len(new & seen) >= _JOIN_SHARE * min(len(new), len(seen)) or len(names) >= 2)


def words_of(texts: Sequence[str], prose_only: bool = True) -> set[str]:
    """Content words (four letters or more, cut to five) of the paragraphs among `texts`."""
    return {w.lower()[:5] for t in texts if not prose_only or is_prose(t) for w in _WORD.findall(t)
            if len(w) >= 4 and w.lower() not in _COMMON}


def _names(texts: Sequence[str]) -> set[str]:
    """Capitalised words inside sentences: the people and places the text is about."""
    return {m.group(1) for t in texts if is_prose(t) for m in _NAME.finditer(t) if m.group(1) not in _CAPS_COMMON}


_NAME = re.compile(r"(?<=[\w,;] )([A-Z][a-z]{2,})")
_CAPS_COMMON = frozenset("The This That They There These Those When What Where While With From After Before".split())
_WORD = re.compile(r"[^\W\d_]+")
_COMMON = frozenset("""that this with from have were they their there which about would could should been
into than then them these those what when where while also just only more most some such over after before
said says will your other because being very even much many""".split())


_STEP = re.compile(r"^(?:step|part|tip|stage|phase|method|day|week)\s+\d{1,3}\b[\s:.)-]*.{0,60}$",
                   re.IGNORECASE)


def step_label(text: str) -> bool:
    """"Step 3", "Tip 2: Water less": the label of a how-to's step, a line of the article."""
    return bool(_STEP.match(text.strip())) and rules.n_words(text) <= 9


def _opening_list(texts: Sequence[str], furniture: Sequence[bool], a: int) -> int:
    """A how-to opens with "Step 1", often after "What you need:" and a list of short items."""
    j = a - 1
    if j >= 0 and step_label(texts[j]):
        a = j
        j -= 1
    k = j
    while k >= 0 and a - k <= 30 and not furniture[k] and not is_prose(texts[k]) and rules.n_words(texts[k]) <= 12:
        if k <= j - 3 and texts[k].rstrip().endswith(":") and rules.n_words(texts[k]) >= 2:
            return k  # three items or more under "What you need:"
        k -= 1
    return a


def _extend(texts: Sequence[str], furniture: Sequence[bool], i: int, step: int, bound: int, gap: int) -> int:
    """Reach over a block of marked furniture (a newsletter box, an ad) to the prose beyond it.

    Only lines the rules marked count as a gap: an unmarked short line (a teaser
    headline, a menu item) means the page has moved on.
    """
    j = i + step
    while 0 <= j < len(texts) and (j - bound) * step <= 0:
        k = j
        while 0 <= k < len(texts) and (k - bound) * step <= 0 and furniture[k] and abs(k - j) < gap:
            k += step
        if k == j or not 0 <= k < len(texts) or (k - bound) * step > 0 or not is_prose(texts[k]):
            break
        i = j = k
        j += step
    return i


def gallery_lines(texts: Sequence[str]) -> frozenset[int]:
    """A slideshow: three or more "n/N Title" counters out of the same N, counting up. Every line
    from the first counter to the last one's caption and credit is the gallery's, long captions too."""
    counters: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        m = _SLIDE_OF.match(t.strip())
        if m:
            counters.setdefault(m.group(2), []).append(i)
    out: set[int] = set()
    for total, idx in sorted(counters.items()):
        nums = [int(_SLIDE_OF.match(texts[i].strip()).group(1)) for i in idx]  # type: ignore[union-attr]
        if len(idx) < 3 or any(b <= a for a, b in zip(nums, nums[1:], strict=False)) or int(total) < len(idx):
            continue
        end = idx[-1]
        for j in range(idx[-1] + 1, min(len(texts), idx[-1] + 3)):
            if j > idx[-1] + 1 and rules.n_words(texts[j]) > 4:
                break  # the caption, then at most a short credit
            end = j
        out.update(range(idx[0], end + 1))
    return frozenset(out)


def list_like(text: str) -> bool:
    """A list item: a bullet or number in front, or a short line that is not a sentence."""
    return bool(_LIST_ITEM.match(text.strip()))


def appeal_in_prose(texts: Sequence[str], kinds: Sequence[str | None], i: int) -> bool:
    """A paragraph the reader-address rules marked, written as part of the running text.

    "Working on your own bike can be incredibly rewarding" has "you" and an
    action word, like an appeal. An appeal asks for something the outlet wants
    (a subscription, a donation, a sign-up) or speaks as "we"; advice to the
    reader next to another unmarked paragraph is article text, and so is a long paragraph about
    cookies that asks nothing of the reader.
    """
    t = texts[i]
    if kinds[i] not in ("appeal", "newsletter", "cookies") or rules.appeal_kind(t) != kinds[i]:
        return False
    if not is_prose(t) or rules.n_words(t) < 10 or _HARD_ASK.search(t) or rules.first_plural(t):
        return False
    if kinds[i] == "cookies" and (rules.n_words(t) < 25 or _COOKIE_ASK.search(t)):
        return False  # a cookie notice asks to accept; an article about tracking explains
    near = [j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(texts)]  # a caption may sit between
    return any(kinds[j] is None and is_prose(texts[j]) for j in near)


_COOKIE_ASK = re.compile(r"\b(?:agree\w*|accept\w*|consent\w*|continu\w*|settings|preferences|policy|"
                         r"learn more|more information|opt(?:ing)?[- ]out)\b", re.IGNORECASE)
_HARD_ASK = re.compile(r"\b(?:subscri\w*|newsletters?|donat\w*|sign(?:ing)? up|inbox|membership|become a member"
                       r"|log(?:ging)? in|register\w*|unsubscribe|privacy policy|terms of (?:use|service)"
                       r"|paywall|ad-?blocker|whitelist)\b", re.IGNORECASE)


# A headline and its summary flattened into one line: a lower-case letter (or a
# closing quote) directly followed by a capital that starts a sentence.
# A summary glued to its headline starts with a capital, an opening quote or a number right after
# the headline's last letter ("...for 20 yearsThe city said", "...county“We had no choice,”").
_GLUE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z]+\s+\w+\s+\w+)|(?<=[a-z0-9][’”?!])(?=[A-Z][a-z]+\s+\w+\s+\w+)"
                   r"|(?<=[a-z0-9])(?=[“\"‘][A-Z][a-z]*\s+\w+\s+\w+)|(?<=[a-z])(?=\d[\d,.]*\s+[a-z]+\s+\w+)")


def glued_at(text: str) -> int:
    """Where a summary sentence starts inside a headline line (0 when nothing is glued on)."""
    for m in _GLUE.finditer(text):
        head, rest = text[:m.start()], text[m.start():]
        if rules.n_words(head) >= 3 and rules.headline_shape(head) and rules.prose(rest):
            return m.start()
    return 0
