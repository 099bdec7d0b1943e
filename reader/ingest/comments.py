"""Where a page turns from its article into readers' comments or an author box.

A comment thread is prose too, so the article's end cannot be found from line
shape alone: it is found from the thread's own furniture ("12 comments",
"Leave a Reply", "Jane says:", "Reply", "3 likes", numbered comments), which
every comment system prints. The vocabulary is generic: no site is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A heading that opens a thread.
_THREAD_HEADING = re.compile(
    r"^(?:\d[\d,]*\s+(?:comments?|responses?|replies|reactions?)|(?:reader\s+)?comments?\s*\(\d+\)"
    r"|(?:one|two|three|no)\s+(?:comments?|responses?|replies)|(?:\d+\s+)?thoughts? on\s.{1,120}"
    r"|leave a (?:comment|reply)|post a comment|add (?:a |your )?comment|join the (?:discussion|conversation)"
    r"|(?:show|view|load|read|see) (?:all )?(?:\d+ )?comments?|responses?\s*\(\d+\)"
    r"|what do you think\??|comments? (?:are )?(?:closed|disabled)|have your say)[\s:.!]*$",
    re.IGNORECASE,
)
# A bare label ("Comments", "Discussion") is also a table's column or a section of the article:
# it opens a thread only when comment furniture follows.
_BARE_HEADING = re.compile(r"^(?:reader\s+)?(?:comments?|discussion|responses?)[\s:.]*$", re.IGNORECASE)
# Furniture of one comment.
_SAYS = re.compile(r"^\S.{0,60}?\s(?:says|said|wrote|writes|replied|commented)\s*:?\s*$", re.IGNORECASE)
_REPLY = re.compile(
    r"^(?:reply|reply to (?:this )?comment|report(?: abuse| comment)?|like|likes?|upvote|downvote|flag|permalink"
    r"|share|edit|delete|\d+\s+(?:likes?|points?|upvotes?|replies|votes?)|log in to reply|(?:like|reply)\s*[·|•]\s*"
    r"(?:like|reply|share|report).*|in reply to .{1,60}|(?:\d+ )?(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r" ago)[\s.:!]*$",
    re.IGNORECASE,
)
# "March 3, 2021 at 4:05 pm", "2021-03-03 16:05": the time stamp of a comment.
_STAMP = re.compile(
    r"^(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d\d-\d\d"
    r"|\d{1,2}/\d{1,2}/\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)
# An author box or a disclaimer after the story.
_AUTHOR_BOX = re.compile(
    r"^(?:about the (?:author|writer|authors|contributors?)|about (?:me|us)|author(?:'s)? (?:bio|profile)"
    r"|(?:more|other|recent) (?:posts|articles|stories) by\b.{0,60}|disclaimer|editor'?s note|the author)"
    r"[\s:.]*$",
    re.IGNORECASE,
)


# "Jane Doe is a reporter covering ...", "This article is for information only": an author's
# bio line and a disclaimer, which close an article.
_BIO = re.compile(
    r"^[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}\s+(?:is|was|has been)\s+(?:a|an|the|our)\s+(?:[\w\-]+\s+){0,4}"
    r"(?:reporter|writer|journalist|editor|correspondent|columnist|author|contributor|producer|critic|photographer"
    r"|freelancer|intern)s?\b"
)
_DISCLAIMER = re.compile(
    r"\b(?:is|are) (?:for|provided for) (?:general )?informational? (?:purposes )?only\b"
    r"|\bdoes not (?:constitute|replace) (?:professional |financial |legal |medical |investment )?advice\b",
    re.IGNORECASE,
)


# What a comment widget says about itself: "Sign in to post a reply.", "We can't load comments right now."
_WIDGET = re.compile(r"\b(?:comments?|commenting|reply|replies|discussion)\b.*"
                     r"\b(?:sign(?:ed)? in|log(?:ged)? in|post|load|view|show|moderat\w*|rules|guidelines|closed"
                     r"|disabled|sort|newest|oldest|best)\b"
                     r"|\b(?:sign(?:ed)? in|log(?:ged)? in|post|load|view|show|sort)\b.*"
                     r"\b(?:comments?|reply|replies)\b",
                     re.IGNORECASE)


def comment_widget(text: str) -> bool:
    t = text.strip()
    return len(t.split()) <= 15 and bool(_WIDGET.search(t))


def closing_line(text: str) -> bool:
    """An author's bio or a disclaimer: the article is over."""
    t = text.strip()
    return bool(_BIO.match(t) or _DISCLAIMER.search(t)) and len(t.split()) <= 60


def comment_marker(text: str) -> bool:
    """Furniture of one comment: "Jane says:", "Reply", "3 likes", "2 hours ago"."""
    t = text.strip()
    return bool(_SAYS.match(t) or _REPLY.match(t)) and len(t) <= 80


def thread_heading(text: str) -> bool:
    return bool(_THREAD_HEADING.match(text.strip()))


def author_box(text: str) -> bool:
    return bool(_AUTHOR_BOX.match(text.strip()))


def stamp(text: str) -> bool:
    return bool(_STAMP.match(text.strip()))


def thread_start(texts: Sequence[str], first: int) -> int | None:
    """Index of the first line (at or after `first`) where a comment thread or author box begins.

    A heading counts when it opens a thread ("12 Comments", "Leave a Reply"),
    or an author box. Comment furniture without a heading counts when it
    repeats: two "says:"/"Reply"/time-stamp lines within a few lines; the thread
    then starts at the line above the first one (the commenter's name).
    """
    n = len(texts)
    for i in range(first, n):
        t = texts[i]
        if thread_heading(t) or author_box(t) or closing_line(t) or comment_widget(t):
            return i
        if _BARE_HEADING.match(t.strip()) and _thread_follows(texts, i + 1):
            return i
        if comment_marker(t) or stamp(t):
            window = texts[i:i + 8]
            # Teaser lists have dates too: a thread needs a commenter's "says:" or a "Reply".
            if sum(1 for w in window if comment_marker(w) or stamp(w)) >= 2 and any(map(comment_marker, window)):
                j = i
                if j - 1 >= first and _name_like(texts[j - 1]):
                    j -= 1
                return j
    return None


def _thread_follows(texts: Sequence[str], i: int) -> bool:
    """Comment furniture, a widget's own text, or nothing at all (an empty thread) after a bare label."""
    window = texts[i:i + 12]
    return not window or any(comment_marker(w) or stamp(w) or comment_widget(w) or thread_heading(w)
                             for w in window)


def _name_like(text: str) -> bool:
    """A commenter's handle: one to four words, no sentence punctuation."""
    t = text.strip()
    return 0 < len(t.split()) <= 4 and not re.search(r"[.!?]$", t)
