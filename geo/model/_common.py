"""Checks and GeoJSON rounding shared by the records of :mod:`geo.model`."""

from __future__ import annotations

import math
import re
from typing import Any

from ..errors import InputError

__all__ = ["geometry_geojson", "round_geojson", "shown_text"]


_PADDING = re.compile(r" {2,}")


def shown_text(text: str) -> str:
    """A span's ``text`` as the JSON gives it to a reader: without soft hyphens (U+00AD,
    invisible, yet a "-" wherever a browser wraps; what a page's "&shy;" and the in-place
    decoding of its markup leave, :mod:`geo.markup_escapes`) and with each run of spaces
    one space (a decoded tag's spaces). Offsets are untouched: ``start``/``end`` still
    count in the input.

    >>> shown_text("Shelling hit     Kharkiv and Sumy\u00ad\u00ad\u00ad's outskirts")
    "Shelling hit Kharkiv and Sumy's outskirts"
    >>> shown_text("Kram\u00adatorsk")
    'Kramatorsk'
    """
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    return _PADDING.sub(" ", text) if "  " in text else text


def _check_lat_lon(lat: float, lon: float) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise InputError(f"coordinates must be finite numbers, got lat={lat!r}, lon={lon!r}")
    if not -90.0 <= lat <= 90.0:
        raise InputError(f"lat must be within [-90, 90], got {lat!r}")
    if not -180.0 <= lon <= 180.0:
        raise InputError(f"lon must be within [-180, 180], got {lon!r}")


def _check_span(start: int, end: int) -> None:
    if not 0 <= start <= end:
        raise InputError(f"a span needs 0 <= start <= end, got {start}, {end}")


def _check_km(name: str, value: float | None) -> None:
    if value is not None and (not math.isfinite(value) or value < 0):
        raise InputError(f"{name} must be a finite number >= 0, got {value!r}")


def round_geojson(obj: Any, ndigits: int = 6) -> Any:
    """GeoJSON with floats rounded (6 digits: about 0.1 m) and tuples as lists.

    Examples
    --------
    >>> round_geojson({"type": "Point", "coordinates": (34.80000004, 50.9, 1)})
    {'type': 'Point', 'coordinates': [34.8, 50.9, 1]}
    >>> round_geojson(((30.1234567, 50.0), (30.0, 50.1234564)))
    [[30.123457, 50.0], [30.0, 50.123456]]
    """
    if isinstance(obj, float):
        return round(obj, ndigits)
    if isinstance(obj, (list, tuple)):
        out = []
        for x in obj:  # a ring's (lon, lat) pairs without a call for each (the hot path)
            kind = type(x)
            if kind is float:
                out.append(round(x, ndigits))
            elif kind is tuple and len(x) == 2 and type(x[0]) is float and type(x[1]) is float:
                out.append([round(x[0], ndigits), round(x[1], ndigits)])
            else:
                out.append(round_geojson(x, ndigits))
        return out
    if isinstance(obj, dict):
        return {k: round_geojson(v, ndigits) for k, v in obj.items()}
    return obj


def geometry_geojson(geometry: Any, ndigits: int = 6) -> dict[str, Any]:
    """``round_geojson(shapely.geometry.mapping(geometry))``, built from coordinate arrays.

    Polygons, multipolygons and lines (the features' rings, sectors and borders, with
    hundreds of vertices) are read with :func:`shapely.get_coordinates` instead of a
    tuple for each vertex: the same dictionary, a third of the time. Anything else
    (points, collections, empty or 3-D geometries) goes through ``mapping``.

    Examples
    --------
    >>> from shapely.geometry import LineString
    >>> geometry_geojson(LineString([(30.0, 50.0), (30.1234567, 50.0)]))
    {'type': 'LineString', 'coordinates': [[30.0, 50.0], [30.123457, 50.0]]}
    """
    import shapely

    from .._rounding import round_like_python

    def rounded(part: Any) -> Any:  # round() of every coordinate, in numpy: (n, 2)
        return round_like_python(shapely.get_coordinates(part), ndigits)

    def polygon(part: Any) -> list[Any]:  # as MultiPolygon's mapping reads it
        return [rounded(part.exterior), *(rounded(hole) for hole in part.interiors)]

    kind = geometry.geom_type
    if geometry.is_empty or geometry.has_z or kind not in ("Polygon", "MultiPolygon",
                                                           "LineString"):
        from shapely.geometry import mapping

        return round_geojson(mapping(geometry), ndigits)
    if kind == "LineString":
        return {"type": kind, "coordinates": rounded(geometry).tolist()}
    # A region's polygon is one object of the gazetteer's for every feature drawn from
    # it (shapely geometries are immutable): its rounded rings are remembered (arrays),
    # and each call gets its own lists (``tolist``, in C).
    key = (id(geometry), ndigits)
    seen = _POLYGONS.get(key)
    if seen is not None and seen[0] is geometry:
        polygons = seen[1]
    else:
        polygons = [polygon(p) for p in geometry.geoms] if kind == "MultiPolygon" else [
            polygon(geometry)]
        if len(_POLYGONS) >= _POLYGONS_KEPT:
            _POLYGONS.clear()
        _POLYGONS[key] = (geometry, polygons)
    copies = [[ring.tolist() for ring in rings] for rings in polygons]
    return {"type": kind, "coordinates": copies if kind == "MultiPolygon" else copies[0]}


#: Rounded rings (``(n, 2)`` arrays of lon, lat) of the polygons serialised last, by
#: (id, ndigits): the geometry kept with them (so that its id is not reused), at most
#: ``_POLYGONS_KEPT`` of them.
_POLYGONS: dict[tuple[int, int], tuple[Any, list[list[Any]]]] = {}
_POLYGONS_KEPT = 128


def _geometry_dict(geometry: Any) -> dict[str, Any] | None:
    if geometry is None or geometry.is_empty:
        return None
    return geometry_geojson(geometry)
