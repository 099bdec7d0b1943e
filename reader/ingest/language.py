"""Which language an article is in, roughly: enough to keep the English pipeline
from aligning text it cannot read, and to say so.

Writing systems settle most cases (Han, kana, Hangul, Arabic, Cyrillic...);
among Latin-script languages, the share of each language's commonest function
words does. It is a label and a guard, not a translation aid: an article that
is not English is shown, labelled, and left out of alignment.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: The commonest function words of some Latin-script languages.
_FUNCTION_WORDS = {
    "en": "the of and to in is that for it on was with as by at from he she they be are this have has not but".split(),
    "fr": "le la les des et est une un du dans que qui pour pas sur au avec il elle ne se ce sont par aux".split(),
    "de": "der die das und ist nicht ein eine zu den mit von im auf sich dem des für auch es wird sie".split(),
    "es": "el la los las de que y en un una por con para es se del al lo como más pero sus su".split(),
    "it": "il di che la e un una per non sono del della le gli con si da al nel anche come più".split(),
    "pt": "o a os as de que e em um uma para com não por se do da dos das ao mais como foi".split(),
    "nl": "de het een en van in is dat op te zijn met voor niet die aan ook er wordt door".split(),
}
_SETS = {lang: set(words) for lang, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Script name prefixes (from Unicode character names) -> language tag.
_SCRIPTS = (
    ("CJK UNIFIED", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"),
    ("ARABIC", "und-Arab"), ("CYRILLIC", "und-Cyrl"), ("GREEK", "el"), ("HEBREW", "he"),
    ("DEVANAGARI", "und-Deva"), ("THAI", "th"),
)


#: Characters of a text that `detect_language` reads.
SAMPLE = 20_000


def detect_language(text: str, sample: int = SAMPLE) -> str:
    """An IETF-style tag ("en", "fr", "zh", "und-Cyrl", ...), or "und" when unsure."""
    text = text[:sample]
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "und"
    scripts: Counter[str] = Counter()
    for ch in letters:
        if ch.isascii():
            scripts["latin"] += 1
            continue
        name = unicodedata.name(ch, "")
        for prefix, tag in _SCRIPTS:
            if name.startswith(prefix):
                scripts[tag] += 1
                break
        else:
            scripts["latin" if "LATIN" in name else "other"] += 1
    script, count = scripts.most_common(1)[0]
    if script not in ("latin", "other") and count >= 0.3 * len(letters):
        if script == "zh" and scripts["ja"] >= 0.05 * len(letters):
            return "ja"  # Japanese mixes kanji with kana
        return script
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 5:
        return "und"
    shares = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _SETS.items()}
    lang, share = max(shares.items(), key=lambda kv: kv[1])
    return lang if share >= 0.08 else "und"
