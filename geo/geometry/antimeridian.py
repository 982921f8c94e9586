"""The antimeridian: paths and polygons split at ±180 (RFC 7946), exteriors oriented.

Helpers of the constructors: a path of vertices whose unwrapped longitude crosses
±180 is cut there (the crossing found by bisection on the ellipsoid), planar
polygons reaching past ±180 are cut and shifted back, and polygon exteriors are
made counter-clockwise.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from shapely.affinity import translate
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

__all__ = [
    "bisect_level",
    "east_step",
    "oriented",
    "split_path",
    "split_planar",
    "wrap_step",
]


def wrap_step(delta: float) -> float:
    """Raw longitude difference -> signed step in [-180, 180)."""
    return (delta + 180.0) % 360.0 - 180.0


def east_step(delta: float) -> float:
    """Raw longitude difference -> eastward progress in [-1e-9, 360 - 1e-9)."""
    return (delta + 1e-9) % 360.0 - 1e-9


def bisect_level(
    t_lo: float,
    t_hi: float,
    at: Callable[[float], tuple[float, float]],
    u_lo: float,
    lon_lo: float,
    level: float,
    step: Callable[[float], float],
    tol: float,
) -> float:
    """Latitude where a path parameterised by *t* reaches unwrapped longitude *level*.

    ``at(t)`` returns the exact ``(lon, lat)`` of the path (geodesic circle or line)
    at *t*; the unwrapped longitude at ``t_lo`` is ``u_lo`` (raw ``lon_lo``) and
    ``step`` turns raw longitude differences into unwrapped increments.
    """
    below = u_lo < level
    for _ in range(200):
        mid = 0.5 * (t_lo + t_hi)
        if abs(t_hi - t_lo) <= tol or mid in (t_lo, t_hi):
            break
        lon, _ = at(mid)
        if (u_lo + step(lon - lon_lo) < level) == below:
            t_lo = mid
        else:
            t_hi = mid
    _, lat = at(0.5 * (t_lo + t_hi))
    return lat


def split_path(
    u: np.ndarray,
    lons: np.ndarray,
    lats: np.ndarray,
    crossing: Callable[[int, float], float],
) -> list[list[tuple[float, float]]]:
    """Cut a path with unwrapped longitudes *u* into pieces inside [-180, 180].

    ``crossing(j, level)`` returns the latitude where edge ``j -> j+1`` meets the
    unwrapped longitude *level* (a multiple of 360 plus 180). Points exactly on
    ±180 are shared by both pieces. Pieces with fewer than two points are dropped.
    """

    def vertex(j: int, k: int) -> tuple[float, float]:
        x = float(u[j]) - 360.0 * k
        lon = float(lons[j])
        if abs(lon - x) > 1e-6:  # raw value is on the other side of ±180
            lon = min(180.0, max(-180.0, x))
        return lon, float(lats[j])

    k = round(float(u[0]) / 360.0)
    start = float(u[0]) - 360.0 * k
    if abs(start) == 180.0:  # starts on the antimeridian: use the side the path heads to
        moved = u[u != u[0]]
        if start == 180.0 and moved.size and moved[0] > u[0]:
            k += 1
        elif start == -180.0 and (moved[0] < u[0] if moved.size else float(lons[0]) > 0):
            k -= 1
    pieces: list[list[tuple[float, float]]] = []
    current = [vertex(0, k)]
    for j in range(len(u) - 1):
        nxt = float(u[j + 1])
        lo, hi = -180.0 + 360.0 * k, 180.0 + 360.0 * k
        if nxt > hi or nxt < lo:
            level, direction = (hi, 1) if nxt > hi else (lo, -1)
            if float(u[j]) == level:  # the vertex itself is on the antimeridian
                lat = float(lats[j])
            else:
                lat = crossing(j, level)
                current.append((level - 360.0 * k, lat))
            pieces.append(current)
            k += direction
            current = [(level - 360.0 * k, lat)]
        current.append(vertex(j + 1, k))
    pieces.append(current)
    return [piece for piece in pieces if len(piece) >= 2]


def oriented(geom: BaseGeometry) -> Polygon | MultiPolygon:
    """The polygons of ``geom`` with counter-clockwise exteriors (RFC 7946), as one geometry."""
    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    polygons = [orient(p, 1.0) for p in getattr(geom, "geoms", []) if isinstance(p, Polygon)]
    if len(polygons) == 1:
        return polygons[0]
    return MultiPolygon(polygons)


def split_planar(geom: BaseGeometry) -> BaseGeometry:
    """Cut a polygonal geometry with longitudes beyond ±180 at the antimeridian."""
    if geom.is_empty:
        return geom
    minx, _, maxx, _ = geom.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return geom
    parts: list[Polygon] = []
    for shift in (0.0, 360.0, -360.0):
        window = box(-180.0 - shift, -90.0, 180.0 - shift, 90.0)
        piece = translate(geom.intersection(window), xoff=shift)
        parts.extend(p for p in getattr(piece, "geoms", [piece]) if isinstance(p, Polygon))
    parts = [p for p in parts if not p.is_empty and p.area > 0]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)
