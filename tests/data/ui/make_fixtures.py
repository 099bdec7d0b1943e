"""Freeze the analyses the UI tests and snapshots load, so they never need spaCy.

    python tests/data/ui/make_fixtures.py                 # from the analysis pipeline
    python tests/data/ui/make_fixtures.py --gold SEEDS.json   # from a hand-annotated gold file

Writes `sample_analysis.json` (the five sample articles) and `ten_analysis.json`
(the same five plus five renamed copies, for the 10-pane views). Frozen output
keeps snapshots stable when alignment is later tuned.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from reader.ingest.load import load_paths  # noqa: E402
from reader.model import (  # noqa: E402
    Analysis,
    Article,
    Entity,
    Fact,
    Mention,
    Region,
    Sentence,
)
from reader.schema import analysis_from_dict, analysis_to_dict  # noqa: E402

HERE = Path(__file__).resolve().parent
COPY_OUTLETS = ("Harbour Courier", "Northern Ledger", "Daily Meridian", "The Lantern", "Capital Wire")


def from_pipeline() -> Analysis:
    from reader.pipeline import analyze_documents

    docs = load_paths([str(ROOT / "sample_corpus")]).documents
    return portable(analyze_documents(docs, use_cache=False))


def portable(an: Analysis) -> Analysis:
    """Article paths relative to the repository, so the frozen file is the same in every checkout."""
    def rel(path: str) -> str:
        try:
            return Path(path).resolve().relative_to(ROOT).as_posix()
        except ValueError:
            return path
    return replace(an, articles=tuple(replace(a, path=rel(a.path)) for a in an.articles))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _line_region(text: str, starts: list[int], line: int, kind: str) -> Region:
    start = starts[line - 1]
    end = text.find("\n", start)
    return Region(start, len(text) if end == -1 else end, kind)


def from_gold(path: Path) -> Analysis:
    """A plausible analysis built from hand annotations over the real sample texts."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    docs = load_paths([str(ROOT / "sample_corpus")]).documents
    by_file = {Path(d.path).name: d for d in docs}
    bylines = {"001": "Iain Marlow, Bloomberg News", "003": "Eva Fu"}
    dates = {"003": "September 18, 2023"}
    articles: list[Article] = []
    sid_map: dict[tuple[str, str], str] = {}
    for name in gold["files"]:
        doc = by_file[name]
        text = doc.text
        starts = _line_starts(text)
        boiler = tuple(_line_region(text, starts, n, "boilerplate") for n in gold["boilerplate_lines"][name])
        front = tuple(_line_region(text, starts, n, "front_matter") for n in gold["front_matter_lines"][name])
        sentences = []
        for item in gold["body_sentences"][name]:
            at = text.find(item["text"], starts[item["line"] - 1])
            if at < 0:
                continue
            sid = f"{doc.id}.s{len(sentences)}"
            sid_map[(name, item["sid"])] = sid
            sentences.append(Sentence(sid, doc.id, len(sentences), at, at + len(item["text"]), item["text"]))
        outlet = re.split(r" \(| via ", gold["outlets"][name])[0]
        articles.append(Article(doc.id, doc.path, text, outlet, gold["titles"][name], bylines.get(name[:3]),
                                dates.get(name[:3]), boiler, front, tuple(sentences)))
    facts = []
    for f in gold["facts"]:
        members = tuple(dict.fromkeys(sid_map[(m["file"], m["sid"])] for m in f["members"]
                                      if (m["file"], m["sid"]) in sid_map))
        if len({s.split(".")[0] for s in members}) >= 2:
            label = f["summary"].split(" (")[0].rstrip(".")
            facts.append(Fact(f"f{len(facts)}", members, 0.8, label))
    entities = []
    for e in gold["entities"]:
        forms = sorted(set(e["forms"]), key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in forms) + r")\b")
        mentions = []
        for art in articles:
            for m in pattern.finditer(art.text):
                sent = next((s.id for s in art.sentences if s.start <= m.start() < s.end), None)
                mentions.append(Mention(art.id, sent, m.start(), m.end(), m.group()))
        if mentions:
            entities.append(Entity(f"e{len(entities)}", e["name"], e["label"], tuple(mentions)))
    return portable(Analysis(tuple(articles), tuple(facts), tuple(entities), model="gold"))


def widen(an: Analysis, copies: int) -> Analysis:
    """`an` plus `copies` renamed copies of its articles, each copy joining the same facts and entities."""
    n = len(an.articles)
    arts = list(an.articles)
    for k in range(copies):
        src = an.articles[k % n]
        new_id = f"a{n + k}"
        arts.append(replace(
            src, id=new_id, path=src.path.replace(".txt", f"_copy{k + 1}.txt"), outlet=COPY_OUTLETS[k % 5],
            sentences=tuple(replace(s, id=f"{new_id}.s{s.index}", article=new_id) for s in src.sentences),
        ))

    def copies_of(article_id: str) -> list[str]:
        i = int(article_id[1:])
        return [f"a{n + k}" for k in range(copies) if k % n == i]

    facts = []
    for f in an.facts:
        extra = [f"{c}.s{sid.rsplit('.s', 1)[1]}" for sid in f.sentences for c in copies_of(sid.split(".")[0])]
        facts.append(replace(f, sentences=(*f.sentences, *extra)))
    ents = []
    for e in an.entities:
        extra = [replace(m, article=c, sentence=None if m.sentence is None else f"{c}.s{m.sentence.rsplit('.s', 1)[1]}")
                 for m in e.mentions for c in copies_of(m.article)]
        ents.append(replace(e, mentions=(*e.mentions, *extra)))
    return replace(an, articles=tuple(arts), facts=tuple(facts), entities=tuple(ents))


def save(an: Analysis, name: str) -> None:
    data = analysis_to_dict(an, include_text=True)
    assert analysis_to_dict(analysis_from_dict(data), include_text=True) == data  # stable once frozen
    (HERE / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {name}: {len(an.articles)} articles, {len(an.facts)} facts, {len(an.entities)} entities")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, help="build from a hand-annotated gold file instead of the pipeline")
    args = parser.parse_args()
    an = from_gold(args.gold) if args.gold else from_pipeline()
    save(an, "sample_analysis.json")
    save(widen(an, 5), "ten_analysis.json")


if __name__ == "__main__":
    main()
