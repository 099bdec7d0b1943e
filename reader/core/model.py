"""The analysis model: small frozen dataclasses that every layer shares.

Data flows one way (files -> core analysis -> this model -> UI), so the model is
immutable: the UI can hold references to it from any thread without locks, and a
cached analysis is exactly what a fresh one would be.

All offsets are Python string offsets into `Document.text`, so
`text[start:end]` is always exactly the reported span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Document:
    """An article as loaded from disk, before any language analysis.

    This is all the UI needs for its first paint, so loading must stay cheap
    (no spaCy). Metadata comes from the file (JSON fields, HTML meta) when it
    has it; `reader.core.meta` fills the gaps from the text itself.
    """

    id: str
    path: str
    text: str
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    url: str | None = None
    format: str = "txt"


@dataclass(frozen=True)
class Region:
    """A stretch of text that is not body text: boilerplate or front matter.

    `kind` says what it is ("advertisement", "appeal", "caption", "related",
    "share", "copyright", "comments", "newsletter", "navigation", "credit",
    "dateline" for boilerplate; "title", "standfirst", "byline", "date" for
    front matter). Nothing is deleted: the UI shows regions dimmed.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Sentence:
    """A body sentence: the unit that facts are made of."""

    id: str  # "a0.s3": unique across the whole analysis
    article: str  # "a0"
    index: int  # position within its article
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A document after cleaning and segmentation."""

    id: str
    path: str
    text: str
    outlet: str | None
    title: str | None
    byline: str | None
    date: str | None
    boilerplate: tuple[Region, ...] = ()
    front_matter: tuple[Region, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    language: str = "en"
    duplicate_of: str | None = None  # id of the earlier article this one copies

    @property
    def name(self) -> str:
        """What to call the article on screen: its outlet, else its file name."""
        if self.outlet:
            return self.outlet
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Evidence:
    """Why two sentences were matched: the score and what it is made of.

    Kept so that a match can be explained to the reader later: a fact-checker
    must be able to doubt a match, and the components say what to doubt.
    """

    a: str  # sentence id
    b: str  # sentence id
    score: float
    components: dict[str, float] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Fact:
    """Sentences from two or more articles that state the same thing."""

    id: str
    sentences: tuple[str, ...]
    score: float
    label: str
    evidence: tuple[Evidence, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """Article ids of the members, in order of first appearance, each once."""
        seen: dict[str, None] = {}
        for sid in self.sentences:
            seen.setdefault(sid.split(".", 1)[0], None)
        return tuple(seen)


@dataclass(frozen=True)
class Mention:
    article: str
    sentence: str | None  # None when the mention is outside body sentences
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """One real-world referent, linked across all articles."""

    id: str
    name: str
    label: str
    mentions: tuple[Mention, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.article, None)
        return tuple(seen)


@dataclass(frozen=True)
class Analysis:
    """Everything `reader` knows about a set of articles."""

    articles: tuple[Article, ...]
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    model: str = ""
    warnings: tuple[str, ...] = ()
    version: int = SCHEMA_VERSION

    def article(self, article_id: str) -> Article:
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)

    def sentence(self, sentence_id: str) -> Sentence:
        art = self.article(sentence_id.split(".", 1)[0])
        return art.sentences[int(sentence_id.rsplit(".s", 1)[1])]

    def facts_of(self, sentence_id: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if sentence_id in f.sentences)


def fact_name(fact_id: str) -> str:
    """How a fact is named to readers, in the app and in reports: "F1" for id "f0".

    Ids count from 0 (the JSON schema's); people count from 1.
    """
    return f"F{int(fact_id[1:]) + 1}" if fact_id[:1] == "f" and fact_id[1:].isdigit() else fact_id


def _region(d: dict[str, Any]) -> Region:
    return Region(int(d["start"]), int(d["end"]), str(d["kind"]))


def analysis_to_dict(an: Analysis, *, include_text: bool = False) -> dict[str, Any]:
    """The JSON document of `reader analyze --json` (schema version 1)."""
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
            "sentences": [{"id": s.id, "start": s.start, "end": s.end, "text": s.text} for s in a.sentences],
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
    return {"version": an.version, "model": an.model, "articles": arts, "facts": facts, "entities": ents,
            "warnings": list(an.warnings)}


def analysis_from_dict(d: dict[str, Any]) -> Analysis:
    """Inverse of `analysis_to_dict(include_text=True)`; used by the cache."""
    arts = []
    for a in d["articles"]:
        arts.append(
            Article(
                id=a["id"], path=a["path"], text=a.get("text", ""), outlet=a.get("outlet"),
                title=a.get("title"), byline=a.get("byline"), date=a.get("date"),
                boilerplate=tuple(_region(r) for r in a.get("boilerplate", [])),
                front_matter=tuple(_region(r) for r in a.get("front_matter", [])),
                sentences=tuple(
                    Sentence(s["id"], a["id"], i, int(s["start"]), int(s["end"]), s["text"])
                    for i, s in enumerate(a.get("sentences", []))
                ),
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
        Entity(
            id=e["id"], name=e["name"], label=e["label"],
            mentions=tuple(Mention(m["article"], m.get("sentence"), int(m["start"]), int(m["end"]), m["text"])
                           for m in e.get("mentions", [])),
        )
        for e in d.get("entities", [])
    )
    return Analysis(articles=tuple(arts), facts=facts, entities=ents, model=d.get("model", ""),
                    warnings=tuple(d.get("warnings", [])), version=int(d.get("version", SCHEMA_VERSION)))
