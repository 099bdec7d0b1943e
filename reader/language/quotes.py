"""Direct quotations and who said them, found once per analysis.

A quote is the strongest claim an article makes ("these are the words"). This
module finds quotations in the body text (straight, curly and angle marks; a
quote that runs over several sentences, or on into the next paragraph under the
newspaper convention of reopening the quote without closing it) and attributes
each to a speaker with reporting-verb patterns over the linked entity mentions
(no parser needed). The quotes travel in `Analysis.quotes`: the aligner keeps
two speakers' words apart with them, and reader.compare.quotes groups them
across outlets without finding them again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.model import Article, Entity, Quote, Sentence

_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
_CLOSE = {"\u201d", "\u00bb"}

_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|stated|states|declared|declares|noted|notes|"
    "explained|explains|warned|warns|insisted|insists|argued|argues|wrote|writes|replied|replies|"
    "remarked|recalled|urged|urges|stressed|stresses|stressing|emphasized|emphasised|emphasizes|"
    "underscored|acknowledged|conceded|claimed|claims|announced|announces|continued|cautioned|"
    "responded|responds|saying|telling|adding|described|describes"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")  # lower case only: "United States" is no verb
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_PRONOUNS = {"he": "person", "she": "person", "it": "org"}
_SKIP_BEFORE_VERB = {"also", "later", "then", "previously", "once", "had", "has", "have", "was", "reportedly",
                     "further", "again", "earlier"}
_NOMINAL = re.compile(r"\b(?:the|a|an|one)\s+(?:[\w.'’-]+\s+){0,4}?[\w'’-]+$", re.IGNORECASE)
_SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}

#: The same quote in two outlets: at most one word in five differs.
# ---------------------------------------------------------------- finding quotes


def _paragraphs(art: Article) -> list[list[Sentence]]:
    """Body sentences in runs separated by a line break."""
    paras: list[list[Sentence]] = []
    prev_end: int | None = None
    for s in art.sentences:
        if prev_end is None or "\n" in art.text[prev_end:s.start]:
            paras.append([])
        paras[-1].append(s)
        prev_end = s.end
    return paras


def _straight_opens(text: str, i: int) -> bool:
    """Whether a straight double quote at `i` opens (rather than closes) a quote."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return True
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not before.isalnum()


def _raw_quotes(art: Article) -> list[tuple[int, int, bool]]:
    """(start, end, continues_previous) of each quoted passage, in text order."""
    out: list[tuple[int, int, bool]] = []
    text = art.text
    carry = False  # the previous paragraph ended inside a quote
    for para in _paragraphs(art):
        open_at: int | None = None
        cont = False
        lead = text[para[0].start:para[0].end].lstrip()
        if carry and lead[:1] in _OPEN or (carry and lead[:1] == '"'):
            cont = True
        carry = False
        for s in para:
            for i in range(s.start, s.end):
                ch = text[i]
                if open_at is None and (ch in _OPEN or (ch == '"' and _straight_opens(text, i))):
                    open_at = i + 1
                elif open_at is not None and (ch in _CLOSE or ch == '"'):
                    if i > open_at:
                        out.append((open_at, i, cont))
                    cont = False
                    open_at = None
                elif open_at is not None and ch in _OPEN:
                    open_at = i + 1  # an unclosed mark followed by a new opening one
        if open_at is not None:
            # Still open at the paragraph's end: the newspaper convention for a
            # quote that goes on in the next paragraph, which reopens it.
            end = para[-1].end
            while end > open_at and not (text[end - 1].isalnum() or text[end - 1] in ".!?"):
                end -= 1
            if end > open_at:
                out.append((open_at, end, cont))
                carry = True
    return out


# ---------------------------------------------------------------- speakers


@dataclass(frozen=True)
class _Ment:
    start: int
    end: int
    entity: str
    label: str
    name: str


def _mentions(entities: Sequence[Entity]) -> dict[str, list[_Ment]]:
    out: dict[str, list[_Ment]] = {}
    for e in entities:
        if e.label not in _SPEAKER_LABELS:
            continue
        for m in e.mentions:
            out.setdefault(m.article, []).append(_Ment(m.start, m.end, e.id, e.label, e.name))
    for v in out.values():
        v.sort(key=lambda m: m.start)
    return out


def _in(ments: list[_Ment], start: int, end: int) -> list[_Ment]:
    i = bisect_left([m.start for m in ments], start)
    out = []
    while i < len(ments) and ments[i].start < end:
        if ments[i].end <= end:
            out.append(ments[i])
        i += 1
    return out


def _pick(cands: list[_Ment]) -> _Ment | None:
    """The subject among mentions: the first person, else the first organisation or place."""
    for m in cands:
        if m.label == "PERSON":
            return m
    return cands[0] if cands else None


_FRONTED = re.compile(r"(?:in|on|at|after|before|during|while|shortly|despite|since|following|earlier|later|"
                      r"last|this|over|amid|when|as)\b[^,\u201c\u201d\"]{0,80},\s*", re.IGNORECASE)


def _skip_fronted(text: str, lo: int, hi: int) -> int:
    """Start of the clause's subject, past a fronted adverbial ("In early May, ...")."""
    seg = text[lo:hi]
    lead = len(seg) - len(seg.lstrip(" \u201d\",."))
    pos = lead
    while (m := _FRONTED.match(seg, pos)) is not None:
        pos = m.end()
    return lo + pos if pos > lead else lo


def _word_before(text: str, pos: int, lo: int) -> tuple[str, int]:
    """The word before `pos` (skipping adverbs and auxiliaries), and where it starts."""
    seg = text[lo:pos]
    for m in reversed(list(re.finditer(r"[\w'’]+", seg))):
        w = m.group().lower()
        if w in _SKIP_BEFORE_VERB:
            continue
        return w, lo + m.start()
    return "", lo


class _Attributor:
    def __init__(self, entities: Sequence[Entity]) -> None:
        self.ments = _mentions(entities)

    def attribute(self, art: Article, start: int, end: int, quoted: list[tuple[int, int]]
                  ) -> tuple[_Ment | None, str | None, str, int]:
        """(entity mention, nominal name, how, where) of the speaker of the quote [start, end)."""
        text = art.text
        ments = [m for m in self.ments.get(art.id, [])
                 if not any(qs <= m.start < qe for qs, qe in quoted)]
        sent_end = next((s for s in art.sentences if s.start <= end <= s.end), None)
        sent_start = next((s for s in art.sentences if s.start <= start <= s.end), None)
        # "..." X said / "..." said X / "...," X, the ..., told Y
        if sent_end is not None:
            lo = end + 1
            hi = min([qs - 1 for qs, _ in quoted if qs > end and qs <= sent_end.end] + [sent_end.end])
            tail = text[lo:hi]
            v = _VERB.search(tail)
            if v and len(tail[:v.start()].split()) <= 14:
                vs, ve = lo + v.start(), lo + v.end()
                got = self._subject(art, ments, lo, vs, ve, hi, start)
                if got is not None:
                    return got
            a = _ACCORDING.search(tail)
            if a:
                after = _in(ments, lo + a.end(), hi)
                if after:
                    return after[0], None, "according", after[0].start
        # X said "..." / X told Y that "..." / according to X, "..."
        if sent_start is not None:
            lo = max([qe + 1 for qs, qe in quoted if qe < start and qe >= sent_start.start] + [sent_start.start])
            head = text[lo:max(lo, start - 1)]
            a = _ACCORDING.search(head)
            if a:
                after = _in(ments, lo + a.end(), start)
                if after:
                    return after[0], None, "according", after[0].start
            verbs = list(_VERB.finditer(head))
            if verbs:
                v = verbs[-1]
                vs, ve = lo + v.start(), lo + v.end()
                got = self._subject(art, ments, lo, vs, ve, start - 1, start, before=True)
                if got is not None:
                    return got
        return None, None, "", -1

    def _subject(self, art: Article, ments: list[_Ment], lo: int, vs: int, ve: int, hi: int, qstart: int,
                 before: bool = False) -> tuple[_Ment | None, str | None, str, int] | None:
        text = art.text
        how = "before" if before else "after"
        word, wpos = _word_before(text, vs, lo)
        if word in _PRONOUNS:
            m = self.resolve(art, ments, wpos, _PRONOUNS[word])
            return m, (None if m else word), "pronoun", wpos
        lo = _skip_fronted(text, lo, vs)
        pre = _in(ments, lo, vs)
        m = _pick(pre)
        if m is not None:
            return m, None, how, m.start
        nominal = _NOMINAL.search(text[lo:vs].rstrip(" ,"))
        if nominal and len(nominal.group().split()) <= 6:
            return None, nominal.group(), how, lo + nominal.start()
        if not before:
            # said X: the first mention just after the verb
            post = _in(ments, ve, min(hi, ve + 60))
            if post and not text[ve:post[0].start].strip(" ,").count(" ") > 2:
                return post[0], None, how, post[0].start
            after = text[ve:hi]
            nom = re.match(r"\s+((?:the|a|an)\s+(?:[\w.'’-]+\s+){0,4}?[\w'’-]+)", after, re.IGNORECASE)
            if nom:
                return None, nom.group(1), how, ve + nom.start(1)
        return None

    def resolve(self, art: Article, ments: list[_Ment], pos: int, kind: str) -> _Ment | None:
        """The nearest fitting antecedent of a pronoun at `pos`: the subject (first
        fitting mention) of the nearest sentence before it that has one."""
        fits = (lambda m: m.label == "PERSON") if kind == "person" else (lambda m: m.label in ("ORG", "GPE"))
        here = next((s for s in art.sentences if s.start <= pos <= s.end), None)
        if here is not None:
            cands = [m for m in _in(ments, here.start, pos) if fits(m)]
            if cands:
                return cands[0]
            idx = here.index
        else:
            idx = len(art.sentences)
        for s in reversed(art.sentences[max(0, idx - 3):idx]):
            cands = [m for m in _in(ments, s.start, s.end) if fits(m)]
            if cands:
                return cands[0]
        return None


def find_quotes(articles: Sequence[Article], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Every quotation of every article, with its speaker when the text gives one."""
    att = _Attributor(entities)
    out: list[Quote] = []
    for art in articles:
        raw = _raw_quotes(art)
        spans = [(s, e) for s, e, _ in raw]
        prev: Quote | None = None
        for k, (start, end, cont) in enumerate(raw):
            sents = tuple(s.id for s in art.sentences if s.start < end and start < s.end)
            ment, nominal, how, _ = att.attribute(art, start, end, spans)
            speaker = ment.entity if ment else None
            name = ment.name if ment else nominal
            continues = prev.id if (cont and prev is not None) else None
            if how == "pronoun" and ment is None and prev is not None and prev.speaker is not None \
                    and _near(art, prev, start):
                speaker, name = prev.speaker, prev.speaker_name
            if not how and prev is not None and (cont or _same_paragraph(art, prev.end, start)):
                speaker, name, how = prev.speaker, prev.speaker_name, ("continued" if speaker or name else "")
            q = Quote(id=f"{art.id}.q{k}", article=art.id, start=start, end=end, text=art.text[start:end],
                      sentences=sents, speaker=speaker, speaker_name=name, via=how, continues=continues)
            out.append(q)
            prev = q
        # A quote opening a paragraph with no cue of its own, followed in the same
        # paragraph by an attributed one ("A." ... "B," he said) is left as found.
    return _backfill(tuple(out))


def _backfill(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """A continued quote whose later part names the speaker gives the name to its earlier parts."""
    by_id = {q.id: q for q in quotes}
    fixed = dict(by_id)
    for q in reversed(quotes):
        if q.continues and q.speaker_name:
            prev = fixed[q.continues]
            if not prev.speaker_name:
                fixed[prev.id] = Quote(prev.id, prev.article, prev.start, prev.end, prev.text, prev.sentences,
                                       q.speaker, q.speaker_name, "continued", prev.continues)
    for q, nxt in zip(quotes, quotes[1:], strict=False):
        cur, after = fixed[q.id], fixed[nxt.id]
        if not cur.speaker_name and after.speaker_name and after.via in ("after", "according") \
                and set(cur.sentences) & set(after.sentences):
            fixed[q.id] = Quote(cur.id, cur.article, cur.start, cur.end, cur.text, cur.sentences,
                                after.speaker, after.speaker_name, "continued", cur.continues)
    return tuple(fixed[q.id] for q in quotes)


def _same_paragraph(art: Article, a: int, b: int) -> bool:
    return "\n" not in art.text[a:b]


def _near(art: Article, prev: Quote, start: int) -> bool:
    return art.text.count("\n\n", prev.end, start) <= 1 and start - prev.end < 600


# ---------------------------------------------------------------- similarity


def quote_similarity(a: str, b: str) -> float:
    """How alike two normalised quotes are, word by word: the best match of the
    shorter against a stretch of the longer (0..1).

    Words, not characters: "maintain" and "managing" share letters but are
    different words, and a quote that changes a word in four has drifted.
    """
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    n = len(wa)
    if n == 0:
        return 0.0
    if n >= len(wb):
        return SequenceMatcher(None, wa, wb, autojunk=False).ratio()
    sm = SequenceMatcher(None, autojunk=False)
    sm.set_seq2(wa)
    best = 0.0
    first = set(wa)
    # A stretch one word shorter lets the longer quote drop a word; only for
    # quotes long enough that one word is not most of the evidence.
    for size in ((n - 1, n, n + 1) if n >= 5 else (n, n + 1)):
        if size < 1 or size > len(wb):
            continue
        for k in range(len(wb) - size + 1):
            if wb[k] not in first and wb[k + size - 1] not in first:
                continue
            sm.set_seq1(wb[k:k + size])
            r = sm.ratio()
            if r > best:
                best = r
    return best
