"""Scoring the comparison insights against the seed gold (tests/data/gold/seeds.json)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import combinations
from pathlib import Path

from reader.model import Analysis
from reader.text import normalise

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold" / "seeds.json"
_QUOTE_MARKS = re.compile("[\"“”«»]")


@lru_cache(maxsize=1)
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def article_of(an: Analysis, file: str) -> str:
    return next(a.id for a in an.articles if a.path.replace("\\", "/").rsplit("/", 1)[-1] == file)


def spans_of(an: Analysis, file: str, text: str) -> list[tuple[int, int]]:
    """Every occurrence of a gold text in its article's body sentences."""
    art = an.article(article_of(an, file))
    out = []
    for m in re.finditer(re.escape(text), art.text):
        if any(s.start <= m.start() < s.end for s in art.sentences):
            out.append((m.start(), m.end()))
    return out


def number_recall(an: Analysis, claims) -> tuple[float, float, list[str]]:
    """(in-context recall, value recall, misses): a gold member is found when it lies
    inside one claim's context span (resp. overlaps a claim's value) in its file."""
    n = hit = hit_value = 0
    misses = []
    for g in gold()["numbers"]:
        for m in g["members"]:
            n += 1
            aid = article_of(an, m["file"])
            spans = spans_of(an, m["file"], m["text"])
            mine = [c for c in claims if c.article == aid]
            ok = any(c.context_start <= s and e <= c.context_end for s, e in spans for c in mine)
            okv = any(c.start < e and s < c.end for s, e in spans for c in mine)
            hit += ok
            hit_value += okv
            if not ok:
                misses.append(m["text"])
    return hit / n, hit_value / n, misses


def quote_recall(an: Analysis, quotes, groups) -> tuple[float, list[str]]:
    """Share of outlet pairs of each gold quote fact whose quoted members are in one quote group.

    Only non-loose members containing quotation marks count (a member without
    any is a paraphrase, not a quote to group)."""
    by_id = {q.id: q for q in quotes}
    total = hit = 0
    misses = []
    for f in gold()["facts"]:
        if f.get("kind") != "quote":
            continue
        per_outlet: dict[str, list[tuple[int, int]]] = {}
        for m in f["members"]:
            if m.get("loose") or not _QUOTE_MARKS.search(m["text"]):
                continue
            per_outlet.setdefault(article_of(an, m["file"]), []).extend(spans_of(an, m["file"], m["text"]))
        for a, b in combinations(sorted(per_outlet), 2):
            total += 1

            def covers(g, art, spans):
                return any(by_id[q].article == art and any(by_id[q].start < e and s < by_id[q].end
                                                            for s, e in spans) for q in g.quotes)

            if any(covers(g, a, per_outlet[a]) and covers(g, b, per_outlet[b]) for g in groups):
                hit += 1
            else:
                misses.append(f"{f['id']} {a}-{b}")
    return hit / total, misses


def unique_scores(an: Analysis) -> tuple[float, float, float]:
    """Precision, recall and F1 of per-outlet unique sentences (typography-proof text match)."""
    tp = fp = fn = 0
    for file, texts in gold()["unique"].items():
        aid = article_of(an, file)
        g = {normalise(t) for t in texts}
        p = {normalise(s.text) for s in an.unique_sentences(aid)}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
