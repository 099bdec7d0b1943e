"""Which quantities of one fact measure the same thing, and when their values conflict.

A fact's sentences often carry several numbers (a vote on Monday after two
days of talks), so two outlets' quantities are compared only when they
measure the same dimension and are about the same thing: the only quantity of
that dimension on both sides (a vote tally, a count of deaths), or quantities
whose neighbouring words overlap. Values conflict when their ranges cannot
both hold (hedges widen a value into a range: "more than 200" agrees with
240); a quantity agreeing with any of the other outlet's quantities of its
dimension never conflicts. Copies of one article are not separate outlets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reader.language.quantities import UNANIMOUS, WEEKDAYS, Quantity

from ..model import Analysis, Article, Sentence, article_of
from .datewords import parse_article_date, same_date
from .omissions import Nearness, compared_articles
from .roles import money_role, share_role
from .sentence_quantities import sentence_quantities

#: Words either side of a quantity that say what it is about.
CONTEXT_WINDOW = 8
CONTEXT_WORDS = 12
_STOP = {
    "that", "this", "with", "from", "were", "have", "been", "their", "there", "which", "when", "what", "would",
    "will", "about", "after", "before", "over", "into", "than", "then", "also", "just", "said", "says", "told",
    "more", "most", "some", "such", "only", "other", "they", "them", "while", "where", "both", "each", "during",
    "the", "and", "for", "was", "are", "has", "had", "its", "his", "her", "who", "but", "not", "per", "cent",
    "percent", "nearly", "almost", "around", "roughly", "least", "less", "fewer", "under", "according",
}
_KIND = {"tally": "tally", "share": "percent", "points": "percent", "duration": "duration", "offset": "relative",
         "date": "date", "month": "date", "when": "date", "year": "date", "minute": "minute", "age": "count"}


@dataclass(frozen=True)
class Claim:
    """One quantity in an article: offsets into the article text, its clause as context."""

    id: str
    article: str
    sentence: str
    kind: str
    start: int
    end: int
    text: str
    dimension: str
    value: str | None
    context_start: int
    context_end: int
    context: str
    lo: float | None = None
    hi: float | None = None
    hedge: str = ""
    date: tuple[int | None, int | None, int | None, int | None] | None = None


@dataclass(frozen=True)
class ConflictValue:
    article: str
    value: str
    claims: tuple[str, ...]
    texts: tuple[str, ...] = ()  # the outlet's wording of the value


@dataclass(frozen=True)
class NumberConflict:
    """A fact whose outlets state values for one thing that cannot all hold."""

    fact: str
    dimension: str
    values: tuple[ConflictValue, ...]
    summary: str


def _kind(dim: str) -> str:
    if dim.startswith("money:"):
        return "money"
    if dim.startswith("count:"):
        return "count"
    if dim.startswith("ordinal:"):
        return "ordinal"
    return _KIND.get(dim, dim)


def _context(text: str, s: int, e: int) -> tuple[int, int]:
    """The clause around [s, e): cut at clause punctuation, at most CONTEXT_WORDS words either side."""
    lo = max((m.end() for m in re.finditer(r"[;:()\[\]—–]|,\s", text[:s])), default=0)
    if len(text[lo:e].split()) < 4:
        lo = 0
    hi_m = re.search(r"[;:()\[\]—–]|,\s", text[e:])
    hi = e + hi_m.start() if hi_m and len(text[lo:e + hi_m.start()].split()) >= 4 else len(text)
    left = list(re.finditer(r"\S+", text[lo:s]))
    if len(left) > CONTEXT_WORDS:
        lo += left[-CONTEXT_WORDS].start()
    right = list(re.finditer(r"\S+", text[e:hi]))
    if len(right) > CONTEXT_WORDS:
        hi = e + right[CONTEXT_WORDS - 1].end()
    while lo < s and text[lo].isspace():
        lo += 1
    while hi > e and (text[hi - 1].isspace() or text[hi - 1] in ".,;"):
        hi -= 1
    return lo, hi


def article_claims(art: Article) -> list[Claim]:
    """Every quantity of one article's body sentences, dates resolved against its own date."""
    ref = parse_article_date(art.date)
    out = []
    noun = None
    for sent in art.sentences:
        qs = sentence_quantities(sent.text, ref, noun)
        for k, q in enumerate(qs):
            out.append(_claim(art, sent, k, q))
        nouns = [q.dimension[6:] for q in qs if q.dimension.startswith("count:") and q.dimension not in _ROLES]
        noun = nouns[-1] if nouns and nouns[-1] != "people" else None
    return out


def _claim(art: Article, sent: Sentence, k: int, q: Quantity) -> Claim:
    cs, ce = _context(sent.text, q.start, q.end)
    b = sent.start
    return Claim(id=f"{sent.id}.n{k}", article=art.id, sentence=sent.id, kind=_kind(q.dimension), start=b + q.start,
                 end=b + q.end, text=q.text, dimension=q.dimension, value=q.value, context_start=b + cs,
                 context_end=b + ce, context=sent.text[cs:ce], lo=q.lo, hi=q.hi, hedge=q.hedge, date=q.date)


def find_claims(an: Analysis) -> tuple[Claim, ...]:
    """Every quantity in every body sentence."""
    return tuple(c for art in an.articles for c in article_claims(art))


def agree(a: Claim, b: Claim) -> bool | None:
    """True when two values can both hold, False when they cannot, None when they say too little."""
    if a.date is not None and b.date is not None:
        return same_date(a.date, b.date)
    if UNANIMOUS in (a.value, b.value) and a.dimension == b.dimension == "tally":
        other = b if a.value == UNANIMOUS else a  # any n-0 tally is unanimous
        return other.value == UNANIMOUS or (other.lo is not None and other.lo % 1000 == 0)
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return None
    return a.lo <= b.hi and b.lo <= a.hi


def _stem(word: str) -> str:
    w = re.sub(r"[^a-z]", "", word.lower())
    if len(w) < 3 or w in _STOP or w in WEEKDAYS:
        return ""
    return w[:5]


def _near_words(an: Analysis, c: Claim) -> frozenset[str]:
    """Content words (crudely stemmed) near a claim, not counting the claim's own words."""
    sent = an.sentence(c.sentence)
    before = sent.text[: c.start - sent.start].split()[-CONTEXT_WINDOW:]
    after = sent.text[c.end - sent.start:].split()[:CONTEXT_WINDOW]
    return frozenset(w for w in map(_stem, before + after) if w)


class _NearWords(dict[str, frozenset[str]]):
    """`_near_words` of a claim, found when first asked for: only claims of a fact's
    sentences are ever compared (every claim's words at once were 1.5 MB of
    `number_conflicts`' working set on four 490,000-character articles)."""

    def __init__(self, an: Analysis, claims: list[Claim]) -> None:
        super().__init__()
        self._an = an
        self._claims = {c.id: c for c in claims}

    def __missing__(self, cid: str) -> frozenset[str]:
        words = self[cid] = _near_words(self._an, self._claims[cid])
        return words


_ROLES = ("count:death", "count:injury", "count:missing")


def family(dim: str) -> str:
    """Dimensions whose quantities may measure one thing: counts of different nouns may
    ("1,200 jobs" / "2,100 positions"), but deaths, injuries and the missing never mix."""
    return "count" if dim.startswith("count:") and dim not in _ROLES else dim


def _specific(x: Claim, y: Claim) -> bool:
    """One quantity each side of a dimension this specific is about the same thing; amounts
    of money when their clauses say they are the same kind (a cost, a grant)."""
    if x.dimension != y.dimension:
        return False
    if x.dimension.startswith("money:"):
        rx, ry = money_role(x.context), money_role(y.context)
        return rx is not None and rx == ry
    return x.dimension.startswith(("tally", "minute", "count:")) and x.dimension != "count:people"


def _about_same(ca: list[Claim], cb: list[Claim], near: dict[str, frozenset[str]]) -> list[tuple[Claim, Claim]]:
    """Pairs of one family that measure the same thing: each side's only one, of the same
    specific dimension or with neighbouring words in common; else each claim with the other
    side's claim of its own dimension whose neighbouring words overlap most."""
    if len(ca) == 1 and len(cb) == 1:
        x, y = ca[0], cb[0]
        if not _may_pair(x, y):
            return []
        roles = {money_role(c.context) for c in (x, y)} if x.dimension.startswith("money:") else set()
        if len(roles - {None}) > 1 or not _close(x, y):
            return []  # a cost and a grant; four hours and ten years
        return [(x, y)] if _specific(x, y) or len(near[x.id] & near[y.id]) >= _need(x) else []
    pairs = []
    for x in ca:
        same = [y for y in cb if y.dimension == x.dimension]
        pool = same or [y for y in cb if _may_pair(x, y)]
        scored = sorted(((len(near[x.id] & near[y.id]), -k) for k, y in enumerate(pool)), reverse=True)
        if not scored or scored[0][0] < _need(x):
            continue
        best = [pool[-k] for n, k in scored if n == scored[0][0]]
        # a tie between one value of one dimension written twice is no doubt
        if len(best) == 1 or same and all(agree(best[0], y) for y in best[1:]):
            pairs.append((x, best[0]))
    return pairs


def _may_pair(x: Claim, y: Claim) -> bool:
    """"6,200 people" says nothing of what "37 homes" counts: a count of people in general is
    compared only with another count of people in general."""
    return x.dimension == y.dimension or "count:people" not in (x.dimension, y.dimension)


def _need(x: Claim) -> int:
    """Words in common beside two quantities that tie them to one thing: a story has many
    dates, so two for a date."""
    return 2 if x.dimension == "date" else 1


def _close(x: Claim, y: Claim, factor: float = 10.0) -> bool:
    """Durations this far apart (four hours, ten years) are two things, not one misreported."""
    if x.dimension != "duration" or not (x.lo and y.lo and x.hi and y.hi):
        return True
    return max(x.lo, y.lo) <= factor * min(x.hi, y.hi)


def _pair_conflicts(ca: list[Claim], cb: list[Claim], near: dict[str, frozenset[str]]) -> list[tuple[Claim, Claim]]:
    out = []
    for x, y in _about_same(ca, cb, near):
        if agree(x, y) is not False:
            continue
        if any(agree(x, z) for z in cb) or any(agree(z, y) for z in ca):
            continue
        out.append((x, y))
    return out


def _comparable(c: Claim) -> bool:
    return c.dimension not in ("offset", "month", "when") and (c.lo is not None or c.date is not None
                                                               or c.value == UNANIMOUS)


def _fact_sentences(an: Analysis, by_sentence: dict[str, list[Claim]]) -> dict[str, list[str]]:
    """Per fact, its members and the sentences of other outlets that state it in other words
    (the nearness that withholds an omission), among sentences with quantities."""
    arts = compared_articles(an)
    nearness, ids = Nearness(an, arts), {a.id for a in arts}
    out = {}
    for f in an.facts:
        members, reporting = [m for m in f.sentences if article_of(m) in ids], set(f.articles)
        found: set[str] = set()
        for m in members:  # a sentence found near one member needs no second look
            pool = [sid for sid in nearness.candidates(m)
                    if sid not in found and sid in by_sentence and nearness.art[sid] not in reporting]
            found.update(nearness.near_many(m, pool, both=True))
        out[f.id] = members + sorted(found)
    return out


def number_conflicts(an: Analysis, claims: tuple[Claim, ...]) -> tuple[NumberConflict, ...]:
    """Facts whose outlets give values for the same thing that cannot all hold, once each."""
    by_sentence: dict[str, list[Claim]] = {}
    for c in claims:
        if _comparable(c):
            by_sentence.setdefault(c.sentence, []).append(c)
    near = _NearWords(an, [c for cs in by_sentence.values() for c in cs])
    names = {a.id: a.name for a in an.articles}
    out: list[NumberConflict] = []
    seen: set[frozenset[str]] = set()
    for fid, sids in _fact_sentences(an, by_sentence).items():
        per_art: dict[str, dict[str, list[Claim]]] = {}
        for sid in sids:
            for c in by_sentence.get(sid, ()):
                per_art.setdefault(c.article, {}).setdefault(family(c.dimension), []).append(c)
        arts = sorted(per_art)
        clashes: dict[str, dict[str, Claim]] = {}
        for i, a in enumerate(arts):
            for b in arts[i + 1:]:
                for fam in sorted(per_art[a].keys() & per_art[b].keys()):
                    for x, y in _pair_conflicts(per_art[a][fam], per_art[b][fam], near):
                        clashes.setdefault(fam, {})[x.id] = x
                        clashes[fam][y.id] = y
        for fam, by_id in sorted(clashes.items()):
            if frozenset(by_id) in seen or any(frozenset(by_id) <= k for k in seen):
                continue
            seen.add(frozenset(by_id))
            dims = {c.dimension for c in by_id.values()}
            out.append(make_conflict(fid, dims.pop() if len(dims) == 1 else fam, list(by_id.values()), names))
    for fid, dim, cs in _story_conflicts(an, by_sentence):
        if not any(c.dimension == dim and {v for x in c.values for v in x.claims} & {x.id for x in cs}
                   for c in out):
            out.append(make_conflict(fid, dim, cs, names))
    return tuple(out)


def _story_conflicts(an: Analysis, by_sentence: dict[str, list[Claim]]) -> list[tuple[str, str, list[Claim]]]:
    """Counts of one specific thing ("firefighters", deaths), tallies, areas, durations, and percentages
    of one kind (a pay rise, a share price) that each outlet gives once in its whole article: the
    story's one such number, even where the aligner did not pair the sentences. Shown under a fact
    that holds one of them; none, no claim."""
    ids = {a.id for a in compared_articles(an)}
    per: dict[str, dict[str, list[Claim]]] = {}
    for cs in by_sentence.values():
        for c in cs:
            kind = share_role(c.context) if c.dimension == "share" else None
            if c.article in ids and (c.dimension.startswith("count:") and c.dimension != "count:people"
                                     or c.dimension in ("tally", "area", "duration") or kind):
                per.setdefault(f"share:{kind}" if kind else c.dimension, {}).setdefault(c.article, []).append(c)
    fact_of: dict[str, str] = {}
    for f in an.facts:
        for sid in f.sentences:
            fact_of.setdefault(sid, f.id)
    out = []
    for dim, arts in sorted(per.items()):
        # an outlet that gives one value, perhaps more than once (a headline and its body)
        one = [cs for _, cs in sorted(arts.items()) if all(agree(cs[0], c) for c in cs[1:])]
        once = [cs[0] for cs in one]
        if len(once) < 2 or all(agree(x, y) is not False for x in once for y in once):
            continue
        if dim != "tally" and max(c.lo or 0 for c in once) > 3 * min(c.hi or 0 for c in once):
            continue  # "two goals" to one and "19 goals" last season: not one number misreported
        every = [c for cs in one for c in cs]
        fid = next((fact_of[c.sentence] for c in every if c.sentence in fact_of), None)
        if fid is not None:
            out.append((fid, "share" if dim.startswith("share:") else dim, every))
    return out


def make_conflict(fact: str, dim: str, cs: list[Claim], names: dict[str, str],
                  same: Callable[[Claim, Claim], bool | None] | None = None) -> NumberConflict:
    """One conflict; claims whose values agree share one value (the first one's), so that
    "29 square miles" and "18,400 acres" are shown as one value, not two. `same` says which
    values are one (default: values that agree)."""
    same = same or agree
    reps: list[Claim] = []
    value_of: dict[str, str] = {}
    for c in sorted(cs, key=lambda c: (c.article, c.start)):
        rep = next((r for r in reps if same(r, c)), None)
        if rep is None:
            reps.append(c)
            rep = c
        value_of[c.id] = rep.value or ""
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for c in sorted(cs, key=lambda c: (c.article, c.start)):
        grouped.setdefault((c.article, value_of[c.id]), []).append(c)
    values = tuple(ConflictValue(a, v, tuple(c.id for c in g), tuple(dict.fromkeys(c.text for c in g)))
                   for (a, v), g in grouped.items())
    parts = [f"{names.get(v.article, v.article)}: " + " / ".join(f"“{t}”" for t in v.texts) for v in values]
    return NumberConflict(fact=fact, dimension=dim, values=values,
                          summary=f"{dimension_words(dim)} differ: " + "; ".join(parts))


def dimension_words(dim: str) -> str:
    kind, _, unit = dim.partition(":")
    if kind == "count":
        return f"Counts ({unit})" if unit else "Counts"
    if kind == "money":
        return f"Amounts ({unit})"
    if kind == "ordinal":
        return f"Ranks ({unit})"
    return {"tally": "Vote tallies or scores", "share": "Percentages", "points": "Percentage points",
            "duration": "Durations", "date": "Dates", "year": "Years", "minute": "Minutes",
            "age": "Ages"}.get(kind, kind)
