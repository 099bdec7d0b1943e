"""Text helpers every stage shares: folding, normalising, stop words, the crude
stem, shortening. One definition each, so two stages never disagree on what a
"word" is.

Imports nothing from reader (a base module, like model, errors and settings).
"""

from __future__ import annotations

import re
import unicodedata

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_NONWORD = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Unicode-fold quotes and dashes, so outlets' typography does not matter."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    for d in _DASHES:
        text = text.replace(d, "-")
    return text


def normalise(text: str) -> str:
    """Folded, lower-cased, punctuation-free words separated by single spaces."""
    t = fold(text).lower().replace("-", " ")
    t = _NONWORD.sub(" ", t)
    return _SPACES.sub(" ", t).strip()


# Stop words. The lists are kept apart because each was tuned with its own
# stage's output: merging them changes which lines clean marks as story text
# and which context words claims compare, so the output would move.

#: Words that say nothing about a story, for cleaning's story vocabulary.
STOP_WORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into onto over under about after before
    than then that this these those it its is are was were be been being has have had do does did not no
    so such can could will would shall should may might must he she they them his her their we our you your
    i me my us who whom whose which what when where why how all any some more most other get got new
    also just only out up down off again here there s t said says say one two""".split()
)

#: Long function words that do not tell two number claims' contexts apart.
CLAIM_STOP_WORDS = frozenset({
    "that", "this", "with", "from", "were", "have", "been", "their", "there", "which", "when", "what", "would",
    "will", "about", "after", "before", "over", "into", "than", "then", "also", "just", "said", "says", "told",
    "more", "most", "some", "such", "only", "other", "they", "them", "while", "where", "both", "each", "during",
})

#: Function words left out of the "shared words" of a match explanation.
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "these", "those", "it",
    "its", "he", "she", "they", "we", "his", "her", "their", "our", "said", "says", "told", "will", "would",
    "not", "who", "which", "what", "when", "after", "before", "also", "than", "then", "there", "about", "s",
    "mr", "ms", "mrs", "more", "into", "over", "up", "out", "so", "if", "all", "any", "can", "could",
})


def crude_stem(word: str) -> str:
    """A word cut to five letters: "south"/"southern", "minist" forms alike.

    Cheap and language-blind, for comparing vocabularies (cleaning, claims);
    alignment's features use the Snowball stemmer instead.
    """
    return word[:5]


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word where it can be,
    trailing punctuation dropped before the ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"
