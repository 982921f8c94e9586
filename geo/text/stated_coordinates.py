"""Recognition, coordinates a text states for a place: "Lima is located at 35°10′24″N
96°35′54″W" picks the namesake at that point.

Encyclopaedic prose and some reports give a place's coordinates right after its name;
every mention of that name then reads as the gazetteer's candidate nearest to them,
when one lies within :data:`STATED_KM` (a namesake elsewhere is not the place the text
describes).  Where none does (a village the gazetteer lacks), the geoparser puts the
name at the stated point (:func:`stated_estimate`), not at a namesake or at the
county the text names.  A bounded look after each name: linear in the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from ..gazetteer.index import Gazetteer
from ..geometry import ring
from .tokens import Mention

__all__ = [
    "KEEP_READING_KM",
    "STATED_AREA_KM",
    "STATED_KM",
    "TOWN_NEAR_KM",
    "hemisphere_letter",
    "parse_dms",
    "read_stated_coordinates",
    "stated_estimate",
    "stated_points",
]

#: A candidate this near the stated point is the place the text describes.
STATED_KM = 25.0
#: A reading of the name this near the stated point is kept (the text's own figures may
#: be rounded or slightly off: "22.37°N 73.06°E" for a town 29 km away); a namesake
#: farther off, or no reading, gives way to the point.
KEEP_READING_KM = 2 * STATED_KM
#: A stated point farther than this from every populated place of the gazetteer is no
#: place's (a misread or a point at sea): the name is read as if none were stated.
TOWN_NEAR_KM = 300.0
#: The radius of the area given to a place put at its stated point (coordinates to the
#: minute or second: a village's extent).
STATED_AREA_KM = 2.0

# One coordinate in degrees, minutes and seconds, or decimal degrees, with its hemisphere:
# "35°10′24″N", "96°35′54.5″W", "42.756°N"; primes and quotes either way.
_DMS = (
    r"(\d{1,3}(?:\.\d+)?)\s?°\s?(?:(\d{1,2}(?:\.\d+)?)\s?[′'])?\s?"
    r"(?:(\d{1,2}(?:\.\d+)?)\s?[″\"])?\s?([NSEW])\b"
)
_PAIR = re.compile(_DMS + r"[\s,;/]{1,3}" + _DMS)
# Between the name and its coordinates: an optional container ("Douglas, Wyoming") or a
# bracket, then "is located at" and its kin.
_LINK = re.compile(
    r"(?:,\s[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})?,?\s(?:\([^()]{0,80}\)\s)?"
    r"(?:is|was|lies|lay|sits)\s(?:located\s|situated\s|centred\s|centered\s)?(?:at|on)\s"
)
_LOOK_KM_PER_DEG = 111.195  # km per degree of arc on the mean sphere



def hemisphere_letter(text: str, start: int) -> bool:
    """Is the one letter at ``start`` a coordinate's hemisphere, right after a digit or a
    degree, minute or second mark ("89°39′1″W. Springfield")?  Then it starts no name
    (no "W. Springfield", West Springfield).

    >>> hemisphere_letter("89°39′1″W. Springfield", 8), hemisphere_letter("in W. Easton", 3)
    (True, False)
    >>> hemisphere_letter("89°39'1\\"W. Springfield", 8), hemisphere_letter('"L.A." is', 1)
    (True, False)
    """
    before = text[start - 2 : start] if start > 1 else text[:start]
    if not before:
        return False
    # a prime written ' or " is a mark only after a digit: '"L.A." is' is a quotation
    return before[-1].isdigit() or before[-1] in "°′″º" or (
        before[-1] in "'\"" and before[:-1][-1:].isdigit())

def parse_dms(degrees: str, minutes: str | None, seconds: str | None, hemisphere: str) -> float:
    """Signed decimal degrees of one coordinate (south and west negative).

    Examples
    --------
    >>> round(parse_dms("35", "10", "24", "N"), 5)
    35.17333
    >>> parse_dms("96", "30", None, "W")
    -96.5
    """
    value = float(degrees) + float(minutes or 0) / 60.0 + float(seconds or 0) / 3600.0
    return -value if hemisphere in "SW" else value


def _stated_point(text: str, end: int) -> tuple[float, float] | None:
    """(lat, lon) degrees stated right after a name ending at ``end``, or None."""
    link = _LINK.match(text, end)
    if link is None:
        return None
    pair = _PAIR.match(text, link.end())
    if pair is None:
        return None
    a = parse_dms(*pair.group(1, 2, 3, 4))
    b = parse_dms(*pair.group(5, 6, 7, 8))
    first, second = pair.group(4), pair.group(8)
    if first in "NS" and second in "EW":
        lat, lon = a, b
    elif first in "EW" and second in "NS":
        lat, lon = b, a
    else:
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    return lat, lon


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle km between two (lat, lon) points (a sphere is enough to compare)."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.acos(max(-1.0, min(1.0, c)))) * _LOOK_KM_PER_DEG


def stated_points(text: str, mentions: Sequence[Mention]) -> dict[str, tuple[float, float]]:
    """The (lat, lon) degrees the text states for each name (normalised key), by the
    first of its mentions that states any ("Lima is located at 35°10′24″N ...")."""
    stated: dict[str, tuple[float, float]] = {}
    if "°" not in text:
        return stated  # most texts: no coordinates at all
    for m in mentions:
        if m.demonym_country or m.fuzzy or m.key in stated:
            continue
        point = _stated_point(text, m.end)
        if point is not None:
            stated[m.key] = point
    return stated


def read_stated_coordinates(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """Narrow the candidates of every mention of a name whose coordinates the text states
    ("Lima is located at 35°10′24″N 96°35′54″W") to the gazetteer's candidate nearest to
    them, when one lies within :data:`STATED_KM`; in place.

    Only places, counties and regions are weighed; a name with no candidate near the
    point keeps its candidates (the gazetteer lacks the place the text describes: the
    geoparser puts it at the point, :func:`stated_estimate`).
    """
    for key, point in stated_points(text, mentions).items():
        best, best_km = None, STATED_KM
        for c in gaz.lookup_normalized(key):
            if gaz.kind(c.record) == "country":
                continue
            km = _km(point, gaz.lat_lon(c.record))
            if km <= best_km:
                best, best_km = c, km
        if best is None:
            continue
        for m in mentions:
            if m.key == key and not m.demonym_country and not m.fuzzy:
                m.candidates = [best]
                m.containers = ()


def stated_estimate(
    gaz: Gazetteer, point: tuple[float, float], record: int | None
) -> tuple[int, tuple[tuple[float, float], Any]] | None:
    """Where a name the text states coordinates for is put when its reading ``record``
    (None: no reading) lies farther than :data:`KEEP_READING_KM` from them: the nearest
    populated place (for the country and region) and ``(point, area)``, the stated
    (lat, lon) degrees and a geodesic disc of :data:`STATED_AREA_KM` (shapely, lon/lat).
    None when the reading is near the point, or no populated place lies within
    :data:`TOWN_NEAR_KM` of it.
    """
    if record is not None and _km(point, gaz.lat_lon(record)) <= KEEP_READING_KM:
        return None
    memo = gaz.memo("geoparse.stated_estimate")  # a text's mentions of a name ask alike
    found = memo.get(point)
    if found is None:
        nearest = gaz.nearest(point[0], point[1])
        if not nearest or nearest[0][1] > TOWN_NEAR_KM:
            found = memo[point] = ()
        else:
            found = memo[point] = (nearest[0][0], (point, ring(point, STATED_AREA_KM)))
    return found or None
