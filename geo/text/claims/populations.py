"""A place's population is no number of a claim: "Russian forces said they had captured
Huliaipole, a town of about 13,000 people before the war" states the capture, and "13,000
people" only describes the town (as "a five-storey block" or a person's age do).

:func:`population_number` tells such a count: people, residents or inhabitants counted
right after "<town|city|village|settlement|...> of [about]", or after "population of" /
"a population of" ("a pre-war population of 70,000").
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["population_number"]

#: What opens a place's population just before the number: "a town of about",
#: "a city of some", "a pre-war population of", "population:".
_BEFORE = re.compile(
    r"\b(?:(?:town|city|village|settlement|hamlet|community|port|region|district|province|"
    r"oblast|country|municipality|suburb|enclave|strip)s?\s+of|population\s+(?:of|was|is|:))"
    r"\s+(?:(?:about|some|around|roughly|nearly|almost|approximately|just\s+over|just\s+under|"
    r"more\s+than|over|fewer\s+than|less\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: The people a population counts (or no noun: "a population of 70,000").
_POPULATION_UNITS = frozenset(("people", "residents", "inhabitants", "souls", "population"))
#: How far back the opening may start (characters).
_BACK = 60


def population_number(text: str, q: Any) -> bool:
    """Whether the quantity ``q`` (``start``, ``unit``) in ``text`` counts a place's
    people: "a town of about 13,000 people", "a pre-war population of 70,000".

    >>> from geo.text.numbers import find_quantities
    >>> t = "They captured Huliaipole, a town of about 13,000 people, and took 40 prisoners."
    >>> [q.text for q in find_quantities(t) if not population_number(t, q)]
    ['40']
    """
    if q.unit and q.unit not in _POPULATION_UNITS:
        return False  # "a city of 40 km2": no people counted
    return _BEFORE.search(text, max(0, q.start - _BACK), q.start) is not None
