"""Build the story set (tests/data/stories/) from its annotated sources.

Each story is written once, in `tests/storyset/src/<slug>.story`: the articles'
lines with their fact tags beside them. This script writes the articles as the
outlets would publish them (.txt, .html, .json, with their page mess) and the
story's `gold.json`, so the gold and the text can never drift apart.

Source format (one line each; blank lines and lines starting with '#' ignored):

    @domain court ruling                story-level key: value
    !fact F1 | description
    !conflict F2 | what is measured | file: wording => value ; file: wording => value
    !trap F3 | what is measured | why not a conflict | file: wording ; file: wording
    !quote Q1 | file: snippet => Speaker ; file: snippet => Speaker
    == file.ext                         starts an article
    outlet: Name as a reader names it   (gold only)
    crlf: yes                           (.txt: CRLF line ends)
    meta.title / meta.outlet / meta.url / meta.date / meta.byline: value
                                        (.json keys; .html <head> tags)
    H [F1] headline                     headline (role "headline" in gold)
    S [F1] standfirst                   standfirst (role "standfirst")
    ~ text                              page mess on its own line (ad, byline, caption...)
    ~fig text                           photo caption (figure in HTML)
    ~ul item | item | item              related-links list
    P [F2,F3] sentence                  body sentence opening a paragraph
    + [F4] sentence                     body sentence continuing the paragraph
    P sentence                          a body sentence with no tag: only this outlet has it

Run: python3 -m tests.storyset.build  (from the repository root)
"""

from __future__ import annotations

import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(__file__).resolve().parent / "src"
OUT = ROOT / "tests" / "data" / "stories"

_TAGGED = re.compile(r"^\[([A-Za-z0-9_, ]*)\]\s*(.*)$")


@dataclass
class Line:
    kind: str  # H S ~ ~fig ~ul P +
    text: str
    facts: tuple[str, ...] = ()


@dataclass
class Article:
    file: str
    props: dict[str, str] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)


@dataclass
class Story:
    slug: str
    props: dict[str, str] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)
    traps: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


def _pairs(spec: str) -> list[tuple[str, str]]:
    out = []
    for part in spec.split(" ; "):
        f, _, rest = part.strip().partition(":")
        out.append((f.strip(), rest.strip()))
    return out


def _directive(story: Story, line: str) -> None:
    head, *rest = [p.strip() for p in line[1:].split(" | ")]
    kind, _, ident = head.partition(" ")
    if kind == "fact":
        story.facts[ident] = rest[0]
    elif kind == "conflict":
        vals = []
        for f, w in _pairs(rest[1]):
            wording, _, value = w.partition("=>")
            vals.append({"file": f, "wording": wording.strip(), "value": value.strip() or wording.strip()})
        story.conflicts.append({"fact": ident, "measure": rest[0], "values": vals})
    elif kind == "trap":
        vals = [{"file": f, "wording": w} for f, w in _pairs(rest[2])]
        story.traps.append({"fact": ident, "measure": rest[0], "why": rest[1], "values": vals})
    elif kind == "quote":
        mem = []
        for f, w in _pairs(rest[0]):
            snip, _, spk = w.rpartition("=>")
            mem.append({"file": f, "snippet": snip.strip(), "speaker": spk.strip()})
        differ = len({m["speaker"] for m in mem}) > 1
        story.quotes.append({"id": ident, "speakers_differ": differ, "members": mem})
    else:
        raise ValueError(f"unknown directive {line!r}")


def parse(path: Path) -> Story:
    story = Story(path.stem)
    art: Article | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            story.props[k] = v.strip()
        elif line.startswith("!"):
            _directive(story, line)
        elif line.startswith("== "):
            art = Article(line[3:].strip())
            story.articles.append(art)
        elif art is None:
            raise ValueError(f"{path.name}: line outside an article: {line!r}")
        elif re.match(r"^(H|S|P|\+|~ul|~fig|~) ", line) or line == "~":
            kind, _, rest = line.partition(" ")
            facts: tuple[str, ...] = ()
            m = _TAGGED.match(rest) if kind in ("H", "S", "P", "+") else None
            if m:
                facts = tuple(x.strip() for x in m.group(1).split(",") if x.strip())
                rest = m.group(2)
            art.lines.append(Line(kind, rest, facts))
        else:
            k, _, v = line.partition(":")
            art.props[k.strip()] = v.strip()
    return story


# ---------------------------------------------------------------- rendering

def _blocks(art: Article, *, skip_title: bool) -> list[list[Line]]:
    """Paragraph blocks: P opens one, + continues it, every other line stands alone."""
    blocks: list[list[Line]] = []
    for i, ln in enumerate(art.lines):
        if skip_title and ln.kind == "H" and i == 0:
            continue
        if ln.kind == "+" and blocks and blocks[-1][0].kind in ("P", "+"):
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return blocks


def _plain(block: list[Line]) -> str:
    if block[0].kind == "~ul":
        return "\n".join(x.strip() for x in block[0].text.split(" | "))
    return " ".join(ln.text for ln in block)


def render_txt(art: Article) -> str:
    text = "\n\n".join(_plain(b) for b in _blocks(art, skip_title=False)) + "\n"
    return text.replace("\n", "\r\n") if art.props.get("crlf") == "yes" else text


def render_json(art: Article) -> str:
    meta = {k[5:]: v for k, v in art.props.items() if k.startswith("meta.")}
    skip = "title" in meta and art.lines and art.lines[0].kind == "H"
    obj = dict(meta)
    obj["text"] = "\n\n".join(_plain(b) for b in _blocks(art, skip_title=skip))
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def _html_block(block: list[Line]) -> str:
    first = block[0]
    esc = html.escape
    if first.kind == "H":
        return f"<h1>{esc(first.text)}</h1>"
    if first.kind == "S":
        return f'<p class="standfirst">{esc(first.text)}</p>'
    if first.kind == "~fig":
        return f'<figure><img src="photo.jpg" alt=""><figcaption>{esc(first.text)}</figcaption></figure>'
    if first.kind == "~ul":
        items = "".join(f'<li><a href="#">{esc(x.strip())}</a></li>' for x in first.text.split(" | "))
        return f'<aside class="related"><ul>{items}</ul></aside>'
    if first.kind == "~":
        return f'<div class="extra"><p>{esc(first.text)}</p></div>'
    return "<p>" + " ".join(esc(ln.text) for ln in block) + "</p>"


def render_html(art: Article) -> str:
    p = art.props
    head = [f"<title>{html.escape(p.get('meta.title', ''))}</title>"] if p.get("meta.title") else []
    if p.get("meta.outlet"):
        head.append(f'<meta property="og:site_name" content="{html.escape(p["meta.outlet"])}">')
    if p.get("meta.url"):
        head.append(f'<link rel="canonical" href="{html.escape(p["meta.url"])}">')
        head.append(f'<meta property="og:url" content="{html.escape(p["meta.url"])}">')
    if p.get("meta.date"):
        head.append(f'<meta property="article:published_time" content="{html.escape(p["meta.date"])}">')
    if p.get("meta.byline"):
        head.append(f'<meta name="author" content="{html.escape(p["meta.byline"])}">')
    body = "\n".join(_html_block(b) for b in _blocks(art, skip_title=False))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + "\n".join(head)
            + "\n</head>\n<body>\n<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n<article>\n"
            + body + "\n</article>\n<footer><p>Privacy | Terms | Contact</p></footer>\n</body>\n</html>\n")


def render(art: Article) -> str:
    if art.file.endswith(".json"):
        return render_json(art)
    if art.file.endswith(".html"):
        return render_html(art)
    return render_txt(art)


# ---------------------------------------------------------------- gold

_ROLE = {"H": "headline", "S": "standfirst"}


def gold(story: Story) -> dict:
    members: dict[str, list[dict]] = {f: [] for f in story.facts}
    unique: dict[str, list[str]] = {}
    headlines: dict[str, str] = {}
    for art in story.articles:
        unique[art.file] = []
        for ln in art.lines:
            if ln.kind == "H":
                headlines[art.file] = ln.text
            if ln.kind not in _ROLE and ln.kind not in ("P", "+"):
                continue
            for f in ln.facts:
                if f not in members:
                    raise ValueError(f"{story.slug}/{art.file}: undeclared fact {f}")
                m = {"file": art.file, "snippet": ln.text}
                if ln.kind in _ROLE:
                    m["role"] = _ROLE[ln.kind]
                members[f].append(m)
            if not ln.facts and ln.kind in ("P", "+"):
                unique[art.file].append(ln.text)
    files = [a.file for a in story.articles]
    omissions: dict[str, list[str]] = {}
    for fid, mem in members.items():
        have = {m["file"] for m in mem}
        for f in files:
            if f not in have and len(have) > (len(files) - 1) / 2:
                omissions.setdefault(f, []).append(fid)
    return {
        "story": story.slug,
        "domain": story.props.get("domain", ""),
        "files": files,
        "outlets": {a.file: a.props["outlet"] for a in story.articles},
        "headlines": headlines,
        "facts": [{"id": f, "description": d, "members": members[f]} for f, d in story.facts.items()],
        "conflicts": story.conflicts,
        "traps": story.traps,
        "quotes": story.quotes,
        "omissions": {f: omissions[f] for f in files if f in omissions},
        "unique": {f: u for f, u in unique.items() if u},
    }


def build(path: Path, out: Path = OUT) -> Path:
    story = parse(path)
    folder = out / story.slug
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for art in story.articles:
        (folder / art.file).write_bytes(render(art).encode("utf-8"))
    g = gold(story)
    (folder / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    srcs = [Path(a) for a in argv] or sorted(SRC.glob("*.story"))
    for s in srcs:
        print(build(s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
