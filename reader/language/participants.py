"""Who did what to whom: the named participants of a sentence's verbs.

"The Saints placed running back Reggie Bush on injured reserve" and "...placed
running back Pierre Thomas on injured reserve" share nearly every word, yet
they are two facts: the same role of the same verb is filled by different
people. Word overlap cannot see that; the dependency parse can. For each
content verb of a sentence, the linked entities (people, places,
organisations) that fill its subject and object slots are kept as roles `(verb stem, slot, filler)`, and two
sentences whose shared verb has a filled slot with different fillers on each
side (and neither side's filler named anywhere in the other sentence, which
would point at a parse difference rather than a different participant, nor a
word of their names shared, which would point at a missed link) are scored
down by the aligner (reader.align.scoring). Numbers are left out: two outlets'
different counts of one event are one fact with a number conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Role = tuple[str, str, str]  # (verb stem, "subj" | "obj", "@entity" | "=name word")

#: Dependency labels of a verb's slots; a passive subject is the object of the action.
_SLOTS = {"nsubj": "subj", "nsubjpass": "obj", "dobj": "obj", "obj": "obj", "agent": "subj"}
#: Verbs of reporting: who says a thing is the source, not a participant of the fact
#: ("Miller said" / "the White House said" is one fact told by two sources).
_REPORTING = {"say", "tell", "add", "note", "state", "report", "declare", "announce", "confirm", "claim",
              "write", "explain", "insist", "according", "describe", "cite", "quote", "acknowledge"}
#: Penn tags of relative pronouns ("who", "which", "that"): in a relative clause the slot
#: they fill is filled by the noun the clause describes.
_RELATIVE = {"WP", "WDT"}
#: Children that belong to a slot's noun phrase ("running back Reggie Bush").
_INSIDE = {"compound", "appos", "flat", "conj"}


def verb_roles(tokens: Iterable[Any], filler_of: Callable[[Any], Iterable[str]],
               stem: Callable[[str], str]) -> frozenset[Role]:
    """Roles of the content verbs among `tokens` (spaCy tokens of one sentence).

    `filler_of(token)` gives the token's linked entity ("@e3") and the words of
    its name ("=bush", "=george"), or nothing for a plain word.
    """
    out: set[Role] = set()
    for tok in tokens:
        if getattr(tok, "pos_", "") != "VERB" or getattr(tok, "is_stop", False):
            continue
        if tok.lemma_.lower() in _REPORTING:
            continue
        verb = stem(tok.lemma_.lower())
        for child in tok.children:
            slot = _SLOTS.get(child.dep_)
            if slot is None:
                continue
            if child.dep_ == "agent":  # "was arrested by police": the agent's object is the doer
                child = next((c for c in child.children if c.dep_ == "pobj"), None)
                if child is None:
                    continue
            if tok.dep_ == "relcl" and getattr(child, "tag_", "") in _RELATIVE:
                child = tok.head  # "Nand, who voted against the plan": Nand voted
            for filler in _fillers(child, filler_of):
                out.add((verb, slot, filler))
    return frozenset(out)


def _fillers(head: Any, filler_of: Callable[[Any], Iterable[str]]) -> set[str]:
    found: set[str] = set()
    todo = [head]
    while todo:
        tok = todo.pop()
        found.update(filler_of(tok))
        todo.extend(c for c in tok.children if c.dep_ in _INSIDE)
    return found


def conflict(a: frozenset[Role], b: frozenset[Role], a_terms: frozenset[str],
             b_terms: frozenset[str]) -> tuple[str, str] | None:
    """(a's filler, b's filler) of a verb slot the two sentences fill with
    different participants, or None. `*_terms`: each sentence's lemma terms
    (entities "@…" among them)."""
    if not a or not b:
        return None
    slots_b: dict[tuple[str, str], set[str]] = {}
    for verb, slot, filler in b:
        slots_b.setdefault((verb, slot), set()).add(filler)
    slots_a: dict[tuple[str, str], set[str]] = {}
    for verb, slot, filler in a:
        slots_a.setdefault((verb, slot), set()).add(filler)
    for key in sorted(slots_a.keys() & slots_b.keys()):
        fa, fb = slots_a[key], slots_b[key]
        ids_a, ids_b = {f for f in fa if f[0] == "@"}, {f for f in fb if f[0] == "@"}
        # a shared name word ("Merrill" / "Merrill Lynch", "Bush" / "George Bush") says the
        # linker missed a match, not that the participants differ
        if ids_a and ids_b and not (fa & fb or ids_a & b_terms or ids_b & a_terms):
            return min(ids_a), min(ids_b)
    return None
