"""The shape a cached analysis or insights document must have to be trusted.

Checked after decoding and before any model object is built: every field of
the right type, every id a reference points to present, every offset inside
its article's text and, where the document repeats the text, pointing at
exactly that text. Anything else raises `Rejected` (a cache miss).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from reader.cache.guard import Rejected
from reader.model import SCHEMA_VERSION
from reader.schema import MentionRow, SentenceRow

_NUM = (int, float)


def _need(cond: bool, why: str) -> None:
    if not cond:
        raise Rejected(why)


def _obj(x: Any, keys: Iterable[str], where: str) -> dict[str, Any]:
    _need(isinstance(x, dict), f"{where} is not an object")
    missing = [k for k in keys if k not in x]
    _need(not missing, f"{where} lacks {', '.join(missing)}")
    return x


def _list(x: Any, where: str) -> list[Any]:
    _need(isinstance(x, list), f"{where} is not a list")
    return x


def _str(x: Any, where: str, *, optional: bool = False) -> None:
    _need(isinstance(x, str) or (optional and x is None), f"{where} is not a string")


def _row_span(r: SentenceRow | MentionRow, text: str, where: str) -> None:
    """`_span` of a row (`reader.schema.cache_rows`), whose fields' types are already checked."""
    _need(0 <= r.start <= r.end <= len(text), f"{where} offsets outside the text")
    _need(text[r.start:r.end] == r.text, f"{where} offsets do not match its text")


def _span(d: dict[str, Any], text: str, where: str, *, exact: str | None = None) -> None:
    s, e = d.get("start"), d.get("end")
    _need(type(s) is int and type(e) is int and 0 <= s <= e <= len(text), f"{where} offsets outside the text")
    if exact is not None:
        _need(isinstance(d.get(exact), str) and text[s:e] == d[exact], f"{where} offsets do not match its text")


def check_analysis(d: Any) -> None:
    """Rejected unless `d` is a whole analysis as `Cache.put_analysis` writes it."""
    d = _obj(d, ("version", "model", "articles", "facts", "entities", "warnings"), "analysis")
    _need(d["version"] == SCHEMA_VERSION, "another schema version")
    _str(d["model"], "model")
    for w in _list(d["warnings"], "warnings"):
        _str(w, "a warning")
    texts: dict[str, str] = {}
    sentences: set[str] = set()
    for a in _list(d["articles"], "articles"):
        _article(a, texts, sentences)
    for f in _list(d["facts"], "facts"):
        _fact(f, sentences)
    for e in _list(d["entities"], "entities"):
        e = _obj(e, ("id", "name", "label", "mentions"), "an entity")
        for k in ("id", "name", "label"):
            _str(e[k], f"entity {k}")
        for m in _list(e["mentions"], "mentions"):
            if type(m) is MentionRow:
                _need(m.article in texts, "a mention of an unknown article")
                _need(m.sentence is None or m.sentence in sentences, "a mention in an unknown sentence")
                _row_span(m, texts[m.article], "a mention")
                continue
            m = _obj(m, ("article", "sentence", "start", "end", "text"), "a mention")
            _need(m["article"] in texts, "a mention of an unknown article")
            _need(m["sentence"] is None or m["sentence"] in sentences, "a mention in an unknown sentence")
            _span(m, texts[m["article"]], "a mention", exact="text")


def _article(a: Any, texts: dict[str, str], sentences: set[str]) -> None:
    keys = ("id", "path", "text", "outlet", "title", "byline", "date", "language", "duplicate_of",
            "boilerplate", "front_matter", "sentences")
    a = _obj(a, keys, "an article")
    for k in ("id", "path", "text", "language"):
        _str(a[k], f"article {k}")
    for k in ("outlet", "title", "byline", "date", "duplicate_of"):
        _str(a[k], f"article {k}", optional=True)
    _need(a["id"] not in texts, "two articles with one id")
    text = a["text"]
    texts[a["id"]] = text
    for k in ("boilerplate", "front_matter"):
        for r in _list(a[k], k):
            _str(_obj(r, ("start", "end", "kind"), k)["kind"], f"{k} kind")
            _span(r, text, k)
    for s in _list(a["sentences"], "sentences"):
        if type(s) is SentenceRow:
            _row_span(s, text, "a sentence")
            sentences.add(s.id)
            continue
        s = _obj(s, ("id", "start", "end", "text"), "a sentence")
        _str(s["id"], "sentence id")
        _span(s, text, "a sentence", exact="text")
        sentences.add(s["id"])


def _fact(f: Any, sentences: set[str]) -> None:
    f = _obj(f, ("id", "sentences", "score", "label", "evidence"), "a fact")
    _str(f["id"], "fact id")
    _str(f["label"], "fact label")
    _need(isinstance(f["score"], _NUM), "fact score is not a number")
    members = _list(f["sentences"], "fact sentences")
    _need(all(isinstance(s, str) and s in sentences for s in members), "a fact with an unknown sentence")
    for ev in _list(f["evidence"], "evidence"):
        ev = _obj(ev, ("a", "b", "score", "components"), "evidence")
        _need(ev["a"] in sentences and ev["b"] in sentences, "evidence between unknown sentences")
        _need(isinstance(ev["score"], _NUM), "evidence score is not a number")
        comp = ev["components"]
        _need(isinstance(comp, dict) and all(isinstance(v, _NUM) for v in comp.values()),
              "evidence components are not numbers")


# ------------------------------------------------------------------ insights

_INSIGHT_LISTS = ("diffs", "quotes", "quote_groups", "outlets", "claims", "number_conflicts")


def check_insights(d: Any, analysis: dict[str, Any]) -> None:
    """Rejected unless `d` is the insights of `analysis` (a dict as `analysis_to_dict` gives)."""
    d = _obj(d, (*_INSIGHT_LISTS, "coverage"), "insights")
    for k in _INSIGHT_LISTS:
        for item in _list(d[k], k):
            _need(isinstance(item, dict), f"an item of {k} is not an object")
    texts = {a["id"]: a.get("text") for a in analysis["articles"]}
    sentences = {s["id"] for a in analysis["articles"] for s in a["sentences"]}
    facts = {f["id"] for f in analysis["facts"]}
    checks: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
        ("quotes", lambda q: _located(q, texts, sentences, "a quote")),
        ("claims", lambda c: _located(c, texts, sentences, "a claim")),
        ("diffs", lambda df: _need(df.get("fact") in facts, "a diff of an unknown fact")),
        ("outlets", lambda g: _need(g.get("article") in texts, "omissions of an unknown article")),
        ("number_conflicts", lambda c: _need(c.get("fact") in facts, "a conflict in an unknown fact")),
    ]
    for key, check in checks:
        for item in d[key]:
            check(item)
    cov = _obj(d["coverage"], ("articles", "rows"), "coverage")
    _need(all(a in texts for a in _list(cov["articles"], "coverage articles")), "coverage of an unknown article")
    for r in _list(cov["rows"], "coverage rows"):
        r = _obj(r, ("fact", "label", "count", "cells"), "a coverage row")
        _need(r["fact"] in facts and len(_list(r["cells"], "cells")) == len(cov["articles"]), "a bad coverage row")
    _need(len(cov["rows"]) == len(facts), "coverage does not list every fact")
    _need(len(d["diffs"]) == len(facts), "word differences do not cover every fact")
    _need(len(d["outlets"]) == len(texts), "omissions do not cover every article")


def _located(item: dict[str, Any], texts: dict[str, Any], sentences: set[str], where: str) -> None:
    _need(item.get("article") in texts, f"{where} in an unknown article")
    text = texts[item["article"]]
    _need(isinstance(text, str), f"{where} in an article without its text")
    _span(item, text, where)
    if "sentences" in item:
        _need(all(s in sentences for s in _list(item["sentences"], where)), f"{where} in an unknown sentence")
    elif "sentence" in item:
        _need(item["sentence"] is None or item["sentence"] in sentences, f"{where} in an unknown sentence")
