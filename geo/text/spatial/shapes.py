"""Geometry built for spatial features beyond :mod:`geo.geometry`: sectors and borders.

An annulus sector for "the southern outskirts of P" and the boundary two
country polygons share, both geodesic (``Geod.fwd`` points, a local
azimuthal-equidistant projection).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box
from shapely.ops import linemerge

from ...geometry import offset
from ...geometry.aeqd import aeqd_transforms
from ...geometry.antimeridian import oriented, split_planar
from ...model import Place
from .vocabulary import _BORDER_TOLERANCE_M, _SECTOR_VERTICES

__all__ = [
    "border_lines",
    "is_polygonal",
    "lat_lon",
    "sector_polygon",
    "shared_boundary",
]


def is_polygonal(geom: Any) -> bool:
    """Whether ``geom`` is a non-empty (multi)polygon."""
    return isinstance(geom, Polygon | MultiPolygon) and not geom.is_empty


def lat_lon(place: Place) -> tuple[float, float]:
    """The (lat, lon) of a place, the axis order of :mod:`geo.geometry`'s constructors."""
    return place.lat, place.lon


def sector_polygon(
    center: tuple[float, float], inner_km: float, outer_km: float, bearing: float, half: float
) -> Polygon | MultiPolygon:
    """An annulus sector built from geodesic points, split at the antimeridian if needed."""
    bearings = np.linspace(bearing - half, bearing + half, _SECTOR_VERTICES) % 360.0
    outer = [offset(center, outer_km, float(b)) for b in bearings]
    inner = [offset(center, inner_km, float(b)) for b in bearings[::-1]]
    lon0 = center[1]
    coords = [(lon0 + (p.x - lon0 + 180.0) % 360.0 - 180.0, p.y) for p in outer + inner]
    return oriented(split_planar(Polygon(coords)))


def border_lines(geom: Any) -> LineString | MultiLineString | None:
    """The non-empty lines of ``geom`` (any geometry), merged; None if it has none."""
    parts = [
        g for g in getattr(geom, "geoms", [geom]) if isinstance(g, LineString | MultiLineString)
    ]
    flat: list[LineString] = []
    for g in parts:
        flat.extend(getattr(g, "geoms", [g]))
    flat = [g for g in flat if not g.is_empty and g.length > 0]
    if not flat:
        return None
    merged = linemerge(flat) if len(flat) > 1 else flat[0]
    return merged


def shared_boundary(a: Any, b: Any) -> LineString | MultiLineString | None:
    """The boundary two country polygons share (within 2 km), in (lon, lat)."""
    ax0, ay0, ax1, ay1 = a.bounds
    bx0, by0, bx1, by1 = b.bounds
    # A search window (not a distance): where the two outlines can meet at all.
    window = box(ax0 - 1, ay0 - 1, ax1 + 1, ay1 + 1).intersection(
        box(bx0 - 1, by0 - 1, bx1 + 1, by1 + 1)
    )
    if window.is_empty:
        return None
    a_line = a.boundary.intersection(window)
    b_clip = b.intersection(window)
    if a_line.is_empty or b_clip.is_empty:
        return None
    c = window.centroid
    _, forward, inverse = aeqd_transforms(c.y, c.x, unwrap=False)

    shared = shapely.transform(a_line, forward).intersection(
        shapely.transform(b_clip, forward).buffer(_BORDER_TOLERANCE_M)
    )
    lines = border_lines(shared)
    if lines is None or lines.length < 1000.0:
        return None
    return border_lines(shapely.transform(lines, inverse))
