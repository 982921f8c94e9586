"""Claims stage 2a, phrases (parts): the words between a speaker noun and its head.

Helpers of :func:`~geo.text.claims.phrases._np_left` and of a sentence's opening subject:
a body's name after its owner ("Sudan's electricity company") and a speaker placed at a
named place in a town ("Medics at Nasser Hospital in Khan Younis"), a name's
abbreviation in brackets before the noun that ends the phrase ("the ... Operations
(UKMTO) agency"). Each reads a bounded number of tokens.
"""

from __future__ import annotations

from .segmentation import _bare, _is_cap, _Tok
from .vocab import (
    _DETERMINERS,
    _FUNCTION_CAPS,
    _NP_PREPOSITIONS,
    _ORG_WORDS,
    _SOURCE_MODIFIERS,
    _SOURCE_NOUNS,
    _TITLES,
)

__all__ = [
    "_abbreviation_left",
    "_joins_name",
    "_owned_compound",
    "_placed_holder",
    "placed_body",
    "subject_word",
]


def subject_word(toks: list[_Tok], b: int, upto: int) -> bool:
    """Whether token ``b`` goes on a sentence's opening subject: a capitalised word, a
    speaker noun or modifier, or a lower-case hyphenated one before a speaker noun
    ("Ukraine's Dnipro operational-strategic group")."""
    t = toks[b]
    tl = _bare(t.text).lower()
    if (_is_cap(t) and t.text[:1].isalpha()) or tl in _SOURCE_NOUNS or tl in _SOURCE_MODIFIERS:
        return True
    parts = t.text.split("-")
    return (
        len(parts) > 1
        and all(p.isalpha() and p.islower() for p in parts)
        and b + 1 < upto
        and _bare(toks[b + 1].text).lower() in _SOURCE_NOUNS
    )


def _placed_holder(toks: list[_Tok], i: int) -> int | None:
    """The speaker noun placed by a place that ends at token ``i``: in "Medics at Nasser
    Hospital in Khan Younis", from "Hospital" back over the place's name to "at" and the
    speaker noun before it ("Medics"); None when the words back to a preposition are
    not a place's name (capitalised words, "the", at most two lower-case words)."""
    lower = 0
    for m in range(i, max(0, i - 8), -1):
        t = toks[m]
        tl = _bare(t.text).lower()
        if tl in _NP_PREPOSITIONS and m != i:
            head = _bare(toks[m - 1].text).lower()
            return m - 1 if head in _SOURCE_NOUNS or head in _TITLES else None
        if not t.text[:1].isalpha():
            return None
        if not (_is_cap(t) or tl in _DETERMINERS):
            lower += 1
            if lower > 2:
                return None
    return None


#: What may stand before "the" opening a speaker's phrase: a clause's start.
_CLAUSE_OPENERS = frozenset(",;:—“\"(")


#: Words that count, no noun of a body's name: "two soldiers".
_COUNTS = frozenset(
    "one two three four five six seven eight nine ten several many some few".split()
)


def _noun_like(word: str) -> bool:
    """Whether the lower-case ``word`` may be a noun in a body's name (not a past verb
    nor a count: "killed", "two")."""
    return word.isalpha() and word.islower() and not word.endswith("ed") and word not in _COUNTS


_THE = ("the", "The")


def _owned_compound(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether the lower-case word at ``i`` is a noun in a body's name after its owner
    ("Sudan's electricity company", "Gaza's civil defence agency", "the junta's
    information team"): one or two such words between a capitalised possessive or one
    after "the", or "the" opening a clause ("The coast guard
    said"), and a speaker noun at ``j``; a hyphenated
    one also after a name ("Ukraine's Dnipro operational-strategic group")."""
    word = toks[i].text
    hyphened = "-" in word and all(p.isalpha() and p.islower() for p in word.split("-"))
    if not (word.isalpha() and word.islower()) and not hyphened:
        return False
    if _bare(toks[j].text).lower() not in _SOURCE_NOUNS:
        return False
    for k in (i - 1, i - 2):
        if k < 0:
            return False
        t = toks[k].text
        if t.endswith(("’s", "'s")) and (t[:1].isupper() or (k and toks[k - 1].text in _THE)):
            return True  # "Sudan's electricity company", "the junta's information team"
        if hyphened and t[:1].isupper() and t.isalpha():
            return True  # "Dnipro operational-strategic group": a name, what it does
        if t.lower() == "the" and (k == 0 or toks[k - 1].text in _CLAUSE_OPENERS):
            # "The coast guard said", "the provincial disaster office said"; not "The
            # strike killed two soldiers and officials said"
            return j - i <= 2 and all(_noun_like(toks[m].text) for m in range(i, j))
        if not (t.isalpha() and t.islower()):
            return False
    return False


def _abbreviation_left(toks: list[_Tok], i: int) -> int | None:
    """The first token of "( ABBR )" that ends at the closing bracket ``i`` when a
    capitalised name comes before it ("Maritime Trade Operations (UKMTO) agency": a
    name's abbreviation inside the speaker's phrase); else None."""
    if i < 3 or toks[i].text != ")" or toks[i - 2].text != "(":
        return None
    abbr = toks[i - 1].text
    if not (abbr.isupper() and abbr.isalpha() and 2 <= len(abbr) <= 8):
        return None
    return i - 2 if _is_cap(toks[i - 3]) else None


def _joins_name(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k - 1`` (of, for, the, and) joins two parts of one capitalised name."""
    if not _name_continues(toks, k):
        return False
    left = k - 3 if toks[k - 1].text.lower() == "the" else k - 2
    if left < 0 or (left == k - 3 and toks[k - 2].text.lower() not in ("of", "for", "on")):
        return False
    t = toks[left]
    return _is_cap(t) and t.text[:1].isalpha() and _bare(t.text).lower() not in _FUNCTION_CAPS


def _name_continues(toks: list[_Tok], k: int) -> bool:
    """Whether the words from token ``k`` on continue a capitalised name ("the Study")."""
    t = toks[k]
    if _is_cap(t) and t.text[:1].isalpha():
        return True
    return t.text.lower() == "the" and k + 1 < len(toks) and _is_cap(toks[k + 1])


#: Prepositions placing a body: "the ... Activities in the Territories", "at".
_PLACED_IN = frozenset("in at".split())


def placed_body(toks: list[_Tok], k: int) -> bool:
    """Whether the preposition at token ``k - 1`` ("in", "at") places a body named just
    before it, so that the speaker's phrase goes on leftwards over the body's name: a
    capitalised name joined by "of"/"for" or holding an organisation's word, opening its
    clause ("The Coordination of Government Activities in the Territories", "The Red
    Cross in Gaza", "COGAT, the Ministry of ... in ..."); not a person ("Zelensky in
    Kyiv"), nor a name inside a longer phrase ("chair of ... at Vanderbilt University in
    Nashville", "the 1300 block of Avenue Q in Huntsville"). Reads at most ten tokens back.

    >>> from .segmentation import tokenize
    >>> toks = tokenize("The Coordination of Government Activities in the Territories said")
    >>> placed_body(toks, 6), placed_body(tokenize("Zelensky in Kyiv said"), 2)
    (True, False)
    >>> placed_body(tokenize("a call from the block of Avenue Q in Huntsville"), 9)
    False
    """
    if k < 2 or _bare(toks[k - 1].text).lower() not in _PLACED_IN:
        return False
    joined = org = False
    m = k - 2
    while m >= 0 and k - 2 - m < 10:
        t = toks[m]
        tl = _bare(t.text).lower()
        if _is_cap(t) and t.text[:1].isalpha() and tl not in _FUNCTION_CAPS:
            org = org or tl in _ORG_WORDS
        elif tl in ("of", "for") and m and m != k - 2 and _is_cap(toks[m - 1]):
            joined = True
        elif tl == "the" and m and m != k - 2 and toks[m - 1].text.lower() in ("of", "for"):
            pass  # "the Office of the High Commissioner"
        else:
            break
        m -= 1
    if m >= 0 and toks[m].text.lower() == "the":
        m -= 1  # the name's article
    return (m < 0 or toks[m].text in _CLAUSE_OPENERS) and (org or joined)
