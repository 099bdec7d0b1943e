"""The short human summary that `reader analyze` prints without --json."""

from __future__ import annotations

from reader.model import Analysis


def summary_text(an: Analysis) -> str:
    shared = [e for e in an.entities if len(e.articles) >= 2]
    lines = [
        f"{len(an.articles)} articles, {sum(len(a.sentences) for a in an.articles)} body sentences, "
        f"{len(an.facts)} facts shared by two or more outlets, {len(an.entities)} entities "
        f"({len(shared)} in two or more articles)",
        "",
    ]
    width = max((len(a.name) for a in an.articles), default=10)
    lines.append(f"{'article':<{width}}  sentences  in facts  unique  boilerplate")
    for a in an.articles:
        unique = len(an.unique_sentences(a.id))
        row = (f"{a.name:<{width}}  {len(a.sentences):>9}  {len(a.sentences) - unique:>8}  {unique:>6}  "
               f"{len(a.boilerplate):>11}")
        note = article_note(an, a.id)
        lines.append(row + (f"  ({note})" if note else ""))
    if an.facts:
        lines.append("")
        lines.append("most widely reported facts:")
        for f in sorted(an.facts, key=lambda f: (-len(f.articles), f.id))[:5]:
            lines.append(f"  {f.id:>4}  {len(f.articles)} outlets  {f.label}")
    return "\n".join(lines) + "\n"


def article_note(an: Analysis, article_id: str) -> str:
    """Why an article is not aligned, in a few words, or ""."""
    art = an.article(article_id)
    if art.duplicate_of:
        return f"copy of {an.article(art.duplicate_of).name}; not counted"
    if art.language not in ("en", "und"):
        return f"not English ({art.language}); not aligned"
    return ""
