"""Stragglers: an article the linkage left alone joins the one story all its links reach."""

from __future__ import annotations

from reader.stories.attach import attach_stragglers

# groups 0 (articles 0-2) and 3 (3-5), and articles 6 and 7 alone
LABELS = [0, 0, 0, 3, 3, 3, 6, 7]


def test_an_article_whose_links_all_reach_one_story_joins_it() -> None:
    out = attach_stragglers(LABELS, [(6, 1, 0.12), (6, 2, 0.05)], max_size=1, min_link=0.1)
    assert out == [0, 0, 0, 3, 3, 3, 0, 7]


def test_an_article_linked_to_two_stories_stays_alone() -> None:
    out = attach_stragglers(LABELS, [(6, 1, 0.3), (6, 4, 0.11)], max_size=1, min_link=0.1)
    assert out == LABELS


def test_a_weak_link_or_two_articles_alone_do_not_make_a_story() -> None:
    assert attach_stragglers(LABELS, [(6, 1, 0.09)], max_size=1, min_link=0.1) == LABELS
    # two articles left alone link to each other: neither is a story of two or more
    assert attach_stragglers(LABELS, [(6, 7, 0.5)], max_size=1, min_link=0.1) == LABELS


def test_a_feed_of_many_lone_articles_keeps_them_alone() -> None:
    # 25 articles: a story of two, three articles alone, ten more stories of two
    labels = [0, 0, 2, 3, 4] + [5 + k // 2 * 2 for k in range(20)]
    edges = [(2, 0, 0.2)]
    assert attach_stragglers(labels, edges, max_size=1, min_link=0.1, max_alone=0.1) == labels  # 12% alone
    assert attach_stragglers(labels, edges, max_size=1, min_link=0.1, max_alone=0.15) == [0, 0, 0] + labels[3:]


def test_in_a_small_folder_one_article_alone_still_joins() -> None:
    labels = [0, 0, 0, 3]  # a quarter alone, but four articles say little about a feed
    assert attach_stragglers(labels, [(3, 0, 0.2)], max_size=1, min_link=0.1, max_alone=0.2) == [0, 0, 0, 0]


def test_fallback_links_count_only_for_an_article_nothing_else_claims() -> None:
    # article 6 has no ordinary link: its follow-up link months later takes it to story 0
    out = attach_stragglers(LABELS, [], max_size=1, min_link=0.1, fallback=[(6, 1, 0.15)])
    assert out == [0, 0, 0, 3, 3, 3, 0, 7]
    # article 6 links to story 3 in the ordinary way: a far link to story 0 does not undo it
    out = attach_stragglers(LABELS, [(6, 4, 0.12)], max_size=1, min_link=0.1, fallback=[(6, 1, 0.3), (6, 4, 0.12)])
    assert out == [0, 0, 0, 3, 3, 3, 3, 7]
    # fallback links to two stories: it stays alone
    out = attach_stragglers(LABELS, [], max_size=1, min_link=0.1, fallback=[(6, 1, 0.2), (6, 4, 0.2)])
    assert out == LABELS
