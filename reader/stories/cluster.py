"""`cluster_stories`: documents in, stories out, the same stories for the same input."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse

from reader.model import Document
from reader.parallel import Engine, run_map

from .attach import attach_stragglers
from .components import component_labels
from .dates import day_number, iso_day
from .features import article_features, furniture, lowercase_words
from .linkage import average_linkage
from .model import Story, StoryArticle
from .participants import one_participant
from .split import split_bursts
from .spread import discount, spread_names
from .vectors import FeedMatrix, Pairs, _shared, candidate_pairs, feed_matrix


@dataclass(frozen=True)
class StorySettings:
    """The knobs of story clustering; the defaults are the measured operating point."""

    #: Mean similarity two groups need to merge (average linkage).
    threshold: float = 0.11
    #: A pair of groups with one link this strong gets `strong_bonus` added to its mean.
    strong: float = 0.2
    strong_bonus: float = 0.0
    #: Pairs below this similarity are not links at all; candidates start lower, since a
    #: shared rare full name adds `name_bonus` (per name, at most `max_names` of them).
    min_cosine: float = 0.1
    candidate_cosine: float = 0.03
    name_bonus: float = 0.1
    max_names: int = 3
    name_df: int = 10
    #: ... but none for a name that is all the two articles share of their participants (one person
    #: in all their forms, no other name, no number), unless they are dated more than this many
    #: days apart (a follow-up months later names its victim again and little else; -1: always).
    lone_name_days: float = 3.0
    #: A link needs this many shared rare identifiers (names, places, numbers).
    min_shared_ids: int = 1
    #: A feature shared by more than this share of the feed (and more than `min_max_df`
    #: articles) proposes no pairs: it names a topic, not an event.
    max_df_share: float = 0.02
    min_max_df: int = 30
    #: The same for names, places and numbers, which a big story shares more widely.
    id_max_df_share: float = 0.05
    min_id_max_df: int = 200
    #: Articles further apart than this many days link less, by halves per `date_halflife`.
    date_grace: int = 3
    date_halflife: float = 14.0
    #: ... but never below this factor: a trial months later still names the same people.
    date_floor: float = 0.3
    #: Average linkage divides a pair of groups' summed similarity by (size_a * size_b) ** this.
    #: Below 1, a big story can absorb an article that links strongly to several of its
    #: members even though most of its members do not link to it (mixed wording).
    size_power: float = 0.6
    #: ... and this when no article of the feed is dated (in between, by the share undated):
    #: without dates nothing else keeps two same-kind events of one city apart, and the size
    #: credit would let a big story absorb them one link at a time.
    undated_power: float = 1.0
    #: Factor on the similarity of two articles whose shared rare names are all places:
    #: 0, so a link needs a shared person, organisation or number, not just a city.
    places_only: float = 0.0
    #: ... but this factor when the two are dated within `date_grace` days of each other.
    near_places: float = 1.0
    #: Two articles dated within `near_min_days` of each other link from this similarity on
    #: (`min_cosine` otherwise): one event's same-day reports, worded apart, share little more
    #: than its place and a few words, and a weak link also keeps a straggler from a wrong story.
    near_min_cosine: float = 0.04
    near_min_days: int = 1
    #: A name found in `spread_events` event cores or more (articles joined by shared words and
    #: numbers, not names, worth `core` of their cosine) is a well-known participant of many
    #: events, a topic more than an event: its part of a link weighs `spread_weight`.
    spread_events: int = 2
    core: float = 0.15
    spread_weight: float = 0.3
    #: A group of at most `attach_size` articles whose links all go to one story of at least
    #: `attach_target` articles joins it when its strongest link there reaches `attach_link`
    #: (a follow-up or an angle piece that average linkage left alone), unless the linkage left
    #: more than `attach_alone` of the feed's articles alone: there, one is an event of its own.
    attach_size: int = 1
    attach_link: float = 0.1
    #: ... `attach_link` towards this as the share of undated articles grows: without dates a
    #: weak link is as often an outlet's, an agency's or a city's name as the event's.
    undated_attach_link: float = 0.12
    attach_target: int = 2
    attach_alone: float = 0.2
    #: A straggler's link to an article far apart in time decays no lower than `far_floor`
    #: when the two share `far_specific` rare identifiers that are not places and a cosine of
    #: `far_cosine`: a follow-up months later names the same people, street and numbers.
    far_floor: float = 0.6
    far_cosine: float = 0.15
    far_specific: int = 2
    #: A story whose dated articles fall in two bursts `burst_gap` days apart or more
    #: (`burst_side` articles each at least) is two when the bursts share at most `burst_names`
    #: rare full names that are no well-known participant, and their words and numbers that say
    #: what happened a cosine under `burst_event` (0: never): two developments of a running story.
    burst_gap: float = 7.0
    burst_names: int = 2
    burst_event: float = 0.15
    burst_side: int = 3
    #: ... or, sharing as few names, when their mean link across the gap is under this share of
    #: the weaker burst's mean link within (0: never).
    burst_cohesion: float = 0.33


def cluster_stories(documents: Sequence[Document], settings: StorySettings | None = None,
                    engine: Engine | None = None) -> tuple[Story, ...]:
    """Group `documents` into stories, one per real-world event (each article's features on
    `engine` when given: the same stories)."""
    st = settings or StorySettings()
    docs = list(documents)
    if not docs:
        return ()
    return _linked_stories(docs, _links(docs, st, engine), st)


def several_stories(documents: Sequence[Document], settings: StorySettings | None = None,
                    engine: Engine | None = None) -> tuple[Story, ...] | None:
    """`cluster_stories(documents)` when it may hold two stories of two or more articles, else
    None, found without grouping: a story never spans two components of the links, so with fewer
    than four articles, or fewer than two linked components, there is nothing to group."""
    st = settings or StorySettings()
    docs = list(documents)
    if len(docs) < 4:
        return None
    links = _links(docs, st, engine)
    if _linked_components(len(docs), links[0], links[1]) < 2:
        return None
    return _linked_stories(docs, links, st)


Links = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, sparse.csr_matrix, sparse.csr_matrix]


def _links(docs: list[Document], st: StorySettings, engine: Engine | None) -> Links:
    """The article pairs that may be one event (i, j, sim, fallback): `sim` is the link the
    linkage reads (0 when it is no link), `fallback` what a straggler nothing else claims reads."""
    skip = furniture([d.title for d in docs], [d.text for d in docs], [d.outlet for d in docs],
                     [day_number(d.date) for d in docs])
    common = lowercase_words([d.text for d in docs])
    feats = run_map(engine, features_of, docs, skip, common)
    max_df = max(st.min_max_df, int(st.max_df_share * len(docs)))
    id_max_df = max(st.min_id_max_df, int(st.id_max_df_share * len(docs)))
    fm = feed_matrix(feats, max_df, st.name_df, id_max_df)
    pairs = candidate_pairs(fm.mats(), st.candidate_cosine, engine)
    spread = np.zeros(len(fm.keep), dtype=bool)
    if st.spread_weight < 1.0:
        spread = spread_names(fm, pairs, st.core, st.spread_events)
        pairs = discount(fm, pairs, spread, st.spread_weight)
    pairs = _lone_names(docs, fm, pairs, spread, st)
    bonus = st.name_bonus * np.minimum(pairs.shared_names, st.max_names)
    decay = _date_factor(docs, pairs.i, pairs.j, st)
    sims = (pairs.cosine + bonus) * decay
    # sharing only places (a city, its police, its hospital) is what two events there share,
    # unless both are dated within the grace days: a place and a date together name an event
    near = _dated_within(docs, pairs.i, pairs.j, st.date_grace)
    sims = np.where(pairs.shared_specific > 0, sims, sims * np.where(near, st.near_places, st.places_only))
    far = _far_links(pairs, bonus, decay, sims, st)
    floor = _link_floor(docs, fm, pairs, spread, st)
    ok = (pairs.shared_ids >= st.min_shared_ids) & (far >= floor)
    _, _, names, _, events = fm.mats(only=~spread)
    return pairs.i[ok], pairs.j[ok], np.where(sims[ok] >= floor[ok], sims[ok], 0.0), far[ok], names, events


def _lone_names(docs: list[Document], fm: FeedMatrix, pairs: Pairs, spread: np.ndarray,
                st: StorySettings) -> Pairs:
    """`pairs` without the full-name bonus where the shared name is the only participant the two
    share and they are not dated more than `lone_name_days` apart (`participants.py`)."""
    if st.lone_name_days < 0:
        return pairs
    when = np.array([day_number(d.date) for d in docs], dtype=np.float64)
    gap = np.abs(when[pairs.i] - when[pairs.j]) if len(pairs.i) else np.zeros(0)
    ask = np.flatnonzero((pairs.shared_names > 0) & ~(gap > st.lone_name_days))  # undated: asked
    lone = np.zeros(len(pairs.i), dtype=bool)
    lone[ask] = one_participant(fm, pairs.i[ask], pairs.j[ask], spread)
    return replace(pairs, shared_names=np.where(lone, 0, pairs.shared_names))


def _link_floor(docs: list[Document], fm: FeedMatrix, pairs: Pairs, spread: np.ndarray,
                st: StorySettings) -> np.ndarray:
    """The similarity each pair needs to link: `near_min_cosine` for reports of the same day or
    the next that share a rare identifier of their own (a place, a victim; a well-known participant
    of several events is in a senator's two events of consecutive days), else `min_cosine`."""
    near = _dated_within(docs, pairs.i, pairs.j, st.near_min_days)
    if near.any():
        near[near] = _shared(fm.mats(only=~spread)[1], pairs.i[near], pairs.j[near]) > 0
    return np.where(near, st.near_min_cosine, st.min_cosine)


def _far_links(pairs: Pairs, bonus: np.ndarray, decay: np.ndarray, sims: np.ndarray,
               st: StorySettings) -> np.ndarray:
    """`sims` with the date decay floored at `far_floor` for pairs that share `far_specific`
    rare people, organisations or numbers and a cosine of `far_cosine`: a trial months later
    names the same victims, street and ages. Read by stragglers only, and only by one that no
    ordinary link claims: as links, they would let a follow-up pull two same-kind events of
    one city together, and as a second claim they would keep a straggler from its story."""
    strong = (pairs.cosine >= st.far_cosine) & (pairs.shared_specific >= st.far_specific)
    far = (pairs.cosine + bonus) * np.maximum(decay, np.where(strong, st.far_floor, 0.0))
    return np.maximum(np.where(pairs.shared_specific > 0, far, 0.0), sims)


def _linked_components(n: int, i: np.ndarray, j: np.ndarray) -> int:
    """How many connected components of two or more articles the links make."""
    labels = component_labels(n, i, j)
    return int((np.bincount(labels) >= 2).sum())


def _linked_stories(docs: list[Document], links: Links, st: StorySettings) -> tuple[Story, ...]:
    i, j, sims, far, names, events = links
    real = sims > 0.0  # the rest are fallback links alone
    ii, jj, ss = i[real].tolist(), j[real].tolist(), sims[real].tolist()  # read by both passes, converted once
    labels = average_linkage(len(docs), zip(ii, jj, ss, strict=True), st.threshold, st.strong, st.strong_bonus,
                             _power(docs, st))
    attach_link = st.attach_link + (st.undated_attach_link - st.attach_link) * _undated(docs)
    fallback = zip(i.tolist(), j.tolist(), far.tolist(), strict=True)
    labels = attach_stragglers(labels, zip(ii, jj, ss, strict=True), st.attach_size, attach_link,
                               st.attach_target, st.attach_alone, fallback)
    if st.burst_event > 0:
        labels = split_bursts(labels, [day_number(d.date) for d in docs], names, events, st.burst_gap,
                              st.burst_names, st.burst_event, st.burst_side,
                              _link_matrix(len(docs), i[real], j[real], sims[real]), st.burst_cohesion)
    groups: dict[int, list[int]] = {}
    for idx, lab in enumerate(labels):
        groups.setdefault(lab, []).append(idx)
    return _stories(docs, list(groups.values()), _centrality(len(docs), i, j, sims))


def _link_matrix(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> sparse.csr_matrix:
    """The links as a symmetric n-by-n matrix (duplicates summed; pairs are unique)."""
    return sparse.csr_matrix((np.concatenate([s, s]), (np.concatenate([i, j]), np.concatenate([j, i]))),
                             shape=(n, n))


def features_of(docs: Sequence[Document], skip: frozenset[str], common: frozenset[str]) -> list[Counter[str]]:
    """`article_features` of some articles, given the feed's furniture and common words."""
    return [article_features(d.title, d.text, skip, common) for d in docs]


def _date_factor(docs: list[Document], i: np.ndarray, j: np.ndarray, st: StorySettings) -> np.ndarray:
    days = np.array([day_number(d.date) for d in docs], dtype=np.float64)  # NaN when unknown
    gap = np.abs(days[i] - days[j]) if len(i) else np.zeros(0)
    gap = np.nan_to_num(gap, nan=0.0)
    return np.maximum(np.power(0.5, np.maximum(gap - st.date_grace, 0.0) / st.date_halflife), st.date_floor)


def _power(docs: list[Document], st: StorySettings) -> float:
    """The linkage's size power: `size_power` for a dated feed, towards `undated_power` as
    the share of undated articles grows."""
    return st.size_power + (st.undated_power - st.size_power) * _undated(docs)


def _undated(docs: list[Document]) -> float:
    """The share of the feed's articles whose date is unknown."""
    return sum(1 for d in docs if math.isnan(day_number(d.date))) / len(docs)


def _dated_within(docs: list[Document], i: np.ndarray, j: np.ndarray, days: int) -> np.ndarray:
    """Whether both articles of each pair are dated, and within `days` of each other."""
    when = np.array([day_number(d.date) for d in docs], dtype=np.float64)
    gap = np.abs(when[i] - when[j]) if len(i) else np.zeros(0)
    return np.nan_to_num(gap, nan=np.inf) <= days


def _centrality(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
    out = np.zeros(n)
    np.add.at(out, i, s)
    np.add.at(out, j, s)
    return out


def _stories(docs: list[Document], groups: list[list[int]], centrality: np.ndarray) -> tuple[Story, ...]:
    def when(idx: int) -> tuple[str, int]:
        return (iso_day(docs[idx].date) or "9999-99-99", idx)

    ordered = sorted((sorted(g, key=when) for g in groups), key=lambda g: when(g[0]))
    stories = []
    for n, members in enumerate(ordered, start=1):
        arts = tuple(StoryArticle(doc=docs[k].id, id=getattr(docs[k], "source_id", None) or docs[k].id,
                                  path=docs[k].path, outlet=docs[k].outlet, title=docs[k].title,
                                  date=docs[k].date) for k in members)
        days = sorted(d for d in (iso_day(docs[k].date) for k in members) if d)
        outlets = sorted({a.outlet for a in arts if a.outlet}, key=lambda o: (o.casefold(), o))
        head = max(members, key=lambda k: (docs[k].title is not None, centrality[k], -k))
        stories.append(Story(id=f"s{n}", title=_title(docs[head]), articles=arts, outlets=tuple(outlets),
                             first=days[0] if days else None, last=days[-1] if days else None))
    return tuple(stories)


def _title(doc: Document) -> str:
    if doc.title:
        return doc.title
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    # the first line of a few words, not a site's one-word banner
    line = next((ln for ln in lines if len(ln.split()) >= 4), lines[0] if lines else doc.path)
    return line if len(line) <= 100 else line[:99].rstrip() + "…"
