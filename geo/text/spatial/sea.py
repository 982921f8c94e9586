"""The sea part of a shape: what "20 nautical miles off Odesa" draws.

"N km off P" (and "off the coast of P") places something out at sea, so the band
around P keeps only its part beyond the land. Land is the union of the index's
first-level region polygons (Natural Earth admin-1, simplified: coastlines hold to
within about 5 km, so a band tens of km wide keeps its shape) whose bounds meet the
band. A band that meets no sea (an inland P) is left whole: the caller says so.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

__all__ = ["sea_part"]

#: The sea part must hold at least this share of the band's area (degree² on both
#: sides) to replace it: slivers along a simplified coast are no sea.
MIN_SEA_SHARE = 0.02


@functools.lru_cache(maxsize=4)
def _land_records(gaz: Any) -> tuple[np.ndarray, np.ndarray]:
    """Records of the index's admin-1 polygons and their bounds, shape (n,) and (n, 4)
    (min lon, min lat, max lon, max lat; degrees): every country's land is covered by
    its admin-1 regions in Natural Earth, so countries are not needed."""
    bounds = gaz._a["bounds"]
    with_shape = np.nonzero(np.isfinite(bounds[:, 0]))[0]
    records = np.array([r for r in with_shape.tolist() if gaz.kind(r) == "admin1"], np.int64)
    return records, bounds[records]


def sea_part(gaz: Any, geom: Any) -> Any | None:
    """The part of ``geom`` (a shapely geometry, longitude first, degrees) beyond the
    land of the index's admin-1 polygons, or ``None`` when it holds no sea worth
    drawing (under :data:`MIN_SEA_SHARE` of the shape's area). The index's polygons
    are read once a process (:func:`_land_records`); a shape's nearby ones by bounds.
    """
    from shapely import union_all

    records, bounds = _land_records(gaz)
    x0, y0, x1, y1 = geom.bounds
    near = (bounds[:, 0] <= x1) & (bounds[:, 2] >= x0) & (bounds[:, 1] <= y1) & (bounds[:, 3] >= y0)
    land = [gaz.geometry(int(r)) for r in records[near]]
    land = [shape for shape in land if shape.intersects(geom)]
    sea = geom.difference(union_all(land)) if land else geom
    if sea.is_empty or sea.area < MIN_SEA_SHARE * geom.area:
        return None
    return sea
