"""One direction only: files -> documents -> cleaned -> parsed -> entities -> facts.

`analyze_documents` is what the UI's worker and `reader analyze` call; it is a
pure function of the documents and the settings, which is what makes its result
cacheable.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence

from .clean import Cleaned, clean_documents
from .errors import ReaderError
from .load import load_paths
from .meta import infer_meta
from .model import Analysis, Article, Document, Sentence

Progress = Callable[[str, float], None]

#: Weights of the stages in the overall progress bar (spaCy dominates).
_STAGES = {"clean": (0.0, 0.05), "spacy": (0.05, 0.85), "entities": (0.85, 0.9), "align": (0.9, 1.0)}


def _stage(progress: Progress | None, stage: str) -> Callable[[float], None]:
    lo, hi = _STAGES[stage]

    def report(fraction: float) -> None:
        if progress is not None:
            progress(stage, lo + (hi - lo) * max(0.0, min(1.0, fraction)))

    return report


def analyze_paths(paths: Sequence[str], *, model: str | None = None, use_cache: bool = True,
                  progress: Progress | None = None, outlets: dict[str, str] | None = None) -> Analysis:
    """Load and analyse; load warnings travel in `Analysis.warnings`. `outlets`: file -> outlet name."""
    loaded = load_paths(paths, outlets)
    an = analyze_documents(loaded.documents, model=model, use_cache=use_cache, progress=progress)
    if loaded.warnings:
        an = Analysis(articles=an.articles, facts=an.facts, entities=an.entities, model=an.model,
                      warnings=tuple(loaded.warnings) + an.warnings, version=an.version)
    return an


def analyze_documents(documents: Sequence[Document], *, model: str | None = None, use_cache: bool = True,
                      progress: Progress | None = None, timings: dict[str, float] | None = None) -> Analysis:
    """The whole analysis of a story. Raises ReaderError on set-up problems.

    `timings`, when given, receives the wall time of each stage in seconds
    (for the benchmarks).
    """
    if not documents:
        raise ReaderError("no articles to analyse")
    clock = _Clock(timings)
    cache = None
    key = ""
    if use_cache:
        from .cache import Cache, analysis_key

        cache = Cache()
        key = analysis_key(documents, model)
        hit = cache.get_analysis(key)
        clock.lap("cache")
        if hit is not None:
            if progress:
                progress("done", 1.0)
            return hit
    report = _stage(progress, "clean")
    cleaned = clean_documents(documents)
    report(1.0)
    clock.lap("clean")

    from .nlp import SpanDoc, load_model, model_id, parse_spans, sentence_bounds  # spaCy from here on

    nlp = load_model(model)
    clock.lap("model")
    # spaCy's output is cached per article, keyed by its body text: only
    # articles whose body changed are parsed again.
    bodies = [[doc.text[start:end] for start, end in c.body] for doc, c in zip(documents, cleaned, strict=True)]
    reused: dict[int, list] = {}
    span_keys: list[str] = []
    if cache is not None:
        from .cache import spans_key

        for i, texts in enumerate(bodies):
            span_keys.append(spans_key(texts, model))
            docs = cache.get_docs(span_keys[-1], nlp.vocab)
            if docs is not None and len(docs) == len(texts) and all(
                    d.text == t for d, t in zip(docs, texts, strict=True)):
                reused[i] = docs
    spans = [(i, start, doc.text[start:end]) for i, (doc, c) in enumerate(zip(documents, cleaned, strict=True))
             if i not in reused for start, end in c.body]
    n_process = _processes(len(spans))
    fresh = list(parse_spans(nlp, spans, progress=_stage(progress, "spacy"), n_process=n_process))
    if cache is not None:
        by_article: dict[int, list] = {}
        for sd in fresh:
            by_article.setdefault(sd.article, []).append(sd.doc)
        for i, docs in by_article.items():
            cache.put_docs(span_keys[i], docs)
    parsed_of: dict[int, list[SpanDoc]] = {}
    for sd in fresh:
        parsed_of.setdefault(sd.article, []).append(sd)
    for i, docs in reused.items():
        parsed_of[i] = [SpanDoc(i, start, d) for (start, _end), d in zip(cleaned[i].body, docs, strict=True)]
    parsed = [sd for i in range(len(documents)) for sd in parsed_of.get(i, [])]
    clock.lap("spacy")
    if timings is not None:
        timings["articles_reused"] = float(len(reused))

    # Sentences, in text order per article, with the spaCy span each came from.
    per_article: list[list[tuple[int, int]]] = [[] for _ in documents]
    sent_docs: list[list[tuple[object, int, int]]] = [[] for _ in documents]
    for sd in parsed:
        for s, e in sentence_bounds(sd.doc):
            per_article[sd.article].append((sd.offset + s, sd.offset + e))
            sent_docs[sd.article].append((sd.doc, s, e))

    articles = []
    for i, (doc, c) in enumerate(zip(documents, cleaned, strict=True)):
        meta = infer_meta(doc, c)
        sentences = tuple(
            Sentence(id=f"{doc.id}.s{k}", article=doc.id, index=k, start=s, end=e, text=doc.text[s:e])
            for k, (s, e) in enumerate(per_article[i])
        )
        articles.append(_article(doc, c, meta, sentences))

    articles, notes = _label_articles(articles)

    from .entities import link_entities
    from .entity_rules import common_noun
    from .features import sentence_features

    report = _stage(progress, "entities")
    entities = link_entities(articles, parsed)
    report(1.0)
    clock.lap("entities")

    from .align import align

    feats = _with_speakers(sentence_features(articles, sent_docs, entities), articles, entities)
    model_name = model_id(nlp)
    # spaCy's output is not needed past this point; a 1,000-article story's
    # parses are several hundred megabytes that alignment can use instead.
    del fresh, parsed_of, parsed, reused, sent_docs, spans, bodies, nlp
    # Copies and articles the English pipeline cannot read stay out of alignment.
    aligned = [f for f in feats if articles[f.article].duplicate_of is None
               and articles[f.article].language in ALIGNED_LANGUAGES]
    facts = align(articles, aligned, progress=_stage(progress, "align"), stats=timings)
    clock.lap("align")
    named = [e for e in entities if not common_noun(e)]  # "decades" matched sentences, but is no name
    an = Analysis(articles=tuple(articles), facts=tuple(facts), entities=tuple(named), model=model_name,
                  warnings=tuple(notes))
    if cache is not None:
        cache.put_analysis(key, an)
        clock.lap("cache")
    if progress:
        progress("done", 1.0)
    return an


def _with_speakers(feats, articles, entities):
    """Who is quoted in each sentence, so the aligner can keep two people's
    words apart even when they use the same phrases."""
    from dataclasses import replace

    from .quotes import find_quotes

    draft = Analysis(articles=tuple(articles), facts=(), entities=tuple(entities))
    who: dict[str, set[str]] = {}
    for q in find_quotes(draft):
        if q.speaker:
            for sid in q.sentences:
                who.setdefault(sid, set()).add(q.speaker)
    return [replace(f, speakers=frozenset(who[f.id])) if f.id in who else f for f in feats]


#: Languages the English pipeline aligns; "und" (too little text to tell) is let through.
ALIGNED_LANGUAGES = {"en", "und"}


def _label_articles(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """Each article's language, and which articles copy an earlier one, with a
    note for the user about each article that is left out of alignment."""
    from dataclasses import replace

    from .duplicates import find_copies
    from .language import detect_language

    copies = find_copies(articles)
    out, notes = [], []
    for i, art in enumerate(articles):
        body = "\n".join(s.text for s in art.sentences) or art.text
        lang = detect_language(body)
        dup = articles[copies[i]].id if i in copies else None
        out.append(replace(art, language=lang, duplicate_of=dup))
        if dup is not None:
            notes.append(f"{art.path} repeats {articles[copies[i]].path}; shown, but not counted as another "
                         "outlet's report")
        elif lang not in ALIGNED_LANGUAGES:
            notes.append(f"{art.path} is not in English (looks like {lang}); shown, but not aligned")
    return out, notes


def _processes(n_spans: int) -> int:
    """spaCy worker processes: more than one only when the corpus is big enough
    to pay for starting them (each loads its own copy of the model)."""
    cores = os.cpu_count() or 1
    if n_spans > 4000 and cores > 1:
        return min(4, cores)
    return 1


def _article(doc: Document, c: Cleaned, meta, sentences: tuple[Sentence, ...]) -> Article:
    return Article(
        id=doc.id, path=doc.path, text=doc.text, outlet=meta.outlet, title=meta.title, byline=meta.byline,
        date=meta.date, boilerplate=c.boilerplate, front_matter=c.front_matter, sentences=sentences,
    )


class _Clock:
    def __init__(self, sink: dict[str, float] | None) -> None:
        self.sink = sink
        self.t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if self.sink is not None:
            self.sink[name] = self.sink.get(name, 0.0) + now - self.t
        self.t = now
