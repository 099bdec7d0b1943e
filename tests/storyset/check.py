"""Consistency checker for the story set's gold (tests/data/stories/*/gold.json).

Gold references sentences by exact snippets, so it does not depend on any
segmenter; this makes sure every reference holds: each snippet occurs exactly
once in its article's text, every fact and quote referenced exists, an outlet
said to omit a fact has no member in it, and a sentence called unique is in no
fact.

Run: python3 -m tests.storyset.check [story folder ...]
"""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

STORIES = Path(__file__).resolve().parents[2] / "tests" / "data" / "stories"


class _Text(HTMLParser):
    """Visible text of an HTML page (what a reader of the page sees)."""

    _SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: D401 - HTMLParser hook
        if tag in self._SKIP:
            self._skip += 1
        elif tag in ("p", "div", "li", "h1", "h2", "figcaption", "br", "aside", "nav", "footer"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def article_texts(path: Path) -> tuple[str, str]:
    """(body text, title) of one article file as a reader of it would see them."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        obj = json.loads(raw)
        return str(obj.get("text", "")), str(obj.get("title", "") or "")
    if path.suffix in (".html", ".htm"):
        p = _Text()
        p.feed(raw)
        return "".join(p.parts), ""
    return raw, ""


def _count(path: Path, snippet: str, *, headline: bool = False) -> int:
    body, title = article_texts(path)
    n = body.count(snippet)
    if headline and n == 0 and snippet and snippet in title:
        n = 1
    return n


def check_story(folder: Path) -> list[str]:
    """Every inconsistency in one story's gold, as readable lines (empty when sound)."""
    errs: list[str] = []
    g = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    name = folder.name
    files = g.get("files") or sorted(g.get("outlets", {}))
    for f in files:
        if not (folder / f).is_file():
            errs.append(f"{name}: missing article {f}")
    if len(files) < 4 or len(files) > 7:
        errs.append(f"{name}: {len(files)} outlets (want 4 to 7)")
    if set(g.get("outlets", {})) != set(files):
        errs.append(f"{name}: outlets do not name every file")
    if not errs:
        errs += _check_refs(folder, g, files)
    return errs


def _once(folder: Path, file: str, snippet: str, what: str, *, headline: bool = False) -> list[str]:
    n = _count(folder / file, snippet, headline=headline)
    return [] if n == 1 else [f"{folder.name}/{file}: {what} occurs {n} times: {snippet[:70]!r}"]


def _check_refs(folder: Path, g: dict, files: list[str]) -> list[str]:
    errs: list[str] = []
    for f, h in g.get("headlines", {}).items():
        errs += _once(folder, f, h, "headline", headline=True)
    facts = {}
    for fact in g.get("facts", []):
        if fact["id"] in facts:
            errs.append(f"{folder.name}: duplicate fact id {fact['id']}")
        facts[fact["id"]] = fact
        fs = {m["file"] for m in fact["members"]}
        if len(fs) < 2:
            errs.append(f"{folder.name}: fact {fact['id']} has fewer than two outlets")
        for m in fact["members"]:
            if m["file"] not in files:
                errs.append(f"{folder.name}: fact {fact['id']} names unknown file {m['file']}")
                continue
            errs += _once(folder, m["file"], m["snippet"], f"fact {fact['id']} member", headline="role" in m)
    errs += _check_numbers(folder.name, g, facts)
    for q in g.get("quotes", []):
        if len({m["file"] for m in q["members"]}) < 2:
            errs.append(f"{folder.name}: quote {q['id']} in fewer than two outlets")
        if q.get("speakers_differ") != (len({m["speaker"] for m in q["members"]}) > 1):
            errs.append(f"{folder.name}: quote {q['id']} speakers_differ disagrees with its speakers")
        for m in q["members"]:
            errs += _once(folder, m["file"], m["snippet"], f"quote {q['id']}")
    for f, omitted in g.get("omissions", {}).items():
        for fid in omitted:
            if fid not in facts:
                errs.append(f"{folder.name}/{f}: omits unknown fact {fid}")
            elif any(m["file"] == f for m in facts[fid]["members"]):
                errs.append(f"{folder.name}/{f}: said to omit {fid} but is a member of it")
    for f, snippets in g.get("unique", {}).items():
        members = [m["snippet"] for fact in facts.values() for m in fact["members"] if m["file"] == f]
        for s in snippets:
            errs += _once(folder, f, s, "unique sentence")
            if any(s in m or m in s for m in members):
                errs.append(f"{folder.name}/{f}: unique sentence is in a fact: {s[:60]!r}")
    return errs


def _check_numbers(name: str, g: dict, facts: dict) -> list[str]:
    errs: list[str] = []
    for kind in ("conflicts", "traps"):
        for c in g.get(kind, []):
            fact = facts.get(c["fact"])
            if fact is None:
                errs.append(f"{name}: {kind} names unknown fact {c['fact']}")
                continue
            if len({v["file"] for v in c["values"]}) < 2:
                errs.append(f"{name}: {kind} on {c['fact']} has fewer than two outlets")
            if kind == "conflicts" and len({v["value"] for v in c["values"]}) < 2:
                errs.append(f"{name}: conflict on {c['fact']} has one value only")
            for v in c["values"]:
                texts = [m["snippet"] for m in fact["members"] if m["file"] == v["file"]]
                if not any(v["wording"] in t for t in texts):
                    errs.append(f"{name}/{v['file']}: {kind} wording {v['wording']!r} not in its {c['fact']} members")
    return errs


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or sorted(p.parent for p in STORIES.glob("*/gold.json"))
    bad = 0
    for folder in folders:
        errs = check_story(folder)
        bad += len(errs)
        for e in errs:
            print(e)
    print(f"{len(folders)} stories, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
