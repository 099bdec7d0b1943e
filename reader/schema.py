"""The Analysis as the JSON document of schema version 1, and back.

`analysis_to_dict` is the analysis part of `reader analyze --json` (see
reader.output.json for the whole document); with `include_text=True` it is the
cache's form, from which `analysis_from_dict` rebuilds an equal Analysis.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from sys import intern
from typing import Any, NamedTuple

from reader.model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    Entity,
    Evidence,
    Fact,
    Mention,
    Quote,
    Region,
    Sentence,
)
from reader.settings import AlignSettings


class SentenceRow(NamedTuple):
    """A cached sentence as `cache_rows` decodes it: a tuple, not a dict (96 bytes, not 250)."""

    id: str
    start: int
    end: int
    text: str
    role: str


class MentionRow(NamedTuple):
    """A cached entity mention as `cache_rows` decodes it."""

    article: str
    sentence: str | None
    start: int
    end: int
    text: str


_SENTENCE_KEYS = frozenset(SentenceRow._fields)
_MENTION_KEYS = frozenset(MentionRow._fields)


def cache_rows(d: dict[str, Any]) -> Any:
    """`json.loads`' object hook for a cached analysis: an object with exactly a sentence's or
    a mention's fields, each of its type, becomes a row; anything else stays a dict, for the
    checks (reader.cache.checks) to judge. A long story has tens of thousands of each, and
    their dicts were most of its decoded cache entry. Ids and names are interned: a mention
    repeats its article's and its sentence's ids."""
    if len(d) != 5:
        return d
    keys = d.keys()
    if keys == _SENTENCE_KEYS:
        i, s, e, t, r = d["id"], d["start"], d["end"], d["text"], d["role"]
        if type(i) is str and type(s) is int and type(e) is int and type(t) is str and type(r) is str:
            return SentenceRow(intern(i), s, e, t, intern(r))
    elif keys == _MENTION_KEYS:
        a, n, s, e, t = d["article"], d["sentence"], d["start"], d["end"], d["text"]
        if (type(a) is str and (n is None or type(n) is str) and type(s) is int and type(e) is int
                and type(t) is str):
            return MentionRow(intern(a), None if n is None else intern(n), s, e, intern(t))
    return d


def _region(d: dict[str, Any]) -> Region:
    return Region(int(d["start"]), int(d["end"]), str(d["kind"]))


class SentenceRows(list):
    """An article's sentence records, made one at a time as they are iterated.

    Only for a document that goes straight to `json.JSONEncoder.iterencode` with
    an indent (the pure-Python encoder, which iterates a list; `json.dumps`
    without an indent reads a list's own items and would see none): `reader
    analyze --json` writes its document that way, and a long article's records
    then never all exist at once (1,200 of them were 0.4 MB at the end of an
    analysis)."""

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        super().__init__()
        self.sentences = sentences

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (sentence_row(s) for s in self.sentences)


def sentence_row(s: Sentence) -> dict[str, Any]:
    """A sentence's record in the JSON document."""
    return {"id": s.id, "start": s.start, "end": s.end, "text": s.text, "role": s.role}


def analysis_to_dict(an: Analysis, *, include_text: bool = False, rows_lazily: bool = False) -> dict[str, Any]:
    """The JSON document of `reader analyze --json` (schema version 1). `rows_lazily`:
    each article's sentences as `SentenceRows`, for `iterencode` with an indent only."""
    arts = []
    for a in an.articles:
        d: dict[str, Any] = {
            "id": a.id,
            "path": a.path,
            "outlet": a.outlet,
            "title": a.title,
            "byline": a.byline,
            "date": a.date,
            "language": a.language,
            "duplicate_of": a.duplicate_of,
            "boilerplate": [{"start": r.start, "end": r.end, "kind": r.kind} for r in a.boilerplate],
            "front_matter": [{"start": r.start, "end": r.end, "kind": r.kind} for r in a.front_matter],
            "sentences": SentenceRows(a.sentences) if rows_lazily else [sentence_row(s) for s in a.sentences],
        }
        if include_text:
            d["text"] = a.text
        arts.append(d)
    facts = [
        {
            "id": f.id,
            "sentences": list(f.sentences),
            "score": round(f.score, 4),
            "label": f.label,
            "evidence": [
                {"a": e.a, "b": e.b, "score": round(e.score, 4),
                 "components": {k: round(v, 4) for k, v in e.components.items()}}
                for e in f.evidence
            ],
        }
        for f in an.facts
    ]
    ents = [
        {
            "id": e.id,
            "name": e.name,
            "label": e.label,
            "mentions": [
                {"article": m.article, "sentence": m.sentence, "start": m.start, "end": m.end, "text": m.text}
                for m in e.mentions
            ],
        }
        for e in an.entities
    ]
    out = {"version": an.version, "model": an.model, "articles": arts, "facts": facts, "entities": ents,
           "warnings": list(an.warnings)}
    if include_text:  # the cache's form: everything needed to rebuild the Analysis
        out["quotes"] = [asdict(q) for q in an.quotes]
        out["settings"] = asdict(an.settings)
    return out


def analysis_from_dict(d: dict[str, Any], *, consume: bool = False) -> Analysis:
    """Inverse of `analysis_to_dict(include_text=True)`; used by the cache.

    `consume`: empty each article's sentence list and each entity's mention list
    of `d` once converted, so the decoded JSON and the objects built from it do not
    both exist whole (a 490,000-character article's sentences and mentions are
    about 10 MB of dicts)."""
    arts = []
    for a in d["articles"]:
        arts.append(
            Article(
                id=a["id"], path=a["path"], text=a.get("text", ""), outlet=a.get("outlet"),
                title=a.get("title"), byline=a.get("byline"), date=a.get("date"),
                boilerplate=tuple(_region(r) for r in a.get("boilerplate", [])),
                front_matter=tuple(_region(r) for r in a.get("front_matter", [])),
                sentences=_sentences(a, consume),
                language=a.get("language", "en"),
                duplicate_of=a.get("duplicate_of"),
            )
        )
    facts = tuple(
        Fact(
            id=f["id"], sentences=tuple(f["sentences"]), score=float(f["score"]), label=f["label"],
            evidence=tuple(Evidence(e["a"], e["b"], float(e["score"]), dict(e.get("components", {})))
                           for e in f.get("evidence", [])),
        )
        for f in d.get("facts", [])
    )
    ents = tuple(
        Entity(id=e["id"], name=e["name"], label=e["label"], mentions=_mentions(e, consume))
        for e in d.get("entities", [])
    )
    quotes = tuple(Quote(**{**q, "sentences": tuple(q["sentences"])}) for q in d.get("quotes", []))
    return Analysis(articles=tuple(arts), facts=facts, entities=ents, model=d.get("model", ""),
                    warnings=tuple(d.get("warnings", [])), version=int(d.get("version", SCHEMA_VERSION)),
                    quotes=quotes, settings=AlignSettings(**d.get("settings", {})))


def _sentences(a: dict[str, Any], consume: bool) -> tuple[Sentence, ...]:
    raw = a.get("sentences", [])
    out = []
    for i, s in enumerate(raw):
        if type(s) is SentenceRow:
            out.append(Sentence(s.id, a["id"], i, s.start, s.end, s.text, s.role))
        else:
            out.append(Sentence(s["id"], a["id"], i, int(s["start"]), int(s["end"]), s["text"],
                                intern(s.get("role", "body"))))
        if consume:
            raw[i] = None  # its dict is freed as soon as its Sentence exists
    return tuple(out)


def _mentions(e: dict[str, Any], consume: bool) -> tuple[Mention, ...]:
    raw = e.get("mentions", [])
    out = []
    for i, m in enumerate(raw):
        if type(m) is MentionRow:
            out.append(Mention(m.article, m.sentence, m.start, m.end, m.text))
        else:
            out.append(Mention(intern(m["article"]), m.get("sentence"), int(m["start"]), int(m["end"]),
                               intern(m["text"])))
        if consume:
            raw[i] = None
    return tuple(out)
