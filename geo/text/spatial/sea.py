"""The sea part of a shape: what "20 nautical miles off Odesa" draws; the land part of
an estimate: where "a camp in Muwasi, west of Khan Younis" can be.

"N km off P" (and "off the coast of P") places something out at sea, so the band
around P keeps only its part beyond the land. Land is the union of the index's
first-level region polygons (Natural Earth admin-1, simplified: coastlines hold to
within about 5 km, so a band tens of km wide keeps its shape) whose bounds meet the
band. A band that meets no sea (an inland P) is left whole: the caller says so.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

from ...geometry import distance_km

__all__ = ["AT_SEA", "land_part", "on_land", "sea_part"]

#: The sea part must hold at least this share of the band's area (degree² on both
#: sides) to replace it: slivers along a simplified coast are no sea.
MIN_SEA_SHARE = 0.02


#: A sentence that speaks of the sea or of ships: a side of a coastal town may be at sea
#: ("a warship was hit south of Sevastopol").
AT_SEA = re.compile(
    r"\b(?:seas?|ocean|maritime|naval|navy|offshore|coast\s+guard|waters|fleet|ships?|vessels?"
    r"|boats?|warships?|frigates?|corvettes?|submarines?|tankers?|cargo|ferry|ferries"
    r"|fishing|port|harbou?r)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4)
def _land_records(gaz: Any) -> tuple[np.ndarray, np.ndarray]:
    """Records of the index's admin-1 polygons and their bounds, shape (n,) and (n, 4)
    (min lon, min lat, max lon, max lat; degrees): every country's land is covered by
    its admin-1 regions in Natural Earth, so countries are not needed."""
    bounds = gaz._a["bounds"]
    with_shape = np.nonzero(np.isfinite(bounds[:, 0]))[0]
    records = np.array([r for r in with_shape.tolist() if gaz.kind(r) == "admin1"], np.int64)
    return records, bounds[records]


def _land_near(gaz: Any, geom: Any) -> Any | None:
    """The union of the index's admin-1 polygons that meet ``geom``, or None."""
    from shapely import union_all

    records, bounds = _land_records(gaz)
    x0, y0, x1, y1 = geom.bounds
    near = (bounds[:, 0] <= x1) & (bounds[:, 2] >= x0) & (bounds[:, 1] <= y1) & (bounds[:, 3] >= y0)
    land = [gaz.geometry(int(r)) for r in records[near]]
    land = [shape for shape in land if shape.intersects(geom)]
    return union_all(land) if land else None


@functools.cache
def _seas() -> Any:
    """A search tree of the water table's marine polygons (seas, oceans, gulfs, ...),
    parsed once a process."""
    from shapely import STRtree

    from ..water_table import water_table

    shapes = [b.geometry for b in water_table().marine()]
    return STRtree([s for s in shapes if s is not None and not s.is_empty])


def _meets_sea(geom: Any) -> bool:
    """Whether ``geom`` meets a marine polygon of the water table."""
    return len(_seas().query(geom, predicate="intersects")) > 0


def sea_part(gaz: Any, geom: Any) -> Any | None:
    """The part of ``geom`` (a shapely geometry, longitude first, degrees) beyond the
    land of the index's admin-1 polygons, or ``None`` when it holds no sea worth
    drawing (under :data:`MIN_SEA_SHARE` of the shape's area). The index's polygons
    are read once a process (:func:`_land_records`); a shape's nearby ones by bounds.
    """
    land = _land_near(gaz, geom)
    sea = geom.difference(land) if land is not None else geom
    if sea.is_empty or sea.area < MIN_SEA_SHARE * geom.area:
        return None
    return sea


def land_part(gaz: Any, geom: Any) -> Any | None:
    """The part of ``geom`` (a shapely polygon, longitude first, degrees) on the land of
    the index's admin-1 polygons (polygons only), or None when it holds no sea worth
    drawing (:data:`MIN_SEA_SHARE`) or no land, or when what lies beyond the land meets
    no sea of the water table (a gap between an index's regions is no sea): the shape
    is then kept whole."""
    if not _meets_sea(geom):
        return None  # an inland shape: what lies beyond the land can meet no sea either
    land = _land_near(gaz, geom)
    if land is None:
        return None
    beyond = geom.difference(land)
    if beyond.area < MIN_SEA_SHARE * geom.area or not _meets_sea(beyond):
        return None
    part = geom.intersection(land)
    polygons = [g for g in getattr(part, "geoms", (part,)) if g.geom_type in _POLYGONAL]
    if not polygons:
        return None
    if len(polygons) == 1:
        return polygons[0]
    from shapely import union_all

    return union_all(polygons)


_POLYGONAL = ("Polygon", "MultiPolygon")


def on_land(
    gaz: Any, where: tuple[tuple[float, float], Any], anchor: tuple[float, float]
) -> tuple[tuple[float, float], Any]:
    """``where`` (an estimate off ``anchor``: ``((lat, lon), area)``, the area a shapely
    polygon, longitude first, degrees) kept on land: a place named on land ("a tent camp
    in Muwasi, west of Khan Younis") is not out at sea.  When the area holds sea worth
    drawing and land too (:func:`land_part`), the area becomes its land part, and a point
    at sea moves back along the geodesic from ``anchor`` (lat, lon) to the middle of the
    land it crosses first (between the band's inner edge and the coast); without such
    land, to the land part's point nearest it (a point at the anchor stays).  An area all
    land or all sea is kept."""
    (lat, lon), area = where
    part = land_part(gaz, area)
    if part is None:
        return where
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    point = Point(lon, lat)
    if not part.intersects(point) and distance_km(anchor, (lat, lon)) >= 0.01:
        first = _first_land(part, anchor, (lat, lon))
        point = first if first is not None else nearest_points(part, point)[0]
    return (round(point.y, 5), round(point.x, 5)), part


def _first_land(part: Any, anchor: tuple[float, float], at: tuple[float, float]) -> Any | None:
    """The middle of the first stretch of ``part`` (land) that the geodesic from
    ``anchor`` to ``at`` (lat, lon, not the anchor) crosses, or None when it crosses
    none."""
    from shapely.geometry import Point

    from ...geometry import between

    crossed = part.intersection(between(anchor, at))
    pieces = [
        g
        for g in getattr(crossed, "geoms", (crossed,))
        if g.geom_type == "LineString" and not g.is_empty
    ]
    if not pieces:
        return None
    start = Point(anchor[1], anchor[0])
    return min(pieces, key=lambda g: g.distance(start)).interpolate(0.5, normalized=True)
