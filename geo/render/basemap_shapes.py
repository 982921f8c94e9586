"""The offline basemap's shapes as display-ready GeoJSON: polygons without their specks,
simplified and rounded (:func:`features`), and border lines (:func:`lines`); a stage of
:func:`geo.render.basemap.build_basemap`. Degrees, (lon, lat).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from .coords import rounded_geojson

__all__ = ["drop_specks", "features", "lines"]

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
