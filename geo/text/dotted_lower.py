"""Caseless text: a country's dotted initials typed small ("u.s. troops", "the u.k.").

A text typed all in lower case writes "U.S." as "u.s.": two letters, each with its dot,
which :func:`geo.text.casing.restore_case` reads as two one-letter words and leaves
small, so the country was never read.  :func:`dotted_countries` capitalises single
letters joined by dots, two to four of them with a dot after the last ("u.s.", "u.k.",
"u.a.e."), where the gazetteer names a country so ("U.S.": the United States); a
state's or city's initials ("n.y.", "l.a.") and initials that name nothing ("e.g.",
"i.e.", "a.m.") stay small.

Cost: one regular-expression scan of the caseless part, one look-up per dotted group.
"""

from __future__ import annotations

import re

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize

__all__ = ["dotted_countries"]

#: Single small letters joined by dots, a dot after the last: "u.s.", "u.a.e.".
_DOTTED = re.compile(r"(?<![\w.'’-])(?:[a-z]\.){2,4}(?![\w'’-])")


def dotted_countries(gaz: Gazetteer, part: str, chars: list[str]) -> None:
    """Capitalise in ``chars`` (the caseless ``part``, one character for one) each group
    of dotted initials that names a country (module docstring).

    >>> import geo
    >>> gaz = geo.load_gazetteer()                                   # doctest: +SKIP
    >>> chars = list("u.s. troops, e.g. here")
    >>> dotted_countries(gaz, "u.s. troops, e.g. here", chars)      # doctest: +SKIP
    >>> "".join(chars)                                               # doctest: +SKIP
    'U.S. troops, e.g. here'
    """
    for m in _DOTTED.finditer(part):
        found = gaz.lookup_normalized(normalize(m.group()))
        if any(c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "country" for c in found):
            for j in range(m.start(), m.end(), 2):
                chars[j] = part[j].upper()
