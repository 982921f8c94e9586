"""Recognition, names in a caseless script inside Latin text: "Officials in 北京 said".

Recognition starts a name only at a capitalised word; Chinese, Japanese and Korean
have no capitals, so a name written in them inside an English text ("Protests in 東京
and Київ") was never looked up, though ``geo geocode 北京`` finds Beijing. Such a word
of :data:`_MIN_CHARS`-:data:`_MAX_CHARS` characters, in a text mostly of Latin
letters (:data:`_LATIN_TIMES`), may start a name as a capitalised word does; the
context rules and the gazetteer then judge it (a run of Chinese prose is one long
token, no name). Cost: one search for such a letter; a text without one pays nothing
more.
"""

from __future__ import annotations

import re

from .tokens import _Tokens

__all__ = ["cjk_heads"]

#: Han, kana and Hangul letters (no punctuation).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_LETTER = re.compile(f"[{_CJK}]")
_CJK_WORD = re.compile(f"[{_CJK}]+")
_MIN_CHARS = 2
_MAX_CHARS = 6
#: The text must be a Latin-letter one quoting a name (a Korean text spaces its words):
#: in its first 2,000 characters, this many Latin letters for each such letter.
_LATIN_TIMES = 4
_LATIN = re.compile(r"[A-Za-z]")


def cjk_heads(text: str, tokens: _Tokens) -> list[int]:
    """Indexes of the tokens written wholly in Chinese, Japanese or Korean letters, of
    2-6 characters, in a text of Latin letters mostly (see the module docstring)."""
    if _CJK_LETTER.search(text) is None:
        return []
    head = text[:2000]
    latin = len(_LATIN.findall(head))
    if latin < _LATIN_TIMES * len(_CJK_LETTER.findall(head)):
        return []
    return [
        k
        for k, word in enumerate(tokens.words)
        if _MIN_CHARS <= len(word) <= _MAX_CHARS and _CJK_WORD.fullmatch(word)
    ]
