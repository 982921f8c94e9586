"""Buffers on the ground: :func:`buffer_km` in a local azimuthal-equidistant projection."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import shapely
from shapely.geometry import GeometryCollection, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geo.errors import InputError

from .aeqd import aeqd_transforms
from .antimeridian import split_planar
from .core import (
    MAX_RADIUS_KM,
    MIN_RADIUS_KM,
    _as_geometry,
    _check_lon_lat_ranges,
    _integer,
    _non_negative,
    _short,
)

__all__ = [
    "buffer_km",
]


def _centre(geom: BaseGeometry, coords: np.ndarray) -> tuple[float, float]:
    """(lat, lon) to centre the projection on: centroid, or 3-D mean across ±180."""
    minx, _, maxx, _ = geom.bounds
    if maxx - minx <= 180.0:
        centroid = geom.centroid
        if not centroid.is_empty:
            return centroid.y, centroid.x
    lon = np.radians(coords[:, 0])
    lat = np.radians(coords[:, 1])
    x = np.mean(np.cos(lat) * np.cos(lon))
    y = np.mean(np.cos(lat) * np.sin(lon))
    z = np.mean(np.sin(lat))
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def buffer_km(geometry: Any, distance_km: float, *, resolution: int = 16) -> BaseGeometry:
    """Buffer any (lon, lat) geometry by *distance_km* on the ground.

    The geometry is projected to an azimuthal-equidistant projection centred on
    its centroid (``+proj=aeqd +datum=WGS84 +units=m``), buffered there in
    metres and projected back. Distances from the projection centre are exact,
    others are distorted by the projection, so it is accurate (well under 1 %)
    for geometries up to a few hundred km across; use :func:`ring` for exact
    circles. A result crossing the antimeridian is split there (by plain
    clipping); a result that would enclose a pole is refused.

    Parameters
    ----------
    geometry
        shapely geometry (point, line, polygon, multi-part) or GeoJSON-like mapping.
    distance_km
        Buffer distance, km: 0 (an empty polygon for points and lines, the polygon
        itself for polygons) or ``MIN_RADIUS_KM <= distance_km < MAX_RADIUS_KM``.
    resolution
        Segments per quarter circle (shapely ``quad_segs``), integer ``>= 1``.

    Returns
    -------
    Polygon or MultiPolygon
        Valid; empty only for a zero distance around a point or a line.

    Raises
    ------
    InputError
        A distance out of range or not a finite number, an empty or malformed
        geometry, coordinates out of range, a buffer that would enclose a pole.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> disc = buffer_km(Point(37.8028, 48.0159), 10)
    >>> disc.geom_type, round(area_km2(disc))
    ('Polygon', 314)
    """
    geom = _as_geometry(geometry)
    distance = _non_negative(distance_km, "distance_km")
    if distance and not MIN_RADIUS_KM <= distance < MAX_RADIUS_KM:
        raise InputError(
            f"distance_km must be 0, or >= {MIN_RADIUS_KM:g} (1 m) and < {MAX_RADIUS_KM:g} "
            f"(about half the Earth's circumference), got {distance!r}"
        )
    dist_m = distance * 1000.0
    quad_segs = _integer(resolution, "resolution", 1)
    if geom.is_empty:
        raise InputError("cannot buffer an empty geometry")
    coords = _check_lon_lat_ranges(geom)
    lat0, lon0 = _centre(geom, coords)
    transformer, forward, inverse = aeqd_transforms(lat0, lon0)

    buffered = shapely.transform(geom, forward).buffer(dist_m, quad_segs=quad_segs)
    for pole_lat in (90.0, -90.0):
        pole = Point(transformer.transform(lon0, pole_lat))
        if buffered.contains(pole) or buffered.touches(pole):
            raise InputError(
                "buffer_km cannot buffer around a pole; use ring() for circles that enclose a pole"
            )
    result = split_planar(shapely.transform(buffered, inverse))
    if not result.is_valid:
        # Projecting back can fold a tiny or very large buffer onto itself.
        result = _polygonal(shapely.make_valid(result))
    if result.is_empty and not (buffered.is_empty and dist_m == 0):
        raise InputError(f"buffer of {distance:g} km gives no polygon for {_short(geom)}")
    return result


def _polygonal(geom: BaseGeometry) -> Polygon | MultiPolygon:
    """The polygons of ``geom`` (make_valid may add lines and points), as one geometry."""
    parts = shapely.get_parts(geom)
    while any(isinstance(p, MultiPolygon | GeometryCollection) for p in parts):
        parts = shapely.get_parts(parts)
    polygons = [p for p in parts if isinstance(p, Polygon) and not p.is_empty]
    if len(polygons) == 1:
        return polygons[0]
    return MultiPolygon(polygons)
