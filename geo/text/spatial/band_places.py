"""The town a border band is stated by: "near Metula, about 2 km from the border",
"3 km from the border near Tetkino", "2 km inside Lebanon near Kfar Kila".

A band along a border ("N km from the border", "N km inside Lebanon") is bounded by the
place its sentence names (150 km around it); when the phrase stands right by a town
(:func:`described_place`), the band is the part around that town (:func:`by_the_place`):
the incident happened by Kfar Kila, not along all of Lebanon's borders. Used by
:mod:`.border_distance` and :mod:`.incursions`.
"""

from __future__ import annotations

import re
from typing import Any

from shapely.geometry import Point
from shapely.ops import nearest_points

from ...geometry import distance_km, ring
from .context import Context
from .measures import near_radius_km
from .shapes import lat_lon

__all__ = ["by_the_place", "described_place"]

#: What may stand between a place and the distance that describes it: "near Metula,
#: about 2 km from the border", "Metula (2 km from the border)".
_APPOSED = re.compile(r"[\s,;:(\u2013\u2014-]{0,4}")
#: ... and between the distance and a place named right after it: "3 km from the border
#: near Tetkino", "5 km from the border, near the village of Tetkino", "10 km from the
#: border on the Belarusian side, near Mozyr".
_NEAR_AFTER = re.compile(
    r",?\s+(?:on\s+the\s+[A-Z][\w'’-]*\s+side\s*,?\s+)?(?:near|by|outside|close\s+to|next\s+to)\s+(?:the\s+(?:village|town|settlement|city)"
    r"\s+of\s+)?",
    re.IGNORECASE,
)
#: The farthest (km) a town may stand from the band and still be the place it is stated
#: by ("10 km from the border on the Belarusian side, near Mozyr", Mozyr some 50 km from
#: the border); a town farther off only bounds the band as any place of the sentence does.
_FAR_TOWN_KM = 60.0


def described_place(
    ctx: Context, used: list[int], start: int, end: int
) -> tuple[int, int, bool] | None:
    """The toponym (of ``used``) the distance phrase ``start:end`` describes, the
    phrase's end with it, and whether it is named after the phrase: the place it stands
    right after ("near Metula, about 2 km from the border", ``end`` kept, False), or the
    one named right after it ("about 3 km from the border near Tetkino", ``end`` moved
    to the name's end, True); None otherwise."""
    text = ctx.text
    before = ctx.toponyms[used[-1]].end if used else start + 1
    if before <= start and _APPOSED.fullmatch(text, before, start) is not None:
        return used[-1], end, False
    for i in used:
        t = ctx.toponyms[i]
        if t.start >= end and _NEAR_AFTER.fullmatch(text, end, t.start) is not None:
            return i, t.end, True
    return None


def by_the_place(
    ctx: Context, i: int, band: Any, r: float, *, far: bool = False
) -> tuple[Any, float] | None:
    """The part of ``band`` (a lon/lat polygon of stated width ``r`` km along a border)
    around the town (toponym ``i``) the phrase describes (:func:`described_place`), and
    its reach in km: within the town's "near" reach plus ``r``
    (:func:`.measures.near_radius_km`); with ``far`` (the town named after the phrase,
    "..., near Mozyr"), for a town standing farther from the band (up to
    :data:`_FAR_TOWN_KM`), within its distance to the band plus its "near" reach, the
    stretch of border facing it. None for a region or country, a village the geoparser
    estimated (its point is no better than its estimate), or a town farther off."""
    t = ctx.toponyms[i]
    if t.place is None or t.place.kind != "place" or t.estimated:
        return None
    centre = lat_lon(t.place)
    near_km = near_radius_km(t.place)
    reach_km = round(near_km + r, 3)
    part = band.intersection(ring(centre, reach_km))
    if part.is_empty and far:
        closest = nearest_points(Point(t.place.lon, t.place.lat), band)[1]
        gap_km = distance_km(centre, (closest.y, closest.x))
        if gap_km > _FAR_TOWN_KM:
            return None
        # the planar nearest point is near the geodesic one; 1 km more keeps it inside
        reach_km = round(gap_km + near_km + 1.0, 3)
        part = band.intersection(ring(centre, reach_km))
    if part.is_empty or part.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    return part, reach_km
