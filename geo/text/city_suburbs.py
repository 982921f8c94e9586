"""A city named before its suburb: "the Kyiv suburb of Bucha", "the Chicago suburb of
Naperville", "the Cincinnati suburb of West Chester".

"The X district of Kharkiv" names a part X of the city after it
(:mod:`geo.text.city_parts`); "the CITY suburb of X" is the other way round, a city and
then its part, as news write it: the first name is the city (a populated place of
:data:`CITY_WITH_SUBURBS` people or more, larger than the second name's reading) and
the second its suburb, read near the city (:func:`geo.text.suburbs.defined_parts`), not
the city a part of the suburb.  Cost: one anchored match between two mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["CITY_WITH_SUBURBS", "suburb_city"]

#: A town this populous has suburbs of its own ("the Dayton suburb of Kettering").
CITY_WITH_SUBURBS = 20_000

#: Between the city and its part: " suburb of ", " neighbourhood of ", " borough of ".
_SUBURB_OF = re.compile(
    r"[ \t]+(?i:suburbs?|exurbs?|neighbou?rhoods?|boroughs?|quarters?|outskirts)[ \t]+of[ \t]+"
)


def suburb_city(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The city record of mention ``k`` when it opens "the CITY suburb of X" (X the next
    mention), or None: ``k`` read as a place of :data:`CITY_WITH_SUBURBS` people or
    more, and X read as no place as large."""
    if k + 1 >= len(mentions):
        return None
    if not _SUBURB_OF.fullmatch(text, mentions[k].end, mentions[k + 1].start):
        return None
    city = resolved[k][0]
    if city is None or not gaz.is_place(city) or gaz.population(city) < CITY_WITH_SUBURBS:
        return None
    part = resolved[k + 1][0]
    if part is not None and gaz.is_place(part) and gaz.population(part) >= gaz.population(city):
        return None  # "the Saltivka neighbourhood of Kharkiv": the part first
    return city
