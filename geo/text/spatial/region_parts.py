"""A part of a region: "in the south of Donetsk region", "southern Kherson Oblast",
"the north-eastern parts of the Kharkiv region".

The text names a side of the region, not all of it, so the ``region`` feature is the
region's polygon cut to that side: the part beyond the geodesic through the region's
centre perpendicular to the stated direction.  The cut is made in an azimuthal-
equidistant projection centred on the region's centroid (straight lines through the
centre of that projection are geodesics), then projected back; the feature keeps
``bearing_deg`` (the side's compass bearing) and says so in its ``note``.  Cost: one
backward anchored match before each region phrase.

>>> part_before("fighting in the south of ", 25)
(12, 180.0, 'south')
>>> part_before("advanced 5 km east of the ", 26), part_before("to the south of the ", 20)
(None, None)
>>> part_before("shelling across north-eastern ", 30)
(16, 45.0, 'north-east')
>>> part_before("in the ", 7) is None
True
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import shapely
from shapely.geometry import Polygon

from ...geometry.aeqd import aeqd_transforms
from ...geometry.antimeridian import split_planar
from .measures import compass_bearing

__all__ = ["part_before", "region_part"]

_DIR = r"(?:north|south)(?:[\s-]?(?:east|west))?|east|west"
_PART = r"(?:part|parts|half|areas?|districts?|reaches|edge|section)"
#: Right before the region phrase: "the south of", "the southern parts of", "eastern";
#: not "to the south of" / "from the south of" (outside the region) nor a bare "east of"
#: (an offset from it: "5 km east of the Kursk region").
_PART_BEFORE = re.compile(
    rf"(?:(?<!\bto\s)(?<!\bfrom\s)\bthe\s+(?P<side>{_DIR})(?:ern)?\s+(?:{_PART}\s+)?of\s+"
    rf"|\b(?P<parts>{_DIR})(?:ern)?\s+{_PART}\s+of\s+"
    rf"|\b(?P<adj>{_DIR})ern\s+)(?:the\s+)?\Z",
    re.IGNORECASE,
)
_LOOK_BEHIND = 48
#: Half the width of the cutting plane, metres (wider than any region).
_FAR_M = 5_000_000.0


def part_before(text: str, start: int) -> tuple[int, float, str] | None:
    """The start, compass bearing (deg) and side word of a region part stated right
    before ``start`` ("the south of", "southern"), or None."""
    m = _PART_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
    if m is None:
        return None
    side = (m.group("side") or m.group("parts") or m.group("adj")).lower()
    bearing = compass_bearing(side)
    if bearing is None:
        return None
    return m.start(), bearing[0], re.sub(r"\s+", "-", side)


def region_part(region: Any, bearing_deg: float) -> Any:
    """The part of ``region`` (shapely (multi)polygon, lon/lat) on the ``bearing_deg``
    side of the geodesic through its centroid perpendicular to that bearing, or None if
    nothing is left."""
    c = region.centroid
    _, forward, inverse = aeqd_transforms(c.y, c.x)

    flat = shapely.transform(region, forward)
    centre = flat.centroid
    b = np.radians(bearing_deg)
    d = np.array([np.sin(b), np.cos(b)])  # (east, north) unit vector of the side
    p = np.array([d[1], -d[0]])  # along the cut
    o = np.array([centre.x, centre.y])
    half = Polygon(
        [o - _FAR_M * p, o - _FAR_M * p + 2 * _FAR_M * d, o + _FAR_M * p + 2 * _FAR_M * d,
         o + _FAR_M * p]
    )  # fmt: skip
    part = flat.intersection(half)
    if part.is_empty or part.area <= 0:
        return None
    out = split_planar(shapely.transform(part, inverse))
    return out if out.is_valid else out.buffer(0)
