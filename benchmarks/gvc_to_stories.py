"""Build the alignment development set from the Gun Violence Corpus (GVC).

    python3 benchmarks/gvc_to_stories.py GVC_DIR [OUT_DIR] [--per-track 40] [--seed 13]

GVC_DIR holds the corpus' `verbose.conll` (its public repository; the file's columns:
token id, token, discourse part DCT|TITLE|BODY, INCIDENT.EVENTTYPE.PARTICIPANTS
annotation, coreference chain). OUT_DIR (default /work/devdata/align) receives

  one_event/NNN/   the articles about one incident (at least two), as .txt files
  two_events/NNN/  the articles of two different incidents of the same event type
  */NNN/gold.json  {"sentences": [{"file", "start", "end", "role", "chains"}]}

Each article file is its TITLE tokens as the first line (the headline), a blank line,
then the BODY sentences as paragraphs; tokens are joined with plain detokenisation
and the gold offsets point into the file as written. A sentence's `chains` are the
coreference chain ids of the event mentions in it (GVC chains are incident-specific,
so two incidents never share one). The gold sentence pairs are then: two sentences
of different files that share a chain, i.e. that mention the same event or
sub-event (the shooting, a death, an injury, the arrest...) of the same incident.
Nothing of the corpus is committed; only this script is.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path

_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|”|’)$", re.IGNORECASE)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "‘", "``"}
_CHAIN = re.compile(r"\d+")


def read_conll(path: Path) -> dict[str, dict]:
    """doc id -> {"incident", "type", "sentences": [(part, [(token, chains)])]}."""
    docs: dict[str, dict] = {}
    cur = None
    sent_key = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#begin document"):
            doc_id = line.split("(", 1)[-1].split(")", 1)[0]
            cur = docs.setdefault(doc_id, {"incident": None, "type": None, "sentences": []})
            sent_key = None
            continue
        if line.startswith("#end document") or not line.strip() or cur is None:
            sent_key = None if not line.strip() else sent_key
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            continue
        tok_id, token, part = cols[0], cols[1], cols[2]
        chains = {int(c) for c in _CHAIN.findall(cols[-1])} if cols[-1].strip() != "-" else set()
        if len(cols) >= 5 and cols[3] not in ("-", ""):
            bits = cols[3].split(".")
            cur["incident"] = cur["incident"] or bits[0]
            cur["type"] = cur["type"] or (bits[1] if len(bits) > 1 else None)
        key = (part, _sentence_of(tok_id))
        if part == "DCT":
            continue
        if key != sent_key:
            cur["sentences"].append((part, []))
            sent_key = key
        cur["sentences"][-1][1].append((token, chains))
    return docs


def _sentence_of(tok_id: str) -> str:
    """The sentence part of a token id ("DOC.b.3.12" -> "b.3"): all but the last field."""
    return tok_id.rsplit(".", 1)[0] if "." in tok_id else tok_id


def detokenise(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        if out and not _NO_SPACE_BEFORE.match(t) and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += t
    return out


def write_article(doc: dict, path: Path) -> list[dict]:
    """Write one article; its gold sentences with offsets."""
    text, gold = "", []
    title = [s for s in doc["sentences"] if s[0] == "TITLE"]
    body = [s for s in doc["sentences"] if s[0] == "BODY"]
    for role, group in (("headline", title), ("body", body)):
        for k, (_, toks) in enumerate(group):
            s = detokenise([t for t, _ in toks])
            if not s.strip():
                continue
            start = len(text)
            text += s
            chains = sorted({c for _, cs in toks for c in cs})
            gold.append({"file": path.name, "start": start, "end": len(text), "role": role, "chains": chains})
            text += "\n\n" if role == "headline" or k % 3 == 2 else " "
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
    return gold


def write_story(docs: list[tuple[str, dict]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    gold = []
    for n, (doc_id, doc) in enumerate(docs):
        gold += write_article(doc, folder / f"{n:02d}_{doc_id[:12]}.txt")
    (folder / "gold.json").write_text(json.dumps({"sentences": gold}, indent=1), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gvc_dir")
    ap.add_argument("out_dir", nargs="?", default="/work/devdata/align")
    ap.add_argument("--per-track", type=int, default=40)
    ap.add_argument("--max-docs", type=int, default=5, help="articles per incident at most")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    docs = read_conll(Path(args.gvc_dir) / "verbose.conll")
    by_incident: dict[str, list[str]] = defaultdict(list)
    for doc_id, d in sorted(docs.items()):
        if d["incident"]:
            by_incident[d["incident"]].append(doc_id)
    rng = random.Random(args.seed)
    multi = sorted(i for i, ds in by_incident.items() if len(ds) >= 2)
    rng.shuffle(multi)
    out = Path(args.out_dir)
    for n, inc in enumerate(multi[: args.per_track]):
        ids = by_incident[inc][: args.max_docs]
        write_story([(i, docs[i]) for i in ids], out / "one_event" / f"{n:03d}")
    by_type: dict[str, list[str]] = defaultdict(list)
    for inc in multi:
        by_type[docs[by_incident[inc][0]]["type"] or "?"].append(inc)
    pairs = [(a, b) for incs in by_type.values() for a, b in zip(incs[::2], incs[1::2], strict=False)]
    rng.shuffle(pairs)
    for n, (a, b) in enumerate(pairs[: args.per_track]):
        ids = by_incident[a][:3] + by_incident[b][:3]
        write_story([(i, docs[i]) for i in ids], out / "two_events" / f"{n:03d}")
    one, two = min(len(multi), args.per_track), min(len(pairs), args.per_track)
    print(f"{one} one-event and {two} two-event stories in {out}")


if __name__ == "__main__":
    main()
