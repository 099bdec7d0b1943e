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

from reader.model import Document

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


# ---------------------------------------------------------------- big stories

_FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lena",
          "Marco", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Yara"]
_LAST = ["Abbott", "Brandt", "Castillo", "Dube", "Eriksen", "Fischer", "Gomez", "Haddad", "Ivanova", "Jansen",
         "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Santos", "Tanaka",
         "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhou"]
_PLACES = ["Geneva", "Nairobi", "Lisbon", "Osaka", "Quito", "Tbilisi", "Hanoi", "Dakar", "Oslo", "Lima", "Accra",
           "Riga", "Perth", "Tunis", "Bogota", "Manila", "Austin", "Valletta", "Split", "Bergen"]
_SYNONYMS = {
    "said": "stated", "talks": "negotiations", "meeting": "session", "agreed": "consented",
    "officials": "authorities", "announced": "unveiled", "rejected": "dismissed", "plan": "proposal",
    "increase": "rise", "cut": "reduction", "warned": "cautioned", "visit": "trip", "support": "backing",
}


def _story_vocab() -> list[str]:
    """Lower-case content words of the sample corpus, the wording of the facts."""
    words = []
    for sents in _sample_sentences():
        for s in sents:
            for w in re.findall(r"\b[a-z]{4,}\b", s.lower()):
                words.append(w)
    seen: dict[str, None] = dict.fromkeys(words)
    return list(seen)


_ZIPF_CACHE: dict[int, list[float]] = {}


def _zipf_pick(rng: random.Random, items: list[str]) -> str:
    """A word by Zipf's law over its rank: a few words are everywhere, most are rare."""
    n = len(items)
    cum = _ZIPF_CACHE.get(n)
    if cum is None:
        acc, cum = 0.0, []
        for r in range(n):
            acc += 1.0 / (r + 20)
            cum.append(acc)
        _ZIPF_CACHE[n] = cum
    return rng.choices(items, cum_weights=cum)[0]


def _fact_sentence(rng: random.Random, vocab: list[str], people: list[str], places: list[str]) -> str:
    who = rng.choice(people)
    where = rng.choice(places)
    words = [_zipf_pick(rng, vocab) for _ in range(rng.randint(8, 14))]
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 5000)])
    cut = rng.randint(2, len(words) - 2)
    return (f"{who} said in {where} that {' '.join(words[:cut])}, with {n} "
            f"{' '.join(words[cut:])}.")


def _paraphrase(sentence: str, rng: random.Random) -> str:
    body = sentence.rstrip(".")
    words = [_SYNONYMS.get(w, w) if rng.random() < 0.7 else w for w in body.split()]
    if len(words) > 10:
        for _ in range(rng.randint(1, 3)):
            del words[rng.randrange(3, len(words) - 1)]
    text = " ".join(words)
    if ", " in text and rng.random() < 0.5:
        head, tail = text.split(", ", 1)
        text = tail[0].upper() + tail[1:] + ", " + head[0].lower() + head[1:] if head.split()[0].islower() \
            else tail[0].upper() + tail[1:] + ", according to " + head
    return text + "."


def make_big_story(n_articles: int, seed: int = 11, truth: list[list[str | None]] | None = None) -> list[Document]:
    """A long-running story: developments over time, wires and outlets covering them.

    The pool of facts grows with the number of articles (a story that draws
    5,000 articles has many developments), each article covers a window of
    them: a wire copy with edits (about half the articles), or an outlet's own
    paraphrased and reordered write-up, plus filler and generic sentences that
    share topic words with everything. Each fact is stated by tens of
    articles whatever the size, as in real coverage, so the number of true
    matches grows linearly with the story.

    When `truth` is a list, it receives for each article the label of each of
    its paragraphs: "f<k>" for a statement of fact k, "g<k>" for stock line k
    (the same line with the same speaker), None for filler. Two sentences
    state the same fact when their labels are equal and not None.
    """
    rng = random.Random(seed)
    vocab = _story_vocab()
    rng.shuffle(vocab)
    n_facts = max(60, n_articles)
    people = [f"{f} {ln}" for f in _FIRST for ln in _LAST]
    rng.shuffle(people)
    people = people[: max(20, n_facts // 2)]
    places = [f"{q} {p}" if q else p for q in ("", "Port", "New", "Upper", "Lake", "Fort", "San", "East")
              for p in _PLACES]
    facts = [_fact_sentence(rng, vocab, people, places) for _ in range(n_facts)]
    n_wires = max(3, n_articles // 25)
    window = 45
    # Stock lines ("talks will continue, X said"), each used by the outlets of one period.
    generic = [f"The talks are expected to continue, {rng.choice(people).split()[1]} said."
               for _ in range(max(20, n_articles // 5))]
    docs = []
    for i in range(n_articles):
        start = rng.randrange(max(1, n_facts - window))
        span = list(range(start, min(n_facts, start + window)))
        if rng.random() < 0.5:
            # wire copy: the wire's selection of the window, lightly edited
            wire = rng.randrange(n_wires)
            wr = random.Random(seed * 1000 + wire * 7919 + start)
            chosen = [k for k in span if wr.random() < 0.8]
            kept = [(_edit(facts[k], rng), f"f{k}") for k in chosen if rng.random() < 0.85]
        else:
            chosen = [k for k in span if rng.random() < 0.6]
            kept = [(_paraphrase(facts[k], rng), f"f{k}") for k in chosen]
            if rng.random() < 0.5:
                rng.shuffle(kept)
        for _ in range(rng.randint(4, 10)):
            filler = " ".join(_zipf_pick(rng, vocab) for _ in range(rng.randint(10, 22)))
            kept.insert(rng.randrange(len(kept) + 1), (filler.capitalize() + ".", None))
        for _ in range(rng.randint(0, 2)):
            gi = (start * len(generic)) // n_facts + rng.randrange(3)
            kept.insert(rng.randrange(len(kept) + 1), (generic[gi], f"g{gi}"))
        if truth is not None:
            truth.append([label for _, label in kept])
        text = f"Developments in the story, report {i}\n\n" + "\n\n".join(t for t, _ in kept) + "\n"
        docs.append(Document(id=f"a{i}", path=f"generated/{i:05d}.txt", text=text))
    return docs
