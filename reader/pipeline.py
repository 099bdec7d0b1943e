"""One direction only: files -> documents -> cleaned -> parsed -> sentences ->
entities -> quotes -> features -> facts -> Analysis.

`analyze_documents` is what the UI's worker and `reader analyze` call: a short
list of stage calls, each stage's package doing one pass. It is a pure function
of the documents, the model and the settings, which is what makes its result
cacheable. Only this module (and the output layer) knows about the cache.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from reader.errors import ReaderError
from reader.ingest.clean import Cleaned, clean_with, evidence_part, merge_evidence
from reader.ingest.headlines import with_statements
from reader.ingest.language import SAMPLE as LANGUAGE_SAMPLE
from reader.ingest.meta import infer_meta
from reader.model import Analysis, Article, Document, Sentence
from reader.parallel import Engine, run_map
from reader.settings import AlignSettings

if TYPE_CHECKING:  # pragma: no cover
    from reader.cache import Cache
    from reader.language.nlp import SpanDoc
    from reader.language.parsed import Chunk, Parsed

Progress = Callable[[str, float], None]

#: Weights of the stages in the overall progress bar (spaCy dominates).
_STAGES = {"clean": (0.0, 0.05), "spacy": (0.05, 0.85), "entities": (0.85, 0.9), "align": (0.9, 1.0)}

#: Languages the English pipeline aligns; "und" (too little text to tell) is let through.
ALIGNED_LANGUAGES = {"en", "und"}


def analyze_paths(paths: Sequence[str], *, model: str | None = None, use_cache: bool = True,
                  progress: Progress | None = None, engine: Engine | None = None,
                  outlets: dict[str, str] | None = None) -> Analysis:
    """Load (files, folders, URLs) and analyse; load warnings travel in `Analysis.warnings`.
    `outlets`: file -> outlet name."""
    from reader.ingest.sources import load_sources

    from .cache import Cache

    fetched = (lambda done, total, _url: progress("fetching", done / max(1, total))) if progress else None
    loaded = load_sources(paths, store=Cache() if use_cache else None, progress=fetched, engine=engine,
                          outlets=outlets)
    an = analyze_documents(loaded.documents, model=model, use_cache=use_cache, progress=progress, engine=engine)
    if loaded.warnings:
        an = replace(an, warnings=tuple(loaded.warnings) + an.warnings)
    return an


def analyze_documents(documents: Sequence[Document], *, model: str | None = None, use_cache: bool = True,
                      progress: Progress | None = None, timings: dict[str, float] | None = None,
                      settings: AlignSettings | None = None, engine: Engine | None = None) -> Analysis:
    """The whole analysis of a story. Raises ReaderError on set-up problems.

    `timings`, when given, receives the wall time of each stage in seconds
    (for the benchmarks). `engine`, when given, runs the per-article work
    (cleaning, spaCy) in chunks there, and alignment's candidate blocks; the result is the same.
    """
    if not documents:
        raise ReaderError("no articles to analyse")
    settings = settings or AlignSettings()
    clock = _Clock(timings)
    cache, key = _open_cache(documents, model, settings, use_cache)
    hit = None
    if cache is not None:
        hit = cache.get_analysis(key)
        if hit is not None and not _matches(hit, documents):
            from reader.cache.guard import note

            note("analysis", "its articles are not the ones loaded")
            hit = None
        clock.lap("cache")
    if hit is None:
        hit = _analyze(documents, model, settings, cache, progress, clock, engine)
        if cache is not None:
            cache.put_analysis(key, hit)
            clock.lap("cache")
    if progress:
        progress("done", 1.0)
    return hit


def _matches(an: Analysis, documents: Sequence[Document]) -> bool:
    """Whether a cached analysis is of exactly these documents (ids, paths, texts)."""
    return len(an.articles) == len(documents) and all(
        a.id == d.id and a.path == d.path and a.text == d.text for a, d in zip(an.articles, documents, strict=True))


def _analyze(documents: Sequence[Document], model: str | None, settings: AlignSettings, cache: Cache | None,
             progress: Progress | None, clock: _Clock, engine: Engine | None = None) -> Analysis:
    """The stages, each once, in order."""
    from reader.align.features import sentence_features, with_speakers
    from reader.align.grouping import align
    from reader.align.scoring import score_blocked
    from reader.language.entities import link_entities
    from reader.language.entity_rules import common_noun
    from reader.language.quotes import find_quotes
    from reader.language.sentences import split_sentences

    cleaned = _run(progress, "clean", _clean, documents, engine)
    clock.lap("clean")
    model_name, parsed = _parse(documents, cleaned, model, cache, progress, clock, engine)
    sentences = split_sentences(documents, parsed, [c.front_matter for c in cleaned])
    articles, notes = _label_articles([_article(doc, c, sentences[i])
                                       for i, (doc, c) in enumerate(zip(documents, cleaned, strict=True))])
    entities = _run(progress, "entities", link_entities, articles, parsed)
    clock.lap("entities")
    # "decades" may match sentences, but it names nothing: neither a shared entity nor a speaker
    named = tuple(e for e in entities if not common_noun(e))
    quotes = find_quotes(articles, named)
    feats = with_speakers(sentence_features(articles, parsed, entities), quotes)
    # spaCy's parses, the cleaning's spans and the entities that name nothing are not needed past
    # this point: alignment's working set comes on top of what is still alive
    del parsed, cleaned, entities
    # Copies and articles the English pipeline cannot read stay out of alignment.
    aligned = [f for f in feats if articles[f.article].duplicate_of is None
               and articles[f.article].language in ALIGNED_LANGUAGES]
    # with an engine, alignment's candidate blocks are scored on its workers: the same table
    on = {} if engine is None else {"table_of": partial(score_blocked, engine=engine)}
    facts = align(articles, aligned, settings, progress=_stage(progress, "align"), stats=clock.sink, **on)
    clock.lap("align")
    return Analysis(articles=tuple(articles), facts=tuple(facts), entities=named, model=model_name,
                    warnings=tuple(notes), quotes=quotes, settings=settings)


def _open_cache(documents: Sequence[Document], model: str | None, settings: AlignSettings,
                use_cache: bool) -> tuple[Cache | None, str]:
    if not use_cache:
        return None, ""
    from reader.cache import Cache, analysis_key

    return Cache(), analysis_key(documents, model, settings)


def _clean(documents: Sequence[Document], engine: Engine | None) -> tuple[Cleaned, ...]:
    """Each article cleaned against the story's evidence, gathered in one pass first."""
    evidence = merge_evidence(run_map(engine, _evidence_parts, documents))
    return tuple(run_map(engine, clean_with, documents, evidence))


def _evidence_parts(documents: Sequence[Document]) -> list[Any]:
    return [evidence_part(documents)]


def _parse(documents: Sequence[Document], cleaned: Sequence[Cleaned], model: str | None, cache: Cache | None,
           progress: Progress | None, clock: _Clock, engine: Engine | None = None) -> tuple[str, Parsed]:
    """spaCy over every body span, in article then text order, with the model's id.

    The Docs are kept as DocBins (`reader.language.parsed`), serialised as they
    come out of spaCy, so a long article's parses never all exist at once.
    spaCy's output is cached per article, keyed by its body text (headline and
    standfirst included): only articles whose text changed are parsed again.
    """
    from reader.language.nlp import cut_span, load_model, model_id, parse_spans  # spaCy from here on
    from reader.language.parsed import Parsed, pack

    nlp = load_model(model)
    clock.lap("model")
    # headlines and standfirsts are parsed and aligned with the body (reader.ingest.headlines);
    # a long paragraph goes to spaCy in pieces cut at sentence ends, so its memory stays bounded
    parts = [[piece for start, end in with_statements(doc.text, c.body, c.front_matter)
              for piece in cut_span(doc.text, start, end)] for doc, c in zip(documents, cleaned, strict=True)]
    reused, span_keys = _cached_parses(cache, documents, parts, model, nlp.vocab)
    spans = [(i, start, doc.text[start:end]) for i, doc in enumerate(documents)
             if i not in reused for start, end in parts[i]]
    if engine is None:
        fresh = parse_spans(nlp, spans, progress=_stage(progress, "spacy"), n_process=_processes(len(spans)))
    else:
        fresh = iter(_parse_on(engine, nlp, model, spans))
    chunks_of: dict[int, list[Chunk]] = {i: [] for i in range(len(documents)) if i not in reused}
    for chunk in pack(fresh):
        chunks_of[chunk.article].append(chunk)
    if cache is not None:
        for i, chunks in chunks_of.items():
            cache.put_docbins(span_keys[i], [c.data for c in chunks])
    chunks_of.update(reused)
    clock.lap("spacy")
    if clock.sink is not None:
        clock.sink["articles_reused"] = float(len(reused))
    return model_id(nlp), Parsed(nlp.vocab, [c for i in range(len(documents)) for c in chunks_of[i]])


def _parse_on(engine: Engine, nlp: Any, model: str | None, spans: Sequence[tuple[int, int, str]]) -> list[SpanDoc]:
    """spaCy on the engine's workers, in chunks; each chunk's Docs come back as a DocBin."""
    from reader.language.nlp import model_id, parse_to_bytes, spans_from_bytes

    out: list[SpanDoc] = []
    for name, n, data in engine.map(parse_to_bytes, spans, model):
        if name != model_id(nlp):
            raise ReaderError(f"a worker ran spaCy model {name}, not {model_id(nlp)}; install the same model "
                              "on every worker")
        out.extend(spans_from_bytes(nlp.vocab, spans[len(out):len(out) + n], data))
    return out


def _cached_parses(cache: Cache | None, documents: Sequence[Document], parts: list[list[tuple[int, int]]],
                   model: str | None, vocab: Any) -> tuple[dict[int, list[Chunk]], list[str]]:
    """The cached DocBins of the articles whose body spans are unchanged, and every article's key."""
    if cache is None:
        return {}, []
    from reader.cache import spans_key
    from reader.language.parsed import reread

    reused: dict[int, list[Chunk]] = {}
    keys = []
    for i, doc in enumerate(documents):
        spans = [(start, doc.text[start:end]) for start, end in parts[i]]
        keys.append(spans_key([t for _s, t in spans], model))
        datas = cache.get_docbins(keys[i])
        chunks = None if datas is None else reread(i, datas, spans, vocab)
        if chunks is not None:
            reused[i] = chunks
    return reused, keys


def _label_articles(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """Each article's language, and which articles copy an earlier one, with a
    note for the user about each article that is left out of alignment."""
    from reader.ingest.duplicates import find_copies
    from reader.ingest.language import detect_language

    copies = find_copies(articles)
    out, notes = [], []
    for i, art in enumerate(articles):
        lang = detect_language(_opening(art) or art.text)
        dup = articles[copies[i]].id if i in copies else None
        out.append(replace(art, language=lang, duplicate_of=dup))
        if dup is not None:
            notes.append(f"{art.path} repeats {articles[copies[i]].path}; shown, but not counted as another "
                         "outlet's report")
        elif lang not in ALIGNED_LANGUAGES:
            notes.append(f"{art.path} is not in English (looks like {lang}); shown, but not aligned")
    return out, notes


def _opening(art: Article, sample: int = LANGUAGE_SAMPLE) -> str:
    """The first `sample` characters of the article's sentences joined by newlines, all
    `detect_language` reads: the whole join was one more copy of a long article."""
    pieces: list[str] = []
    size = 0
    for s in art.sentences:
        if size > sample:  # the join so far is at least `sample` long
            break
        pieces.append(s.text)
        size += len(s.text) + 1
    return "\n".join(pieces)[:sample]


def _article(doc: Document, c: Cleaned, sentences: tuple[Sentence, ...]) -> Article:
    meta = infer_meta(doc, c)
    return Article(
        id=doc.id, path=doc.path, text=doc.text, outlet=meta.outlet, title=meta.title, byline=meta.byline,
        date=meta.date, boilerplate=c.boilerplate, front_matter=c.front_matter, sentences=sentences,
    )


def _processes(n_spans: int) -> int:
    """spaCy worker processes: more than one only when the corpus is big enough
    to pay for starting them (each loads its own copy of the model)."""
    cores = os.cpu_count() or 1
    if n_spans > 4000 and cores > 1:
        return min(4, cores)
    return 1


def _stage(progress: Progress | None, stage: str) -> Callable[[float], None]:
    lo, hi = _STAGES[stage]

    def report(fraction: float) -> None:
        if progress is not None:
            progress(stage, lo + (hi - lo) * max(0.0, min(1.0, fraction)))

    return report


def _run(progress: Progress | None, stage: str, step: Callable[..., Any], *args: Any) -> Any:
    """`step(*args)`, a stage that reports no progress of its own: done when it returns."""
    report = _stage(progress, stage)
    out = step(*args)
    report(1.0)
    return out


class _Clock:
    def __init__(self, sink: dict[str, float] | None) -> None:
        self.sink = sink
        self.t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if self.sink is not None:
            self.sink[name] = self.sink.get(name, 0.0) + now - self.t
        self.t = now
