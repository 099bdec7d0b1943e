"""Definite descriptions that stand for an organisation the article named before.

"Voltari recalled 2.3 million batteries. The company has received 48 reports"
says "Voltari" twice; an outlet that writes "Voltari has received 48 reports"
states the same fact, and a sentence whose subject is "the company" has the
company as its participant. So "the company", "the firm", "the agency", "the
council" ... (a general list of organisation head nouns, no names) count as the
most recent organisation named before them in the same article whose kind fits:
a business word ("company", "firm", "carrier") fits an organisation whose names
hold no institution word, and an institution word ("council", "university",
"agency") fits one whose names hold it (or, for an agency, a word of
government: "Board", "Administration"). The tagger labels one-word company names
unreliably ("Voltari" as a person, "Carrow" as a place), so an organisation is
an entity labelled one, or one the story also names with a corporate word
("Carrow Technologies"), or a "person" never named by more than one word: news
gives a person's full name at least once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from reader.model import Entity

#: Head nouns of a business: fit an organisation whose names hold no institution word.
BUSINESS = frozenset("""
company firm corporation business group maker manufacturer automaker carmaker retailer carrier airline
lender bank insurer startup chain conglomerate supplier publisher developer operator utility brand club
""".split())
#: Head nouns of an institution: fit an organisation whose names hold the word itself.
INSTITUTION = frozenset("""
agency department council university hospital ministry court union party board commission committee
school college district league museum authority bureau office administration service institute foundation
association federation church government parliament senate assembly legislature airport police army navy
regulator watchdog tribunal clinic charity network
""".split())
#: What "the agency", "the regulator", "the watchdog" may stand for: a body of government.
_AGENCY_WORDS = frozenset("agency board commission administration authority bureau office department service".split())
_AGENCY_HEADS = frozenset({"agency", "regulator", "watchdog"})
#: Words that end a company's name and not a place's or a person's ("Carrow Technologies").
CORPORATE = frozenset("""
inc inc. corp corp. co co. ltd ltd. llc plc ag sa gmbh nv group holdings systems technologies technology
therapeutics pharmaceuticals pharma motors airlines airways industries enterprises partners labs
laboratories networks solutions software energy bank bancorp capital media communications corporation
company
""".split())
HEADS = BUSINESS | INSTITUTION | _AGENCY_HEADS
#: Children that make "the company" another one ("the parent company", "the rival firm").
_NARROWING = {"amod", "compound", "nummod", "poss", "nmod"}


def _words(entity: Entity) -> set[str]:
    return {w.lower().strip(".,'’") for m in entity.mentions for w in m.text.split()} | {
        w.lower() for w in entity.name.split()}


def organisations(entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Entity id -> the lower-case words of its names, for every entity that is an organisation."""
    out: dict[str, frozenset[str]] = {}
    for e in entities:
        words = _words(e)
        if e.label == "ORG" or (words & CORPORATE and len(e.name.split()) <= 4):
            out[e.id] = frozenset(words)
    return out


def fits(head: str, words: frozenset[str]) -> bool:
    """Whether "the <head>" may stand for an organisation whose names have `words`."""
    if head in BUSINESS:
        return not words & INSTITUTION
    if head in _AGENCY_HEADS:
        return bool(words & _AGENCY_WORDS)
    return head in words


def description(tok: Any) -> str | None:
    """The head noun of `tok` when it is "the <organisation noun>" and nothing narrows it."""
    head = tok.lower_
    if head not in HEADS or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ in _NARROWING for c in kids):
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of":  # "the Department of Transportation" is a name
        return None
    return head


def antecedent(head: str, pos: int, named: Sequence[tuple[int, str]], orgs: dict[str, frozenset[str]]) -> str | None:
    """The entity id of the organisation named last before `pos` (an article offset) that fits
    `head`; `named`: the article's (start, entity id) of names in sentences, in order."""
    k = bisect_left(named, (pos, ""))
    while k > 0:
        k -= 1
        eid = named[k][1]
        if eid in orgs and fits(head, orgs[eid]):
            return eid
    return None
