"""The analysis a system in full agreement with one story's gold would print.

Scoring it must give perfect figures; a test does exactly that, so a flaw in the
scorer (or an ambiguity in the gold) shows up as a failing test, not as a wrong bar.
"""

from __future__ import annotations


def perfect_analysis(gold: dict) -> dict:
    """The analysis a system that agrees with the gold in every respect would print."""
    arts, sid, claims, conflicts, quotes, groups = [], {}, [], [], [], []
    for i, f in enumerate(gold["files"]):
        texts = [m["snippet"] for x in gold["facts"] for m in x["members"] if m["file"] == f]
        texts += gold["unique"].get(f, [])
        sents = []
        for t in dict.fromkeys(texts):
            sid[(f, t)] = f"a{i}.s{len(sents)}"
            sents.append({"id": sid[(f, t)], "text": t})
        arts.append({"id": f"a{i}", "path": f"stories/{f}", "outlet": gold["outlets"][f], "sentences": sents})
    art = {f: f"a{i}" for i, f in enumerate(gold["files"])}
    facts = {x["id"]: x for x in gold["facts"]}
    for c in gold["conflicts"]:
        values = []
        for v in c["values"]:
            member = next(m for m in facts[c["fact"]]["members"]
                          if m["file"] == v["file"] and v["wording"] in m["snippet"])
            claims.append({"id": f"c{len(claims)}", "sentence": sid[(v["file"], member["snippet"])],
                           "text": v["wording"]})
            values.append({"article": art[v["file"]], "value": v["value"], "claims": [claims[-1]["id"]]})
        conflicts.append({"fact": c["fact"], "values": values})
    for q in gold["quotes"]:
        ids = []
        for m in q["members"]:
            ids.append(f"q{len(quotes)}")
            quotes.append({"id": ids[-1], "article": art[m["file"]], "text": m["snippet"],
                           "speaker_name": m["speaker"]})
        groups.append({"quotes": ids, "speakers_differ": q["speakers_differ"]})
    return {"articles": arts,
            "facts": [{"id": x["id"], "sentences": [sid[(m["file"], m["snippet"])] for m in x["members"]]}
                      for x in gold["facts"]],
            "insights": {"claims": claims, "number_conflicts": conflicts, "quotes": quotes, "quote_groups": groups,
                         "outlets": [{"article": art[f], "omitted_facts": gold["omissions"].get(f, []),
                                      "unique_sentences": [sid[(f, t)] for t in gold["unique"].get(f, [])]}
                                     for f in gold["files"]]}}
