"""A river or lake the water table has only far from every place a text names is a
namesake of the one the text means, which the table lacks: "Israeli jets struck south of
the Litani River in Lebanon" names no river of Suriname (:func:`far_from_all`, asked by
:func:`geo.text.water_places.water_toponyms`).  Cost: one scan of the text's capitalised
words and one nearest point per place named, a water body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..geometry.measures import distance_km
from ..model import Toponym
from .candidates import country_record
from .lexicon import DEMONYMS

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer

__all__ = ["INLAND_FAR_KM", "far_from_all"]


#: A river or lake farther than this (km) from every town, region and country of the text
#: is a namesake of the one the text means, which the table lacks: no place.
INLAND_FAR_KM = 2_000.0


def far_from_all(b: object, kept: Sequence[Toponym], gaz: Gazetteer | None, text: str) -> bool:
    """Whether the water body ``b`` (a river or lake, with its geometry) lies farther
    than :data:`INLAND_FAR_KM` from every town and region the text names, and two at
    least of them and of the countries it names far from it (a country by its name or
    its demonym, "Israeli", with ``gaz`` only): "Israeli jets struck south of the Litani
    River in Lebanon", "Israeli strikes hit Nabatieh, 12 km north of the Litani River"
    name no river of Suriname, while one stray namesake alone ("Canoes" read as a French
    village) does not move a river off.  A country near the river keeps it only in a text
    naming no town ("the Amur River in Russia"): the towns say where in a large country
    (the Burnside River of Georgia, not Nunavut's near the US border).  A country counts
    by the largest part of its polygon (France by its mainland, not by French Guiana on
    the Litani of Suriname).  Cost: one scan of the text's capitalised
    words, one nearest point per town, region or country."""
    shape = getattr(b, "geometry", None)
    if shape is None:
        return False
    towns = [
        Point(t.place.lon, t.place.lat)
        for t in kept
        if t.place is not None and t.place.kind in ("place", "admin1", "admin2")
    ]
    if any(_near(shape, town) for town in towns):
        return False
    far = len(towns)
    if gaz is not None:
        codes = {t.place.country_code for t in kept if t.place and t.place.kind == "country"}
        codes |= {DEMONYMS[w.lower()] for w in _CAPITALISED.findall(text) if w.lower() in DEMONYMS}
        for r in (country_record(gaz, c) if c else None for c in sorted(codes)):
            if r is None:
                continue
            if not _near(shape, _mainland(gaz.geometry(r))):
                far += 1
            elif not towns:  # "the Amur River in Russia"
                return False
    return far >= 2


def _near(shape: Any, other: Any) -> bool:
    """Whether ``other`` (a point or polygon) lies within :data:`INLAND_FAR_KM` of
    ``shape``."""
    a, c = nearest_points(shape, other)
    return distance_km((a.y, a.x), (c.y, c.x)) <= INLAND_FAR_KM


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _mainland(shape: Any) -> Any:
    """The largest part of a (multi)polygon (by area in degrees², enough to tell a
    mainland from an overseas part)."""
    parts = getattr(shape, "geoms", None)
    return max(parts, key=lambda g: g.area) if parts else shape
