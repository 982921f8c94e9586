"""The offline vector basemap: Natural Earth countries and regions around the view.

An offline map has no tiles, so it draws the countries and first-level regions
of the bundled Natural Earth admin-1 data (as stored in the gazetteer index)
under the article's geometry. Every country of the world is drawn coarsely
(about 20 km, so zooming or panning out never shows a hole), and the area
around the view in detail: countries clipped to a *context box* (the view
grown on every side) with their borders drawn as lines clipped to it (the
box's edges are never drawn), regions near the view only, everything
simplified to about a pixel at the first zoom and coordinates rounded to 4
decimals (about 10 m). If the data is still bigger than ``max_bytes`` the
tolerance doubles until it fits.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import logging
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.ops import polylabel

from .. import model
from . import _html, basemap_shapes, coords
from .basemap_shapes import drop_specks as _drop_specks
from .basemap_shapes import features as _features
from .basemap_shapes import lines as _lines
from .basemap_shapes import once, outline
from .frame import world_shifts

__all__ = ["Basemap", "build_basemap", "context_box"]

log = logging.getLogger(__name__)

#: Grow the view by at least this much (degrees) on each side for the context box.
MIN_CONTEXT_MARGIN_DEG = (6.0, 4.0)
#: Widest screen (width / height) the context box is made for.
MAX_ASPECT = 1.8
#: Regions (admin-1) are drawn only when the area around the view is at most this wide.
MAX_REGION_SPAN_DEG = 45.0
#: Countries are drawn in detail only when the area around the view is at most this
#: wide; a wider view (a continent, the Pacific) shows the coarse world alone.
MAX_DETAIL_SPAN_DEG = 70.0
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
    borders: dict[str, Any] = field(default_factory=dict)
    world: dict[str, Any] = field(default_factory=dict)
    world_borders: dict[str, Any] = field(default_factory=dict)
    shifts: tuple[float, ...] = (0.0,)  # the world is drawn moved by each (degrees)

    def __deepcopy__(self, memo: dict[int, Any]) -> Basemap:
        """Itself: nothing changes a basemap once built, so copying a map before
        rendering it (:func:`geo.render.to_html`) need not copy its GeoJSON."""
        return self

    def size_bytes(self) -> int:
        """Length of the compact JSON the map embeds."""
        return sum(
            len(json.dumps(x, separators=(",", ":"), ensure_ascii=False))
            for x in (self.countries, self.regions, [list(label) for label in self.labels],
                      self.borders, self.world, self.world_borders)
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
    from ..gazetteer.codes import KIND_CODES

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


def _shift(geom: Any, dx: float) -> Any:
    return geom if dx == 0 else shapely.transform(geom, lambda xy: xy + np.array([dx, 0.0]))


#: Thin strips along the antimeridian: Natural Earth splits countries there, and the
#: cut is not a border to draw.
_SEAMS = shapely.union_all([shapely.box(-180.0, -90.0, -179.9999, 90.0),
                            shapely.box(179.9999, -90.0, 180.0, 90.0)])


def _pick(gazetteer: Any, kind: str, box: tuple[float, float, float, float],
          *, outlines: bool = True) -> tuple[list, list[int], list]:
    """Polygons of one kind meeting ``box`` (west, south, east, north; the west and
    east edges may lie beyond ±180: such parts are moved by 360° into it), their
    ids, and their outlines as lines clipped to the box (no box edge, no seam at
    the antimeridian)."""
    ids = list(_kind_range(gazetteer, kind))
    if not ids:
        return [], [], []
    b = gazetteer.bounds_many(ids)
    geoms: list = []
    keep_ids: list[int] = []
    lines: list = []
    w, s, e, n = box
    for dx in (-360.0, 0.0, 360.0):  # the box in stored longitudes is box - dx
        bw, be = max(w - dx, -180.0), min(e - dx, 180.0)
        if bw >= be:
            continue
        hit = (b[:, 0] <= be) & (b[:, 2] >= bw) & (b[:, 1] <= n) & (b[:, 3] >= s)
        for i, h in zip(ids, hit, strict=True):
            if not h:
                continue
            whole = gazetteer.geometry(i)
            geom = shapely.clip_by_rect(whole, bw, s, be, n)
            if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
                continue
            geoms.append(_shift(geom, dx))
            if outlines:
                line = shapely.clip_by_rect(outline(whole).difference(_SEAMS), bw, s, be, n)
                lines.append(_shift(line, dx))
            keep_ids.append(i)
    return geoms, keep_ids, lines


_WORLD_TOLERANCE_DEG = 0.2
#: The coarse world of the usual window (west edge -180°), kept in the index directory.
_WORLD_FILE = "world-basemap.json"


def _world(gazetteer: Any, west_edge: float) -> tuple[list, dict[str, Any]]:
    """Every country, coarse, in the 360° window from ``west_edge``: the simplified
    polygons (for the borders) and their GeoJSON.

    The same for every map drawn from one index in the usual window, and about half
    the basemap's cost: computed once and kept in the index directory, under a key
    of the index and of the code that draws it (this module, the rounding, GEOS).
    """
    cache = _world_cache(gazetteer) if west_edge == -180.0 else None
    if cache is not None:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError,
                                 shapely.errors.ShapelyError):
            kept = json.loads(cache[0].read_text(encoding="utf-8"))
            if kept["key"] == cache[1]:
                return list(shapely.from_wkb(kept["polygons"])), kept["world"]
    tolerance = _WORLD_TOLERANCE_DEG
    geoms = _pick(gazetteer, "country", (west_edge, -90.0, west_edge + 360.0, 90.0),
                  outlines=False)[0]
    geoms = list(shapely.simplify(
        _drop_specks(np.array(geoms, dtype=object), (4 * tolerance) ** 2, holes=False),
        tolerance, preserve_topology=True))
    world = _features(geoms, [{} for _ in geoms], tolerance, 2)
    if cache is not None:  # written whole or not at all; a read-only index: not kept
        text = json.dumps({"key": cache[1], "world": world,
                           "polygons": [shapely.to_wkb(g, hex=True) for g in geoms]})
        with contextlib.suppress(OSError):
            fd, tmp = tempfile.mkstemp(dir=cache[0].parent, prefix=".world-")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(text)
                os.chmod(tmp, 0o644)  # as readable as the index
                os.replace(tmp, cache[0])
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    return geoms, world


def _world_cache(gazetteer: Any) -> tuple[Path, str] | None:
    """Where the coarse world of an index is kept, and the key it must carry."""
    root = getattr(gazetteer, "path", None)
    if root is None:
        return None
    try:
        st = (Path(root) / "meta.json").stat()
        h = hashlib.sha256(f"{Path(root).resolve()}:{st.st_size}:{st.st_mtime_ns}:{st.st_ino};"
                           f"shapely {shapely.__version__}, GEOS {shapely.geos_version_string}"
                           .encode())
        for module in (__file__, basemap_shapes.__file__, coords.__file__, _html.__file__,
                       model.__file__):  # the code
            h.update(Path(module).read_bytes())  # that draws and rounds it
    except (OSError, TypeError):  # no index file, or modules without sources: not kept
        return None
    return Path(root) / _WORLD_FILE, h.hexdigest()


def build_basemap(
    gazetteer: Any,
    view: tuple[float, float, float, float],
    *,
    west_edge: float = -180.0,
    max_bytes: int = 900_000,
) -> Basemap:
    """Countries and regions around ``view`` = (south, west, north, east), degrees.

    The map has no holes at any zoom: every country of the world is drawn
    coarsely (``world``, in the 360° window starting at ``west_edge``, the
    same window as the scene's longitudes) and, around the view, in detail
    (``countries`` clipped to a context box, with their borders as lines
    clipped to it, so the box's edges are never drawn as borders).

    Parameters
    ----------
    gazetteer : geo.Gazetteer
        Its admin-1 and country records carry the Natural Earth polygons.
    view : tuple of float
        The part of the map the article's geometry occupies (unwrapped degrees).
    west_edge : float
        West edge of the scene's longitude window (see :mod:`geo.render.frame`).
    max_bytes : int
        Upper bound of the embedded JSON; the tolerance doubles until it fits.

    Returns
    -------
    Basemap
    """
    south, west, north, east = view
    cw, cs, ce, cn = context_box(south, west, north, east)
    if east > 180.0 or west < -180.0:  # an unwrapped view: the box may leave ±180 too
        half = (ce - cw) / 2
        mid = (west + east) / 2
        cw, ce = mid - max(half, (east - west) / 2 + 6.0), mid + max(half, (east - west) / 2 + 6.0)
    width, height = max(east - west, 0.5), max(north - south, 0.5)
    rw, rs, re_, rn = (
        west - max(1.5, 0.5 * width),
        south - max(1.0, 0.5 * height),
        east + max(1.5, 0.5 * width),
        north + max(1.0, 0.5 * height),
    )
    with_regions = (re_ - rw) <= MAX_REGION_SPAN_DEG

    detailed = (ce - cw) <= MAX_DETAIL_SPAN_DEG
    c_geoms, c_ids, borders = _pick(gazetteer, "country", (cw, cs, ce, cn))
    label_geoms = c_geoms
    if not detailed:
        c_geoms, borders = [], []
    _, _, r_lines = (
        _pick(gazetteer, "admin1", (rw, rs, re_, rn)) if with_regions else ([], [], [])
    )
    # a border two neighbours share once; a region's outline along it left to it
    borders = once(borders)
    r_lines = once(r_lines, borders)
    c_props = [{} for _ in c_geoms]
    labels = []
    min_label_area = 0.001 * (ce - cw) * (cn - cs)
    for i, geom in zip(c_ids, label_geoms, strict=True):
        lat, lon = gazetteer.lat_lon(i)
        lon = lon + 360.0 if lon < west_edge else lon
        if geom.area < min_label_area:
            continue
        if not (south <= lat <= north and west <= lon <= east):  # label point not in view:
            seen = (shapely.clip_by_rect(geom, west, south, east, north)
                    if east > west and north > south else shapely.Polygon())
            part = seen if seen.area > 0.05 * (east - west) * (north - south) else geom
            largest = max(getattr(part, "geoms", [part]), key=lambda g: g.area)
            p = polylabel(largest, tolerance=0.05)  # label the part in view, inside it
            lat, lon = p.y, p.x
        labels.append((round(lat, 3), round(lon, 3), gazetteer.name(i)))
    labels.sort(key=lambda x: (x[2], x[0], x[1]))
    # The whole world, coarse, in the scene's window; its borders only outside the box.
    world_geoms, world = _world(gazetteer, west_edge)
    seams = shapely.union_all([shapely.box(x - 1e-4, -90.0, x + 1e-4, 90.0)
                               for x in (west_edge, west_edge + 360.0, 180.0, -180.0)])
    box = shapely.box(cw, cs, ce, cn) if detailed else shapely.Polygon()
    world_borders = list(shapely.difference(shapely.boundary(np.array(world_geoms,
                                                                      dtype=object)),
                                            shapely.union(box, seams)))
    world_lines = _lines(world_borders, _WORLD_TOLERANCE_DEG, 2)

    # About a pixel when the view fills a 1500-pixel-wide screen.
    tolerance = max(min(max(width, height * 1.5), ce - cw) / 1500.0, 0.001)
    region_tolerance = tolerance / 2
    for _ in range(6):
        basemap = Basemap(
            countries=_features(c_geoms, c_props, tolerance),
            regions=_lines(r_lines, region_tolerance),
            labels=tuple(labels),
            bounds=((cs, cw), (cn, ce)),
            tolerance_deg=tolerance,
            borders=_lines(borders, tolerance),
            world=world,
            world_borders=world_lines,
            shifts=world_shifts(west_edge, west, east),
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
