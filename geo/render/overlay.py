"""User overlays: a GeoJSON file of one's own (a dated line of control, ...) drawn on the map.

:func:`load_overlay` reads and checks the file completely before anything is
drawn, and says exactly what is wrong with a malformed one (which feature,
which coordinate), as a :class:`geo.errors.InputError`.

Examples
--------
>>> ov = overlay_from_geojson(
...     {"type": "Feature", "properties": {"name": "Line of contact"},
...      "geometry": {"type": "LineString", "coordinates": [[35.0, 50.0], [36.0, 51.0]]}},
...     name="LoC 2025-06-01")
>>> ov.name, len(ov.features), ov.features[0].geometry.geom_type
('LoC 2025-06-01', 1, 'LineString')
>>> overlay_from_geojson({"type": "Point", "coordinates": [50.9, 134.8]})
Traceback (most recent call last):
...
geo.errors.InputError: overlay: geometry 0 has latitude 134.8 outside [-90, 90] \
(GeoJSON positions are [lon, lat])
"""

from __future__ import annotations

import json
import math
import os
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
from shapely.errors import ShapelyError
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from .._io import check_path_type, read_text
from ..errors import InputError
from ._html import truncate

__all__ = ["Overlay", "OverlayFeature", "as_overlay", "load_overlay", "overlay_from_geojson"]

_GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
)
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_TEXT_PROPERTIES = ("name", "title", "date", "description", "source")
_MAX_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class OverlayFeature:
    """One checked overlay feature: a shapely geometry (lon, lat) and its text properties."""

    geometry: BaseGeometry
    properties: tuple[tuple[str, str], ...] = ()

    def prop(self, name: str) -> str:
        return dict(self.properties).get(name, "")


@dataclass(frozen=True, slots=True)
class Overlay:
    """A user's layer: its name (legend and layer control), features and colour."""

    name: str
    features: tuple[OverlayFeature, ...]
    color: str | None = None
    source: str = ""

    def bounds(self) -> tuple[float, float, float, float]:
        """(south, west, north, east) of all features."""
        w, s, e, n = shapely.total_bounds([f.geometry for f in self.features])
        return float(s), float(w), float(n), float(e)


def _check_positions(geom: BaseGeometry, where: str) -> None:
    coords = shapely.get_coordinates(geom)
    if len(coords) == 0:
        raise InputError(f"{where} is empty")
    if not all(math.isfinite(v) for v in coords.ravel().tolist()):
        raise InputError(f"{where} has coordinates that are not finite numbers")
    lons, lats = coords[:, 0], coords[:, 1]
    bad_lat = [v for v in lats.tolist() if not -90.0 <= v <= 90.0]
    if bad_lat:
        raise InputError(
            f"{where} has latitude {bad_lat[0]:g} outside [-90, 90] "
            "(GeoJSON positions are [lon, lat])"
        )
    bad_lon = [v for v in lons.tolist() if not -180.0 <= v <= 180.0]
    if bad_lon:
        raise InputError(f"{where} has longitude {bad_lon[0]:g} outside [-180, 180]")


def _geometry(obj: Any, where: str) -> BaseGeometry:
    if not isinstance(obj, Mapping):
        raise InputError(f"{where} must be a GeoJSON geometry object, got {type(obj).__name__}")
    kind = obj.get("type")
    if kind not in _GEOMETRY_TYPES:
        raise InputError(
            f"{where} has type {kind!r}; valid geometry types: {', '.join(_GEOMETRY_TYPES)}"
        )
    try:
        # NaN and infinite positions are refused below in one line: not also shapely's
        # RuntimeWarning on standard error.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            geom = shape(obj)
    except (ShapelyError, ValueError, TypeError, IndexError, KeyError, AttributeError) as err:
        raise InputError(f"{where} ({kind}) has malformed coordinates: {err}") from err
    _check_positions(geom, where)
    return geom


def _properties(obj: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(obj, Mapping):
        return ()
    out = []
    for key in _TEXT_PROPERTIES:
        value = obj.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            out.append((key, truncate(str(value), 500)))
    for key in ("stroke", "color"):
        value = obj.get(key)
        if isinstance(value, str) and _HEX_COLOR.fullmatch(value):
            out.append(("color", value.lower()))
            break
    return tuple(out)


def overlay_from_geojson(
    data: Any, *, name: str = "Overlay", color: str | None = None, source: str = ""
) -> Overlay:
    """Check a parsed GeoJSON object (FeatureCollection, Feature or geometry) as an overlay.

    Parameters
    ----------
    data : mapping
        GeoJSON, positions ``[lon, lat]`` in WGS84 degrees.
    name : str
        Shown in the legend and the layer control (escaped there).
    color : str, optional
        ``#rgb`` or ``#rrggbb``; default: the next overlay colour.

    Raises
    ------
    geo.errors.InputError
        Naming the first malformed feature and what is wrong with it.
    """
    label = source or "overlay"
    if color is not None and not _HEX_COLOR.fullmatch(color):
        raise InputError(f"overlay colour must be #rgb or #rrggbb, got {color!r}")
    if not isinstance(data, Mapping):
        raise InputError(f"{label}: expected a GeoJSON object, got {type(data).__name__}")
    kind = data.get("type")
    features: list[OverlayFeature] = []
    if kind == "FeatureCollection":
        items = data.get("features")
        if not isinstance(items, list):
            raise InputError(f"{label}: a FeatureCollection needs a \"features\" list")
        for i, item in enumerate(items, start=1):  # counted as a reader counts
            features.extend(_feature(item, f"{label}: feature {i}"))
    elif kind == "Feature":
        features.extend(_feature(data, f"{label}: the feature"))
    elif kind in _GEOMETRY_TYPES:
        features.append(OverlayFeature(_geometry(data, f"{label}: geometry 0")))
    else:
        raise InputError(
            f"{label}: GeoJSON type {kind!r} is not one of FeatureCollection, Feature, "
            + ", ".join(_GEOMETRY_TYPES)
        )
    if not features:
        raise InputError(f"{label}: no feature has a geometry to draw")
    return Overlay(name=name, features=tuple(features), color=color, source=source)


def _feature(item: Any, where: str) -> list[OverlayFeature]:
    if not isinstance(item, Mapping) or item.get("type") != "Feature":
        raise InputError(f"{where} is not a GeoJSON Feature (needs \"type\": \"Feature\")")
    if "geometry" not in item:
        raise InputError(f"{where} has no \"geometry\" member")
    if item["geometry"] is None:  # allowed by RFC 7946: nothing to draw
        return []
    return [OverlayFeature(_geometry(item["geometry"], where), _properties(item.get("properties")))]


def load_overlay(
    path: str | os.PathLike[str], *, name: str | None = None, color: str | None = None
) -> Overlay:
    """Read and check a GeoJSON file to draw as an overlay.

    Parameters
    ----------
    path : str or path-like
        A ``.geojson``/``.json`` file (UTF-8), positions ``[lon, lat]``.
    name : str, optional
        Legend and layer name; default: the file's ``name`` member, else its stem.
    color : str, optional
        ``#rrggbb``; default: the next overlay colour.

    Raises
    ------
    geo.errors.InputError
        The file is missing, not UTF-8 JSON, not GeoJSON, or has a bad feature.
    """
    check_path_type(path, what="overlay path")
    p = Path(path)
    text = read_text(p, what="overlay file", max_bytes=_MAX_BYTES)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(
            f"{p} is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}"
        ) from None
    except RecursionError:
        raise InputError(f"{p} is not JSON that can be read: nested too deeply") from None
    if name is None:
        member = data.get("name") if isinstance(data, dict) else None
        name = truncate(member, 80) if isinstance(member, str) and member.strip() else p.stem
    return overlay_from_geojson(data, name=name, color=color, source=p.name)


def as_overlay(obj: Any) -> Overlay:
    """An :class:`Overlay` from an overlay, a path, or a parsed GeoJSON mapping."""
    if isinstance(obj, Overlay):
        return obj
    if isinstance(obj, str | os.PathLike):
        return load_overlay(obj)
    if isinstance(obj, Mapping):
        return overlay_from_geojson(obj)
    raise InputError(
        f"an overlay must be a GeoJSON file path, a GeoJSON mapping or an Overlay, "
        f"got {type(obj).__name__}"
    )
