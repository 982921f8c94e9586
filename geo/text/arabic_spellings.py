"""Two-word Arabic names after a place cue, spelt otherwise than the gazetteer has them.

"near Al Muglad", "towards Ad Daein", "west of Um Rawaba": an article ("Al", "Ad") or a
head word ("Um") and a capitalised word make one name.  Read word by word, the article
is a given name ("Al Gore") and the name its surname, and the gazetteer has the place
under another romanisation: "El Muglad" (Al Mijlad), "El Daein", "Umm Ruwaba", "Az
Zuwaydah".  :func:`arabic_spelt` finds such names before the scan reads them word by
word: the name in the other spellings of its article and words
(:func:`geo.text.variants.variant_candidates`, exact look-ups), else the places of
:data:`~geo.text.arabic_variants.ARABIC_NAME_COUNTRIES` whose own name has the same
consonants word by word (:func:`word_skeletons`: Arabic short vowels are not written,
and romanisations supply them differently, "Rawaba" and "Ruwaba"), as candidates spelt
like it (``fuzzy``: taken only where the text's other places support them).

Cost: one pattern scan of the text; per such name, a few exact look-ups and, the first
time a gazetteer meets one, one pass over the places of those countries (memoised).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..gazetteer.codes import QUALITY_FUZZY
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from .arabic_variants import ARABIC_NAME_COUNTRIES
from .candidates import MAX_CANDIDATES
from .tokens import Mention, _norm, _Tokens
from .variants import variant_candidates

__all__ = ["arabic_spelt", "word_skeletons"]

#: A capitalised article or head word, a space or hyphen, a capitalised word.
#: ``\b(?:Al|El|Ad|...|Umm|Oum)[ -‐](?=[A-Z][a-z])``, written with the first letters
#: first (``re`` skips in C to an "A", "E", "U" or "O"; a look-behind is the word's
#: start): the same matches, a fifth of the time (at most one article fits a place).
_HEAD = re.compile(
    r"(?:A(?<!\w.)(?:l|d|r|s|sh|t|z|n|th)|E(?<!\w.)(?:l|d|r|s|sh|t|z|n)|U(?<!\w.)(?:m|mm)"
    r"|O(?<!\w.)um)[ \-‐](?=[A-Z][a-z])"
)
_ARTICLES = frozenset("al el il ad ed ar er as es ash esh az ez at et an en ath eth adh".split())
#: Letters written with two: one letter each in a skeleton.
_DIGRAPHS = {"kh": "x", "gh": "G", "sh": "S", "th": "T", "dh": "D"}
_DIGRAPH = re.compile("kh|gh|sh|th|dh")
_OPEN_VOWELS = frozenset("aeiou")
#: Skeletons shorter than this (consonants, all words) match too many names.
_MIN_CONSONANTS = 2
#: More places than this with one skeleton: the name tells none of them apart.
_MAX_SAME = 3


def word_skeletons(normalized: str) -> tuple[str, ...]:
    """The consonants of each word of a normalised Latin name, its leading article left
    out: vowels, the glides "w" and "y" and a lone "h" dropped, doubled letters written
    once, "kh", "gh", "sh", "th" and "dh" kept as letters of their own ("Khiam" is no
    "Kum"), and a word opening with a vowel marked "V" ("Akhmim" is no "Khiam"); () for
    a non-Latin name.

    >>> word_skeletons("um rawaba") == word_skeletons("umm ruwaba")
    True
    >>> word_skeletons("az zawayda"), word_skeletons("marib"), word_skeletons("el khiam")
    (('zd',), ('mrb',), ('xm',))
    """
    if not normalized.isascii():
        return ()
    words = normalized.split()
    while len(words) > 1 and words[0] in _ARTICLES:
        del words[0]
    out = []
    for word in words:
        letters = _DIGRAPH.sub(lambda m: _DIGRAPHS[m.group()], word)
        bones: list[str] = ["V"] if letters[:1] in _OPEN_VOWELS else []
        for ch in letters:
            if ch not in "aeiouwyh" and (not bones or bones[-1] != ch):
                bones.append(ch)
        out.append("".join(bones))
    return tuple(out)


def _skeleton_places(gaz: Gazetteer, normalized: str) -> list[Candidate]:
    """Places of Arabic-named countries whose own name has the name's word skeletons."""
    bones = word_skeletons(normalized)
    if sum(len(b.lstrip("V")) for b in bones) < _MIN_CONSONANTS or not all(bones):
        return []
    memo = gaz.memo("arabic_word_skeletons")
    if not memo:
        for rec in gaz.places_of(ARABIC_NAME_COUNTRIES):
            memo.setdefault(word_skeletons(normalize(gaz.name(rec))), []).append(rec)
    found = memo.get(bones, [])
    if not found or len(found) > _MAX_SAME:
        return []
    ranked = sorted(found, key=lambda r: (-gaz.importance(r), r))
    return [Candidate(r, QUALITY_FUZZY) for r in ranked]


def arabic_spelt(text: str, tokens: _Tokens, gaz: Gazetteer) -> dict[int, Mention]:
    """The two-word Arabic names after a place cue that the gazetteer has only under
    another spelling (module docstring): the article's or head word's token -> the
    name's mention."""
    out: dict[int, Mention] = {}
    starts, ends, words = tokens.starts, tokens.ends, tokens.words
    for m in _HEAD.finditer(text):
        i = _token_at(starts, m.start())
        if (
            i is None
            or i < 1
            or i + 1 >= len(words)
            or _norm(words[i - 1]) not in lx.PLACE_CUES
            or text[ends[i - 1] : starts[i]] != " "  # "a longitude of 100°10'. As Balta"
        ):
            continue
        after = ends[i + 1]
        if text[after : after + 1] in ("-", "‐") or (
            text[after : after + 1] == " " and text[after + 1 : after + 2].isupper()
        ):
            continue  # a longer name: not read here
        key = normalize(text[starts[i] : after])
        if gaz.lookup_normalized(key):
            continue  # the gazetteer has it so: the scan reads it
        found = variant_candidates(gaz, key)[:MAX_CANDIDATES]
        fuzzy = not found
        if fuzzy:
            found = _skeleton_places(gaz, key)[:MAX_CANDIDATES]
        if found:
            out[i] = Mention(starts[i], after, key, i, i + 1, "in", candidates=found, fuzzy=fuzzy)
    return out


def _token_at(starts: list[int], at: int) -> int | None:
    """The token starting at character ``at``, None if none does."""
    k = bisect_left(starts, at)
    return k if k < len(starts) and starts[k] == at else None
