"""Rules that keep entity linking to names: titles, offices, common nouns, surnames.

"Councilman Dan Whitaker", "Councilmember Dan Whitaker" and "Whitaker" are one
person (titles are dropped before linking, and a person's surname alone is
found wherever the article uses it); "Secretary of State" is an office, so its
"State" is no organisation; "decades" is a common noun, not a shared entity.
The vocabularies are general titles of office, not names from any story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from ..model import Article, Entity
from ..text import normalise

#: Titles of office and rank that may stand before a name.
OFFICE_TITLES = frozenset("""
councilman councilwoman councillor councilor councilmember alderman alderwoman assemblyman
assemblywoman assemblymember commissioner sheriff superintendent inspector detective officer constable
chief executive director chairperson president-elect premier-elect governor-elect mayor-elect coach manager
striker defender midfielder goalkeeper captain skipper dean provost chancellor bishop
archbishop cardinal rabbi imam reverend rev envoy ambassador delegate trustee treasurer
clerk attorney lawyer prosecutor solicitor barrister magistrate dr. mx
""".split())
_OFFICE_OF = re.compile(r"\b(?:secretary|minister|ministry|department|dept\.?|office|secretariat|commissioner|"
                        r"director|board|bureau|chancellor)\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)


#: Entity labels a title word may be part of ("Premier League", "General Assembly").
_PLACE_OR_BODY = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT", "LAW", "NORP", "PRODUCT"})


def titled_names(doc: Any, titles: AbstractSet[str], not_names: AbstractSet[str]) -> list[tuple[int, int]]:
    """Spans (character offsets in `doc`) of the capitalised names right after a title of office or
    rank ("Councilmember Priya Nand also voted no", "Governor Ana Whitlock put ..."), which the
    tagger misses or mislabels after a title it does not know: one to three proper nouns, the
    last of them followed by no other capitalised word. A run holding a word of `not_names` (a
    title: "Attorney General") is none. Title-case lines (headlines) give none."""
    words = [t for t in doc if t.is_alpha]
    if words and sum(t.text[:1].isupper() for t in words) * 2 > len(words):
        return []
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_.rstrip(".") not in titles and tok.lower_ not in titles:
            continue
        if tok.ent_type_ in _PLACE_OR_BODY:  # "Premier League": the title word is part of a name
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an"):  # "before a judge Monday": no title
            continue
        run = []
        for nxt in doc[tok.i + 1: tok.i + 5]:
            if (nxt.pos_ != "PROPN" or not nxt.is_alpha or not nxt.text[:1].isupper()
                    or nxt.ent_type_ in ("DATE", "TIME")):
                break
            run.append(nxt)
        # a chain of titles ("spokesman Col. Christopher Grey") is read from its last title; a
        # name ends in a word with small letters ("Lacresta Dr SE" is an address)
        # ... nor one cut off before a hyphen ("Rawlings-Blake")
        glued = bool(run) and not run[-1].whitespace_ and doc[run[-1].i + 1:run[-1].i + 2].text == "-"
        # ... nor one that modifies a common noun after it ("Premier League clubs")
        modifier = bool(run) and run[-1].dep_ == "compound" and run[-1].head.pos_ == "NOUN"
        if (1 <= len(run) <= 3 and not glued and not modifier and not any(t.lower_ in not_names for t in run)
                and not run[-1].text.isupper()):
            out.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return out


def not_a_name(text: str, start: int, mention: str) -> bool:
    """A tagged span that is the one-word field of an office ("State" in "Secretary of State")."""
    return len(mention.split()) == 1 and bool(_OFFICE_OF.search(text[max(0, start - 40):start]))


def lower_words(articles: Sequence[Article]) -> set[str]:
    """The words the story writes in lower case: common words, not names. Article by
    article, one word at a time: a list of a 490,000-character article's 80,000 words
    (and the story's texts joined) cost 4 MB each."""
    return {m.group() for a in articles for m in _LOWER_WORD.finditer(a.text)}


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def add_surnames(forms: dict[str, set[str]], person_roots: set[str], lower: AbstractSet[str]) -> None:
    """Add each person's surname as a form of their entity, unless the story also uses the word
    in lower case (`lower`, from `lower_words`: then it is a common word: "Young", "Rice") or it
    names two people."""
    owners: dict[str, set[str]] = {}
    for root in sorted(person_roots):
        for f in forms.get(root, ()):
            words = f.split()
            if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 3:
                owners.setdefault(words[-1], set()).add(root)
    for surname, roots in sorted(owners.items()):
        if len(roots) == 1 and surname.lower() not in lower:
            forms[next(iter(roots))].add(surname)


def common_noun(entity: Entity) -> bool:
    """An entity all of whose mentions are one lower-case word ("decades"): it helps match
    sentences, but it is no name to show as shared between outlets."""
    return all(len(m.text.split()) == 1 and not any(ch.isupper() or ch.isdigit() for ch in m.text)
               for m in entity.mentions)


#: Titles a person's name may carry in a sentence ("chief executive Jane Roe", "Roe, the
#: chief executive,", "party leader Tom Bell"): general titles of office and rank.
NAME_TITLES = OFFICE_TITLES | frozenset("""
president vice premier minister secretary chancellor governor senator representative mayor chairman
chairwoman chair ceo leader spokesman spokeswoman spokesperson judge justice general colonel admiral
sergeant lieutenant head boss founder owner gov sen rep col gen lt capt sgt adm
""".split())


def name_words(name: str, label: str) -> tuple[str, ...]:
    """The words of an entity's name as terms of the verb slots it fills ("=whitaker",
    reader.language.participants), less a person's titles: two council members named with
    their title ("Councilmember Dan Whitaker", "Councilmember Priya Nand") share no name word."""
    words = normalise(name).split()
    return tuple(sorted({"=" + w for w in words if len(w) > 1 and not (label == "PERSON" and w in NAME_TITLES)}))
