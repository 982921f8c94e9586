"""Geodesic circles: :func:`ring`, split at the antimeridian and closed through a pole."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geo.errors import InputError

from .antimeridian import bisect_level, east_step, oriented, split_path, wrap_step
from .core import (
    _AZIMUTH_TOL_DEG,
    _GEOD,
    _WORLD,
    MAX_RADIUS_KM,
    MIN_RADIUS_KM,
    _finite,
    _integer,
    as_lat_lon,
)

__all__ = [
    "ring",
]


def _circle_at(lat0: float, lon0: float, dist_m: float) -> Callable[[float], tuple[float, float]]:
    def at(azimuth: float) -> tuple[float, float]:
        lon, lat, _ = _GEOD.fwd(lon0, lat0, azimuth, dist_m)
        return lon, lat

    return at


def _disk_polygons(
    az: np.ndarray, lons: np.ndarray, lats: np.ndarray, at: Callable[[float], tuple[float, float]]
) -> list[Polygon]:
    """Polygons for a circle whose vertices do not wind around a pole."""
    n = len(az)
    u = np.unwrap(lons, period=360.0)
    if u.min() < -180.0:
        u = u + 360.0
    if u.max() <= 180.0:
        return [Polygon(np.column_stack((_vertex_lons(u, lons), lats)))]
    start = int(np.argmin(u))
    order = [(start + i) % n for i in range(n + 1)]
    step = 360.0 / n
    path_az = az[start] + step * np.arange(n + 1)
    path_u, path_lons, path_lats = u[order], lons[order], lats[order]

    def crossing(j: int, level: float) -> float:
        return bisect_level(
            float(path_az[j]), float(path_az[j + 1]), at, float(path_u[j]),
            float(path_lons[j]), level, wrap_step, _AZIMUTH_TOL_DEG,
        )  # fmt: skip

    pieces = split_path(path_u, path_lons, path_lats, crossing)
    if len(pieces) > 1:  # the path started and ended on the same side: join them
        pieces[0] = pieces.pop()[:-1] + pieces[0]
    return [Polygon(piece) for piece in pieces if len(set(piece)) >= 3]


def _vertex_lons(u: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """The longitudes of ``lons`` where the unwrapped ``u`` agrees (to 1e-6 deg), else
    ``u`` clamped to [-180, 180] (a circle touching the antimeridian)."""
    return np.where(np.abs(lons - u) <= 1e-6, lons, np.clip(u, -180.0, 180.0))


def _pole_cap(
    az: np.ndarray,
    lons: np.ndarray,
    lats: np.ndarray,
    at: Callable[[float], tuple[float, float]],
    pole_lat: float,
) -> Polygon:
    """Polygon for a circle enclosing exactly one pole, closed through that pole."""
    n = len(az)
    step = 360.0 / n
    # Azimuth increases clockwise seen from space: westward around the north pole,
    # eastward around the south pole. Walk eastward so longitude only increases.
    if pole_lat > 0:
        order = [(-i) % n for i in range(n + 1)]
        path_az = az[0] - step * np.arange(n + 1)
    else:
        order = [i % n for i in range(n + 1)]
        path_az = az[0] + step * np.arange(n + 1)
    path_lons, path_lats = lons[order], lats[order]
    steps = np.array([east_step(d) for d in np.diff(path_lons)])
    path_u = float(path_lons[0]) + np.concatenate(([0.0], np.cumsum(steps)))

    def crossing(j: int, level: float) -> float:
        return bisect_level(
            float(path_az[j]), float(path_az[j + 1]), at, float(path_u[j]),
            float(path_lons[j]), level, east_step, _AZIMUTH_TOL_DEG,
        )  # fmt: skip

    pieces = split_path(path_u, path_lons, path_lats, crossing)
    chain = pieces[0] if len(pieces) == 1 else pieces[1] + pieces[0][1:]
    chain = [(-180.0, chain[0][1]), *chain[1:-1], (180.0, chain[-1][1])]
    return Polygon([*chain, (180.0, pole_lat), (-180.0, pole_lat)])


def ring(center: Any, radius_km: float, *, vertices: int = 128) -> Polygon | MultiPolygon:
    """A geodesic circle: every vertex is exactly *radius_km* from *center*.

    Vertices come from :meth:`pyproj.Geod.fwd` at *vertices* equally spaced
    azimuths, so they lie on the ellipsoidal circle to the millimetre; the edges
    between them are straight in lon/lat (chords of the circle).

    * If the circle crosses the antimeridian it is split (RFC 7946 §3.1.9) into a
      ``MultiPolygon`` with a piece on each side of ±180. The vertices added on
      ±180 are found by bisection on the azimuth with ``Geod.fwd`` (to ~1e-11°),
      so they lie on the circle too.
    * If the circle encloses a pole it covers every longitude: the polygon runs
      along the circle from lon -180 to 180 (crossing points again by bisection)
      and is closed through the pole with the corners ``(180, ±90)`` and
      ``(-180, ±90)``. Those two pole corners are the only vertices that are not
      on the circle.
    * If the circle encloses both poles (radius over ~10002 km) the result is the
      whole lon/lat world box with the small region around the antipode cut out;
      then the four world corners are the only vertices off the circle.

    Exteriors are counter-clockwise in lon/lat (right-hand rule).

    Parameters
    ----------
    center
        Centre (any form accepted by :func:`as_lat_lon`).
    radius_km
        Radius, ``MIN_RADIUS_KM <= radius_km < MAX_RADIUS_KM`` (1 m to 19900 km).
    vertices
        Number of points on the circle, integer ``>= 8``.

    Returns
    -------
    Polygon or MultiPolygon
        A valid, non-empty geometry in (lon, lat).

    Raises
    ------
    InputError
        A radius out of range or not a finite number, a bad centre or vertex count.

    Examples
    --------
    >>> fiji = ring((-17.7, 178.0), 300)
    >>> fiji.geom_type, len(fiji.geoms), fiji.is_valid
    ('MultiPolygon', 2, True)
    >>> round(area_km2(fiji) / 1000)
    283
    >>> polar = ring((89.9, 0), 50)
    >>> polar.geom_type, polar.bounds[0], polar.bounds[2], polar.bounds[3]
    ('Polygon', -180.0, 180.0, 90.0)
    """
    lat0, lon0 = as_lat_lon(center)
    radius = _finite(radius_km, "radius_km")
    if not MIN_RADIUS_KM <= radius < MAX_RADIUS_KM:
        raise InputError(
            f"radius_km must be >= {MIN_RADIUS_KM:g} (1 m) and < {MAX_RADIUS_KM:g} (about "
            f"half the Earth's circumference), got {radius!r}"
        )
    n = _integer(vertices, "vertices", 8)
    return _checked(_ring(lat0, lon0, radius, n), f"ring of {radius:g} km")


def _checked(geom: BaseGeometry, what: str) -> BaseGeometry:
    """``geom`` if it is a valid, non-empty polygonal geometry; an InputError otherwise."""
    if geom.is_empty or not geom.is_valid:
        reason = "empty" if geom.is_empty else shapely.is_valid_reason(geom)
        raise InputError(f"the {what} is not a valid polygon ({reason})")
    return geom


# A circle is a pure function of its centre, radius and vertex count, and shapely
# geometries are immutable: one object serves every statement that draws the same
# circle ("near Izium" a hundred times in a liveblog), and its GeoJSON is built once
# (``geo.model._common.geometry_geojson`` remembers it by object).
@lru_cache(maxsize=512)
def _ring(lat0: float, lon0: float, radius: float, n: int) -> Polygon | MultiPolygon:
    dist_m = radius * 1000.0
    az = np.arange(n) * (360.0 / n)
    lons, lats, _ = _GEOD.fwd(np.full(n, lon0), np.full(n, lat0), az, np.full(n, dist_m))
    at = _circle_at(lat0, lon0, dist_m)

    encloses_north = dist_m > _GEOD.inv(lon0, lat0, lon0, 90.0)[2]
    encloses_south = dist_m > _GEOD.inv(lon0, lat0, lon0, -90.0)[2]
    if encloses_north and encloses_south:
        hole = unary_union(_disk_polygons(az, lons, lats, at))
        return oriented(_WORLD.difference(hole))
    if encloses_north or encloses_south:
        return oriented(_pole_cap(az, lons, lats, at, 90.0 if encloses_north else -90.0))
    polygons = _disk_polygons(az, lons, lats, at)
    if len(polygons) == 1:
        return oriented(polygons[0])
    return oriented(MultiPolygon(polygons))
