"""Parts of a city named with it: "Dnipro's Shevchenkivskyi district".

"CITY's X district" and "the X district of CITY" name a part of the city, whatever
else is called X: Ukraine has a Shevchenkivskyi district in a dozen cities and
villages of the name in several regions.  :func:`city_parts` keeps X inside the city
it is named with: the reading of X the gazetteer has within :data:`PART_KM` of the
city, else none, and the name is then estimated at the city
(:func:`part_estimate`: a geodesic disc of :data:`PART_KM` around it).

Cost: one anchored match on each side of each mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, ring
from ..model import Place, Toponym
from .tokens import Mention

__all__ = ["PART_KM", "city_parts", "part_estimate"]

#: A city's part lies this near its point (the radius of the estimate too); the largest
#: cities of the front span about 15 km from their centre.
PART_KM = 20.0
_PART_WORDS = (
    r"district|raion|rayon|neighbou?rhood|microdistrict|quarter|suburb|borough|"
    r"municipality|okrug"
)
_PART_AFTER = re.compile(rf"\s+(?i:{_PART_WORDS})\b")
_PART_OF = re.compile(rf"\s+(?i:{_PART_WORDS})\s+of\s+(?:the\s+city\s+of\s+)?$")
_POSSESSIVE = ("'s ", "’s ")


def _city_of(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The city record mention ``k`` is named a part of, or None."""
    m = mentions[k]
    if k > 0 and _PART_AFTER.match(text, m.end):
        prev = mentions[k - 1]
        if text[prev.end : m.start] in _POSSESSIVE:  # "Dnipro's Shevchenkivskyi district"
            city = resolved[k - 1][0]
            if city is not None and gaz.is_place(city):
                return city
    if k + 1 < len(mentions):
        nxt = mentions[k + 1]
        if _PART_OF.match(text[m.end : nxt.start]):  # "the X district of Kharkiv"
            city = resolved[k + 1][0]
            if city is not None and gaz.is_place(city):
                return city
    return None


def city_parts(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """Keep each part of a city named with its city inside that city.

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.

    Returns
    -------
    resolved : list of (record or None, score)
        The choice of a city's part replaced by its nearest candidate within
        :data:`PART_KM` of the city, or by None where it has none.
    parts : dict of int to int
        Mention index -> city record, for the parts left without a place (to be
        estimated at the city, :func:`part_estimate`).
    """
    out = list(resolved)
    parts: dict[int, int] = {}
    for k, m in enumerate(mentions):
        city = _city_of(text, gaz, mentions, resolved, k)
        if city is None:
            continue
        here = gaz.lat_lon(city)
        rec, score = resolved[k]
        if rec is not None and gaz.is_place(rec) and distance_km(here, gaz.lat_lon(rec)) <= PART_KM:
            continue
        near = [
            (distance_km(here, gaz.lat_lon(c.record)), c.record)
            for c in m.candidates
            if gaz.kind(c.record) in ("place", "admin2")
        ]
        inside = [(km, r) for km, r in near if km <= PART_KM]
        if inside:
            out[k] = (min(inside)[1], max(score, 0.5))
        else:
            out[k] = (None, score)
            parts[k] = city
    return out, parts


def part_estimate(gaz: Gazetteer, m: Mention, surface: str, city: int) -> Toponym:
    """An estimated toponym for a city's part the gazetteer lacks: at the city's point,
    within a geodesic disc of :data:`PART_KM`."""
    lat, lon = gaz.lat_lon(city)
    place = Place(
        0,
        " ".join(surface.split()),
        "place",
        gaz.country_code(city),
        round(lat, 5),
        round(lon, 5),
        admin1_code=gaz.admin1(city)[0],
    )
    return Toponym(
        m.start,
        m.end,
        surface,
        place,
        0.5,
        m.cue or "city part",
        estimated=True,
        uncertainty=ring((lat, lon), PART_KM),
    )
