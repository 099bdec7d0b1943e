"""Line-level evidence that a line is page furniture rather than article text.

Every pattern here is vocabulary that marks boilerplate on any news site
(advertisement, subscribe, newsletter, donate, share, ©, "Photo: <Name>",
"powered by <Name>", ...). No rule names an outlet, a person or a phrase of one
particular site: the cleaner has to work on pages it has never seen.

Evidence comes in two strengths. `strong_kind` is enough on its own; `weak`
(second-person address, first-person-plural self-talk, a missing full stop) only
counts next to strong evidence, which the cleaner checks.
"""

from __future__ import annotations

import re

from .textlines import words

# ---------------------------------------------------------------- shape

_CLOSERS = "”\"’'»)]*_"
# A sentence may end in reference marks: "... is sacred. [1]", "... radiation. [MP3 SP]".
_TERMINAL = re.compile(r"[.!?…:][" + re.escape(_CLOSERS) + r"]*(?:\s*\[[^\[\]]{1,40}\])*$")
_FULL_STOP = re.compile(r"[.…][" + re.escape(_CLOSERS) + r"]*$")
_DOUBLE_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?")
_BULLET = re.compile(r"^[•·▪‣◦*\-–]\s+")


def terminal(text: str) -> bool:
    """Ends like a sentence (. ! ? … or :, optionally followed by closing quotes)."""
    return bool(_TERMINAL.search(text))


def full_stop(text: str) -> bool:
    return bool(_FULL_STOP.search(text))


def n_words(text: str) -> int:
    return len(text.split())


def prose(text: str) -> bool:
    """A paragraph of running text: sentence-final punctuation and a few words."""
    return terminal(text) and n_words(text) >= 4


def bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def unquoted(text: str) -> str:
    """The text outside double quotes: what the page says, not what a source said."""
    return _DOUBLE_QUOTED.sub(" ", text)


def has_quotes(text: str) -> bool:
    return any(c in text for c in "“”\"«»")


# ---------------------------------------------------------------- strong evidence

def _full(pattern: str) -> re.Pattern[str]:
    """A pattern that must cover the whole line (modulo trailing punctuation).

    Several widget labels on one line ("Advertisement · Scroll to continue")
    count as one.
    """
    sep = r"[\s.:!|>›»…·•/\-–—]"
    return re.compile(r"^(?:" + pattern + r")(?:" + sep + r"+(?:" + pattern + r"))*" + sep + r"*$", re.IGNORECASE)


# Whole-line page elements, in the order they are tried.
_FULL_LINE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("advertisement", _full(r"advertisements?|advert|ads?|sponsored(?: content| links?| stories)?|promoted"
                            r"(?: content| stories)?|paid (?:content|post|partnership)|partner content"
                            r"|(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?"
                            r"|scroll (?:down )?to continue(?: with content| reading)?"
                            r"|continue reading(?: below| (?:the )?(?:main )?(?:story|article))?"
                            r"|skip (?:this )?ad|close ad|remove ads|ad feedback|report (?:this )?ad")),
    ("share", _full(r"share|tweet|email|e-mail|print|copy link|copy url|save|bookmark|facebook|twitter|x"
                    r"|whatsapp|linkedin|reddit|pinterest|telegram|flipboard|messenger|sms|gift (?:this )?article"
                    r"|share (?:this|the|on|via|to|article|story|page|link|options)\b.{0,40}"
                    r"|(?:click|tap) to (?:share|tweet|email|print)\b.{0,30}")),
    ("comments", _full(r"\d{1,5}|\d{1,5} (?:comments?|replies|responses)|comments?(?: \(\d+\))?"
                       r"|(?:show|view|load|read|see|hide|leave|post|add) (?:all )?(?:the )?(?:\d+ )?comments?"
                       r"|leave a (?:comment|reply)|join the (?:conversation|discussion|debate)"
                       r"|(?:\w+ )?comments (?:are )?(?:closed|disabled)|(?:blog |post )?comments powered by .{1,40}"
                       r"|comment on this (?:story|article)|conversation|most (?:liked|recent) comments")),
    ("newsletter", _full(r"(?:sign|signing) up\b.{0,60}|subscribe\b.{0,60}|(?:get|receive) (?:our|the) .{0,40}"
                         r"(?:newsletter|briefing|digest|alerts?)\b.{0,30}|.{0,60}\bnewsletters?\b.{0,60}"
                         r"|enter your e-?mail(?: address)?.{0,40}|your e-?mail(?: address)?|e-?mail address"
                         r"|thanks? (?:you )?for (?:signing up|subscribing).{0,60}|already (?:a )?(?:subscriber|member)"
                         r".{0,40}|log ?in|sign ?in|register|create (?:a |an )?(?:free )?account.{0,40}")),
    ("promo", _full(r"learn more|find out more|read the full (?:story|article)|get more (?:with|from|on) .{1,40}"
                    r"|download (?:the|our) .{0,30}app.{0,30}|get the .{0,30}app.{0,30}|open in (?:the )?app"
                    r"|listen to (?:this|the) (?:article|story).{0,30}|watch(?: the)? video.{0,20}"
                    r"|listen(?: now)?|play(?: video)?|(?:\d+ )?min(?:ute)?s? (?:read|listen)|try .{1,30} free.{0,30}"
                    r"|(?:get|unlock) (?:unlimited|full|free|digital) access.{0,40}|start (?:your )?free trial.{0,30}"
                    r"|(?:click|tap) here.{0,40}|sponsored by .{1,40}|presented by .{1,40}"
                    r"|donate(?: now| today| here)?|give (?:now|today)|support us.{0,40}|contribute(?: now| today)?"
                    r"|become a (?:member|subscriber|supporter|patron).{0,40}|make a (?:donation|contribution).{0,40}"
                    r"|(?:enjoy\w*|like|liked|love|loving|appreciat\w*) (?:this|our|reading this) (?:article|story"
                    r"|content|piece|journalism|reporting|newsletter)\??"
                    r"|(?:explore|discover) more.{0,30}|more (?:stories|videos|news) (?:from|on|about) .{1,40}")),
    ("related", _full(r"(?:read|see|watch) (?:more|also|next)(?:\s*:.{0,120}|\s+(?:about|on|from|at|here|stories"
                      r"|articles|news)\b.{0,100})?|also (?:read|see)(?:\s*:.{0,120})?"
                      r"|related(?: (?:articles?|stories|story|coverage|content|topics|links|reading|news|videos?))?"
                      r"(?:\s*:.{0,120})?|recommended(?: (?:for you|stories|reading|articles|videos?))?"
                      r"(?:\s*:.{0,120})?"
                      r"|more (?:from|on|in|about) .{1,60}"
                      r"|most (?:read|popular|viewed|shared)(?: (?:stories|articles))?|trending(?: now| stories)?"
                      r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,60}"
                      r"|(?:what|where) to (?:read|watch) next|top stories|latest (?:news|stories|videos)"
                      r"|more on this (?:story|topic)|further reading\b.{0,60}|editor'?s picks?")),
    ("navigation", _full(r"(?:published|posted|filed|appeared|listed) (?:in|under|on) [A-Z].{0,60}"
                         r"|home|menu|search|skip to (?:main )?content|back to top|(?:main )?navigation|topics?"
                         r"|tags?:.{0,80}|sections?|(?:\w+ )?news|breaking(?: news)?|live|updated|opinion|analysis"
                         r"|[\w&' -]{1,25}(?:\s*[›>»|/]\s*[\w&' -]{1,25}){1,6}")),
    ("cookies", _full(r"(?:we|this (?:web)?site|our (?:web)?site|the site) uses? cookies.{0,200}"
                      r"|.{0,80}\bcookies? (?:policy|settings|preferences|notice|consent)\b.{0,120}"
                      r"|accept (?:all )?cookies.{0,40}|accept(?: all)?|reject(?: all)?|manage (?:preferences|consent|"
                      r"settings|cookies)|(?:i )?agree|got it|ok(?:ay)?|dismiss|close")),
    ("social", _full(r"follow (?:us|me)\b.{0,80}|like us on .{1,40}|find us on .{1,40}|connect with us.{0,40}"
                     r"|join us on .{1,40}")),
)

# Markers that may sit anywhere in the line.
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©\s*)?(?:19|20)\d\d|\ball rights reserved\b"
    r"|(?:^|[.!?]\s*)Distributed by [A-Z]|\breproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden)"
    r"|\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"(?:^|[\s.;,|])(?:Photos?|Photograph(?:y|s)?|Pictures?|Images?|Illustration|Graphic|Video|Credit|Source"
    r"|Picture credit|Photo credit|Image credit)(?:\s+(?:by|credit|courtesy(?: of)?))?\s*:\s*"
    r"[A-Z(][^.!?]{0,80}$"
    r"|\((?:[^()]{0,80}\b(?:Photos?|Photograph|Images?|Pictures?|Illustration|Handout|File photo|Pool)\b"
    r"[^()]{0,80})\)\s*$",
)
# Link labels of sign-up forms and footers, capitalised as links are.
_LEGAL_LINK = re.compile(r"\b(?:Privacy (?:Policy|Notice|Statement|Settings)"
                         r"|Terms (?:of|and) (?:Use|Service|Conditions)"
                         r"|Cookie (?:Policy|Settings|Notice)|Do Not Sell)\b")
_POWERED_BY = re.compile(r"\bpowered by [A-Z0-9]", re.IGNORECASE)
# "(With assistance from ...)", "(Reporting by ...; Editing by ...)", "Additional reporting by ..."
_CONTRIBUTORS = re.compile(
    r"^\(?\s*(?:with (?:additional )?(?:assistance|reporting|contributions?) (?:from|by)"
    r"|(?:additional )?reporting by|writing by|editing by|compiled by|contributing(?: reporters?)?:"
    r"|this (?:story|report|article) (?:was|has been) (?:updated|corrected|written|reported|produced))\b",
    re.IGNORECASE,
)
# A short credit line naming where the copy comes from: "From The X", "Courtesy of X".
_SOURCE_CREDIT = re.compile(
    r"^(?:from|via|source:|courtesy(?: of)?|republished (?:from|with permission)|originally published (?:by|in|on|at)"
    r"|this (?:article|story) (?:was |is )?(?:originally |first )?(?:published|appeared) (?:by|in|on|at)"
    r"|(?:syndicated|supplied|provided) by)\s+(?:the\s+)?[A-Z0-9]",
    re.IGNORECASE,
)

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# "us" only in lower case: "US" is the country.
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|WE|[Oo]urs?|OURS?|us)\b")
# What a page asks its reader to do.
_CALL_TO_ACTION = re.compile(
    r"\b(?:support|donat\w*|contribut\w*|subscri\w*|sign(?:ing)? up|register\w*|log(?:ging)? in|sign in|newsletters?"
    r"|inbox|e-?mails?|download\w*|app|follow us|unlock|free trial|membership|member|pay(?:wall)?s?|paywalls?"
    r"|help us|fund\w*|chip in|give|privacy policy|terms of (?:use|service)|unsubscribe|notifications?|alerts?"
    r"|cookies?|consent|ad-?blocker|whitelist|disable)\b",
    re.IGNORECASE,
)
# How an outlet talks about itself when it asks for money or trust.
_JOURNALISM = re.compile(
    r"\b(?:journalism|journalists?|reporting|reporters?|newsroom|editorial|coverage|news (?:outlets?|organi[sz]ations?)"
    r"|paywalls?|fact-?check\w*)\b",
    re.IGNORECASE,
)
_APPEAL = re.compile(
    r"\b(?:support|donat\w*|fund\w*|paywalls?|afford|free|available to (?:all|everyone)|trust\w*"
    r"|believe|need|rely|depend\w*|readers?|help|mission|subscri\w*|contribut\w*)\b",
    re.IGNORECASE,
)
_IMPERATIVE_START = re.compile(
    r"^(?:sign|subscribe|join|follow|download|get|try|learn|read|watch|listen|click|tap|register|log|continue"
    r"|discover|explore|stay|don['’]t miss|never miss|be the first|see|check out|find out)\b",
    re.IGNORECASE,
)


def strong_kind(text: str) -> str | None:
    """A boilerplate kind when the line is page furniture on its own evidence."""
    t = text.strip()
    if not t:
        return None
    core = t.strip("*_#>").strip()
    # A long sentence that merely starts like a widget label ("More on this
    # later, he said ...") is prose, unless it addresses the reader.
    sentence_like = full_stop(core) and n_words(core) > 12 and not second_person(core)
    for kind, pat in _FULL_LINE:
        if pat.match(core):
            if sentence_like and kind not in ("advertisement", "share", "comments"):
                continue
            return kind
    if _COPYRIGHT.search(t):
        return "copyright"
    if _CAPTION.search(t):
        return "caption"
    if _LEGAL_LINK.search(t) and n_words(t) <= 30:
        return "newsletter" if re.search(r"newsletter|sign(?:ing)? up|subscri|e-?mail|inbox", t, re.I) else "navigation"
    if _POWERED_BY.search(t) and n_words(t) <= 12:
        return "comments" if re.search(r"\bcomments?\b", t, re.IGNORECASE) else "credit"
    if _SOURCE_CREDIT.match(t) and n_words(t) <= 8 and not full_stop(t):
        return "credit"
    return appeal_kind(t)


def appeal_kind(text: str) -> str | None:
    """Calls to action and outlet self-talk, which are written as full sentences.

    Second person plus an action vocabulary ("Your gift keeps our newsroom
    going", "By signing up you agree to the Terms"), or first person plural plus
    talk about journalism plus an appeal word ("We rely on readers to fund our
    reporting"). Text inside double quotes does not count:
    a source's "we" is not the page's "we".
    """
    free = unquoted(text)
    if _SECOND_PERSON.search(free) and _CALL_TO_ACTION.search(free):
        kw = _CALL_TO_ACTION.search(free)
        word = kw.group(0).lower() if kw else ""
        if any(w in word for w in ("newsletter", "inbox", "mail", "sign", "subscri", "register", "unsubscribe",
                                   "privacy", "terms", "notification", "alert")):
            return "newsletter"
        if "cookie" in word or "consent" in word:
            return "cookies"
        return "appeal"
    if not has_quotes(text) and _FIRST_PLURAL.search(free) and _JOURNALISM.search(free) and _APPEAL.search(free):
        return "appeal"
    return None


def contributor_credit(text: str) -> bool:
    """"(With assistance from ...)", "(Reporting by ...)": who made the story, i.e. front matter."""
    return bool(_CONTRIBUTORS.match(text.strip())) and n_words(text) <= 40


# ---------------------------------------------------------------- weak evidence

def second_person(text: str) -> bool:
    return bool(_SECOND_PERSON.search(unquoted(text)))


def first_plural(text: str) -> bool:
    return bool(_FIRST_PLURAL.search(unquoted(text)))


def imperative(text: str) -> bool:
    return bool(_IMPERATIVE_START.match(text.strip()))


def weak(text: str) -> bool:
    """Evidence that only counts next to strong evidence (runs of boilerplate).

    A page's own address to its reader (you, we outside quotes), an imperative
    opening, or a line that is not a full sentence.
    """
    return second_person(text) or first_plural(text) or imperative(text) or not terminal(text)


def promo_or_navigation(text: str) -> str:
    """The kind to give a line that only its position marks as furniture."""
    if second_person(text) or imperative(text) or first_plural(text):
        return "promo"
    if re.fullmatch(r"\d{1,5}", text.strip()):
        return "comments"
    return "navigation"


def headline_shape(text: str) -> bool:
    """Looks like a headline: a handful of words, capitalised, no full stop."""
    t = text.strip().strip("*_#").strip()
    if not t or full_stop(t) or t.endswith((",", ";", ":")):
        return False
    n = n_words(t)
    if n < 4 or n > 28:
        return False
    first = t[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'¿¡"):
        return False
    return len(words(t)) >= 3
