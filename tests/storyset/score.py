"""Score `reader analyze --json` against the story set's gold.

Gold names sentences by text snippets; the system names them by id and offset.
Each system sentence is mapped to the gold sentences ("units": fact members and
unique sentences) whose text it overlaps, so scores do not depend on where the
segmenter cuts. Every reader of the analysis is tolerant: a field the analysis
lacks scores as nothing found, never as a crash.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path
from typing import Any

from .check import STORIES

ROOT = Path(__file__).resolve().parents[2]

Unit = tuple[str, str]  # (file, snippet)

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"})


def norm(text: str) -> str:
    return " ".join(str(text).translate(_QUOTES).split()).lower()


def overlaps(a: str, b: str) -> bool:
    """Two spans of text are the same text, or one holds most of the other."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    short = min(len(a), len(b))
    if (a in b or b in a) and short >= 12:
        return True
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return m >= 12 and m >= 0.5 * short


def _common(a: str, b: str) -> int:
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


# ---------------------------------------------------------------- running

def story_files(folder: Path) -> list[str]:
    g = load_gold(folder)
    return list(g.get("files") or g.get("outlets", {}))


def load_gold(folder: Path) -> dict:
    return json.loads((Path(folder) / "gold.json").read_text(encoding="utf-8"))


def story_folders() -> list[Path]:
    return sorted(p.parent for p in STORIES.glob("*/gold.json"))


def analyze(folder: Path, *, root: Path = ROOT, timeout: float = 300) -> dict:
    """`python3 -m reader analyze FILES --json --no-cache` on one story ({} when it fails)."""
    paths = [str(Path(folder) / f) for f in story_files(folder)]
    env = dict(os.environ, PYTHONPATH=str(root))
    try:
        run = subprocess.run([sys.executable, "-m", "reader", "analyze", *paths, "--json", "--no-cache"],
                             cwd=root, env=env, capture_output=True, text=True, timeout=timeout)
        return json.loads(run.stdout) if run.returncode == 0 else {}
    except (OSError, subprocess.SubprocessError, json.JSONDecodeError):
        return {}


def _batch(out_dir: Path, folders: list[Path], root: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(root))
    try:
        subprocess.run([sys.executable, "-m", "tests.storyset.batch", str(out_dir), *map(str, folders)],
                       cwd=root, env=env, capture_output=True, timeout=900)
    except (OSError, subprocess.SubprocessError):
        pass


def analyze_all(folders: list[Path], *, jobs: int = 2, root: Path = ROOT) -> dict[str, dict]:
    """Every story's analysis: `jobs` processes, each loading the model once and going
    through the command-line entry point; a story that fails there is run alone."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        chunks = [folders[i::jobs] for i in range(jobs) if folders[i::jobs]]
        with ThreadPoolExecutor(max_workers=max(1, len(chunks))) as ex:
            list(ex.map(lambda c: _batch(out, c, root), chunks))
        result: dict[str, dict] = {}
        for f in folders:
            p = out / f"{f.name}.json"
            try:
                result[f.name] = json.loads(p.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                result[f.name] = analyze(f, root=root)
        return result


# ---------------------------------------------------------------- the analysis, tolerantly

def _list(obj: Any, key: str) -> list:
    v = obj.get(key) if isinstance(obj, dict) else None
    return v if isinstance(v, list) else []


class System:
    """The parts of one analysis the scores need, keyed by gold file names."""

    def __init__(self, an: dict, gold: dict) -> None:
        an = an if isinstance(an, dict) else {}
        ins = an.get("insights") if isinstance(an.get("insights"), dict) else {}
        self.file_of: dict[str, str] = {}
        self.outlet: dict[str, str | None] = {}
        self.sentences: dict[str, tuple[str, str]] = {}  # sentence id -> (file, text)
        names = set(gold.get("files") or gold.get("outlets", {}))
        for a in _list(an, "articles"):
            f = Path(str(a.get("path", ""))).name
            if f not in names:
                continue
            self.file_of[str(a.get("id"))] = f
            self.outlet[f] = a.get("outlet")
            for s in _list(a, "sentences"):
                self.sentences[str(s.get("id"))] = (f, str(s.get("text", "")))
        self.facts = {str(x.get("id")): [str(s) for s in _list(x, "sentences")] for x in _list(an, "facts")}
        self.claims = {str(c.get("id")): c for c in _list(ins, "claims") if isinstance(c, dict)}
        self.conflicts = [c for c in _list(ins, "number_conflicts") if isinstance(c, dict)]
        self.gaps = [g for g in _list(ins, "outlets") if isinstance(g, dict)]
        self.quotes = {str(q.get("id")): q for q in _list(ins, "quotes") if isinstance(q, dict)}
        self.groups = [g for g in _list(ins, "quote_groups") if isinstance(g, dict)]


# ---------------------------------------------------------------- gold units

class Gold:
    def __init__(self, g: dict) -> None:
        self.g = g
        self.role: dict[Unit, str] = {}
        self.facts: dict[str, set[Unit]] = {}
        for fact in g.get("facts", []):
            mem = set()
            for m in fact.get("members", []):
                u = (m["file"], m["snippet"])
                mem.add(u)
                self.role[u] = m.get("role", "body")
            self.facts[fact["id"]] = mem
        for f, snippets in g.get("unique", {}).items():
            for s in snippets:
                self.role.setdefault((f, s), "body")
        self.fact_of: dict[Unit, set[str]] = {}
        for fid, mem in self.facts.items():
            for u in mem:
                self.fact_of.setdefault(u, set()).add(fid)

    def units_of(self, file: str, text: str) -> list[Unit]:
        """The gold sentences one system sentence stands for: the one it equals; else
        those it wholly holds (merged sentences); else the smallest that holds it (a
        piece of one); else the one it overlaps most."""
        t = norm(text)
        cands = [(u, norm(u[1])) for u in self.role if u[0] == file]
        if not t:
            return []
        same = [u for u, n in cands if n == t]
        if same:
            return same[:1]
        held = [u for u, n in cands if len(n) >= 12 and n in t]
        if held:
            return held
        holders = sorted((len(n), u) for u, n in cands if len(t) >= 12 and t in n)
        if holders:
            return [holders[0][1]]
        best = max(((_common(t, n), u) for u, n in cands), default=(0, None))
        return [best[1]] if best[1] is not None and overlaps(t, best[1][1]) else []


def _unit_map(sys_: System, gold: Gold) -> dict[str, list[Unit]]:
    return {sid: gold.units_of(f, t) for sid, (f, t) in sys_.sentences.items()}


# ---------------------------------------------------------------- the scores

def _pairs_of(groups: list[set[Unit]], keep) -> set[frozenset[Unit]]:
    out = set()
    for mem in groups:
        for a, b in combinations(sorted(mem), 2):
            if a[0] != b[0] and keep(a) and keep(b):
                out.add(frozenset((a, b)))
    return out


def fact_pairs(sys_: System, gold: Gold, umap: dict[str, list[Unit]], *, headlines: bool) -> dict[str, int]:
    keep = (lambda u: True) if headlines else (lambda u: gold.role.get(u) == "body")
    gp = _pairs_of(list(gold.facts.values()), keep)
    # a system fact pairs the units of its sentences that lie in different files
    sp = set()
    for sents in sys_.facts.values():
        for s1, s2 in combinations(sents, 2):
            for a in umap.get(s1, []):
                for b in umap.get(s2, []):
                    if a[0] != b[0] and keep(a) and keep(b):
                        sp.add(frozenset((a, b)))
    return {"tp": len(sp & gp), "sys": len(sp), "gold": len(gp)}


def _claim_hits(sys_: System, gold: Gold, umap, conflict: dict, fact: str, file: str, wording: str) -> list[str]:
    """Values the system conflict gives for `file` through a claim that is this wording in this fact."""
    out = []
    for v in _list(conflict, "values"):
        if sys_.file_of.get(str(v.get("article"))) != file:
            continue
        for cid in _list(v, "claims"):
            c = sys_.claims.get(str(cid), {})
            text = norm(c.get("text", ""))
            if not text or not (text in norm(wording) or norm(wording) in text):
                continue
            units = umap.get(str(c.get("sentence")), [])
            if any(fact in gold.fact_of.get(u, ()) for u in units):
                out.append(str(v.get("value")))
                break
    return out


def _flagged(sys_: System, gold: Gold, umap, item: dict, *, need_gold_differ: bool,
             among: list[dict] | None = None) -> bool:
    vals = item.get("values", [])
    for conflict in sys_.conflicts if among is None else among:
        got = {v["file"]: _claim_hits(sys_, gold, umap, conflict, item["fact"], v["file"], v["wording"])
               for v in vals}
        for a, b in combinations(vals, 2):
            if need_gold_differ and a.get("value") == b.get("value"):
                continue
            if any(x != y for x in got[a["file"]] for y in got[b["file"]]):
                return True
    return False


def numbers(sys_: System, gold: Gold, umap) -> dict[str, int]:
    cs, ts = gold.g.get("conflicts", []), gold.g.get("traps", [])
    unmatched = sum(not any(_flagged(sys_, gold, umap, c, need_gold_differ=True, among=[x]) for c in cs)
                    for x in sys_.conflicts)
    return {"conflicts": len(cs), "found": sum(_flagged(sys_, gold, umap, c, need_gold_differ=True) for c in cs),
            "traps": len(ts), "flagged": sum(_flagged(sys_, gold, umap, t, need_gold_differ=False) for t in ts),
            "sys_conflicts": len(sys_.conflicts), "sys_conflicts_unmatched": unmatched}


def _about(gold: Gold, units: set[Unit]) -> set[str]:
    """The gold facts a system fact can be read as: those whose members it overlaps at
    least half as well (Jaccard) as the best-matching one; just that one when its
    members are exactly the system fact's."""
    exact = {fid for fid, mem in gold.facts.items() if mem == units}
    if exact:
        return exact
    jac = {}
    for fid, mem in gold.facts.items():
        inter = len(units & mem)
        if inter:
            jac[fid] = inter / len(units | mem)
    best = max(jac.values(), default=0.0)
    return {fid for fid, j in jac.items() if j >= 0.5 * best}


def omissions_and_unique(sys_: System, gold: Gold, umap) -> dict[str, int]:
    out = {"omit_claims": 0, "omit_wrong": 0, "omit_unjudged": 0, "unique_claims": 0, "unique_wrong": 0,
           "unique_gold": sum(len(v) for v in gold.g.get("unique", {}).values()), "unique_found": 0}
    for gap in sys_.gaps:
        f = sys_.file_of.get(str(gap.get("article")))
        if f is None:
            continue
        for fid in _list(gap, "omitted_facts"):
            out["omit_claims"] += 1
            about = _about(gold, {u for s in sys_.facts.get(str(fid), []) for u in umap.get(s, [])})
            if not about:
                out["omit_unjudged"] += 1
            elif any(u[0] == f for g in about for u in gold.facts[g]):
                out["omit_wrong"] += 1
        found = set()
        for sid in _list(gap, "unique_sentences"):
            out["unique_claims"] += 1
            units = umap.get(str(sid), [])
            if any(gold.fact_of.get(u) for u in units):
                out["unique_wrong"] += 1
            found.update(u for u in units if not gold.fact_of.get(u))
        out["unique_found"] += len(found)
    return out


def _key(name: Any) -> str:
    s = str(name or "").lower().strip()
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^www\.", "", s)
    s = re.sub(r"\.(com|org|net|io|ca|co\.uk|uk|example|news)(/.*)?$", "", s)
    s = re.sub(r"[^a-z0-9]", "", s)
    return s[3:] if s.startswith("the") and len(s) > 3 else s


def outlets(sys_: System, gold: Gold) -> dict[str, int]:
    want = gold.g.get("outlets", {})
    return {"outlets": len(want), "outlets_right": sum(_key(sys_.outlet.get(f)) == _key(n) for f, n in want.items())}


def _same_speaker(system: Any, gold: str) -> bool:
    s, g = norm(system or "").replace(".", "").split(), norm(gold).split()
    return bool(s) and bool(g) and s[-1] == g[-1]


def quotes(sys_: System, gold: Gold) -> dict[str, int]:
    out = {"quotes": 0, "quotes_found": 0, "speakers_right": 0}
    for q in gold.g.get("quotes", []):
        members = q.get("members", [])
        if len({m["file"] for m in members}) < 2:
            continue
        out["quotes"] += 1
        best: tuple[dict, dict[str, Any]] | None = None
        for grp in sys_.groups:
            hit: dict[str, Any] = {}
            for qid in _list(grp, "quotes"):
                sq = sys_.quotes.get(str(qid), {})
                f = sys_.file_of.get(str(sq.get("article")))
                for m in members:
                    if m["file"] == f and m["file"] not in hit and overlaps(m["snippet"], sq.get("text", "")):
                        hit[f] = sq
            need = max(2, (len({m["file"] for m in members}) + 1) // 2)
            if len(hit) >= need and (best is None or len(hit) > len(best[1])):
                best = (grp, hit)
        if best is None:
            continue
        out["quotes_found"] += 1
        grp, hit = best
        spk = {m["file"]: m["speaker"] for m in members}
        right = all(_same_speaker(sq.get("speaker_name"), spk[f]) for f, sq in hit.items())
        differ = len({spk[f] for f in hit}) > 1
        out["speakers_right"] += int(right and bool(grp.get("speakers_differ")) == differ)
    return out


def score_story(gold_doc: dict, analysis: dict) -> dict[str, int]:
    """All counts for one story (pool stories by adding counts)."""
    gold = Gold(gold_doc)
    sys_ = System(analysis, gold_doc)
    umap = _unit_map(sys_, gold)
    out: dict[str, int] = {"analyzed": int(bool(sys_.sentences))}
    for hl in (True, False):
        tag = "" if hl else "_body"
        for k, v in fact_pairs(sys_, gold, umap, headlines=hl).items():
            out[f"pairs_{k}{tag}"] = v
    out.update(numbers(sys_, gold, umap))
    out.update(omissions_and_unique(sys_, gold, umap))
    out.update(outlets(sys_, gold))
    out.update(quotes(sys_, gold))
    return out


def _div(a: int, b: int, empty: float = 1.0) -> float:
    return a / b if b else empty


def metrics(c: dict[str, int]) -> dict[str, float]:
    """Rates from (pooled or per-story) counts."""
    m: dict[str, float] = {}
    for tag in ("", "_body"):
        p = _div(c[f"pairs_tp{tag}"], c[f"pairs_sys{tag}"], 0.0)
        r = _div(c[f"pairs_tp{tag}"], c[f"pairs_gold{tag}"], 0.0)
        m[f"fact_p{tag}"], m[f"fact_r{tag}"] = p, r
        m[f"fact_f1{tag}"] = 2 * p * r / (p + r) if p + r else 0.0
    m["conflicts_found"] = _div(c["found"], c["conflicts"])
    m["traps_flagged"] = _div(c["flagged"], c["traps"], 0.0)
    m["omit_wrong"] = _div(c["omit_wrong"], c["omit_claims"], 0.0)
    m["unique_wrong"] = _div(c["unique_wrong"], c["unique_claims"], 0.0)
    m["unique_recall"] = _div(c["unique_found"], c["unique_gold"])
    m["outlets_right"] = _div(c["outlets_right"], c["outlets"])
    m["quotes_found"] = _div(c["quotes_found"], c["quotes"])
    m["speakers_right"] = _div(c["speakers_right"], c["quotes_found"], 0.0)
    return m


def pool(per_story: dict[str, dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for counts in per_story.values():
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    return total


def score_all(analyses: dict[str, dict], folders: list[Path] | None = None) -> dict[str, dict[str, int]]:
    folders = folders or story_folders()
    return {f.name: score_story(load_gold(f), analyses.get(f.name, {})) for f in folders}
