"""What an amount or a percentage measures, by the words of its clause: general kinds, no story's words.

Two amounts of money, or two percentages, measure one thing only when their clauses say the
same kind: a cost and a grant are two things, and so are a pay rise and a fall in profit.
"""

from __future__ import annotations

import re

#: What an amount of money is.
_MONEY_ROLES = (
    ("cost", r"cost|costs|budget\w*|price\w*|worth|valued|spend\w*|bill|expense\w*|fee|tag"),
    ("income", r"revenue\w*|sales|turnover|profit\w*|income|earn\w*|loss(?:es)?"),
    ("award", r"damages|award\w*|settle\w*|fine[ds]?|penalt\w*|pay|owe[sd]?|compensat\w*"),
    ("funding", r"grant\w*|fund\w*|aid|subsid\w*|loan\w*|invest\w*|rais\w*|donat\w*"),
)
#: What a percentage measures, as news writes of it.
_SHARE_ROLES = (
    ("pay", r"raises?|pay|wages?|salar(?:y|ies)|earnings\s+growth"),
    ("market", r"shares|stocks?|share\s+price|index|indices"),
    ("income", r"revenue\w*|sales|turnover|profit\w*|income|earnings|margin"),
    ("turnout", r"turnout|(?:voters?|electorate)\s+(?:\w+\s+){0,2}(?:cast|voted)|cast\s+(?:a\s+|their\s+)?ballots?"),
    ("prices", r"inflation|prices|rents?"),
    ("jobless", r"unemployment|jobless\w*"),
    ("rate", r"interest\s+rates?|mortgage\s+rates?|yields?"),
    ("approval", r"approval|approve[sd]?|polls?|polling"),
)


def _first(clause: str, table: tuple[tuple[str, str], ...]) -> str | None:
    hits = [(m.start(), role) for role, pat in table if (m := re.search(rf"\b(?:{pat})\b", clause, re.IGNORECASE))]
    return min(hits)[1] if hits else None


def money_role(clause: str) -> str | None:
    """'cost', 'income', 'award' or 'funding' when the clause says which (the first word that does)."""
    return _first(clause, _MONEY_ROLES)


def share_role(clause: str) -> str | None:
    """What a percentage measures ('pay', 'market', 'income', 'turnout', ...) when its clause says."""
    return _first(clause, _SHARE_ROLES)


def role(dimension: str, clause: str) -> str | None:
    """The kind of an amount of money or a percentage by its clause; None for other quantities."""
    if dimension.startswith("money:"):
        return money_role(clause)
    if dimension in ("share", "points"):
        return share_role(clause)
    return None
