"""Reports of one event dated the same day or the next link on a weaker similarity."""

from __future__ import annotations

from dataclasses import replace

from reader.model import Document
from reader.stories.cluster import StorySettings, _links

from .test_stories import _docs

# One event's two reports, worded apart: what they share is the place and little else,
# while each goes on about matters of its own (which dilutes their similarity).
_FIRST = ("Three people were wounded when gunfire erupted outside the Quillon arena after a basketball game. "
          "Witnesses said a fight in the parking lot escalated. Detectives are reviewing footage from nearby "
          "shops. The arena's owners said security would be tightened for the playoffs. Season ticket holders "
          "asked about refunds, parking fees, concessions, turnstiles, scoreboards, merchandise, mascots, "
          "halftime fireworks and the renovated lounge upstairs. The council debated budgets for libraries, "
          "swimming pools, orchards, bicycle lanes, tram depots, ferries, lighthouses, observatories and "
          "botanical gardens. Engineers inspected bridges, culverts, reservoirs, tunnels, viaducts, sewers, "
          "pylons, dams, locks and canals. Teachers praised robotics clubs, choirs, chess teams, debating "
          "societies and orchestras. Archivists catalogued maps, letters, diaries, ledgers, telegrams, "
          "postcards, photographs, sermons and almanacs.")
_SECOND = ("Fans leaving the match at Quillon were caught up in a shooting that sent three to hospital. A vendor "
           "described hearing pops and seeing people duck behind cars. The team issued a statement of sympathy "
           "and promised a review of crowd control. Neighbours complained about traffic, litter, noise, late "
           "buses, broken streetlights, graffiti and the empty storefronts along the boulevard. A farmer's "
           "market sold cheeses, pumpkins, walnuts, honey, lavender, ceramics, quilts, candles and woven "
           "baskets. Hikers reported glaciers, waterfalls, meadows, canyons, moose, eagles, salmon, wolves, "
           "marmots and caribou. Bakers entered sourdough, baguettes, croissants, pretzels and bagels. Sailors "
           "described squalls, reefs, harbours, anchors, moorings, buoys, gulls, dolphins and tides.")


def _pair(date_a: str, date_b: str) -> list[Document]:
    return [Document(id="n1", path="n1.txt", outlet="Harbour Post", date=date_a, text=_FIRST,
                     title="Three hurt as gunfire erupts outside Quillon arena"),
            Document(id="n2", path="n2.txt", outlet="Evening Ledger", date=date_b, text=_SECOND,
                     title="Shooting near Quillon leaves fans shaken")]


def _link(date_a: str, date_b: str, settings: StorySettings) -> float | None:
    docs = _docs() + _pair(date_a, date_b)
    i, j, sims, _, _, _ = _links(docs, settings, None)
    found = [float(s) for a, b, s in zip(i, j, sims, strict=True) if (a, b) == (len(docs) - 2, len(docs) - 1)]
    return found[0] if found else None


def test_reports_of_the_same_day_link_on_a_weaker_similarity() -> None:
    st = StorySettings()
    same_day = _link("2024-07-01", "2024-07-01", st)
    # a link, though weaker than one between articles further apart in time needs
    assert same_day is not None and st.near_min_cosine <= same_day < st.min_cosine
    # two days apart, the same pair is no link: the weak floor holds for the same day or the next
    assert _link("2024-07-01", "2024-07-03", st) is None
    # and without dates nothing says they are one day's reports
    assert _link("", "", st) is None
    # the floor is what makes it: at the ordinary floor the same-day pair is no link either
    assert _link("2024-07-01", "2024-07-01", replace(st, near_min_cosine=st.min_cosine)) is None
