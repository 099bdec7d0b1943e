"""Linking entity mentions across outlets into one entity per real-world referent.

spaCy's small model finds names well but labels them unreliably (a bare
surname like "Han" often comes out as NORP), so linking works on normalised
text, not on labels: "Mr. Blinken" = "Blinken" = "Antony Blinken";
"U.S." = "US" = "United States" (an acronym is linked to the name whose
initials it spells); "US-China" is two mentions. Once a name is known, every
other occurrence of its forms in the story's body is a mention too, which
recovers what the tagger missed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from sys import intern

from reader.language.coref import CORPORATE
from reader.language.entity_rules import OFFICE_TITLES, add_surnames, lower_words, not_a_name, titled_names
from reader.model import Article, Entity, Mention
from reader.text import fold

from .nlp import SpanDoc

#: Labels that name things; numbers and amounts are claims, not entities.
ENTITY_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                 "LANGUAGE", "DATE"}

_LABEL_ORDER = {label: n for n, label in enumerate(
    ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE"))}

_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rep", "sen",
    "senator", "representative", "gov", "governor", "president", "vice", "vice-president", "premier",
    "prime", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "pope", "judge",
    "justice", "gen", "general", "col", "colonel", "lt", "capt", "captain", "adm", "admiral", "sgt",
    "mayor", "chairman", "chairwoman", "chair", "ceo", "leader", "spokesman", "spokeswoman",
    "spokesperson", "former", "us", "u.s.", "deputy", "foreign", "state", "the",
} | OFFICE_TITLES
#: Words before a name that say it is a person's ("Councilmember Priya Nand"): see `titled_names`.
#: Royal titles are left out: "Prince George's County", "Queen Elizabeth Hospital" are places.
TITLE_WORDS = frozenset(_TITLES - {"the", "us", "u.s.", "state", "foreign", "former", "vice", "prime", "deputy",
                                   "chief", "executive", "director", "manager", "general", "president-elect",
                                   "king", "queen", "prince", "princess", "lord", "lady", "sir", "dame", "pope"})
_LEADING_DROP = {"the", "a", "an"}
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "&", "de", "du", "la", "le"}
_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?", re.UNICODE)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_ABBREV = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}")  # "U.S.", "UK", "EU"
#: A lower-case hyphenated tail the tagger cut off a name: "Moon Jae[-in]", "Jean-[luc]".
_NAME_TAIL = re.compile(r"-[a-z]{1,4}\b")


def name_key(text: str) -> str:
    """Normalised form of a name for linking: 'the U.S.’s' -> 'us'."""
    t = fold(text).strip()
    t = _POSSESSIVE.sub("", t)
    # "Asia-Pacific" and "Asia Pacific", "Vice-President" and "Vice President"
    words = [w.lower().replace(".", "") for w in re.split(r"[\s-]+", t) if w]
    words = [w.strip("\"'()[],;:") for w in words]
    words = [w for w in words if w]
    while words and words[0] in _LEADING_DROP:
        words = words[1:]
    return " ".join(words)


def _strip_titles(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


def _initials(key: str) -> str:
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in _SMALL_WORDS]
    return "".join(w[0] for w in words if w[0].isalpha())


@dataclass(slots=True)  # one per name the tagger found: no per-instance dict
class _Raw:
    article: int
    start: int
    end: int
    text: str
    label: str
    key: str


def _split_compound(text: str, start: int, label: str = "") -> list[tuple[int, int, str]]:
    """'US-China' -> [('US'), ('China')]; 'U.S.–China' likewise. A hyphenated
    person or organisation name stays whole ('Hewlett-Packard', 'Rolls-Royce')
    unless one side is an abbreviation ('U.S.-China')."""
    folded = fold(text)
    parts = [p for p in re.finditer(r"[^-]+", folded)]
    if label in ("PERSON", "ORG") and not any(_ABBREV.fullmatch(p.group(0).strip()) for p in parts):
        return [(start, start + len(text), text)]
    if len(parts) == 2 and all(p.group(0)[:1].isupper() for p in parts) and "-" in folded:
        out = []
        for p in parts:
            s, e = p.span()
            seg = text[s:e]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if seg:
                out.append((start + s + lead, start + s + lead + len(seg), seg))
        return out
    return [(start, start + len(text), text)]


def _trim(text: str, start: int) -> tuple[int, int, str]:
    """Drop a leading article and a trailing possessive from a mention span."""
    m = re.match(r"(?i)(the|a|an)\s+", text)
    if m:
        text, start = text[m.end():], start + m.end()
    p = re.search(r"['’]s?$", text)
    if p and len(text) > 2:
        text = text[: p.start()]
    return start, start + len(text), text


def _raw_mentions(parsed: Iterable[SpanDoc], lower: set[str]) -> list[_Raw]:
    """The tagger's names, and the names after a title that it missed (`titled_names`; not when
    a word of one is used in lower case in the story: "Officer Involved Shooting")."""
    raws: list[_Raw] = []
    for sd in parsed:
        people = [(s, t) for s, t in titled_names(sd.doc, TITLE_WORDS, _TITLES)
                  if not any(w.lower() in lower for w in sd.doc.text[s:t].split())]
        ents = [(e.label_, e.text, e.start_char, e.end_char) for e in sd.doc.ents
                if not any(s < e.end_char and e.start_char < t and e.label_ != "PERSON" for s, t in people)]
        covered = [(s, t) for label, _x, s, t in ents if label == "PERSON"]
        ents += [("PERSON", sd.doc.text[s:t], s, t) for s, t in people
                 if not any(a < t and s < b for a, b in covered)]
        for label, text, start_char, end_char in ents:
            if label == "PERSON":
                tail = _NAME_TAIL.match(sd.doc.text, end_char)
                text = sd.doc.text[start_char: tail.end()] if tail else text
            pieces = _split_compound(text, start_char, label)
            if label not in ENTITY_LABELS and len(pieces) < 2:
                continue
            for s, _e, seg in pieces:
                s2, e2, seg2 = _trim(seg, s)
                key = name_key(seg2)
                if not key or not any(ch.isalpha() for ch in key) or not_a_name(sd.doc.text, s2, seg2):
                    continue
                lab = label if label in ENTITY_LABELS else "GPE"
                raws.append(_Raw(sd.article, sd.offset + s2, sd.offset + e2, seg2, lab, key))
    return raws


class _Clusters:
    """Union-find over canonical keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep the longer (more complete) name as the root
            if (len(rb), rb) > (len(ra), ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


def link_entities(articles: Sequence[Article], parsed: Iterable[SpanDoc]) -> list[Entity]:
    lower = lower_words(articles)
    raws = _split_at_numbers(_raw_mentions(parsed, lower))
    if not raws:
        return []
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for r in raws:
        labels[_strip_titles(r.key)][r.label] += 1
    keys = set(labels)
    uf = _Clusters()
    for k in keys:
        uf.find(k)
    _join_people(keys, labels, uf)
    _join_acronyms(keys, uf)
    _join_short_forms(keys, uf)

    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[uf.find(k)].append(k)

    # Every occurrence of a known form in body text is a mention (recall).
    forms: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        forms[uf.find(_strip_titles(r.key))].add(r.text)
    add_surnames(forms, {root for root, ks in groups.items() if any(labels[k]["PERSON"] for k in ks)}, lower)
    mentions = _propagate(articles, raws, uf, forms)

    return _entities(articles, mentions, groups, labels)


def _join_people(keys: set[str], labels: dict[str, Counter[str]], uf: _Clusters) -> None:
    # Person names: a one-word key joins the multi-word person name it ends or
    # starts (family names come first in Chinese, Korean, Hungarian names).
    persons = [k for k in keys if labels[k]["PERSON"] and len(k.split()) >= 2]
    by_token: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        toks = k.split()
        by_token[toks[-1]].append(k)
        if toks[0] != toks[-1]:
            by_token[toks[0]].append(k)
    for k in keys:
        if len(k.split()) == 1 and k in by_token:
            cands = by_token[k]
            # surname-first matches only when unambiguous
            if len(cands) == 1:
                uf.union(k, cands[0])
            else:
                last = [c for c in cands if c.split()[-1] == k]
                if len(last) == 1:
                    uf.union(k, last[0])


def _join_acronyms(keys: set[str], uf: _Clusters) -> None:
    # Acronyms: 'us' joins 'united states', 'apec' joins 'asia-pacific economic cooperation'.
    multi = [k for k in keys if len(re.split(r"[\s-]+", k)) >= 2]
    initials: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        initials[_initials(k)].append(k)
        # 'group of 20' -> 'g20'
        m = re.fullmatch(r"([a-z])\w* of (\d+)", k)
        if m:
            initials[m.group(1) + m.group(2)].append(k)
    for k in keys:
        if len(k.split()) == 1 and len(k) >= 2 and k in initials:
            target = max(initials[k], key=lambda name: (len(name), name))
            uf.union(k, target)
    # Names that contain an acronym: 'un general assembly' joins 'united nations general assembly'.
    expansions = {k: uf.find(k) for k in keys if len(k.split()) == 1 and uf.find(k) != k}
    for k in multi:
        words = k.split()
        expanded = " ".join(expansions.get(w, w) for w in words)
        if expanded != k and expanded in keys:
            uf.union(k, expanded)


def _entities(articles: Sequence[Article], mentions: Sequence[tuple[int, int, int, str, str]],
              groups: dict[str, list[str]], labels: dict[str, Counter[str]]) -> list[Entity]:
    """One entity per cluster root, most widely mentioned first."""
    entities: list[Entity] = []
    by_root: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    for art_i, s, e, text, root in mentions:
        by_root[root].append((art_i, s, e, text))
    ordered = sorted(by_root.items(), key=lambda kv: (-len({m[0] for m in kv[1]}), -len(kv[1]), kv[0]))
    starts = [[s.start for s in a.sentences] for a in articles]
    for n, (root, ms) in enumerate(ordered):
        label_count: Counter[str] = Counter()
        for k in groups.get(root, [root]):
            label_count.update(labels.get(k, Counter()))
        label = _choose_label(label_count)
        name = _display_name(root, [m[3] for m in ms])
        men = []
        for art_i, s, e, text in sorted(ms):
            art = articles[art_i]
            men.append(Mention(article=art.id, sentence=_sentence_at(art, starts[art_i], s, e), start=s, end=e,
                               text=intern(text)))  # one copy of a name however often it is mentioned
        entities.append(Entity(id=f"e{n}", name=name, label=label, mentions=tuple(men)))
    return entities


def _choose_label(count: Counter[str]) -> str:
    if not count:
        return "MISC"
    # A cluster that contains any full person name is a person, whatever the
    # tagger said about its bare-surname mentions.
    if count["PERSON"] and count["PERSON"] >= 0.25 * sum(count.values()):
        return "PERSON"
    # ties go to the more common kind of name, never to the order a set iterated in
    return max(count, key=lambda label: (count[label], -_LABEL_ORDER.get(label, len(_LABEL_ORDER)), label))


def _display_name(root: str, texts: list[str]) -> str:
    best = Counter(t for t in texts if name_key(t) == root)
    if best:
        return best.most_common(1)[0][0]
    return max(texts, key=len) if texts else root


def _sentence_at(art: Article, starts: list[int], s: int, e: int) -> str | None:
    i = bisect_right(starts, s) - 1
    if i >= 0:
        sent = art.sentences[i]
        if sent.start <= s and e <= sent.end:
            return sent.id
    return None


def _propagate(articles: Sequence[Article], raws: list[_Raw], uf: _Clusters,
               forms: dict[str, set[str]]) -> list[tuple[int, int, int, str, str]]:
    """Mentions found by the tagger, plus every other body occurrence of a known form."""
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    out: list[tuple[int, int, int, str, str]] = []
    for r in raws:
        out.append((r.article, r.start, r.end, r.text, uf.find(_strip_titles(r.key))))
        taken[r.article].append((r.start, r.end))
    # forms that are capitalised names (not dates or lowercase words), longest
    # first, in one alternation so each sentence is scanned once
    root_of: dict[str, str] = {}
    for root, fs in forms.items():
        for f in fs:
            if len(f) >= 2 and f[0].isupper() and not f.isdigit():
                root_of.setdefault(f, root)
    if not root_of:
        return out
    alternation = "|".join(re.escape(f) for f in sorted(root_of, key=len, reverse=True))
    pat = re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w])")
    for art_i, art in enumerate(articles):
        spans = taken[art_i]
        for sent in art.sentences:
            for m in pat.finditer(art.text, sent.start, sent.end):
                s, e = m.span()
                if any(a < e and s < b for a, b in spans):
                    continue
                spans.append((s, e))
                out.append((art_i, s, e, m.group(0), root_of[m.group(0)]))
    return out


def _join_short_forms(keys: set[str], uf: _Clusters) -> None:
    """An organisation's name without its trailing generic words is the organisation: 'veltron'
    joins 'veltron systems', 'carrow' joins 'carrow technologies inc', 'green harbour' joins
    'green harbour party' (only when one such name has it)."""
    longer: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys):
        words = k.split()
        cut = len(words)
        while cut > 1 and words[cut - 1] in _GENERIC_TAIL:
            cut -= 1
        for end in range(cut, len(words)):  # every shorter form: 'a b inc corp' -> 'a b', 'a b inc'
            longer[" ".join(words[:end])].append(k)
    for short, names in sorted(longer.items()):
        if short in keys and len(names) == 1:
            uf.union(short, names[0])


#: Trailing words a name is also given without: corporate words, and "party" ("the Labour
#: Party" / "Labour"): a party is named by its distinctive words alone as often as in full.
_GENERIC_TAIL = CORPORATE | {"party"}


def _split_at_numbers(raws: list[_Raw]) -> list[_Raw]:
    """A name with bare numbers inside is the tagger running a scoreline or a list together
    ("Kestrel 3 Marlow 1"): split at the numbers when there are two names or more and each is one
    the story gives elsewhere, so the names link and the numbers count as numbers."""
    keys = {r.key for r in raws}
    out: list[_Raw] = []
    for r in raws:
        words = list(re.finditer(r"\S+", r.text))
        if not any(w.group().isdigit() for w in words):
            out.append(r)
            continue
        pieces: list[list[re.Match[str]]] = [[]]
        for w in words:
            if w.group().isdigit():
                pieces.append([])
            else:
                pieces[-1].append(w)
        found = [(p[0].start(), p[-1].end()) for p in pieces if p]
        split = [_Raw(r.article, r.start + a, r.start + b, r.text[a:b], r.label, name_key(r.text[a:b]))
                 for a, b in found]
        if len(split) >= 2 and all(x.key in keys for x in split):  # "Route 9" stays one name
            out.extend(split)
        else:
            out.append(r)
    return out
