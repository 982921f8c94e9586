"""Airlines named after a country or a city: "Air India", "Air France", "Qatar Airways",
"Singapore Airlines", "Ukraine International Airlines" name a company, not a place.

An airline's name holds its home's name, and the gazetteer finds it there: "Air India
said it would keep its flights out of Pakistani airspace" put India on the map as a
place the story speaks of, where it speaks of a company.  The name stays a toponym with
``"metonymic": true``, as "Texas Instruments" does (:mod:`geo.text.metonymy`: not drawn,
no claim's place), and the public corpora annotate it so.  :func:`is_airline` tells a
name that is a word of an airline's name: right after "Air" ("Air India", "Air Serbia",
"Air Astana"), or before "Airways" or "Airlines" with at most one capitalised word
between ("Kenya Airways", "Ukraine International Airlines").  "the Pakistan Air Force"
is no airline (a body of the state: left to the other stages), nor is "the Bali airport"
(a facility, read at its place).

Cost: two anchored matches a mention, behind a substring gate on "Air".
"""

from __future__ import annotations

import re

__all__ = ["is_airline"]

#: Right before the name: the word "Air" alone ("Air India"), not "Qatar Air" or "hot air".
_AIR_BEFORE = re.compile(r"(?<![\w-])Air[ \t]+\Z")
#: Right after the name: "Airways" or "Airlines", one capitalised word allowed between.
_AIRLINE_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+Air(?:ways|lines?)\b")


def is_airline(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` a word of an airline's name ("Air India",
    "Qatar Airways")?

    >>> text = "Air India and Qatar Airways cancelled flights to Tehran."
    >>> [is_airline(text, s, e) for s, e in ((4, 9), (14, 19), (49, 55))]
    [True, True, False]
    """
    # Both patterns are tried at the name's edges only: no scan of the whole text, which
    # a test per name would make quadratic in a long text.
    return (
        _AIR_BEFORE.search(text, max(0, start - 5), start) is not None
        or _AIRLINE_AFTER.match(text, end) is not None
    )
