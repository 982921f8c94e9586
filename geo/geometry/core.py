"""The ellipsoid, the limits, and how locations and geometries are read.

One :class:`pyproj.Geod` (WGS84) for every computation (made, and pyproj's geodesic
modules imported without the rest of pyproj, :func:`geo._pyproj.import_geod`, when a
computation first asks for it; most articles state no distance), the accepted ranges of
radii and distances, and the readers of inputs: :func:`as_lat_lon` (any form of
a location to ``(lat, lon)``), :func:`lon_lat`, and the checks of numbers and
geometries the other modules share.
"""

from __future__ import annotations

import math
import numbers
import reprlib
import sys
from collections.abc import Mapping
from typing import Any

import numpy as np
import shapely
from shapely.errors import ShapelyError
from shapely.geometry import Point, box, shape
from shapely.geometry.base import BaseGeometry

from geo.errors import InputError

__all__ = [
    "MAX_OFFSET_KM",
    "MAX_RADIUS_KM",
    "MIN_RADIUS_KM",
    "as_lat_lon",
    "lon_lat",
]

#: Largest circle radius accepted by :func:`ring`, a little under half the Earth's
#: circumference. Half a meridian (20003.93 km) is the longest geodesic on WGS84,
#: but from an equatorial point geodesics stop being shortest paths after about
#: 19970 km (the cut locus near the antipode), so bigger "circles" are not circles.
MAX_RADIUS_KM = 19900.0

#: Smallest circle radius (and non-zero buffer distance) accepted, 1 m. A circle of
#: 128 vertices much smaller than that has edges of a few millimetres, below the
#: precision kept by GeoJSON output (1e-7 degrees, about 1 cm), and collapses into an
#: empty or self-intersecting polygon; no news statement is that precise.
MIN_RADIUS_KM = 0.001

#: Longest distance accepted by :func:`offset`: two and a half times round the Earth.
#: Beyond it doubles lose the position (at 1e308 km the result is NaN).
MAX_OFFSET_KM = 100_000.0



class _Geod:
    """``pyproj.Geod(ellps="WGS84")``, made on first use: each attribute asked for is
    the real object's (its bound methods), kept here after the first time."""

    def __getattr__(self, name: str) -> Any:
        geod = self.__dict__.get("_geod")
        if geod is None:
            from geo._pyproj import import_geod  # pyproj's geodesics alone

            geod = self.__dict__["_geod"] = import_geod()(ellps="WGS84")
        value = getattr(geod, name)
        self.__dict__[name] = value
        return value


_GEOD: Any = _Geod()


class _NoProjError(Exception):
    """Raised by nothing: what :func:`proj_error` gives before pyproj is imported."""


def proj_error() -> type[Exception]:
    """pyproj's ``ProjError`` once pyproj is imported, else an exception nothing raises
    (nothing can have raised pyproj's): for ``except`` clauses that must not import it."""
    return getattr(sys.modules.get("pyproj.exceptions"), "ProjError", _NoProjError)
# WGS84's semi-axes and eccentricity squared, as pyproj's Geod has them (the same
# doubles: tests/test_geometry_lazy.py), without making it.
_A_M = 6378137.0
_B_M = 6356752.314245179
_ES = 0.00669437999014133

# Total area of the ellipsoid (GeographicLib's ``area0``), m².
_E = math.sqrt(_ES)
_AREA0_M2 = 2.0 * math.pi * (_A_M**2 + _B_M**2 * math.atanh(_E) / _E)
# Square of the authalic radius: scales (lon radians, sin lat) planar area to m².
_AUTHALIC_R2 = _AREA0_M2 / (4.0 * math.pi)

# Bisection tolerances for antimeridian crossings.
_AZIMUTH_TOL_DEG = 1e-11
_DISTANCE_TOL_M = 1e-7
# Longest step used to follow a geodesic's longitude in between().
_UNWRAP_STEP_M = 50_000.0

_ACCEPTED_FORMS = (
    "a (lat, lon) tuple or list of two numbers, a geopy Location or Point, "
    "a shapely Point (x=lon, y=lat), an object with .lat and .lon attributes, "
    "or an object whose __geo_interface__ is a GeoJSON Point ([lon, lat])"
)

_WORLD = box(-180.0, -90.0, 180.0, 90.0)


# --------------------------------------------------------------------------- inputs


def _short(obj: Any) -> str:
    return reprlib.repr(obj)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def _raw_lat_lon(obj: Any) -> tuple[Any, Any] | None:
    """Pull an un-validated ``(lat, lon)`` out of *obj*, or ``None`` if no form matches."""
    if isinstance(obj, BaseGeometry):
        if isinstance(obj, Point) and not obj.is_empty:
            return obj.y, obj.x
        return None
    if isinstance(obj, str | bytes):
        return None
    latitude = getattr(obj, "latitude", None)
    longitude = getattr(obj, "longitude", None)
    if latitude is not None and longitude is not None:  # geopy Location / Point
        return latitude, longitude
    lat = getattr(obj, "lat", None)
    lon = getattr(obj, "lon", None)
    if lat is not None and lon is not None:
        return lat, lon
    interface = getattr(obj, "__geo_interface__", None)
    if interface is None and isinstance(obj, Mapping):
        interface = obj
    if isinstance(interface, Mapping):
        coords = interface.get("coordinates")
        if (
            interface.get("type") == "Point"
            and isinstance(coords, list | tuple)
            and len(coords) in (2, 3)
        ):
            return coords[1], coords[0]
        return None
    if isinstance(obj, tuple | list) and len(obj) == 2:
        return obj[0], obj[1]
    return None


def as_lat_lon(obj: Any) -> tuple[float, float]:
    """Return a validated ``(lat, lon)`` pair in degrees from any supported location.

    Parameters
    ----------
    obj
        One of: a ``(lat, lon)`` tuple or list of two numbers; a geopy
        ``Location`` or ``geopy.point.Point`` (``.latitude``/``.longitude``); a
        shapely ``Point`` (``x`` = lon, ``y`` = lat); any object with ``lat`` and
        ``lon`` attributes; any object (or mapping) whose ``__geo_interface__`` is a
        GeoJSON Point with ``coordinates`` ``[lon, lat]``.

    Returns
    -------
    tuple of float
        ``(lat, lon)`` with ``-90 <= lat <= 90`` and ``-180 <= lon <= 180``.

    Raises
    ------
    InputError
        If the form is not recognised, a value is not a finite number, or it is
        out of range.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> as_lat_lon((50.9, 34.8))
    (50.9, 34.8)
    >>> as_lat_lon(Point(34.8, 50.9))  # shapely is (lon, lat)
    (50.9, 34.8)
    >>> as_lat_lon({"type": "Point", "coordinates": [34.8, 50.9]})
    (50.9, 34.8)
    >>> as_lat_lon((91, 0))
    Traceback (most recent call last):
    ...
    geo.errors.InputError: latitude must be within [-90, 90] degrees, got 91.0 from (91, 0) \
(tuples are (lat, lon))
    """
    if type(obj) is tuple and len(obj) == 2:  # the common form, checked without the general path
        lat, lon = obj
        if type(lat) is type(lon) is float and -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0:
            return obj
    raw = _raw_lat_lon(obj)
    if raw is None:
        raise InputError(f"cannot read a location from {_short(obj)}; expected {_ACCEPTED_FORMS}")
    values = []
    for name, value in zip(("latitude", "longitude"), raw, strict=True):
        if not _is_number(value):
            raise InputError(
                f"{name} must be a real number, got {_short(value)} from {_short(obj)}; "
                f"expected {_ACCEPTED_FORMS}"
            )
        number = float(value)
        if not math.isfinite(number):
            raise InputError(f"{name} must be finite, got {number!r} from {_short(obj)}")
        values.append(number)
    lat, lon = values
    if not -90.0 <= lat <= 90.0:
        raise InputError(
            f"latitude must be within [-90, 90] degrees, got {lat!r} from {_short(obj)} "
            "(tuples are (lat, lon))"
        )
    if not -180.0 <= lon <= 180.0:
        raise InputError(
            f"longitude must be within [-180, 180] degrees, got {lon!r} from {_short(obj)}"
        )
    return lat, lon


def lon_lat(obj: Any) -> tuple[float, float]:
    """Return ``(lon, lat)``: :func:`as_lat_lon` with the axes swapped for shapely/GeoJSON.

    Examples
    --------
    >>> lon_lat((50.9, 34.8))
    (34.8, 50.9)
    """
    lat, lon = as_lat_lon(obj)
    return lon, lat


def _finite(value: Any, name: str) -> float:
    if not _is_number(value) or not math.isfinite(float(value)):
        raise InputError(f"{name} must be a finite number, got {_short(value)}")
    return float(value)


def _non_negative(value: Any, name: str) -> float:
    number = _finite(value, name)
    if number < 0:
        raise InputError(f"{name} must be >= 0, got {number!r}")
    return number


def _integer(value: Any, name: str, minimum: int) -> int:
    if not isinstance(value, numbers.Integral) or isinstance(value, bool | np.bool_):
        raise InputError(f"{name} must be an integer >= {minimum}, got {_short(value)}")
    if value < minimum:
        raise InputError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def _as_geometry(geometry: Any) -> BaseGeometry:
    if isinstance(geometry, BaseGeometry):
        return geometry
    if isinstance(geometry, Mapping) or hasattr(geometry, "__geo_interface__"):
        try:
            return shape(geometry)
        except (ValueError, TypeError, KeyError, AttributeError, ShapelyError) as exc:
            raise InputError(f"not a valid GeoJSON geometry: {_short(geometry)} ({exc})") from exc
    raise InputError(
        f"expected a shapely geometry or a GeoJSON-like geometry mapping, got {_short(geometry)}"
    )


def _check_lon_lat_ranges(geom: BaseGeometry) -> np.ndarray:
    coords = shapely.get_coordinates(geom)
    if not np.all(np.isfinite(coords)):
        raise InputError("geometry coordinates must be finite")
    if coords.size and (np.abs(coords[:, 1]).max() > 90 or np.abs(coords[:, 0]).max() > 180):
        raise InputError(
            "geometry coordinates must be (lon, lat) with lon in [-180, 180] and lat in [-90, 90]"
        )
    return coords
