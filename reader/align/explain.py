"""Why two sentences were (or were not) matched, in words a reader can check.

A match the reader cannot question is a match the reader cannot trust. The
aligner keeps the score of every matched pair with its components
(`Fact.evidence`); this module turns them into sentences, and names the
actual shared words, names, numbers and quoted words, so a user can see
whether the evidence is substance or coincidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.language.numbers import number_value, rounded
from reader.language.quotes import quote_similarity
from reader.model import Analysis, Evidence
from reader.text import FUNCTION_WORDS, normalise

from .features import quoted_passages
from .scoring import QUOTE_MISMATCH


@dataclass(frozen=True)
class Explanation:
    """The aligner's score of a pair of sentences and what it is made of.

    `score` and `components` are the aligner's own (None / empty when the
    aligner kept no evidence for this pair); the `shared_*` fields list the
    concrete evidence; `reasons` says it all in words.
    """

    a: str
    b: str
    matched: bool
    facts: tuple[str, ...]
    score: float | None
    components: dict[str, float]
    shared_words: tuple[str, ...]
    shared_entities: tuple[str, ...]
    shared_numbers: tuple[str, ...]
    shared_quote: str | None
    reasons: tuple[str, ...]


def _evidence(an: Analysis, a: str, b: str) -> Evidence | None:
    for f in an.facts:
        for e in f.evidence:
            if {e.a, e.b} == {a, b}:
                return e
    return None


def _entities_in(an: Analysis, sid: str) -> dict[str, str]:
    return {e.id: e.name for e in an.entities for m in e.mentions if m.sentence == sid}


def _numbers(text: str) -> set[str]:
    out = set()
    for tok in re.findall(r"[\w.,]+", text):
        v = number_value(tok.strip(".,"))
        if v is not None:
            out.add(v)
    return out


def explain_match(an: Analysis, a: str, b: str) -> Explanation:
    """Score and components of sentences `a` and `b` (ids), explained with the settings the
    analysis was aligned with (`an.settings`)."""
    sa, sb = an.sentence(a), an.sentence(b)
    facts = tuple(f.id for f in an.facts if a in f.sentences and b in f.sentences)
    ev = _evidence(an, a, b)
    wa = {w for w in normalise(sa.text).split() if w not in FUNCTION_WORDS and len(w) > 2 and not w.isdigit()}
    wb = {w for w in normalise(sb.text).split() if w not in FUNCTION_WORDS and len(w) > 2 and not w.isdigit()}
    words = tuple(sorted(wa & wb))
    ea, eb = _entities_in(an, a), _entities_in(an, b)
    ents = tuple(sorted({ea[k] for k in ea.keys() & eb.keys()}))
    na, nb = _numbers(sa.text), _numbers(sb.text)
    nums = tuple(sorted(na & nb, key=lambda v: float(v)))
    # figures the aligner reads as one, rounded ("34120" / "34000")
    near = tuple(f"{x} / {y}" for x in sorted(na - nb, key=float) for y in sorted(nb - na, key=float)
                 if rounded(x) is not None and rounded(x) == rounded(y))
    quote = None
    best = 0.0
    for qa in quoted_passages(sa.text):
        for qb in quoted_passages(sb.text):
            sim = quote_similarity(qa, qb)
            if sim > best:
                best, quote = sim, (qa if len(qa) <= len(qb) else qb)
    if best < 0.5:
        quote = None
    comps = dict(ev.components) if ev else {}
    reasons = _reasons(an, ev, facts, sa.article == sb.article, words, ents, nums, quote, comps)
    if near:
        reasons += ("Figures that round alike, read as one figure: " + ", ".join(near) + ".",)
    if not facts and sa.article != sb.article and not _names_of(an, sa.article) & _names_of(an, sb.article):
        reasons += ("Their articles name no person, place or organisation in common: below "
                    f"{an.settings.threshold:.2f} a pair matches only between articles that do (or that two "
                    "other articles each share a name with), which reports of two different events do not.",)
    return Explanation(a=a, b=b, matched=bool(facts), facts=facts, score=ev.score if ev else None,
                       components=comps, shared_words=words, shared_entities=ents, shared_numbers=nums,
                       shared_quote=quote, reasons=reasons)


def _names_of(an: Analysis, article: str) -> set[str]:
    """The entities an article names, as the aligner links them (dates aside)."""
    return {e.id for e in an.entities if e.label != "DATE" for m in e.mentions if m.article == article}


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _reasons(an: Analysis, ev: Evidence | None, facts: tuple[str, ...], same_article: bool,
             words: tuple[str, ...], ents: tuple[str, ...], nums: tuple[str, ...], quote: str | None,
             comps: dict[str, float]) -> tuple[str, ...]:
    st = an.settings
    out: list[str] = []
    if same_article:
        out.append("Both sentences are from the same article; only sentences of different outlets are matched.")
    if ev is not None:
        verdict = "matched" if facts else "scored but not grouped into one fact"
        out.append(f"Match score {ev.score:.2f} ({verdict}). A pair counts as a match at {st.threshold:.2f}, "
                   f"or at {st.mutual:.2f} when each sentence is the other's best match in its article.")
        if "words" in comps:
            out.append(f"Distinctive words in common: {_pct(comps['words'])} (rarer words in this story count more).")
        if "containment" in comps:
            out.append(f"The shorter sentence's distinctive words found in the other: {_pct(comps['containment'])}.")
        if "wording" in comps:
            out.append(f"Overall wording alike (word order ignored): {_pct(comps['wording'])}.")
        if comps.get("quote"):
            out.append(f"Quoted words alike: {_pct(comps['quote'])}.")
            if comps["quote"] < QUOTE_MISMATCH:
                out.append("Both quote someone but not the same words, which lowers the score.")
        if comps.get("quote_run") and not comps.get("participants_differ"):
            out.append("Both quote the same run of words, which makes them a match however they frame it "
                       "or whom they name as its speaker.")
        if comps.get("participants_differ"):
            out.append("Different participants in the same role of a shared verb"
                       + (f" ({only[0]} vs {only[1]})" if (only := _only_names(an, ev)) else "")
                       + ", which lowers the score: likely two different facts.")
    elif not same_article and (len(words) >= 3 or ents or nums):
        out.append("The aligner kept no score for this pair: it keeps the scores of matched pairs only, and each "
                   f"of these sentences had better partners or scored below {st.mutual:.2f} with the other.")
    elif not same_article:
        out.append("The aligner kept no score for this pair: it found too little in common to consider a match.")
    if facts:
        out.append("Reported together in fact " + ", ".join(an.fact_ref(f).name for f in facts) + ".")
    if words:
        out.append("Shared words: " + ", ".join(words[:12]) + ("…" if len(words) > 12 else "") + ".")
    if ents:
        out.append("Shared names: " + ", ".join(ents) + ".")
    if nums:
        out.append("Shared numbers: " + ", ".join(nums) + ".")
    if quote:
        out.append(f"Shared quotation: “{quote}”.")
    return tuple(out)


def _only_names(an: Analysis, ev: Evidence) -> tuple[str, str] | None:
    """Names that only one sentence of the pair has, each side's joined."""
    ea, eb = _entities_in(an, ev.a), _entities_in(an, ev.b)
    a = sorted(ea[k] for k in ea.keys() - eb.keys())
    b = sorted(eb[k] for k in eb.keys() - ea.keys())
    return (", ".join(a), ", ".join(b)) if a and b else None
