"""Names the gazetteer lacks, listed "in CITY": parts of that city.

"tanks pushed into Shejaiya and Zeitoun in Gaza City": GeoNames' ``cities500`` has no
Shejaiya, and its only Zeitoun is a Maltese town; "shelling hit Saltivka and Pyatykhatky
in Kharkiv"; "raids in Kalandia in Jerusalem".  A name (or a list of names) followed
by "in" and a city of :data:`~geo.text.city_parts.CITY_POPULATION` is a neighbourhood of
that city when the gazetteer has no reading of it near the city and no region or
country of the name was read (not a facility named
so: "Karl Bremer Hospital in Cape Town" is a building, which annotators leave unplaced).
:func:`listed_in_city` gives such names to :func:`geo.text.city_parts.city_parts` as
targets: the gazetteer's reading within :data:`~geo.text.city_parts.PART_KM` of the
city, else an estimate there.  A name the gazetteer has in the city's country within
:data:`OWN_KM` of it keeps its own reading ("Bucha and Irpin in Kyiv" is loose talk of
Kyiv Oblast's towns, not of the city).

Cost: one anchored match after each mention, each list looked at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .city_parts import CITY_POPULATION, PART_KM
from .lexicon.places import FACILITY_WORDS
from .tokens import Mention

__all__ = ["OWN_KM", "listed_in_city"]

#: A name read in the city's country this near the city is a town of its own.
OWN_KM = 100.0
#: Between the last name of a list and its city: " in ", " in central ", " in the east of ".
_IN_CITY = re.compile(
    r"\s+in\s+(?:(?:central|downtown|(?:north|south)(?:-?(?:east|west))?(?:ern)?"
    r"|(?:east|west)(?:ern)?)\s+)?"
)
#: After the city: a possessive or a part word would make the city a region's name.
_NOT_CITY_AFTER = re.compile(r"['’]s\b|\s+(?i:region|province|oblast|governorate|district)\b")


def listed_in_city(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> dict[int, tuple[int, float]]:
    """Mention index -> (city record, radius in km) for each name listed "in CITY" that
    the gazetteer has no reading of near the city (module docstring).

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.
    """
    out: dict[int, tuple[int, float]] = {}
    for k in range(len(mentions) - 1):
        m, after = mentions[k], mentions[k + 1]
        if not _IN_CITY.fullmatch(text, m.end, after.start) or after.actor:
            continue
        city = resolved[k + 1][0]
        if city is None or not gaz.is_place(city) or gaz.population(city) < CITY_POPULATION:
            continue
        if _NOT_CITY_AFTER.match(text, after.end):
            continue
        members = [j for j in m.siblings if j < k] + [k]
        here, cc = gaz.lat_lon(city), gaz.country_code(city)
        for j in members:
            rec = resolved[j][0]
            own = rec is not None and (
                not gaz.is_place(rec)  # "Bank of America in Charlotte": a country's name
                or (
                    gaz.country_code(rec) == cc
                    and distance_km(here, gaz.lat_lon(rec)) <= OWN_KM
                )
            )
            last = mentions[j].key.rsplit(" ", 1)[-1]
            if not own and mentions[j].key != after.key and last not in FACILITY_WORDS:
                out.setdefault(j, (city, PART_KM))
    return out
