#!/usr/bin/env python3
"""Body lines and headlines of real pages given as plain text (a whole-page copy).

    PYTHONPATH=$PWD python3 benchmarks/page_body.py [DATA_DIR ...] [--no-trafilatura] [--show NAME]

DATA_DIR holds `NAME.txt` (the page's text), `NAME.json` (gold: `body_lines`,
0-based numbers of the lines that belong to the article; `title`; `set`) and
optionally `NAME.html` (the page itself, for trafilatura). Build one with
`benchmarks/page_data.py`. Default: /work/devdata/pages/*.

Per set it prints body-line precision, recall and F1 (micro, over all lines),
"boilerplate kept as body" (the fraction of non-body lines marked body) and
headline accuracy (against the metadata title, and "or h1": the metadata title
or one of the page's visible <h1> headings, which is what a page's text shows), for:

* reader: the path `reader analyze FILE.txt` takes (load -> clean -> meta); a
  line is body when a body span touches it;
* the one-line rule: 8 or more words ending in . ! ?;
* jusText's paragraph classifier (stop-word density, length, neighbours) run on
  the same text, one paragraph per line: what a library heuristic gives on text;
* trafilatura on the HTML (for reference: it sees the markup, reader does not),
  a page line counting as body when most of its words occur, in order, in
  trafilatura's text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.ingest.clean import clean_documents
from reader.ingest.load import load_file
from reader.ingest.meta import infer_meta

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neg: int = 0
    titles: int = 0
    titles_h1: int = 0
    pages: int = 0
    per_page: list[tuple[str, float]] = field(default_factory=list)

    def add(self, name: str, pred: set[int], gold: set[int], n_lines: set[int], title_ok: bool,
            h1_ok: bool = False) -> None:
        tp, fp, fn = len(pred & gold), len(pred - gold), len(gold - pred)
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        self.neg += len(n_lines - gold)
        self.titles += title_ok
        self.titles_h1 += title_ok or h1_ok
        self.pages += 1
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        self.per_page.append((name, 2 * p * r / (p + r) if p + r else 0.0))

    def row(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        kept = self.fp / self.neg if self.neg else 0.0
        macro = sum(x for _, x in self.per_page) / len(self.per_page) if self.per_page else 0.0
        return (f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  macroF1 {macro:.3f}  boiler-kept {kept:.3f}  "
                f"titles {self.titles}/{self.pages} (or h1 {self.titles_h1})")


def norm_title(t: str | None) -> str:
    return " ".join(_WORD.findall((t or "").lower()))


def title_ok(pred: str | None, gold: str | None) -> bool:
    """Equal after normalisation, allowing the gold's site suffix or prefix ("Headline | Site")."""
    if not gold:
        return True
    p, g = norm_title(pred), norm_title(gold)
    if not p:
        return False
    if p == g:
        return True
    parts = [norm_title(x) for x in re.split(r"\s[|\-–—:·»]+\s", gold)]
    return any(p == x for x in parts if x)


def reader_pred(path: Path) -> tuple[set[int], str | None]:
    docs, _ = load_file(str(path), 0)
    doc = docs[0]
    cleaned = clean_documents([doc])[0]
    meta = infer_meta(doc, cleaned)
    starts = _line_starts(doc.text)
    body = set()
    for a, _b in cleaned.body:
        body.add(_line_of(starts, a))
    return body, meta.title


def _line_starts(text: str) -> list[int]:
    out, pos = [0], 0
    for ln in text.split("\n")[:-1]:
        pos += len(ln) + 1
        out.append(pos)
    return out


def _line_of(starts: list[int], off: int) -> int:
    import bisect
    return bisect.bisect_right(starts, off) - 1


def baseline_pred(lines: list[str]) -> set[int]:
    return {i for i, ln in enumerate(lines) if len(ln.split()) >= 8 and re.search(r"[.!?][\"'”’)]*$", ln.strip())}


def justext_pred(lines: list[str]) -> set[int]:
    """jusText's stop-word and length classifier on the page text, one paragraph per line."""
    import html

    import justext

    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    doc = "<html><body>" + "".join(f"<p>{html.escape(lines[i])}</p>" for i in idx) + "</body></html>"
    paras = justext.justext(doc.encode("utf-8"), justext.get_stoplist("English"))
    good = {" ".join(p.text.split()) for p in paras if not p.is_boilerplate}
    return {i for i in idx if " ".join(lines[i].split()) in good}


def trafilatura_pred(html: str, lines: list[str]) -> tuple[set[int], str | None]:
    import trafilatura

    sys.path.insert(0, str(Path(__file__).parent))
    from page_data import gold_lines

    res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    if res is None:
        return set(), None
    data = res.as_dict() if hasattr(res, "as_dict") else dict(res)
    return set(gold_lines("\n".join(lines), data.get("text") or "")), data.get("title")


# Readability test pages that are documentation, reference or changelog pages (code, tables, wiki
# markup) rather than news or blog articles: reported with --all, left out of the default sets
# because the page types the bars speak of are news pages.
_REFERENCE = frozenset("""001 002 google-sre-book-1 ietf-1 lwn-1 mercurial toc-missing wikipedia wikipedia-2
wikipedia-3 wikipedia-4 wikia mozilla-1 mozilla-2 v8-blog keep-tabular-data links-in-tables clean-links
tumblr""".split())


def _article_page(gold: dict, every: bool) -> bool:
    """English article pages: not markup fixtures that are all article, nor index pages with no article."""
    if gold["name"] in _REFERENCE and not every:
        return False
    lang = (gold.get("lang") or "").lower()
    if every:
        return lang.startswith("en")
    n, b = gold["n_lines"], len(gold["body_lines"])
    return lang.startswith("en") and b >= 5 and b <= 0.9 * n


def run(dirs: list[Path], with_traf: bool, show: str | None, every: bool = False) -> None:
    scores: dict[tuple[str, str], Score] = {}
    for d in dirs:
        for gpath in sorted(d.glob("*.json")):
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            if not _article_page(gold, every):
                continue
            tpath = gpath.with_suffix(".txt")
            lines = tpath.read_text(encoding="utf-8").split("\n")
            nonblank = {i for i, ln in enumerate(lines) if ln.strip()}
            gbody = set(gold["body_lines"])
            sets = [gold.get("set", "all"), "all"]
            pred, title = reader_pred(tpath)
            if show and show == gold["name"]:
                _show(lines, pred, gbody, title, gold.get("title"))
            h1 = any(title_ok(title, h) for h in gold.get("h1", []))
            results = [("reader", pred & nonblank, title_ok(title, gold.get("title")), h1),
                       ("8-words", baseline_pred(lines), False, False),
                       ("justext-text", justext_pred(lines), False, False)]
            hpath = gpath.with_suffix(".html")
            if with_traf and hpath.exists():
                tp, tt = trafilatura_pred(hpath.read_text(encoding="utf-8"), lines)
                h1t = any(title_ok(tt, h) for h in gold.get("h1", []))
                results.append(("trafilatura", tp, title_ok(tt, gold.get("title")), h1t))
            for s in sets:
                for who, p, ok, ok1 in results:
                    scores.setdefault((s, who), Score()).add(gold["name"], p, gbody, nonblank, ok, ok1)
    for (s, who), sc in sorted(scores.items()):
        print(f"{s:5} {who:12} {sc.row()}")
    worst = sorted(scores.get(("all", "reader"), Score()).per_page, key=lambda x: x[1])[:12]
    print("worst pages (reader F1):", ", ".join(f"{n} {f:.2f}" for n, f in worst))


def _show(lines: list[str], pred: set[int], gold: set[int], title: str | None, gtitle: str | None) -> None:
    print(f"title: {title!r}  gold: {gtitle!r}")
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        mark = {(True, True): "B ", (True, False): "+ ", (False, True): "- ", (False, False): "  "}[
            (i in pred, i in gold)]
        print(f"{mark}{i:4} {ln[:150]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--show")
    ap.add_argument("--all", action="store_true", help="reference pages too (still English only)")
    a = ap.parse_args()
    dirs = a.dirs or sorted(p for p in Path("/work/devdata/pages").iterdir() if p.is_dir())
    run(dirs, not a.no_trafilatura, a.show, a.all)


if __name__ == "__main__":
    main()
