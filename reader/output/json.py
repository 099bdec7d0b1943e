"""The JSON of `reader analyze --json`: the analysis (schema version 1, see
`reader.model.analysis_to_dict`) plus its "insights" key.

Offsets are into article text. The insights of an analysis seen before come
from the cache.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from reader.cache import Cache, code_version, json_pieces
from reader.cache.checks import check_insights
from reader.cache.guard import Rejected, note
from reader.compare import insights as insights_mod  # looked up at call time (tests patch it)
from reader.compare.insights import Insights
from reader.model import Analysis
from reader.schema import analysis_to_dict


def analysis_json(an: Analysis, *, use_cache: bool = True, rows_lazily: bool = False) -> dict[str, Any]:
    """The whole JSON document: the analysis and its insights. The insights
    first: finding them in the cache builds a dict of the whole analysis, which
    is gone before the output's own dict of it is built (the two at once were
    about 10 MB over a 490,000-character article). `rows_lazily`: see
    `reader.schema.SentenceRows` (for a document written with `iterencode` only)."""
    insights = insights_json(an, use_cache=use_cache)
    data = analysis_to_dict(an, rows_lazily=rows_lazily)
    data["insights"] = insights
    return data


def _bound(x: float | None) -> float | None:
    """A range end for JSON: infinity (\"more than 200\") has no JSON number, so it is null."""
    return None if x is None or x in (float("inf"), float("-inf")) else round(x, 6)


def insights_to_dict(ins: Insights) -> dict[str, Any]:
    """The "insights" key of `reader analyze --json`. Offsets are into article text."""
    return {
        "diffs": [
            {"fact": d.fact, "reference": d.reference,
             "members": [{"article": m.article, "sentences": list(m.sentences), "reference": m.is_reference,
                          "similarity": round(m.similarity, 4), "mode": m.mode,
                          "spans": [{"kind": s.kind, "start": s.start, "end": s.end, "text": s.text,
                                     "reference": s.reference} for s in m.spans]}
                         for m in d.members]}
            for d in ins.diffs
        ],
        "quotes": [
            {"id": q.id, "article": q.article, "start": q.start, "end": q.end, "text": q.text,
             "sentences": list(q.sentences), "speaker": q.speaker, "speaker_name": q.speaker_name,
             "via": q.via, "continues": q.continues}
            for q in ins.quotes
        ],
        "quote_groups": [
            {"id": g.id, "quotes": list(g.quotes), "articles": list(g.articles),
             "speakers": [{"article": a, "speaker": s} for a, s in g.speakers],
             "speakers_differ": g.speakers_differ,
             "paraphrases": [{"quote": p.quote, "article": p.article, "sentence": p.sentence,
                              "score": round(p.score, 2)} for p in g.paraphrases]}
            for g in ins.quote_groups
        ],
        "outlets": [
            {"article": g.article, "omitted_facts": list(g.omitted), "unique_sentences": list(g.unique),
             "possibly_shared_sentences": list(g.possibly_shared)}
            for g in ins.gaps
        ],
        "claims": [
            {"id": c.id, "article": c.article, "sentence": c.sentence, "kind": c.kind, "start": c.start,
             "end": c.end, "text": c.text, "dimension": c.dimension, "value": c.value,
             "context": {"start": c.context_start, "end": c.context_end, "text": c.context},
             "range": [_bound(c.lo), _bound(c.hi)], "hedge": c.hedge}
            for c in ins.claims
        ],
        "number_conflicts": [
            {"fact": c.fact, "dimension": c.dimension, "summary": c.summary,
             "values": [{"article": v.article, "value": v.value, "claims": list(v.claims), "texts": list(v.texts)}
                        for v in c.values]}
            for c in ins.conflicts
        ],
        "coverage": {
            "articles": list(ins.coverage.articles),
            "rows": [{"fact": r.fact, "label": r.label, "count": r.count,
                      "cells": [list(c) for c in r.cells]} for r in ins.coverage.rows],
        },
    }



def _digest(full: dict[str, Any]) -> str:
    """sha256 of the insights' key text, `json.dumps(full, sort_keys=True)` hashed
    in pieces as it is encoded: the whole document as one string, and its
    bytes, were two more copies of every text."""
    h = hashlib.sha256(f"insights\n{code_version()}\n".encode())
    buf: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, sort_keys=True).iterencode(full):
        buf.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            h.update("".join(buf).encode("utf-8", "surrogatepass"))
            buf, size = [], 0
    h.update("".join(buf).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _cached_insights(an: Analysis) -> tuple[str, dict[str, Any] | None]:
    """The insights' cache key and, when valid, its entry."""
    full = analysis_to_dict(an, include_text=True)
    key = _digest(full)
    cached = Cache().read_json("insights", key)
    if cached is not None:
        try:  # a damaged or forged entry is rebuilt by the caller
            check_insights(cached, full)
            return key, cached
        except Rejected as exc:
            note("insights", str(exc))
    return key, None


def insights_json(an: Analysis, *, use_cache: bool = True) -> dict[str, Any]:
    """`insights_to_dict(insights_mod.compute_insights(an))`, from the cache when this exact
    analysis was seen before: the insights pass costs more than reading a
    cached analysis, and a relaunch should not pay it again."""
    key = ""
    if use_cache:
        key, cached = _cached_insights(an)
        if cached is not None:
            return cached
    # the dict of the whole analysis the key was made of is gone by now
    data = insights_to_dict(insights_mod.compute_insights(an))
    if use_cache:
        # in pieces: the entry as one string and as bytes were two copies of every insight's texts
        Cache().write_pieces("insights", key, json_pieces(data))
    return data
