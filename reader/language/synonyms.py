"""Word senses from WordNet, so that outlets' different words for one thing meet.

"temblor" / "earthquake", "candid" / "frank", "quit" / "resign" share no
stem, but they share a WordNet synset among their most frequent senses. Each
content word of a sentence gets one extra term per frequent sense
("~n07428954"); two sentences that use synonyms then share that term. The
scorer weighs sense terms below words (`SENSE_WEIGHT` in reader.align.features),
so a synonym counts less than the same word, and names, numbers and quotes
keep their weight.

Off by default, so that alignment is the same on every machine: no package
on the index ships WordNet's files in a well-kept form (the `wn` and `nltk`
packages download them at run time, which the app never does). To turn senses
on, point `READER_WORDNET_DIR` at a folder holding the Princeton WordNet 3.x
index files (`index.noun`, `index.verb`, ...), or set it to `system` to use the
system's copy (Debian/Ubuntu `wordnet-base`: /usr/share/wordnet). Unset, empty
or `off`: no sense terms, and alignment is exactly as without this module.
The setting is part of the analysis cache key (reader.cache).
"""

from __future__ import annotations

import os
from bisect import bisect_left
from functools import cache
from pathlib import Path

#: The most frequent senses of a word that count (index files list senses by frequency):
#: the first only; more senses link words that merely can mean the same.
SENSES = 1
#: spaCy coarse tags -> WordNet parts of speech.
_POS = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv"}
_TAG = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
_SYSTEM_DIRS = ("/usr/share/wordnet", "/usr/local/share/wordnet", "/usr/share/wordnet/dict")


def data_dir() -> Path | None:
    """Where WordNet's index files are, when senses are turned on, or None."""
    env = os.environ.get("READER_WORDNET_DIR", "").strip()
    if env in ("", "off"):
        return None
    candidates = [Path(d) for d in _SYSTEM_DIRS] if env == "system" else [Path(env)]
    for d in candidates:
        if (d / "index.noun").is_file() and (d / "index.verb").is_file():
            return d
    return None


@cache
def _lines(pos: str) -> list[str]:
    """The sorted entry lines of one index file (read once; looked up by bisection,
    which costs far less than parsing 150,000 lines)."""
    d = data_dir()
    if d is None:
        return []
    with open(d / f"index.{pos}", encoding="utf-8", errors="replace") as fh:
        return [line for line in fh.read().splitlines() if line and not line.startswith(" ")]


@cache
def _senses(lemma: str, pos: str) -> tuple[str, ...]:
    """A lemma's `SENSES` most frequent synset terms for one part of speech."""
    lines = _lines(pos)
    key = lemma + " "
    k = bisect_left(lines, key)
    if k >= len(lines) or not lines[k].startswith(key):
        return ()
    parts = lines[k].split()
    synsets = int(parts[2])
    offsets = parts[len(parts) - synsets:]
    return tuple(f"~{_TAG[pos]}{o}" for o in offsets[:SENSES])


def available() -> bool:
    return data_dir() is not None


def setting() -> str:
    """What the analysis cache key records of this module: where senses come from."""
    d = data_dir()
    return "senses:off" if d is None else f"senses:{d}"


def sense_terms(lemma: str, spacy_pos: str) -> tuple[str, ...]:
    """The sense terms of a content word (lower-case lemma, spaCy's coarse tag)."""
    pos = _POS.get(spacy_pos)
    if pos is None:
        return ()
    if not lemma.isascii() or not lemma.replace("-", "").isalpha():
        return ()
    return _senses(lemma, pos)
