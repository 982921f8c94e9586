"""Recognition, people: a name after a person's initials is their surname.

"Kijuan D. McDonald", "Judge David W. Lewis" (a middle initial after a given name) and
"C.J. McArthur", "T. J. Holmes" (two or more initials that stand for given names) are
people, not McDonald, Lewis, McArthur or Holmes the towns.  Initials that spell a place's
abbreviation are the place's ("U.S. Steel", "D.C. Council", "N.Y. Times"): the
gazetteer names them.  Used by the context rules (:mod:`geo.text.context_rules`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Token

__all__ = ["after_initials"]

#: The most initials a person's given names are written with ("J. R. R. Tolkien").
_MAX_INITIALS = 3


def after_initials(text: str, at: Sequence[Token], i: int, gaz: Gazetteer) -> int:
    """How many initials of a person's name the name at token ``i`` follows (0: none):
    one middle initial after a capitalised given name ("Kijuan D. McDonald"), or two or
    more initials ("C.J. McArthur", "T. J. Holmes") that spell no name the gazetteer
    ``gaz`` knows ("U.S. Steel", "D.C. Council" are the places').  Each initial is one
    capital letter and a dot, the last one a space before the name.  ``at``: the
    text's tokens.

    Examples
    --------
    >>> from .tokens import tokenize
    >>> class Gaz:
    ...     def lookup_normalized(self, key):
    ...         return ["US"] if key == "u s" else []
    >>> text = "Kijuan D. McDonald, C.J. McArthur and T. J. Holmes met U.S. Steel"
    >>> at = tokenize(text)
    >>> [after_initials(text, at, k, Gaz()) for k in (2, 5, 9, 13)]
    [1, 2, 2, 0]

    A name that opens with an initial itself (a compass letter the gazetteer spells out:
    "W. Easton" for West Easton) counts the initials up to its next word: "O.W. Easton",
    "George W. Easton" are people, "in W. Easton" is not (nor "The U. S. Army": the
    name is the initials).

    >>> text = "The name honors O.W. Easton. George W. Easton and W. Easton"
    >>> at = tokenize(text)
    >>> [after_initials(text, at, k, Gaz()) for k in (4, 8, 11)]
    [2, 1, 0]
    """
    if _initial(at[i]) and text[at[i].end : at[i].end + 2] == ". " and not _initial(at[i + 1]):
        initials = _initials_before(text, at, i + 1, gaz)  # (not "The U. S. Army")
        if initials:
            return initials
    return _initials_before(text, at, i, gaz)


def _initials_before(text: str, at: Sequence[Token], i: int, gaz: Gazetteer) -> int:
    """:func:`after_initials` for a name whose own first word is no initial."""
    if i < 2 or text[at[i - 1].end : at[i].start] != ". ":
        return 0
    letters = []
    k = i - 1
    while k >= 0 and len(letters) < _MAX_INITIALS and _initial(at[k]):
        if k < i - 1 and text[at[k].end : at[k + 1].start] not in (".", ". "):
            break
        letters.append(at[k].text)
        k -= 1
    if not letters:
        return 0
    if len(letters) == 1:
        # A middle initial: after a capitalised given name, one space before it.
        before = at[i - 2]
        given = before.capitalized and len(before.text) > 1
        return int(given and text[before.end : at[i - 1].start] == " ")
    spelt = " ".join(reversed(letters)).lower()
    return 0 if gaz.lookup_normalized(spelt) else len(letters)


def _initial(token: Token) -> bool:
    """Is ``token`` one capital letter (an initial's letter)?"""
    return len(token.text) == 1 and token.text.isupper()
