"""Claims stage 2c, sides of bodies named again by their abbreviation: "CENTCOM said"
after "The U.S. military's Central Command said" is the same body, with its side.

An abbreviation is a speaker written in capitals whose letters are, in order, the
beginnings of words of an earlier speaker's name ("CENTCOM": CENTral COMmand; "UKMTO":
United Kingdom Maritime Trade Operations), at least two of them. Only the latest few
speakers with a side are read (bounded work per claim).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

__all__ = ["abbreviated_side", "abbreviates"]

#: How many of the latest speakers with a side an abbreviation is tried against.
_SPEAKERS_BACK = 24
_WORD = re.compile(r"[A-Za-z]+")


def abbreviates(abbr: str, name: str) -> bool:
    """Whether the capitals ``abbr`` abbreviate ``name``: its letters are the starts of
    two or more of the name's capitalised words, in order.

    >>> abbreviates("CENTCOM", "the U.S. military's Central Command")
    True
    >>> abbreviates("UKMTO", "the United Kingdom Maritime Trade Operations agency")
    True
    >>> abbreviates("CENTCOM", "Central Bank"), abbreviates("IDF", "the Israeli military")
    (False, False)
    """
    words = tuple(w.lower() for w in _WORD.findall(name) if w[:1].isupper())
    return _split(abbr.lower(), words, 0) >= 2


@lru_cache(maxsize=1024)
def _split(abbr: str, words: tuple[str, ...], used: int) -> int:
    """The most words whose starts spell ``abbr`` in order (-1: none do)."""
    if not abbr:
        return used
    best = -1
    for i, w in enumerate(words):
        n = 1
        while n <= min(len(w), len(abbr)) and w[n - 1] == abbr[n - 1]:
            best = max(best, _split(abbr[n:], words[i + 1 :], used + 1))
            n += 1
    return best


def abbreviated_side(
    sides: dict[str, tuple[str | None, str | None]], source: str
) -> tuple[str | None, str | None] | None:
    """The (side, party) of the latest speaker in ``sides`` that the capitals ``source``
    abbreviate ("CENTCOM" after "the U.S. military's Central Command"), or None."""
    source = source.removeprefix("the ").removeprefix("The ")  # "the SSPDF"
    if not (source.isupper() and source.isalpha() and 3 <= len(source) <= 10):
        return None
    for name in islice(reversed(sides), _SPEAKERS_BACK):
        if name != source and sides[name][0] is not None and abbreviates(source, name):
            return sides[name]
    return None
