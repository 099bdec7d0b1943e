"""Article metadata: outlet, headline, byline and date.

Metadata from the file (JSON fields, HTML meta) wins. Plain text has none, so
the text's own cues are read instead: a byline naming an organisation, a
copyright or credit line, quotes given "to The X", an appeal naming the outlet.
The patterns are generic (who holds a ©, who a story is "From"); no outlet is
named here. The file name is the last resort, so an article is never nameless.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass

from reader.ingest.outlet_names import clean_name, domain_name, text_outlet
from reader.model import Document, Region

from . import frontmatter_rules as fm
from . import headline
from .clean import Cleaned


@dataclass(frozen=True)
class Meta:
    outlet: str | None
    title: str | None
    byline: str | None
    date: str | None


def infer_meta(doc: Document, cleaned: Cleaned) -> Meta:
    return Meta(
        outlet=(clean_name(doc.outlet) or text_outlet(doc, cleaned, infer_outlet) or domain_name(doc.url)
                or _stem(doc.path)),
        title=doc.title or _title(doc, cleaned),
        byline=doc.byline or _byline(doc, cleaned),
        date=doc.date or _date(doc, cleaned),
    )


def _span(doc: Document, r: Region) -> str:
    return doc.text[r.start:r.end]


def _stem(path: str) -> str | None:
    base = re.split(r"[\\/]", path)[-1]
    base = re.sub(r":\d+$", "", base)  # "file.jsonl:3"
    stem = os.path.splitext(base)[0]
    return stem or None


def _title(doc: Document, cleaned: Cleaned) -> str | None:
    for r in cleaned.front_matter:
        if r.kind == "title":
            return _span(doc, r).strip().lstrip("#").strip().strip("*_").strip() or None
    return None


def _bylines(doc: Document, cleaned: Cleaned) -> list[fm.Byline]:
    """Parsed bylines, "By ..." lines and names with a time stamp first (a bare author box is less certain)."""
    texts = [_span(doc, r) for r in cleaned.front_matter if r.kind == "byline"]
    texts.sort(key=lambda t: not fm.sure_byline(t))
    out = []
    for t in texts:
        b = fm.parse_byline(t, bare_ok=True)
        if b is not None:
            out.append(b)
    return out


def _byline(doc: Document, cleaned: Cleaned) -> str | None:
    bs = _bylines(doc, cleaned)
    return bs[0].names if bs else None


def _date(doc: Document, cleaned: Cleaned) -> str | None:
    for r in cleaned.front_matter:
        if r.kind == "date":
            m = fm.match_date_line(_span(doc, r))
            return m.date if m else _span(doc, r).strip()
    for r in cleaned.front_matter:  # "Posted by Sam Lee on March 3, 2024"
        if r.kind == "byline":
            d = fm.find_date(_span(doc, r))
            if d:
                return d
    return _stamp_under_title(doc, cleaned)


def _stamp_under_title(doc: Document, cleaned: Cleaned) -> str | None:
    """The date of a time stamp right under the headline, after the outlet's name
    ("Channel 5 News March 3, 2021, 6:12 PM"), which is no date line of its own."""
    title = next((r for r in cleaned.front_matter if r.kind == "title"), None)
    if title is None:
        return None
    for line in doc.text[title.end:].split("\n")[1:3]:
        d = fm.find_date(line)
        if d and headline.stamp_line(line):
            return d
    return None


# ---------------------------------------------------------------- outlet cues

_NAME_TOKEN = r"[A-Z][\w&'’.\-]*"
_PROPER = rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|of|&|and)){{0,5}}"
_CORPORATE = re.compile(
    r"(?:[\s,]+(?:L\.?\s?P\.?|LLC|L\.L\.C\.|Inc\.?|Incorporated|Ltd\.?|Limited|Corp\.?|Corporation|Co\.|GmbH|plc|PLC"
    r"|S\.A\.|AG|N\.V\.|Pty|Company|Holdings|Group|Media Group|Publishing|Enterprises)\.?)+$"
)
_COPYRIGHT_HOLDER = re.compile(
    rf"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?(?P<org>{_PROPER})",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    rf"^(?:from|via|courtesy of|republished from|originally published (?:by|in|on|at)|source:)\s+(?P<org>{_PROPER})",
    re.IGNORECASE,
)
_TOLD = re.compile(rf"\b(?:told|said to|in an interview with|speaking to) (?P<org>The\s+{_PROPER})")
_THE_NAME = re.compile(rf"\b(?P<org>The\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})")
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z .,'’\-]+[^()]*\((?P<org>[^()]{2,30})\)")
_DISTRIBUTED = re.compile(rf"\bDistributed by (?P<org>{_PROPER})")


def _tidy(org: str) -> str | None:
    """Cut a captured name at its sentence end and drop corporate suffixes."""
    org = org.strip()
    # Stop at the first token that ends a sentence, unless it is an initial or a suffix.
    toks = org.split()
    kept: list[str] = []
    for tok in toks:
        kept.append(tok)
        if tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|L\.P\.|Inc\.|Ltd\.|Co\.|Corp\.", tok):
            break
        if tok.endswith(".") and re.fullmatch(r"L\.P\.|Inc\.|Ltd\.|Co\.|Corp\.", tok):
            break
    org = " ".join(kept).rstrip(".,;:")
    org = _CORPORATE.sub("", org).strip().rstrip(".,;:")
    org = re.sub(r"\s+(?:Visit|Distributed|All|Reproduction|Used)\b.*$", "", org)
    if not org or len(org) < 2 or org.lower() in {"the", "all rights reserved"}:
        return None
    return org


def infer_outlet(doc: Document, cleaned: Cleaned) -> str | None:
    """The outlet named by the text's own cues, strongest cue first."""
    for b in _bylines(doc, cleaned):
        if b.org:
            org = _tidy(b.org)
            if org:
                return org
    boiler = [(r.kind, _span(doc, r)) for r in cleaned.boilerplate]
    for kind, t in boiler:
        if kind == "copyright":
            m = _COPYRIGHT_HOLDER.search(t)
            if m:
                org = _tidy(m.group("org"))
                if org:
                    return org
    for kind, t in boiler:
        if kind == "credit":
            m = _SOURCE.match(t.strip())
            if m:
                org = _tidy(m.group("org"))
                if org:
                    return org
    for kind, t in boiler:  # "LONDON (Agency) - ": the wire agency
        m = _DATELINE_AGENCY.match(t)
        if kind == "dateline" and m:
            org = _tidy(m.group("org"))
            if org:
                return org
    body = " ".join(doc.text[a:b] for a, b in cleaned.body)
    told = Counter(o for o in (_tidy(m.group("org")) for m in _TOLD.finditer(body)) if o)
    if told:
        return told.most_common(1)[0][0]
    # An appeal for support names the outlet asking for it.
    appeal = " ".join(t for kind, t in boiler if kind in ("appeal", "promo", "newsletter"))
    named = Counter(o for o in (_tidy(m.group("org")) for m in _THE_NAME.finditer(appeal)) if o)
    if named:
        org, n = named.most_common(1)[0]
        if n >= 2:
            return org
    for _, t in boiler:
        m = _DISTRIBUTED.search(t)
        if m:
            org = _tidy(m.group("org"))
            if org:
                return org
    return None
