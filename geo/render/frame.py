"""Where a map looks: one continuous longitude window, and the view that frames the front.

Two pure steps on (lon, lat) geometry, used by :mod:`geo.render.scene`:

* **Unwrapping.** Geometry that crosses the antimeridian is stored split
  (RFC 7946: a ring around Suva is two polygons, at +178° and -180°). Leaflet
  draws longitudes as given, so the two halves would sit at opposite edges of
  the world. :func:`longitude_window` finds the meridian farthest from
  everything drawn (the middle of the widest empty arc of longitudes) and
  :func:`unwrap` moves whatever lies west of it by +360°, so the map sees one
  continuous piece (longitudes may exceed 180°, which Leaflet accepts).
* **Framing.** :func:`frame` picks what the initial view must show: the
  article's spatial statements, and the places its claims are about when they
  lie near them; capitals and venues far away go to the overview inset.
  Distances are geodesic (WGS84).

Examples
--------
>>> longitude_window([(175.6, 180.0), (-180.0, -177.6)])
-1.0
>>> longitude_window([(30.0, 40.0), (-10.0, 5.0)])
-180.0
>>> unwrap_lon(-178.0, -1.0), unwrap_lon(30.0, -180.0)
(182.0, 30.0)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ..geometry.core import _GEOD  # pyproj's Geod, made on first use
from ..geometry.measures import _most_km, _within

__all__ = [
    "FRAME_REACH_FACTOR",
    "MIN_REACH_KM",
    "MIN_VIEW_KM",
    "WORLD_REACH_DEG",
    "Frame",
    "box_of",
    "frame",
    "longitude_window",
    "near_core",
    "take_in",
    "unwrap",
    "unwrap_lon",
    "widen",
    "world_shifts",
]

#: A part spanning more longitude than this (a cap around a pole) cannot be unwrapped.
_WHOLE_WORLD_DEG = 300.0
#: A place outside the view joins it when the view, grown to take it in, spans at most
#: this many times its width and its height (the map zooms out about one step): an
#: overview inset then shows only places far outside the view.
TAKE_IN_FACTOR = 1.5
#: A place joins the initial view when it lies within this many core radii of its centre...
FRAME_REACH_FACTOR = 1.5
#: ... or within this distance (km), whichever is larger.
MIN_REACH_KM = 150.0
#: Marks are drawn within this latitude (geo.render.scene.DRAWN_LAT): a view stops there.
_VIEW_LAT = 84.0
#: The mean Earth radius (km, IUGG) a view's least size is measured on.
_SPHERE_KM = 6371.0088
#: The least a view spans (km, north to south and west to east): one city, or villages a
#: few km apart, are shown among their region's borders and neighbours, never on a blank
#: map at a street's scale.
MIN_VIEW_KM = 180.0
#: How far (degrees) past the view and the scene's 360° window an interactive map can
#: show (panned to its limit, or zoomed out on a wide screen): the coarse world is
#: repeated every 360° over all of it.
WORLD_REACH_DEG = 540.0

Box = tuple[float, float, float, float]  # (south, west, north, east), degrees


def longitude_window(intervals: Iterable[tuple[float, float]]) -> float:
    """The west edge (degrees) of a 360° window that keeps every interval whole.

    ``intervals`` are (west, east) longitude ranges in [-180, 180] (points as
    (lon, lon)). The window starts in the middle of the widest arc no interval
    covers; when that arc contains the antimeridian the window is the usual
    [-180, 180] (nothing moves). Deterministic: ties keep the first arc.
    """
    spans = sorted(
        (float(w), float(e)) for w, e in intervals if float(e) - float(w) < _WHOLE_WORLD_DEG
    )
    if not spans:
        return -180.0
    merged: list[list[float]] = []
    for w, e in spans:
        if merged and w <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([w, e])
    wrap_gap = merged[0][0] + 360.0 - merged[-1][1]
    best_gap, best_cut = wrap_gap, None
    for (_, e0), (w1, _) in pairwise(merged):
        if w1 - e0 > best_gap:
            best_gap, best_cut = w1 - e0, round((e0 + w1) / 2.0, 6)
    return -180.0 if best_cut is None else best_cut


def unwrap_lon(lon: float, west: float) -> float:
    """``lon`` moved by +360° when it lies west of the window's edge ``west``."""
    return lon + 360.0 if lon < west else lon


def unwrap(geometry: BaseGeometry, west: float) -> BaseGeometry:
    """``geometry`` with every part that lies west of ``west`` moved by +360°.

    Parts are judged whole (by their bounds' centre), so a polygon is never
    torn; a part spanning (nearly) every longitude is left as it is.
    """
    if west <= -180.0 or geometry.is_empty:
        return geometry
    parts = list(getattr(geometry, "geoms", [geometry]))
    moved = []
    for part in parts:
        w, _, e, _ = part.bounds
        if e - w < _WHOLE_WORLD_DEG and (w + e) / 2.0 < west:
            part = shapely.transform(part, lambda xy: xy + np.array([360.0, 0.0]))
        moved.append(part)
    if len(parts) == 1 and not hasattr(geometry, "geoms"):
        return moved[0]
    if geometry.geom_type == "MultiPolygon":  # halves cut at 180° become one polygon again
        return shapely.union_all(moved)
    if geometry.geom_type == "MultiLineString":
        return shapely.line_merge(shapely.MultiLineString(moved))
    if geometry.geom_type == "GeometryCollection":
        return shapely.GeometryCollection(moved)
    return type(geometry)(moved)


def world_shifts(
    west_edge: float, west: float, east: float, *, reach: float = WORLD_REACH_DEG
) -> tuple[float, ...]:
    """The multiples of 360° by which the coarse world, stored in the window
    ``[west_edge, west_edge + 360]``, is drawn again so that it covers the view
    ``[west, east]``, the window and ``reach`` degrees beyond them on each side: a view
    wider than the window (a corpus around the world, an overlay past the antimeridian)
    has land all across it.

    Examples
    --------
    >>> world_shifts(-180.0, 30.0, 40.0, reach=0.0)
    (0.0,)
    >>> world_shifts(-66.5, -120.0, 300.0, reach=0.0)
    (-360.0, 0.0, 360.0)
    >>> world_shifts(-180.0, 30.0, 40.0)
    (-720.0, -360.0, 0.0, 360.0, 720.0)
    """
    lo = min(west, west_edge) - reach
    hi = max(east, west_edge + 360.0) + reach
    first = math.floor((lo - west_edge) / 360.0)
    last = math.ceil((hi - west_edge) / 360.0) - 1
    return tuple(360.0 * k for k in range(first, last + 1))


@dataclass(frozen=True, slots=True)
class Frame:
    """The initial view: ``box`` (south, west, north, east) in unwrapped degrees,
    and the indexes of the candidate places left outside it (for the inset)."""

    box: Box | None
    outside: tuple[int, ...] = ()


def box_of(boxes: Sequence[Box]) -> Box | None:
    """The box (south, west, north, east) around ``boxes`` (None for none)."""
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _reach_km(clat: float, clon: float, n: float, e: float) -> float:
    """How far from the core's centre (``clat``, ``clon``) a place joins the view: the
    core's radius (to its corner ``n``, ``e``) times :data:`FRAME_REACH_FACTOR`, at least
    :data:`MIN_REACH_KM` (then without measuring the radius exactly)."""
    if FRAME_REACH_FACTOR * _most_km(clat, clon, n, e) <= MIN_REACH_KM:
        return MIN_REACH_KM
    _, _, radius_m = _GEOD.inv(clon, clat, e, n)
    return max(FRAME_REACH_FACTOR * radius_m / 1000.0, MIN_REACH_KM)


def frame(core: Sequence[Box], candidates: Sequence[tuple[float, float]]) -> Frame:
    """The view fitting ``core`` boxes and the ``candidates`` (lat, lon) near them.

    Parameters
    ----------
    core : sequence of (south, west, north, east)
        What must be seen (spatial statements, in unwrapped degrees). When it is
        empty the candidates themselves are the core (all of them are kept).
    candidates : sequence of (lat, lon)
        Places the claims are about. A candidate is in view when its geodesic
        distance from the core's centre is at most ``FRAME_REACH_FACTOR`` times
        the core's radius (centre to corner), or ``MIN_REACH_KM``.

    Returns
    -------
    Frame

    Examples
    --------
    >>> f = frame([(50.8, 34.6, 51.1, 35.0)], [(51.7, 36.2), (55.75, 37.6), (41.0, 28.9)])
    >>> f.outside
    (1, 2)
    """
    box = box_of(core)
    if box is None:
        boxes = [(lat, lon, lat, lon) for lat, lon in candidates]
        return Frame(box_of(boxes), ())
    s, w, n, e = box
    clat, clon = (s + n) / 2.0, (w + e) / 2.0
    inside: list[Box] = [box]
    outside: list[int] = []
    reach_km = 0.0
    for i, (lat, lon) in enumerate(candidates):
        if i == 0:  # measured only when there are candidates
            reach_km = _reach_km(clat, clon, n, e)
        if _within(clat, clon, lat, lon, reach_km):  # the geodesic only near the limit
            inside.append((lat, lon, lat, lon))
        else:
            outside.append(i)
    return Frame(box_of(inside), tuple(outside))


def widen(box: Box | None, km: float = MIN_VIEW_KM) -> Box | None:
    """``box`` grown about its centre to span at least ``km`` from south to north and
    from west to east at its middle latitude; never nearer a pole than
    :data:`_VIEW_LAT` (where the scene draws its marks). Measured on the mean sphere
    (6371.0088 km): a view's size, not a distance reported, within 0.5 % of the
    ellipsoid's, and a map of an article stating no distance loads no pyproj.

    Examples
    --------
    >>> s, w, n, e = widen((50.0, 36.2, 50.0, 36.2), 180.0)
    >>> round(n - s, 2), round(e - w, 2)
    (1.62, 2.52)
    >>> widen((45.0, 30.0, 55.0, 40.0), 180.0)
    (45.0, 30.0, 55.0, 40.0)
    """
    if box is None:
        return None
    s, w, n, e = box
    clat, clon = (s + n) / 2.0, (w + e) / 2.0
    half_lat = math.degrees(km / 2.0 / _SPHERE_KM)
    cos_lat = max(math.cos(math.radians(clat)), 0.01)
    half_lon = min(half_lat / cos_lat, 180.0)
    s2 = min(s, max(clat - half_lat, -_VIEW_LAT))
    n2 = max(n, min(clat + half_lat, _VIEW_LAT))
    if e - w >= 2.0 * half_lon:
        return (s2, w, n2, e)
    return (s2, clon - half_lon, n2, clon + half_lon)


def near_core(box: Box | None, points: Sequence[tuple[float, float]],
              km: float = MIN_REACH_KM) -> Box | None:
    """``box`` grown to take in the ``points`` (lat, lon) within ``km`` (geodesic) of
    its centre: places named beside the front (a headline's second city) are on the
    main map, not in the overview inset. None stays None."""
    if box is None:
        return None
    s, w, n, e = box
    clat, clon = (s + n) / 2.0, (w + e) / 2.0
    near = [(lat, lon, lat, lon) for lat, lon in points if _within(clat, clon, lat, lon, km)]
    return box_of([box, *near])


def take_in(box: Box | None, points: Sequence[tuple[float, float]],
            factor: float = TAKE_IN_FACTOR) -> Box | None:
    """``box`` grown to take in the ``points`` (lat, lon) it can hold while spanning at
    most ``factor`` times its own latitudes and longitudes (degrees, unwrapped): a place
    just past the view's edge (a port 30 km west of it) is drawn on the main map, not
    repeated in an overview inset that would show the same area. The points are tried
    nearest the box first (ties in the order given); None stays None.

    Examples
    --------
    >>> take_in((46.0, 32.0, 50.0, 38.0), [(46.5, 30.7), (60.0, 100.0)])
    (46.0, 30.7, 50.0, 38.0)
    >>> take_in((46.0, 32.0, 50.0, 38.0), [(55.75, 37.6)])
    (46.0, 32.0, 50.0, 38.0)
    """
    if box is None:
        return None
    s, w, n, e = box
    most_lat, most_lon = factor * max(n - s, 0.05), factor * max(e - w, 0.05)

    def past(p: tuple[float, float]) -> float:
        lat, lon = p
        return max(s - lat, lat - n, 0.0) + max(w - lon, lon - e, 0.0)

    grown = box
    for lat, lon in sorted(points, key=past):
        s2, w2 = min(grown[0], lat), min(grown[1], lon)
        n2, e2 = max(grown[2], lat), max(grown[3], lon)
        if n2 - s2 <= most_lat and e2 - w2 <= most_lon:
            grown = (s2, w2, n2, e2)
    return grown
