"""The side a distance is reached from: "advanced to within 15 kilometers of Kharkov from
the north", "within 3 km of Kostiantynivka from the southeast".

A force that has come within a distance of a town from one side stands on that side: the
statement's area is the part of the disc that faces it, a geodesic sector 90 degrees wide
(as "the northern outskirts") centred on the bearing of the side, from the town's point
out to the distance, instead of the whole disc.

Cost: one anchored match after a ring's phrase.
"""

from __future__ import annotations

import re
from typing import Any

from .measures import compass_bearing
from .shapes import sector_polygon
from .vocabulary import _DIR, _FLAGS, _SECTOR_HALF_WIDTH_DEG

__all__ = ["side_sector"]

#: The sector's inner edge, km: 10 m out from the town's point (a sector polygon needs
#: an inner arc; the gap is below any map's grain).
_APEX_KM = 0.01

#: Right after the place: "from the north", "from the south-east" (not "from the north
#: of the city": a place of its own follows "of").
_FROM_SIDE = re.compile(rf",?\s+from\s+the\s+(?P<dir>{_DIR})(?!\s+of\b)", _FLAGS)


def side_sector(
    text: str, end: int, center: tuple[float, float], radius_km: float
) -> tuple[Any, int, float, str] | None:
    """(polygon, phrase end, bearing in degrees, note) of the side stated right after a
    ring's place ending at ``end`` (module docstring): the geodesic sector of
    ``radius_km`` around ``center`` (lat, lon), 90 degrees wide, centred on that side's
    bearing; None when no side follows."""
    m = _FROM_SIDE.match(text, end)
    if m is None or m.group("dir").isupper():  # "from the N" alone is too weak
        return None
    bearing = compass_bearing(m.group("dir"))
    if bearing is None:
        return None
    b = bearing[0]
    half = _SECTOR_HALF_WIDTH_DEG
    geom = sector_polygon(center, _APEX_KM, radius_km, b, half)
    lo, hi = (b - half) % 360, (b + half) % 360
    note = f"; reached from the {m.group('dir').lower()}: its sector of bearings {lo:g}-{hi:g} deg"
    return geom, m.end(), b, note
