"""The analysis model: small frozen dataclasses that every layer shares.

Data flows one way (files -> core analysis -> this model -> UI), so the model is
immutable: the UI can hold references to it from any thread without locks, and a
cached analysis is exactly what a fresh one would be.

All offsets are Python string offsets into `Document.text`, so
`text[start:end]` is always exactly the reported span.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.settings import AlignSettings
from reader.text import normalise

SCHEMA_VERSION = 1


@dataclass(frozen=True, order=True)
class SentenceRef:
    """Which sentence: `article` is its article's position in `Analysis.articles`,
    `index` its position in that article's sentences. Written "a0.s3" in the JSON."""

    article: int
    index: int

    def __str__(self) -> str:
        return f"a{self.article}.s{self.index}"

    @classmethod
    def parse(cls, text: str) -> SentenceRef:
        """The one place a sentence id string is read: "a0.s3" -> SentenceRef(0, 3)."""
        art, sep, sent = text.partition(".s")
        if not sep or art[:1] != "a" or not art[1:].isdigit() or not sent.isdigit():
            raise ValueError(f"not a sentence id: {text!r}")
        return cls(int(art[1:]), int(sent))


@dataclass(frozen=True, order=True)
class FactRef:
    """Which fact: its position in `Analysis.facts`. Written "f0" in the JSON."""

    index: int

    def __str__(self) -> str:
        return f"f{self.index}"

    @property
    def name(self) -> str:
        """How a fact is named to readers, in the app and in reports: "F1" for "f0".

        The one place fact names are made: ids count from 0 (the JSON schema's),
        people count from 1.
        """
        return f"F{self.index + 1}"

    @classmethod
    def parse(cls, text: str) -> FactRef:
        if text[:1] != "f" or not text[1:].isdigit():
            raise ValueError(f"not a fact id: {text!r}")
        return cls(int(text[1:]))


def article_of(sentence_id: str) -> str:
    """The article id part of a sentence id ("a0" of "a0.s3")."""
    return sentence_id.partition(".s")[0]


@dataclass(frozen=True)
class Document:
    """An article as loaded from disk, before any language analysis.

    This is all the UI needs for its first paint, so loading must stay cheap
    (no spaCy). Metadata comes from the file (JSON fields, HTML meta) when it
    has it; `reader.ingest.meta` fills the gaps from the text itself.
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
    #: The record's own id in a JSON or JSON-lines feed (its `id` field), kept so that
    #: stories can name their articles as the feed did; None for plain files.
    source_id: str | None = None


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


@dataclass(frozen=True, slots=True)  # no per-instance dict: a long story has tens of thousands
class Sentence:
    """A sentence: the unit that facts are made of; a headline or standfirst is one too."""

    id: str  # "a0.s3": unique across the whole analysis
    article: str  # "a0"
    index: int  # position within its article
    start: int
    end: int
    text: str
    role: str = "body"  # "headline" | "standfirst" | "body" (reader.ingest.headlines)


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
            seen.setdefault(article_of(sid), None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)  # as Sentence: many per story
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
class Quote:
    """A direct quotation in one article.

    `start`/`end` cover the quoted words (inside the marks). `speaker` is an
    entity id when the speaker is a linked entity; `speaker_name` is what to
    show (the entity's name, or the nominal phrase such as "the official").
    `via` says how the speaker was found: "after" ("...," X said), "before"
    (X said "..."), "according" (according to X), "pronoun" (he said, resolved),
    "continued" (same speaker as the quote this one continues), or "".
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    sentences: tuple[str, ...]
    speaker: str | None = None
    speaker_name: str | None = None
    via: str = ""
    continues: str | None = None  # id of the quote this one continues

    @property
    def norm(self) -> str:
        return normalise(self.text)


@dataclass(frozen=True)
class Analysis:
    """Everything `reader` knows about a set of articles."""

    articles: tuple[Article, ...]
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    model: str = ""
    warnings: tuple[str, ...] = ()
    version: int = SCHEMA_VERSION
    # Found once by reader.language.quotes; the comparisons reuse them.
    quotes: tuple[Quote, ...] = ()
    # The aligner's settings this analysis was made with (explanations use them).
    settings: AlignSettings = field(default_factory=AlignSettings, compare=False)
    # Indexes, built once in __post_init__; not compared, not serialised.
    _articles: dict[str, Article] = field(init=False, repr=False, compare=False)
    _sentences: dict[str, Sentence] = field(init=False, repr=False, compare=False)
    _refs: dict[str, SentenceRef] = field(init=False, repr=False, compare=False)
    _facts: dict[str, FactRef] = field(init=False, repr=False, compare=False)
    _facts_of: dict[SentenceRef, tuple[FactRef, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Lookups by id are O(1). The dataclass is frozen, hence object.__setattr__.
        articles = {a.id: a for a in self.articles}
        sentences: dict[str, Sentence] = {}
        refs: dict[str, SentenceRef] = {}
        for pos, art in enumerate(self.articles):
            for k, sent in enumerate(art.sentences):
                sentences[sent.id] = sent
                refs[sent.id] = SentenceRef(pos, k)
        facts = {f.id: FactRef(n) for n, f in enumerate(self.facts)}
        facts_of: dict[SentenceRef, list[FactRef]] = {}
        for f in self.facts:
            for sid in f.sentences:
                if sid in refs:
                    facts_of.setdefault(refs[sid], []).append(facts[f.id])
        object.__setattr__(self, "_articles", articles)
        object.__setattr__(self, "_sentences", sentences)
        object.__setattr__(self, "_refs", refs)
        object.__setattr__(self, "_facts", facts)
        object.__setattr__(self, "_facts_of", {r: tuple(fs) for r, fs in facts_of.items()})

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def sentence(self, ref: SentenceRef | str) -> Sentence:
        if isinstance(ref, SentenceRef):
            return self.articles[ref.article].sentences[ref.index]
        return self._sentences[ref]

    def ref(self, sentence_id: str) -> SentenceRef:
        """The typed reference of a sentence id of this analysis."""
        return self._refs[sentence_id]

    def fact_ref(self, fact_id: str) -> FactRef:
        return self._facts[fact_id]

    def fact(self, ref: FactRef | str) -> Fact:
        return self.facts[(ref if isinstance(ref, FactRef) else self.fact_ref(ref)).index]

    def facts_of(self, ref: SentenceRef | str) -> tuple[FactRef, ...]:
        """The facts a sentence belongs to, in fact order."""
        key = ref if isinstance(ref, SentenceRef) else self._refs.get(ref)
        return () if key is None else self._facts_of.get(key, ())


def fact_name(fact_id: str) -> str:
    """The reader's name of a fact id ("F1" for "f0"); see `FactRef.name`."""
    try:
        return FactRef.parse(fact_id).name
    except ValueError:
        return fact_id
