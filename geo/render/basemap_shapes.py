"""The offline basemap's shapes as display-ready GeoJSON: polygons without their specks,
simplified and rounded (:func:`features`), and border lines (:func:`lines`): a polygon's
outline without its sliver holes (:func:`outline`), a shared border once (:func:`once`).
A stage of :func:`geo.render.basemap.build_basemap`. Degrees, (lon, lat).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from .coords import rounded_geojson

__all__ = ["SAME_BORDER_DEG", "SLIVER_DEG2", "drop_specks", "features", "lines", "once",
           "outline"]

_DIGITS = 4


def drop_specks(geoms: np.ndarray, min_area: float, *, holes: bool = True) -> np.ndarray:
    """Polygons without the parts smaller than ``min_area`` deg² (the largest part stays);
    ``holes=False`` fills every hole (a coarse land mask)."""
    if not len(geoms):
        return geoms
    parts, index = shapely.get_parts(geoms, return_index=True)
    areas = shapely.area(parts)
    largest = np.zeros(len(geoms))
    np.maximum.at(largest, index, areas)
    keep = (areas >= min_area) | (areas >= largest[index])
    parts, index = parts[keep], index[keep]
    if not holes:
        parts = shapely.polygons(shapely.get_exterior_ring(parts))
        return shapely.multipolygons(parts, indices=index)
    for j in np.flatnonzero(shapely.get_num_interior_rings(parts)):
        p = parts[j]
        holes = [r for r in p.interiors if shapely.area(shapely.Polygon(r)) >= min_area]
        parts[j] = shapely.Polygon(p.exterior, holes)
    return shapely.multipolygons(parts, indices=index)


def features(geoms: list, props: list[dict], tolerance: float,
              digits: int = _DIGITS) -> dict[str, Any]:
    out = []
    polygons = drop_specks(np.array(geoms, dtype=object), (3 * tolerance) ** 2)
    simplified = shapely.simplify(polygons, tolerance, preserve_topology=True)
    rounded = shapely.set_precision(simplified, 10.0**-digits, mode="pointwise")
    for geom, p in zip(rounded, props, strict=True):
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        geometry = rounded_geojson(geom, digits)
        out.append({"type": "Feature", "properties": p, "geometry": geometry})
    return {"type": "FeatureCollection", "features": out}


def lines(geoms: list, tolerance: float, digits: int = _DIGITS) -> dict[str, Any]:
    """Line features (borders) from already clipped line geometry."""
    out = []
    arr = np.array(geoms, dtype=object)
    if len(arr):
        arr = shapely.set_precision(shapely.simplify(arr, tolerance), 10.0**-digits,
                                    mode="pointwise")
    for geom in arr:
        if geom is None or geom.is_empty:
            continue
        out.append({"type": "Feature", "properties": {},
                    "geometry": rounded_geojson(geom, digits)})
    return {"type": "FeatureCollection", "features": out}


#: Holes smaller than this (deg²) are slivers between the regions a country is made of
#: (Russia has 885, all under 0.01 deg²), not lakes: no border is drawn round them (they
#: were hundreds of short strokes scattered over Russia and Kazakhstan).
SLIVER_DEG2 = 0.01
#: Two neighbours' outlines in the data part by up to this much (Lebanon's and Syria's
#: by 0.024°); a border within it of one drawn before is the same border, drawn once
#: (was: two offset parallel lines), and a region's outline there is left to the
#: country's border.
SAME_BORDER_DEG = 0.03


def outline(geom: Any) -> Any:
    """The boundary of a (multi)polygon without its sliver holes (:data:`SLIVER_DEG2`)."""
    parts = []
    for poly in shapely.get_parts(geom):
        if poly.geom_type != "Polygon":
            continue
        holes = [r for r in poly.interiors if shapely.area(shapely.Polygon(r)) >= SLIVER_DEG2]
        parts.append(shapely.Polygon(poly.exterior, holes))
    return shapely.boundary(shapely.MultiPolygon(parts)) if parts else shapely.LineString()


def once(lines: list, drawn: list | None = None) -> list:
    """``lines`` (in order) without the parts that run within :data:`SAME_BORDER_DEG` of
    an earlier one or of ``drawn`` (for more than three times that): a border two
    neighbours share is drawn once; lines meeting at a junction keep their ends."""
    kept: list = []
    near: list = [shapely.buffer(g, SAME_BORDER_DEG, quad_segs=2) for g in drawn or ()
                  if g is not None and not g.is_empty]
    for line in lines:
        if line is None or line.is_empty:
            kept.append(line)
            continue
        if near:
            tree = shapely.STRtree(near)
            hit = tree.query(line, predicate="intersects")
            if len(hit):
                zone = shapely.union_all([near[i] for i in hit])
                # a run along an earlier line goes; a short crossing of its zone (where
                # a border meets another at a junction) stays, or every junction has a gap
                crossings = [p for p in shapely.get_parts(shapely.intersection(line, zone))
                             if p.geom_type == "LineString" and 0 < p.length < 3 * SAME_BORDER_DEG]
                rest = [p for p in shapely.get_parts(shapely.difference(line, zone))
                        if p.geom_type == "LineString" and not p.is_empty]
                line = (shapely.line_merge(shapely.MultiLineString(rest + crossings))
                        if rest or crossings else shapely.LineString())
        kept.append(line)
        if not line.is_empty:
            near.append(shapely.buffer(line, SAME_BORDER_DEG, quad_segs=2))
    return kept
