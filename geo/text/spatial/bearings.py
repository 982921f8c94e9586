"""Bearings in degrees with a distance: "045 degrees from Odesa at 20 km", "on a bearing
of 270 from Sevastopol, 15 km", "20 km from Odesa on a bearing of 045 degrees", "at a
bearing of 60 degrees, 20 km from Kherson", "15 km from Izium at 045°".

Naval and air-defence statements give a true bearing in degrees (0 north, 90 east), not
a compass word; :func:`find_bearings` reads such a bearing, the place it is measured
from and the distance, as an offset: the geodesic point at that distance and bearing
(:func:`geo.geometry.offset`), its uncertainty the larger of 10 % of the distance and
the lateral error of a bearing rounded to :data:`BEARING_ERROR_DEG`.
:func:`read_bearing` gives the parts for the hints of the geoparser
(:mod:`geo.text.hints.bearings`).

Cost: a substring test ("bearing", "degree", "°") before one scan of two patterns.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from ...geometry import offset
from ..estimate_reach import estimate_reach_km
from .context import Candidate, Context, check_distance_km, make_feature
from .measures import stated_distance
from .shapes import lat_lon
from .vocabulary import _NUM, _UNIT

__all__ = ["BEARING_ERROR_DEG", "BEARING_WORDS", "find_bearings", "read_bearing"]

#: A stated bearing is read as exact to this (degrees either way).
BEARING_ERROR_DEG = 2.5
#: Words one of which a text with such a bearing holds.
BEARING_WORDS = ("bearing", "degree", "°")
_DEG = r"(?P<deg>\d{1,3}(?:\.\d+)?)"
_DEG_WORD = r"\s*(?:°|degrees?\b|deg\b)"
#: A bearing first, up to the place: "(on a) bearing (of) 045 (degrees) from ",
#: "045 degrees from ".
_BEARING_FROM = re.compile(
    r"\b(?:(?P<said>(?:(?:on|at)\s+)?(?:a\s+)?bearing\s+(?:of\s+)?))?"
    rf"{_DEG}(?(said)(?:{_DEG_WORD})?|{_DEG_WORD})\s+(?:true\s+)?from\s+",
    re.IGNORECASE,
)
#: ... then, after the place, the distance: " at 20 km", ", 15 km", " at a range of 20 km".
_THEN_DISTANCE = re.compile(
    r"\s*,?\s*(?:(?:at|about|some)\s+)?(?:a\s+(?:distance|range)\s+of\s+)?"
    rf"(?:(?:about|some|approximately)\s+)?(?P<qty>{_NUM}\s*{_UNIT})",
    re.IGNORECASE,
)
#: A bearing, then the distance, up to the place: "at a bearing of 60 degrees, 20 km
#: from ", "bearing 270, some 15 km from ".
_BEARING_DISTANCE_FROM = re.compile(
    r"\b(?:(?:at|on)\s+)?(?:a\s+)?bearing\s+(?:of\s+)?"
    rf"{_DEG}(?:{_DEG_WORD})?\s*,?\s*(?:(?:at|about|some|approximately)\s+)?"
    rf"(?P<qty>{_NUM}\s*{_UNIT})\s+(?:away\s+)?from\s+",
    re.IGNORECASE,
)
#: A distance first, up to the place: "20 km from ".
_DISTANCE_FROM = re.compile(rf"\b(?P<qty>{_NUM}\s*{_UNIT})\s+from\s+", re.IGNORECASE)
#: ... then, after the place, the bearing: " on a bearing of 045 degrees", ", bearing 270",
#: " at 045°" (with "at", the degrees must be said).
_THEN_BEARING = re.compile(
    rf"\s*,?\s*(?:(?:(?:on|at)\s+)?(?:a\s+)?bearing\s+(?:of\s+)?{_DEG}(?:{_DEG_WORD})?"
    rf"|at\s+(?P<deg_at>\d{{1,3}}(?:\.\d+)?){_DEG_WORD}"
    r"(?!\s*(?:[CF]\b|celsius|fahrenheit|below|above)))",
    re.IGNORECASE,
)


def read_bearing(
    text: str, start: int, place_at: Callable[[int], tuple[int, int] | None]
) -> tuple[float, str, int, int, int] | None:
    """(bearing in degrees, the distance's words, the place's mention or toponym index,
    the phrase's start, its end) of a bearing phrase starting at ``start``, or None.

    ``place_at(pos)`` gives (index, end) of the place named at ``pos``, or None.  A
    bearing of 360 degrees or more is none."""
    m = _BEARING_DISTANCE_FROM.match(text, start)
    if m is not None:
        at = place_at(m.end())
        if at is None:
            return None
        bearing, qty, end = float(m.group("deg")), m.group("qty"), at[1]
        return (bearing, qty, at[0], start, end) if 0 <= bearing < 360 else None
    m = _BEARING_FROM.match(text, start)
    if m is not None:
        at = place_at(m.end())
        if at is None:
            return None
        d = _THEN_DISTANCE.match(text, at[1])
        if d is None:
            return None
        bearing, qty, end = float(m.group("deg")), d.group("qty"), d.end()
    else:
        m = _DISTANCE_FROM.match(text, start)
        if m is None or (at := place_at(m.end())) is None:
            return None
        b = _THEN_BEARING.match(text, at[1])
        if b is None:
            return None
        bearing, qty, end = float(b.group("deg") or b.group("deg_at")), m.group("qty"), b.end()
    if not 0 <= bearing < 360:
        return None
    return bearing, qty, at[0], start, end


#: Where a bearing phrase may start (either form).
_START = re.compile(
    rf"\b(?:(?:(?:on|at)\s+)?(?:a\s+)?bearing\b|\d{{1,3}}(?:\.\d+)?{_DEG_WORD}|{_NUM}\s*{_UNIT}\s+from\b)",
    re.IGNORECASE,
)


def find_bearings(ctx: Context) -> list[Candidate]:
    """Offsets stated by a bearing in degrees and a distance from a place of the text."""
    text = ctx.text
    if not any(w in text for w in BEARING_WORDS):
        return []
    out: list[Candidate] = []
    reach = 0
    for s in _START.finditer(text):
        if s.start() < reach:
            continue
        read = read_bearing(text, s.start(), ctx.anchor_at)
        if read is None:
            continue
        reach = read[4]
        out.append(_offset(ctx, *read))
    return out


def _offset(ctx: Context, bearing: float, qty: str, i: int, start: int, end: int) -> Candidate:
    """The offset feature of a bearing phrase read from toponym ``i``."""
    dist = stated_distance(qty)
    place = ctx.settlement(i) or ctx.toponyms[i].place
    if dist is None or place is None:
        return Candidate(start, end, None)
    check_distance_km(dist.km)
    d = dist.km
    reach = estimate_reach_km(ctx.toponyms[i])
    u = round(max(0.1 * d, d * math.tan(math.radians(BEARING_ERROR_DEG))) + reach, 6)
    note = (
        f"point {d:g} km at a bearing of {bearing:g} deg from {place.name}; uncertainty "
        f"max(10% of the distance, distance x tan({BEARING_ERROR_DEG:g} deg))"
        + (f" + {reach:.1f} km, {place.name} itself estimated" if reach else "")
    )
    feat = make_feature(
        ctx, "offset", start, end, offset(lat_lon(place), d, bearing), anchor=i, anchors=(i,),
        distance_km=round(d, 6), bearing_deg=bearing, approximate=False, uncertainty_km=u,
        min_km=dist.min_km, max_km=dist.max_km, quantity_text=dist.text.rstrip(", "), note=note,
    )  # fmt: skip
    return Candidate(start, end, feat)
