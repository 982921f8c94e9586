"""The offline vector basemap: Natural Earth countries and regions around the view.

An offline map has no tiles, so it draws the countries and first-level regions
of the bundled Natural Earth admin-1 data (as stored in the gazetteer index)
under the article's geometry. To keep a map file small only the area around
the view is kept: countries are clipped to a *context box* (the view grown on
every side; the map cannot be panned beyond it), regions are kept near the
view only, everything is simplified to about a pixel at the first zoom and
coordinates are rounded to 4 decimals (about 10 m). If the data is still
bigger than ``max_bytes`` the tolerance doubles until it fits.
"""

from __future__ import annotations

import bisect
import json
import logging
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping

from ._html import round_coords

__all__ = ["Basemap", "build_basemap", "context_box"]

log = logging.getLogger(__name__)

#: Grow the view by at least this much (degrees) on each side for the context box.
MIN_CONTEXT_MARGIN_DEG = (6.0, 4.0)
#: Widest screen (width / height) the context box is made for.
MAX_ASPECT = 1.8
#: Regions (admin-1) are drawn only when the area around the view is at most this wide.
MAX_REGION_SPAN_DEG = 45.0
_DIGITS = 4
_LAT_LIMIT = 85.0


@dataclass(frozen=True, slots=True)
class Basemap:
    """Display-ready basemap data: GeoJSON in (lon, lat), rounded and simplified.

    ``bounds`` is the context box as ((south, west), (north, east)): the map is
    kept inside it.
    """

    countries: dict[str, Any]
    regions: dict[str, Any]
    labels: tuple[tuple[float, float, str], ...]
    bounds: tuple[tuple[float, float], tuple[float, float]]
    tolerance_deg: float

    def size_bytes(self) -> int:
        """Length of the compact JSON the map embeds."""
        return sum(
            len(json.dumps(x, separators=(",", ":"), ensure_ascii=False))
            for x in (self.countries, self.regions, [list(label) for label in self.labels])
        )


def context_box(
    south: float, west: float, north: float, east: float
) -> tuple[float, float, float, float]:
    """The (west, south, east, north) box around a view that the basemap covers.

    It covers what a screen up to :data:`MAX_ASPECT` times wider than high (or
    a square one) shows when fitted to the view, plus a margin.

    Examples
    --------
    >>> [round(v, 2) for v in context_box(50.0, 30.0, 52.0, 36.0)]
    [24.0, 45.11, 42.0, 56.89]
    """
    width = max(east - west, 0.5)
    height = max(north - south, 0.5)
    k = max(math.cos(math.radians((north + south) / 2)), 0.2)  # lon degrees on screen
    width = max(width, MAX_ASPECT * height / k)
    height = max(height, width * k)
    cx, cy = (west + east) / 2, (north + south) / 2
    mx = max(MIN_CONTEXT_MARGIN_DEG[0], width * 0.25)
    my = max(MIN_CONTEXT_MARGIN_DEG[1], height * 0.25)
    west, east, south, north = cx - width / 2, cx + width / 2, cy - height / 2, cy + height / 2
    return (
        max(-180.0, west - mx),
        max(-_LAT_LIMIT, south - my),
        min(180.0, east + mx),
        min(_LAT_LIMIT, north + my),
    )


def _kind_range(gazetteer: Any, kind: str) -> range | list[int]:
    """Record ids of one kind: the index keeps records sorted by kind code."""
    from ..gazetteer.build import KIND_CODES

    n = len(gazetteer)
    code = KIND_CODES[kind]

    def key(i: int) -> int:
        return KIND_CODES[gazetteer.kind(i)]

    lo = bisect.bisect_left(range(n), code, key=key)
    hi = bisect.bisect_right(range(n), code, lo=lo, key=key)
    ids = range(lo, hi)
    # Cheap check of the sorted-by-kind layout; fall back to a scan if it does not hold.
    if n and (key(0) > key(n - 1) or (hi > lo and key(lo) != code)):  # pragma: no cover
        return [i for i in range(n) if gazetteer.kind(i) == kind]
    return ids


def _drop_specks(geoms: np.ndarray, min_area: float) -> np.ndarray:
    """Polygons without the parts smaller than ``min_area`` deg² (the largest part stays)."""
    if not len(geoms):
        return geoms
    parts, index = shapely.get_parts(geoms, return_index=True)
    areas = shapely.area(parts)
    largest = np.zeros(len(geoms))
    np.maximum.at(largest, index, areas)
    keep = (areas >= min_area) | (areas >= largest[index])
    parts, index = parts[keep], index[keep]
    for j in np.flatnonzero(shapely.get_num_interior_rings(parts)):
        p = parts[j]
        holes = [r for r in p.interiors if shapely.area(shapely.Polygon(r)) >= min_area]
        parts[j] = shapely.Polygon(p.exterior, holes)
    return shapely.multipolygons(parts, indices=index)


def _features(geoms: list, props: list[dict], tolerance: float) -> dict[str, Any]:
    out = []
    polygons = _drop_specks(np.array(geoms, dtype=object), (3 * tolerance) ** 2)
    simplified = shapely.simplify(polygons, tolerance, preserve_topology=True)
    rounded = shapely.set_precision(simplified, 10.0**-_DIGITS, mode="pointwise")
    for geom, p in zip(rounded, props, strict=True):
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        geometry = round_coords(mapping(geom), _DIGITS)
        out.append({"type": "Feature", "properties": p, "geometry": geometry})
    return {"type": "FeatureCollection", "features": out}


def build_basemap(
    gazetteer: Any,
    view: tuple[float, float, float, float],
    *,
    max_bytes: int = 700_000,
) -> Basemap:
    """Countries and regions around ``view`` = (south, west, north, east), degrees.

    Parameters
    ----------
    gazetteer : geo.Gazetteer
        Its admin-1 and country records carry the Natural Earth polygons.
    view : tuple of float
        The part of the map the article's geometry occupies.
    max_bytes : int
        Upper bound of the embedded JSON; the tolerance doubles until it fits.

    Returns
    -------
    Basemap
    """
    south, west, north, east = view
    cw, cs, ce, cn = context_box(south, west, north, east)
    width, height = max(east - west, 0.5), max(north - south, 0.5)
    rw, rs, re_, rn = (
        west - max(1.5, 0.5 * width),
        south - max(1.0, 0.5 * height),
        east + max(1.5, 0.5 * width),
        north + max(1.0, 0.5 * height),
    )
    with_regions = (re_ - rw) <= MAX_REGION_SPAN_DEG

    def pick(kind: str, box: tuple[float, float, float, float]) -> tuple[list, list, list[int]]:
        ids = list(_kind_range(gazetteer, kind))
        if not ids:
            return [], [], []
        # The index's bounding boxes pick the polygons in view: only those are read.
        b = gazetteer.bounds_many(ids)
        hit = (b[:, 0] <= box[2]) & (b[:, 2] >= box[0]) & (b[:, 1] <= box[3]) & (b[:, 3] >= box[1])
        keep = [i for i, h in zip(ids, hit, strict=True) if h]
        geoms = np.array([gazetteer.geometry(i) for i in keep], dtype=object)
        clipped = shapely.clip_by_rect(geoms, cw, cs, ce, cn)
        polygonal = ~shapely.is_empty(clipped) & np.isin(
            shapely.get_type_id(clipped), (3, 6)  # Polygon, MultiPolygon
        )
        keep = [i for i, ok in zip(keep, polygonal, strict=True) if ok]
        return list(clipped[polygonal]), [{} for _ in keep], keep

    c_geoms, c_props, c_ids = pick("country", (cw, cs, ce, cn))
    if with_regions:
        r_geoms, r_props, _ = pick("admin1", (rw, rs, re_, rn))
    else:
        r_geoms, r_props = [], []
    labels = []
    min_label_area = 0.001 * (ce - cw) * (cn - cs)
    for i, geom in zip(c_ids, c_geoms, strict=True):
        lat, lon = gazetteer.lat_lon(i)
        if cs <= lat <= cn and cw <= lon <= ce and geom.area >= min_label_area:
            labels.append((round(lat, 3), round(lon, 3), gazetteer.name(i)))
    labels.sort(key=lambda x: (x[2], x[0], x[1]))

    tolerance = max(ce - cw, (cn - cs) * 1.5) / 1500.0
    region_tolerance = tolerance / 2
    for _ in range(6):
        basemap = Basemap(
            countries=_features(c_geoms, c_props, tolerance),
            regions=_features(r_geoms, r_props, region_tolerance) if r_geoms else {
                "type": "FeatureCollection", "features": []},
            labels=tuple(labels),
            bounds=((cs, cw), (cn, ce)),
            tolerance_deg=tolerance,
        )
        size = basemap.size_bytes()
        if size <= max_bytes:
            break
        log.debug("basemap %d bytes at %.4f deg: simplifying further", size, tolerance)
        tolerance *= 2
        region_tolerance *= 2
    if not math.isfinite(tolerance):  # pragma: no cover
        raise ValueError("basemap tolerance overflow")
    return basemap
