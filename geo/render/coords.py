"""Rounded GeoJSON of shapely geometries, fast: the basemap's coordinates.

:func:`rounded_geojson` gives exactly ``round_coords(mapping(geom), digits)`` (the
same nested lists, the same floats), built from each ring's coordinate array
instead of a tuple per point: rounding the basemap's tens of thousands of points
was most of its cost.

Examples
--------
>>> from shapely.geometry import LineString
>>> rounded_geojson(LineString([(30.123456, 50.98765), (31.0, 51.5)]), 2)
{'type': 'LineString', 'coordinates': [[30.12, 50.99], [31.0, 51.5]]}
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping

from ._html import round_coords

__all__ = ["rounded_geojson"]


def rounded_geojson(geom: Any, digits: int) -> dict[str, Any]:
    """The GeoJSON mapping of ``geom`` with every coordinate rounded to ``digits``.

    Parameters
    ----------
    geom : shapely geometry
        (lon, lat) coordinates; any type (lines and polygons take the fast path).
    digits : int
        Decimals kept (``round``).

    Returns
    -------
    dict
        ``{"type": ..., "coordinates": ...}`` with lists, as :func:`round_coords`.
    """

    def points(coords: Any) -> list[list[float]]:
        return [[round(x, digits), round(y, digits)] for x, y in np.asarray(coords).tolist()]

    def rings(polygon: Any) -> list[list[list[float]]]:
        return [points(polygon.exterior.coords), *(points(r.coords) for r in polygon.interiors)]

    kind = geom.geom_type
    if (geom.is_empty or shapely.get_coordinate_dimension(geom) != 2
            or shapely.is_empty(shapely.get_parts(geom)).any()):
        return round_coords(mapping(geom), digits)  # the general, slower way
    if kind == "LineString":
        return {"type": kind, "coordinates": points(geom.coords)}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [points(part.coords) for part in geom.geoms]}
    if kind == "Polygon":
        return {"type": kind, "coordinates": rings(geom)}
    if kind == "MultiPolygon":
        return {"type": kind, "coordinates": [rings(part) for part in geom.geoms]}
    return round_coords(mapping(geom), digits)
