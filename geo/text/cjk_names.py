"""Recognition, names in a caseless script: "Officials in 北京 said", "قصف على غزة".

Recognition starts a name only at a capitalised word; Chinese, Japanese and Korean
(and Hebrew: "Rockets hit חיפה") have no capitals, so a name written in them inside an
English text ("Protests in 東京 and Київ") was never looked up, though ``geo geocode
北京`` finds Beijing. Such a word of :data:`_MIN_CHARS`-:data:`_MAX_CHARS` characters
(a Hebrew one of 2-14 letters), in a text mostly of Latin
letters (:data:`_LATIN_TIMES`), may start a name as a capitalised word does; the
context rules and the gazetteer then judge it (a run of Chinese prose is one long
token, no name). Arabic has no capitals either: an Arabic word right after an Arabic
preposition of place (:data:`geo.text.lexicon.ARABIC_PLACE_CUES`: "على غزة", "on Gaza";
"في رفح", "in Rafah")
or alone in brackets after a name of the same place (a gloss: "Cairo (القاهرة)",
:func:`glosses`) may start a name in any text
(:func:`arabic_heads`). Cost: one search for such a
letter; a text without one pays nothing more.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .lexicon import ARABIC_PLACE_CUES
from .tokens import _Tokens

__all__ = ["arabic_heads", "cjk_heads", "glosses"]

#: Han, kana and Hangul letters (no punctuation).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: A word of Hebrew letters, an alphabet without capitals: as long as an Arabic name.
_HEBREW_WORD = re.compile("[\u05d0-\u05ea]{2,14}")
_CJK_WORD = re.compile(f"[{_CJK}]+")
_CASELESS_LETTER = re.compile(f"[{_CJK}\u05d0-\u05ea]")
_MIN_CHARS = 2
_MAX_CHARS = 6
#: The text must be a Latin-letter one quoting a name (a Korean text spaces its words):
#: in its first 2,000 characters, this many Latin letters for each such letter (a short
#: line quoting three names, "Protests were held in 北京，上海 and 广州", has 3.5).
_LATIN_TIMES = 2
_LATIN = re.compile(r"[A-Za-z]")


def cjk_heads(text: str, tokens: _Tokens) -> list[int]:
    """Indexes of the tokens written wholly in Chinese, Japanese or Korean letters, of
    2-6 characters, or in Hebrew letters, of 2-14, in a text of Latin letters mostly (see
    the module docstring)."""
    if text.isascii() or _CASELESS_LETTER.search(text) is None:  # (a C scan first)
        return []
    head = text[:2000]
    latin = len(_LATIN.findall(head))
    if latin < _LATIN_TIMES * len(_CASELESS_LETTER.findall(head)):
        return []
    return [
        k
        for k, word in enumerate(tokens.words)
        if (_MIN_CHARS <= len(word) <= _MAX_CHARS and _CJK_WORD.fullmatch(word))
        or _HEBREW_WORD.fullmatch(word)
    ]


#: Arabic letters (no digits or punctuation).
_ARABIC_WORD = re.compile("[\u0621-\u064a\u066e-\u06d3]+")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
#: Letters in an Arabic name looked up (a longer word is a phrase, not a name).
_ARABIC_MAX_CHARS = 14


def arabic_heads(text: str, tokens: _Tokens, gaz: Gazetteer | None = None) -> list[int]:
    """Indexes of the tokens written wholly in Arabic letters, of 2-14 characters, right
    after an Arabic preposition of place (:data:`geo.text.lexicon.ARABIC_PLACE_CUES`) or
    alone in brackets after a name of the same place in ``gaz``: a name's gloss in its own
    script ("Cairo (القاهرة)"; not the first word of a longer bracket, "(المدينة الزرقاء)",
    "the Blue City"; not "Rabak (ربك)", a spelling GeoNames files under Kosti).

    >>> from geo.text.tokens import _Tokens
    >>> arabic_heads("قصف على غزة", _Tokens("قصف على غزة"))
    [2]
    >>> arabic_heads("Shelling hit Gaza.", _Tokens("Shelling hit Gaza."))
    []
    """
    if _ARABIC_LETTER.search(text) is None:
        return []
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    return [
        k
        for k in range(1, len(words))
        if _MIN_CHARS <= len(words[k]) <= _ARABIC_MAX_CHARS
        and _ARABIC_WORD.fullmatch(words[k])
        and (
            normalize(words[k - 1]) in ARABIC_PLACE_CUES
            or (gaz is not None and glosses(text, starts[k], ends[k], gaz))
        )
    ]


#: The words of the name before a gloss, within this many characters.
_WORDS = re.compile(r"[\w'’-]+")
_BEFORE_CHARS = 60


def glosses(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether text[start:end] is all a bracket holds, right after a name (its last one to
    three words) that names one of the same places: "Aleppo (حلب)", "Wenchang (文城镇)"."""
    if text[start - 2 : start] != " (" or text[end : end + 1] != ")":
        return False
    records = {c.record for c in gaz.lookup_normalized(normalize(text[start:end]))}
    if not records:
        return False
    before = _WORDS.findall(text, max(0, start - _BEFORE_CHARS), start - 2)
    return any(
        records & {c.record for c in gaz.lookup_normalized(normalize(" ".join(before[-n:])))}
        for n in range(1, min(3, len(before)) + 1)
    )
