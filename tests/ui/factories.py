"""Small hand-made analyses for tests that need an exact, readable story."""

from __future__ import annotations

from collections.abc import Sequence

from reader.language.quotes import find_quotes
from reader.model import Analysis, Article, Entity, Fact, Mention, Sentence


def tiny_analysis(texts: Sequence[str], facts: Sequence[Sequence[tuple[int, int]]] = (),
                  entities: Sequence[tuple[str, Sequence[tuple[int, str]]]] = ()) -> Analysis:
    """An analysis of short texts whose sentences are their lines.

    `facts` lists (article, sentence) members; `entities` lists (name, [(article, word)]) with
    each word found in that article's text.
    """
    arts = []
    for i, text in enumerate(texts):
        sents, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                sents.append(Sentence(f"a{i}.s{len(sents)}", f"a{i}", len(sents), pos, pos + len(line), line))
            pos += len(line) + 1
        arts.append(Article(f"a{i}", f"/t/{i}.txt", text, f"Outlet {i}", f"Title {i}", None, None,
                            sentences=tuple(sents)))
    fact_objs = tuple(Fact(f"f{n}", tuple(f"a{a}.s{s}" for a, s in members), 0.9, f"fact label {n}")
                      for n, members in enumerate(facts))
    ents = []
    for n, (name, where) in enumerate(entities):
        mentions = []
        for a, word in where:
            start = arts[a].text.index(word)
            mentions.append(Mention(f"a{a}", None, start, start + len(word), word))
        ents.append(Entity(f"e{n}", name, "PERSON", tuple(mentions)))
    # quotes found once, as the language stage does
    return Analysis(tuple(arts), fact_objs, tuple(ents), quotes=find_quotes(arts, ents))
