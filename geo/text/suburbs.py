"""Places a text defines as a part of a city: "Penha is a neighbourhood in the city of
Rio de Janeiro", "Westbrook is a suburb of Palmerston North", "the Chicago suburb of
Naperville".

Encyclopaedic prose opens with what a place is; a neighbourhood, suburb, quarter or
borough "of" or "in" a city named right after lies in that city, whatever else is
called so: every mention of the name is then read inside the city, as a part named
with its city is (:func:`geo.text.city_parts.city_parts` takes these as its targets:
the gazetteer's reading within :data:`SUBURB_KM` of the city, else an estimate
there).  Cost: one anchored match after each mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .city_parts import DISTRICT_ESTIMATE_KM
from .city_suburbs import suburb_city
from .tokens import Mention

__all__ = ["METROPOLIS", "OUTER_SUBURB_KM", "SUBURB_KM", "TOWN_WITH_PARTS", "defined_parts"]

#: A town this populous has neighbourhoods and suburbs of its own; a smaller place named
#: right after "a suburb of" is the namesake of an area ("a suburb in the Moreton Bay
#: Region": Moreton, a village in England), not the city.
TOWN_WITH_PARTS = 20_000

#: A city's suburb lies this near its point (outer suburbs of a large city lie 20-40 km
#: out: the radius of the estimate too).
SUBURB_KM = DISTRICT_ESTIMATE_KM
#: A suburb news name after its city ("the Chicago suburb of Naperville", "the Houston
#: suburb of Katy") may lie farther out: its reading within this of the city stands (the
#: estimate of one the gazetteer lacks keeps :data:`SUBURB_KM`).
OUTER_SUBURB_KM = 80.0
#: A city this populous has outer suburbs: one the text defines as its suburb ("Batavia
#: is a suburb of Chicago") may lie as far out as :data:`OUTER_SUBURB_KM` too.
METROPOLIS = 1_000_000

#: After the name: an optional bracket, "is a (former, residential ...) neighbourhood
#: in the city of" (or "is the inner city barrio of"; a gloss in brackets may follow the
#: part's word: "a barrio (neighbourhood or district) of"), up to the city's name.
_DEFINED_PART = re.compile(
    r"(?:\s*\([^()]{0,80}\))?,?\s+(?:is|was)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:neighbou?rhoods?|suburbs?|quarters?|barrios?|boroughs?|wards?)\s+"
    r"(?:\([^()]{0,60}\)\s+)?(?:(?:located|situated)\s+)?(?:in|of|within)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital)(?:\s+of)?,?\s+|the\s+)?"
)


def defined_parts(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> dict[int, tuple[int, float]]:
    """Mention index -> (city record, :data:`SUBURB_KM`) for every mention of a name the
    text defines as a part of the city named right after it ("Penha is a neighbourhood
    in the city of Rio de Janeiro"); the city is the resolved place of that next
    mention, a populated place of :data:`TOWN_WITH_PARTS` (not a region); a suburb so
    defined of a city of :data:`METROPOLIS` has :data:`OUTER_SUBURB_KM`.  A suburb
    named after its city ("the Chicago suburb of Naperville",
    :func:`geo.text.city_suburbs.suburb_city`) has (city record, :data:`OUTER_SUBURB_KM`)."""
    cities: dict[str, tuple[int, float]] = {}
    for k, m in enumerate(mentions[:-1]):
        if m.key in cities or m.demonym_country:
            continue
        found = _DEFINED_PART.match(text, m.end)
        if found is None or mentions[k + 1].start != found.end():
            continue
        city = resolved[k + 1][0]
        if city is not None and gaz.is_place(city) and gaz.population(city) >= TOWN_WITH_PARTS:
            # "Batavia is a suburb of Chicago", 54 km out: a metropolis's suburbs sprawl
            outer = "suburb" in found.group() and gaz.population(city) >= METROPOLIS
            cities[m.key] = (city, OUTER_SUBURB_KM if outer else SUBURB_KM)
    for k in range(len(mentions) - 1):
        # "the Chicago suburb of Naperville": the part after its city (geo.text.city_suburbs)
        part = mentions[k + 1]
        if part.key not in cities and not part.demonym_country:
            city = suburb_city(text, gaz, mentions, resolved, k)
            if city is not None:
                cities[part.key] = (city, OUTER_SUBURB_KM)
    if not cities:
        return {}
    return {
        k: cities[m.key]
        for k, m in enumerate(mentions)
        if m.key in cities and not m.demonym_country
    }
