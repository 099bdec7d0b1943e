#!/usr/bin/env python3
"""Build the real-page development set for `benchmarks/page_body.py`.

    python3 benchmarks/page_data.py SRC_DIR OUT_DIR

SRC_DIR holds one folder per page with `source.html`, `expected.html` (the
article as an extractor should give it) and optionally `expected-metadata.json`
(with `title`), the layout of Mozilla Readability's test pages. For each page
OUT_DIR gets `NAME.txt` (the page as a whole-page copy gives it: the visible
text, one block element per line) and `NAME.json` (gold: body line numbers,
headline, set "dev" or "held").

A page line is gold body when most of its words occur, in order, in the
expected article's text. Pages whose expected article is tiny (markup test
cases rather than articles) are left out. The data stays outside the repo.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import sys
from pathlib import Path

import lxml.html

_BLOCK = frozenset("""address article aside blockquote body center dd details dialog dir div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary
table tbody thead tfoot tr ul caption legend option select""".split())
_SKIP = frozenset("script style noscript head template svg math iframe object embed canvas video audio".split())
_WORD = re.compile(r"\w+", re.UNICODE)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def page_text(html: str) -> str:
    """The visible text as a browser's select-all copy gives it (block elements on their own lines)."""
    root = lxml.html.document_fromstring(html or "<html></html>")
    out: list[str] = []
    _walk(root, out)
    text = "".join(out)
    lines = [" ".join(ln.split()) for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln) + "\n"


def _walk(el, out: list[str], pre: bool = False) -> None:
    """Append `el`'s visible text; white space collapses as a browser collapses it, except in <pre>."""
    tail = _ws(el.tail, pre)
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP or not tag:  # comments and processing instructions have no string tag
        out.append(tail)
        return
    if el.get("hidden") is not None or _HIDDEN.search(el.get("style") or ""):
        out.append(tail)
        return
    block = tag in _BLOCK
    if block:
        out.append("\n")
    if tag == "br":
        out.append("\n")
    if tag in ("td", "th"):
        out.append(" ")
    inner = pre or tag == "pre"
    out.append(_ws(el.text, inner))
    for child in el:
        _walk(child, out, inner)
    if block:
        out.append("\n")
    out.append(tail)


def _ws(text: str | None, pre: bool) -> str:
    if not text:
        return ""
    return text if pre else re.sub(r"\s+", " ", text)


def gold_lines(page: str, expected: str) -> list[int]:
    """0-based numbers of page lines whose words mostly occur, in order, in the expected text."""
    lines = page.split("\n")
    toks: list[str] = []
    owner: list[int] = []
    for i, ln in enumerate(lines):
        for w in _WORD.findall(ln.lower()):
            toks.append(w)
            owner.append(i)
    exp = _WORD.findall(expected.lower())
    sm = difflib.SequenceMatcher(None, toks, exp, autojunk=False)
    hit = [0] * len(lines)
    for a, _b, n in sm.get_matching_blocks():
        if n < 2 and not (n == 1 and lines[owner[a]] and len(_WORD.findall(lines[owner[a]])) == 1):
            continue
        for k in range(a, a + n):
            hit[owner[k]] += 1
    out = []
    for i, ln in enumerate(lines):
        n = len(_WORD.findall(ln.lower()))
        if n and hit[i] / n > 0.5:
            out.append(i)
    return out


_EN = frozenset("the of and to in is that for it was with on as be are by this from".split())


def _guess_lang(text: str) -> str | None:
    toks = _WORD.findall(text.lower())
    return "en" if toks and sum(t in _EN for t in toks) / len(toks) > 0.12 else None


def _h1(html: str) -> list[str]:
    """The page's visible top headings: the headline a reader sees, when it differs from the metadata title."""
    root = lxml.html.document_fromstring(html or "<html></html>")
    out = []
    for el in root.iter("h1"):
        parts: list[str] = []
        _walk(el, parts)
        t = " ".join("".join(parts[:-1] if el.tail else parts).split())
        if t:
            out.append(t)
    return out[:3]


def main(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    kept = 0
    for d in sorted(p for p in src.iterdir() if p.is_dir()):
        html = (d / "source.html").read_text(encoding="utf-8", errors="replace")
        exp_html = (d / "expected.html").read_text(encoding="utf-8", errors="replace")
        expected = page_text(exp_html)
        if len(expected.split()) < 150:
            continue
        page = page_text(html)
        meta_path = d / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        lines = page.split("\n")
        body = gold_lines(page, expected)
        # A stable split that does not depend on the order pages were added in.
        half = "dev" if int(hashlib.sha1(d.name.encode()).hexdigest(), 16) % 2 == 0 else "held"
        name = d.name
        (dst / f"{name}.txt").write_text(page, encoding="utf-8")
        (dst / f"{name}.html").write_text(html, encoding="utf-8")
        gold = {"name": name, "set": half, "title": meta.get("title"), "body_lines": body,
                "lang": meta.get("lang") or _guess_lang(page), "h1": _h1(html),
                "n_lines": sum(1 for ln in lines if ln.strip())}
        (dst / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        kept += 1
    print(f"{kept} pages written to {dst}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
