"""Small hand-made analyses for unit tests: no spaCy, every offset exact."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.language.quotes import find_quotes
from reader.model import Analysis, Article, Entity, Fact, Mention, Sentence

_SENT = re.compile(r"[^\n]+?(?:[.!?][\"”’]?(?=[ \t]+[A-Z“\"]|[ \t]*$)|$)", re.MULTILINE)


def make_analysis(texts: Sequence[str], facts: Sequence[Sequence[str]] = (),
                  entities: Sequence[tuple[str, str, Sequence[str]]] = (), dates: Sequence[str | None] = (),
                  outlets: Sequence[str] = ()) -> Analysis:
    """Articles from `texts` (sentences split at . ! ? and line breaks), facts as
    lists of sentence ids, entities as (name, label, surface forms) found
    wherever the forms occur."""
    arts = []
    for i, text in enumerate(texts):
        sents = []
        for m in _SENT.finditer(text):
            raw = m.group()
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if not body:
                continue
            start = m.start() + lead
            sents.append(Sentence(f"a{i}.s{len(sents)}", f"a{i}", len(sents), start, start + len(body), body))
        arts.append(Article(id=f"a{i}", path=f"story/{i}.txt", text=text,
                            outlet=outlets[i] if i < len(outlets) else f"Outlet {i}", title=None, byline=None,
                            date=dates[i] if i < len(dates) else None, sentences=tuple(sents)))
    ents = []
    for k, (name, label, forms) in enumerate(entities):
        ments = []
        for art in arts:
            for form in forms:
                for m in re.finditer(rf"\b{re.escape(form)}\b", art.text):
                    sid = next((s.id for s in art.sentences if s.start <= m.start() < s.end), None)
                    ments.append(Mention(art.id, sid, m.start(), m.end(), m.group()))
        ments.sort(key=lambda m: (m.article, m.start))
        ents.append(Entity(f"e{k}", name, label, tuple(ments)))
    fs = tuple(Fact(f"f{n}", tuple(sids), 0.5, f"fact {n}") for n, sids in enumerate(facts))
    # as the pipeline does: quotes found once, from the articles and entities
    return Analysis(articles=tuple(arts), facts=fs, entities=tuple(ents), quotes=find_quotes(arts, ents))
