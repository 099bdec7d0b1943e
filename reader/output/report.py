"""`reader report`: the comparison as a document to read, print or send.

Two renderings of the same content: Markdown (for notes and tickets) and one
self-contained HTML file (inline CSS, no scripts, no network) that reads well
on screen and on paper. Article text is data, never markup: every piece of it
is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.compare.insights import Insights
from reader.compare.worddiff import DiffSpan, MemberDiff
from reader.ingest.own_reports import HTML_MARKER, MD_MARKER
from reader.model import Analysis, Fact, fact_name
from reader.safe_text import html_text, md_inline


def _md(text: str) -> str:
    """Article text made inert in Markdown (and for a terminal)."""
    return md_inline(text)


def _h(text: str) -> str:
    """Article text made inert in HTML, white space runs made one space and trimmed."""
    return html_text(text).strip()


def _names(an: Analysis) -> dict[str, str]:
    return {a.id: a.name for a in an.articles}


def _facts(an: Analysis, ins: Insights) -> list[Fact]:
    by_id = {f.id: f for f in an.facts}
    return [by_id[r.fact] for r in ins.coverage.rows]


def _member_text(an: Analysis, m: MemberDiff) -> str:
    """The member's sentences; an outlet whose member sentences are apart gets them joined by an ellipsis."""
    return " … ".join(an.sentence(s).text for s in m.sentences)


def _member_html(an: Analysis, m: MemberDiff) -> str:
    parts = []
    for sid in m.sentences:
        s = an.sentence(sid)
        spans = tuple(sp for sp in m.spans if s.start <= sp.start <= s.end and sp.end <= s.end)
        parts.append(_diff_html(s.text, s.start, spans))
    return ' <span class="muted">…</span> '.join(parts)


def _change_list(spans: Iterable[DiffSpan]) -> list[str]:
    out = []
    for s in spans:
        if s.kind == "add":
            out.append(f"adds “{' '.join(s.text.split())}”")
        elif s.kind == "drop":
            out.append(f"drops “{s.reference}”")
        else:
            out.append(f"“{' '.join(s.text.split())}” for “{s.reference}”")
    return out


# ------------------------------------------------------------------ Markdown


def render_markdown(an: Analysis, ins: Insights) -> str:
    names = _names(an)
    out: list[str] = [MD_MARKER, "", "# Comparison report", ""]
    out.append(f"{len(an.articles)} articles, {len(an.facts)} facts reported by two or more outlets.")
    out.append("")
    for a in an.articles:
        title = f": {_md(a.title)}" if a.title else ""
        out.append(f"- **{_md(a.name)}**{title} ({_md(a.path)})")
    out += ["", "## Coverage", ""]
    cols = [names[a] for a in ins.coverage.articles]
    out.append("| fact | " + " | ".join(_md(c) for c in cols) + " | outlets |")
    out.append("|---|" + "---|" * len(cols) + "---|")
    for r in ins.coverage.rows:
        cells = " | ".join("✔" if c else "" for c in r.cells)
        out.append(f"| {fact_name(r.fact)}: {_md(r.label)} | {cells} | {r.count} |")
    _md_facts_and_quotes(an, ins, names, out)
    _md_gaps_and_numbers(an, ins, names, out)
    return "\n".join(out)


# ------------------------------------------------------------------ HTML

_CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --add: #d7f5dd; --chg: #fff1b8; --drop: #fde2e1;
        --flag: #b3261e; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0 auto; max-width: 68rem;
       padding: 1.5rem 2rem 4rem; background: #fff; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.9rem; margin-bottom: .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
.muted, .legend { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font: 14px/1.35 "Helvetica Neue", Arial, sans-serif; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f6; }
td.cell { text-align: center; width: 6.5rem; }
td.yes { background: #e4efff; font-weight: bold; }
.member { margin: .4rem 0 .8rem; padding-left: .8rem; border-left: 3px solid var(--rule); }
.member.ref { border-left-color: #4a7bd0; }
.outlet { font: bold 13px "Helvetica Neue", Arial, sans-serif; text-transform: uppercase; letter-spacing: .03em; }
ins.add { background: var(--add); text-decoration: none; }
mark.chg { background: var(--chg); }
del.drop { background: var(--drop); color: #7a1c17; font-size: .85em; }
.flag { color: var(--flag); font-weight: bold; font-family: "Helvetica Neue", Arial, sans-serif; }
.conflict { border: 1px solid var(--flag); border-radius: 4px; padding: .4rem .6rem; margin: .4rem 0; }
ul { padding-left: 1.3rem; }
nav ol { columns: 2; font: 14px "Helvetica Neue", Arial, sans-serif; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-before: page; }
  h2:first-of-type { break-before: auto; }
  .member, tr, .conflict { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _diff_html(text: str, base: int, spans: tuple[DiffSpan, ...]) -> str:
    """`text` (starting at article offset `base`) with the member's differences marked."""
    out: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        a, b = s.start - base, s.end - base
        if a < pos or a > len(text):
            continue
        out.append(_h_keep(text[pos:a]))
        if s.kind == "drop":
            out.append(f'<del class="drop" title="dropped">{_h(s.reference)}</del> ')
            pos = a
            continue
        piece = _h_keep(text[a:b])
        if s.kind == "add":
            out.append(f'<ins class="add" title="added">{piece}</ins>')
        else:
            out.append(f'<mark class="chg" title="instead of: {_h(s.reference)}">{piece}</mark>')
        pos = b
    out.append(_h_keep(text[pos:]))
    return "".join(out)


def _h_keep(text: str) -> str:
    """Escaped, with runs of white space (line breaks between sentences) made one space."""
    return html_text(text)


def render_html(an: Analysis, ins: Insights) -> str:
    names = _names(an)
    p: list[str] = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">', HTML_MARKER,
                    '<meta name="viewport" content="width=device-width, initial-scale=1">',
                    "<title>Comparison report</title>", f"<style>{_CSS}</style>", "</head>", "<body>"]
    p.append("<h1>Comparison report</h1>")
    p.append(f'<p class="muted">{len(an.articles)} articles, {len(an.facts)} facts reported by two or more '
             f'outlets, {len(ins.quote_groups)} quotations compared, {len(ins.conflicts)} number conflicts.</p>')
    p.append("<ul>")
    for a in an.articles:
        title = f": {_h(a.title)}" if a.title else ""
        p.append(f'<li><b>{_h(a.name)}</b>{title} <span class="muted">({_h(a.path)})</span></li>')
    p.append("</ul>")
    p.append('<nav><ol><li><a href="#coverage">Coverage</a></li><li><a href="#facts">Facts and wording</a></li>'
             '<li><a href="#quotes">Quote drift</a></li><li><a href="#gaps">Omissions and unique sentences</a></li>'
             '<li><a href="#numbers">Number conflicts</a></li></ol></nav>')

    p.append('<h2 id="coverage">Coverage</h2>')
    p.append('<p class="legend">Which outlet reports which fact, most widely reported first.</p>')
    p.append("<table><thead><tr><th>Fact</th>" + "".join(f"<th>{_h(names[a])}</th>" for a in ins.coverage.articles)
             + "<th>Outlets</th></tr></thead><tbody>")
    for r in ins.coverage.rows:
        cells = "".join('<td class="cell yes">✔</td>' if c else '<td class="cell"></td>' for c in r.cells)
        p.append(f'<tr><td><a href="#{r.fact}">{fact_name(r.fact)}</a>: {_h(r.label)}</td>{cells}'
                 f'<td>{r.count}</td></tr>')
    p.append("</tbody></table>")

    _html_facts_and_quotes(an, ins, names, p)
    _html_gaps_and_numbers(an, ins, names, p)
    return "\n".join(p) + "\n"


def _md_facts_and_quotes(an: Analysis, ins: Insights, names: dict[str, str], out: list[str]) -> None:
    """The facts with each outlet's wording, then the quote groups."""
    out += ["", "## Facts and wording", ""]
    for f in _facts(an, ins):
        d = ins.diff_of(f.id)
        out.append(f"### {fact_name(f.id)}: {_md(f.label)} ({len(f.articles)} outlets)")
        out.append("")
        for c in ins.conflicts_of(f.id):
            out.append(f"> **Number conflict.** {_md(c.summary)}")
            out.append("")
        for m in d.members if d else ():
            text = _member_text(an, m)
            tag = " (reference wording)" if m.is_reference else f" ({round(100 * m.similarity)}% same words)"
            tag += ", worded too differently for a word diff" if m.mode == "side_by_side" else ""
            out.append(f"- **{_md(names[m.article])}**{tag}: {_md(text)}")
            if m.spans:
                out.append(f"  - differences: {_md('; '.join(_change_list(m.spans)))}")
        out.append("")
    out += ["## Quote drift", ""]
    if not ins.quote_groups:
        out += ["No quotation appears in more than one outlet.", ""]
    for g in ins.quote_groups:
        flags = []
        if g.speakers_differ:
            flags.append("**outlets name different speakers**")
        if g.paraphrases:
            flags.append("**quoted by some, stated without quotation marks by others**")
        out.append(f"### Quote {g.id}" + (" — " + "; ".join(flags) if flags else ""))
        out.append("")
        for qid in g.quotes:
            q = ins.quote(qid)
            who = _md(q.speaker_name) if q.speaker_name else "speaker not given"
            out.append(f"- **{_md(names[q.article])}** ({who}): “{_md(q.text)}”")
        for p in g.paraphrases:
            out.append(f"- **{_md(names[p.article])}** without quotation marks: {_md(an.sentence(p.sentence).text)}")
        out.append("")


def _md_gaps_and_numbers(an: Analysis, ins: Insights, names: dict[str, str], out: list[str]) -> None:
    """Each outlet's omissions and unique sentences, then the number conflicts."""
    out += ["## Omissions and unique sentences", ""]
    facts = {f.id: f for f in an.facts}
    for gap in ins.gaps:
        out.append(f"### {_md(names[gap.article])}")
        out.append("")
        if gap.omitted:
            out.append("Leaves out facts most other outlets report:")
            out.append("")
            for fid in gap.omitted:
                out.append(f"- {fact_name(fid)}: {_md(facts[fid].label)}")
        else:
            out.append("Leaves out no fact that most other outlets report.")
        out.append("")
        out.append(f"Sentences only this outlet has: {len(gap.unique)}")
        out.append("")
        for sid in gap.unique:
            out.append(f"- {_md(an.sentence(sid).text)}")
        out.append("")
        if gap.possibly_shared:
            out.append(f"In no fact, but perhaps stated by another outlet in other words (not claimed unique): "
                       f"{len(gap.possibly_shared)}")
            out.append("")
            out.extend(f"- {_md(an.sentence(sid).text)}" for sid in gap.possibly_shared)
            out.append("")
    out += ["## Number conflicts", ""]
    if not ins.conflicts:
        out += ["No fact's outlets give different values for the same thing.", ""]
    for c in ins.conflicts:
        out.append(f"- {c.fact} ({_md(facts[c.fact].label)}): {_md(c.summary)}")
        for v in c.values:
            for cid in v.claims:
                cl = next(x for x in ins.claims if x.id == cid)
                out.append(f"  - {_md(names[v.article])}: “{_md(cl.context)}”")
    out.append("")


def _html_facts_and_quotes(an: Analysis, ins: Insights, names: dict[str, str], p: list[str]) -> None:
    """The facts with each outlet's wording, then the quote groups."""
    p.append('<h2 id="facts">Facts and wording</h2>')
    p.append('<p class="legend">Each outlet\'s wording against the reference wording (the one closest to all '
             'others): <ins class="add">added words</ins>, <mark class="chg">changed words</mark>, '
             '<del class="drop">dropped words</del>.</p>')
    for f in _facts(an, ins):
        d = ins.diff_of(f.id)
        p.append(f'<h3 id="{f.id}">{fact_name(f.id)}: {_h(f.label)} '
                 f'<span class="muted">({len(f.articles)} outlets)</span></h3>')
        for c in ins.conflicts_of(f.id):
            p.append(f'<div class="conflict"><span class="flag">Number conflict.</span> {_h(c.summary)}</div>')
        for m in d.members if d else ():
            tag = "reference wording" if m.is_reference else f"{round(100 * m.similarity)}% same words"
            tag += ", worded too differently for a word diff" if m.mode == "side_by_side" else ""
            tag += ", worded too differently for a word diff" if m.mode == "side_by_side" else ""
            cls = "member ref" if m.is_reference else "member"
            p.append(f'<div class="{cls}"><div class="outlet">{_h(names[m.article])} '
                     f'<span class="muted">· {tag}</span></div><div>{_member_html(an, m)}</div></div>')

    p.append('<h2 id="quotes">Quote drift</h2>')
    if not ins.quote_groups:
        p.append("<p>No quotation appears in more than one outlet.</p>")
    for g in ins.quote_groups:
        flags = []
        if g.speakers_differ:
            flags.append("outlets name different speakers")
        if g.paraphrases:
            flags.append("quoted by some, stated without quotation marks by others")
        flag = f' <span class="flag">{_h("; ".join(flags))}</span>' if flags else ""
        p.append(f"<h3>Quote {g.id}{flag}</h3><table><thead><tr><th>Outlet</th><th>Speaker</th>"
                 "<th>Words</th></tr></thead><tbody>")
        for qid in g.quotes:
            q = ins.quote(qid)
            who = _h(q.speaker_name) if q.speaker_name else '<span class="muted">not given</span>'
            p.append(f"<tr><td>{_h(names[q.article])}</td><td>{who}</td><td>“{_h(q.text)}”</td></tr>")
        for pp in g.paraphrases:
            p.append(f'<tr><td>{_h(names[pp.article])}</td><td class="muted">no quotation marks</td>'
                     f"<td>{_h(an.sentence(pp.sentence).text)}</td></tr>")
        p.append("</tbody></table>")



def _html_gaps_and_numbers(an: Analysis, ins: Insights, names: dict[str, str], p: list[str]) -> None:
    """Each outlet's omissions and unique sentences, then the number conflicts."""
    p.append('<h2 id="gaps">Omissions and unique sentences</h2>')
    for gap in ins.gaps:
        p.append(f"<h3>{_h(names[gap.article])}</h3>")
        if gap.omitted:
            p.append("<p>Leaves out facts most other outlets report:</p><ul>")
            p.extend(f'<li><a href="#{fid}">{fact_name(fid)}</a>: {_h(an.fact(fid).label)}</li>' for fid in gap.omitted)
            p.append("</ul>")
        else:
            p.append('<p class="muted">Leaves out no fact that most other outlets report.</p>')
        p.append(f"<p>Sentences only this outlet has: {len(gap.unique)}</p><ul>")
        p.extend(f"<li>{_h(an.sentence(sid).text)}</li>" for sid in gap.unique)
        p.append("</ul>")
        if gap.possibly_shared:
            p.append('<p class="muted">In no fact, but perhaps stated by another outlet in other words '
                     f"(not claimed unique): {len(gap.possibly_shared)}</p><ul>")
            p.extend(f'<li class="muted">{_h(an.sentence(sid).text)}</li>' for sid in gap.possibly_shared)
            p.append("</ul>")

    p.append('<h2 id="numbers">Number conflicts</h2>')
    if not ins.conflicts:
        p.append("<p>No fact's outlets give different values for the same thing.</p>")
    claims = {c.id: c for c in ins.claims}
    for c in ins.conflicts:
        p.append(f'<div class="conflict"><p><a href="#{c.fact}">{c.fact}</a> ({_h(an.fact(c.fact).label)}): '
                 f"{_h(c.summary)}</p><ul>")
        for v in c.values:
            for cid in v.claims:
                cl = claims[cid]
                p.append(f"<li><b>{_h(names[v.article])}</b>: “{_h(cl.context)}”</li>")
        p.append("</ul></div>")
    p.append("</body></html>")


def render(an: Analysis, ins: Insights, fmt: str) -> str:
    """The report in `fmt` ("md" or "html")."""
    if fmt == "html":
        return render_html(an, ins)
    if fmt == "md":
        return render_markdown(an, ins)
    raise ValueError(f"unknown report format: {fmt}")
