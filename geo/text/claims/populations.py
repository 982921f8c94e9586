"""A place's population is no number of a claim: "Russian forces said they had captured
Huliaipole, a town of about 13,000 people before the war" states the capture, and "13,000
people" only describes the town (as "a five-storey block" or a person's age do).

:func:`population_number` tells such a count: people, residents or inhabitants counted
right after ", a <town|city|village|...> of [about]" (an apposition to the place), or
after "which had a [pre-war] population of", "with a population of", "whose population
was" (a relative clause or a phrase about it). A census's own statement ("it has a
population of 110,943", "estimates that the city population was 35,719") and what a
sentence tells ("grew into a town of 3,000 people") keep their number.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["population_number"]

#: What opens a place's population just before the number, in an apposition or a
#: relative clause about the place: ", a town of about", ", a city of some", "which had a
#: pre-war population of", "with a population of" (not "has a population of": what a
#: census says, nor "grew into a town of": what the sentence tells).
_BEFORE = re.compile(
    r"(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:town|city|village|settlement|hamlet|"
    r"community|port|region|district|province|oblast|country|municipality|suburb|enclave|"
    r"strip)\s+of|\b(?:which|with)\s+(?:had\s+|has\s+|once\s+had\s+)?(?:(?:a|an|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}population\s+of|\bwhose\s+(?:[\w-]+\s+){0,2}population\s+(?:was|is))"
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
    people in a description of the place: ", a town of about 13,000 people", "which had a
    pre-war population of 70,000".

    >>> from geo.text.numbers import find_quantities
    >>> t = "They captured Huliaipole, a town of about 13,000 people, and took 40 prisoners."
    >>> [q.text for q in find_quantities(t) if not population_number(t, q)]
    ['40']
    """
    if q.unit and q.unit not in _POPULATION_UNITS:
        return False  # "a city of 40 km2": no people counted
    return _BEFORE.search(text, max(0, q.start - _BACK), q.start) is not None
