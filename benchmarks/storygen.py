"""Synthetic stories for the benchmarks: many outlets' versions of one story.

Articles are built from the sample corpus's sentences the way syndication and
rewriting build them: a wire copy with edits (words dropped, paragraphs
reordered, sentences cut), plus sentences of its own (filler drawn from other
sentences' words), so alignment meets both true and false candidates.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from reader.core.model import Document

SAMPLE = Path(__file__).resolve().parent.parent / "sample_corpus"


def _sample_sentences() -> list[list[str]]:
    out = []
    for f in sorted(SAMPLE.glob("*.txt")):
        paras = [p.strip() for p in f.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 80]
        sents = [s for p in paras for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", p) if len(s) > 40]
        out.append(sents)
    return out


def _edit(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    if len(words) > 8 and rng.random() < 0.6:
        for _ in range(rng.randint(1, 3)):
            del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def make_story(n_articles: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    bases = _sample_sentences()
    vocab = [w for sents in bases for s in sents for w in s.split()]
    docs = []
    for i in range(n_articles):
        base = bases[rng.randrange(len(bases))]
        kept = [_edit(s, rng) for s in base if rng.random() < 0.7]
        rng.shuffle(kept) if rng.random() < 0.3 else None
        for _ in range(rng.randint(2, 8)):
            filler = " ".join(rng.choice(vocab) for _ in range(rng.randint(10, 25)))
            kept.insert(rng.randrange(len(kept) + 1), filler.capitalize().rstrip(".,") + ".")
        text = f"Generated headline number {i}\n\n" + "\n\n".join(kept) + "\n"
        docs.append(Document(id=f"a{i}", path=f"generated/{i:05d}.txt", text=text))
    return docs
