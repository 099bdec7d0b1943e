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

from ..model import Article, Entity

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


def not_a_name(text: str, start: int, mention: str) -> bool:
    """A tagged span that is the one-word field of an office ("State" in "Secretary of State")."""
    return len(mention.split()) == 1 and bool(_OFFICE_OF.search(text[max(0, start - 40):start]))


def add_surnames(forms: dict[str, set[str]], person_roots: set[str], articles: Sequence[Article]) -> None:
    """Add each person's surname as a form of their entity, unless the story also uses the word
    in lower case (then it is a common word: "Young", "Rice") or it names two people."""
    lower = set(re.findall(r"\b[a-z][a-z'’-]+\b", " ".join(a.text for a in articles)))
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
