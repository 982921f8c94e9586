"""Measures on the ellipsoid: distances, bearings, offsets and areas."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from shapely.geometry import GeometryCollection, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geo.errors import InputError

from .core import (
    _AREA0_M2,
    _AUTHALIC_R2,
    _GEOD,
    MAX_OFFSET_KM,
    _as_geometry,
    _check_lon_lat_ranges,
    _finite,
    _non_negative,
    as_lat_lon,
)

__all__ = [
    "area_km2",
    "bearing_deg",
    "distance_km",
    "offset",
    "within_km",
]

#: Mean radius of the Earth (IUGG), km: the sphere :func:`within_km` measures on first.
_SPHERE_KM = 6371.0088
#: How far the geodesic distance on WGS84 can be from the great-circle distance on
#: that sphere between the same latitudes and longitudes: the ratio stays within
#: 0.9944 (near-antipodal points) and 1.0045 (north-south near a pole;
#: tests/test_geometry_within.py samples it), taken with a margin of
#: 1 %, plus 1 mm for the roundings of two nearly coincident points.
_SPHERE_RATIO = 0.01
_SPHERE_SLACK_KM = 1e-6


def distance_km(a: Any, b: Any) -> float:
    """Geodesic (WGS84) distance between two locations, in km.

    Examples
    --------
    >>> kyiv, kharkiv = (50.4501, 30.5234), (49.9935, 36.2304)
    >>> round(distance_km(kyiv, kharkiv), 3)
    410.332
    """
    lat1, lon1 = as_lat_lon(a)
    lat2, lon2 = as_lat_lon(b)
    _, _, dist_m = _GEOD.inv(lon1, lat1, lon2, lat2)
    return dist_m / 1000.0


def within_km(a: Any, b: Any, km: float) -> bool:
    """``distance_km(a, b) <= km``, the same answer for every input, computed cheaply:
    the great-circle distance on a sphere decides whenever it is clearly shorter or
    longer than ``km`` (by more than the sphere's error, :data:`_SPHERE_RATIO`), the
    geodesic only the pairs close to the limit. For the tests of "is it near?" that
    parsers ask often (and that need no exact distance).

    Examples
    --------
    >>> kyiv, kharkiv = (50.4501, 30.5234), (49.9935, 36.2304)
    >>> within_km(kyiv, kharkiv, 411), within_km(kyiv, kharkiv, 410)
    (True, False)
    """
    lat1, lon1 = as_lat_lon(a)
    lat2, lon2 = as_lat_lon(b)
    return _within(lat1, lon1, lat2, lon2, km)


def _sphere_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (km) on the sphere of radius :data:`_SPHERE_KM`; any
    longitudes (unwrapped ones too)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin(0.5 * (phi2 - phi1)) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(0.5 * math.radians(lon2 - lon1)) ** 2
    )
    h = min(max(h, 0.0), 1.0)
    return 2.0 * _SPHERE_KM * math.atan2(math.sqrt(h), math.sqrt(1.0 - h))


def _most_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """A length the geodesic distance (km) between the two points never exceeds."""
    return _sphere_km(lat1, lon1, lat2, lon2) * (1.0 + _SPHERE_RATIO) + _SPHERE_SLACK_KM


def _within(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> bool:
    """:func:`within_km` of two points already read (any longitudes, as pyproj takes)."""
    sphere_km = _sphere_km(lat1, lon1, lat2, lon2)
    if sphere_km * (1.0 + _SPHERE_RATIO) + _SPHERE_SLACK_KM <= km:
        return True
    if sphere_km * (1.0 - _SPHERE_RATIO) - _SPHERE_SLACK_KM > km:
        return False
    _, _, dist_m = _GEOD.inv(lon1, lat1, lon2, lat2)
    return dist_m / 1000.0 <= km


def _normalise_bearing(bearing: float) -> float:
    result = bearing % 360.0
    return 0.0 if result >= 360.0 else result  # -1e-17 % 360 rounds to 360.0


def bearing_deg(a: Any, b: Any) -> float:
    """Initial geodesic azimuth from *a* to *b*, degrees clockwise from north in [0, 360).

    For coincident points the bearing is undefined and ``0.0`` is returned. At a
    pole, "north" is the direction of the meridian of *a*'s longitude.

    Examples
    --------
    >>> round(bearing_deg((0, 0), (0, 1)), 6)
    90.0
    >>> round(bearing_deg((0, 0), (-1, 0)), 6)
    180.0
    """
    lat1, lon1 = as_lat_lon(a)
    lat2, lon2 = as_lat_lon(b)
    az12, _, dist_m = _GEOD.inv(lon1, lat1, lon2, lat2)
    if dist_m == 0:
        return 0.0
    return _normalise_bearing(az12)


def _wrap_lon(lon: float) -> float:
    if -180.0 <= lon <= 180.0:
        return lon
    return (lon + 180.0) % 360.0 - 180.0


def offset(center: Any, distance_km: float, bearing_deg: float) -> Point:
    """The point reached going *distance_km* from *center* along *bearing_deg*.

    Parameters
    ----------
    center
        Start location (any form accepted by :func:`as_lat_lon`).
    distance_km
        Distance along the geodesic, km, ``0 <= distance_km <= MAX_OFFSET_KM``
        (100,000 km). Beyond half a meridian (~20004 km) the geodesic continues
        past the antipode.
    bearing_deg
        Initial azimuth, degrees clockwise from north; any finite value (normalised).
        At a pole, azimuth 0 points along the meridian of *center*'s longitude.

    Returns
    -------
    shapely.geometry.Point
        ``Point(lon, lat)`` with lon in [-180, 180].

    Raises
    ------
    InputError
        A distance out of range or not a finite number, a bad bearing or centre.

    Examples
    --------
    >>> p = offset((0, 0), 111.319, 90)
    >>> round(p.x, 3), round(p.y, 3)
    (1.0, 0.0)
    """
    lat, lon = as_lat_lon(center)
    distance = _non_negative(distance_km, "distance_km")
    if distance > MAX_OFFSET_KM:
        raise InputError(
            f"distance_km must be <= {MAX_OFFSET_KM:g} (two and a half times round the "
            f"Earth), got {distance!r}"
        )
    azimuth = _normalise_bearing(_finite(bearing_deg, "bearing_deg"))
    lon2, lat2, _ = _GEOD.fwd(lon, lat, azimuth, distance * 1000.0)
    return Point(_wrap_lon(lon2), lat2)


def _ring_area_m2(coords: np.ndarray) -> float:
    """Signed geodesic area of a closed lon/lat ring (counter-clockwise positive), m².

    GeographicLib reports areas modulo the ellipsoid's total area (in
    ``(-area0/2, area0/2]``), so a ring covering more than half the Earth comes
    back as minus its complement. The multiple of ``area0`` is chosen from a
    planar estimate in the cylindrical equal-area projection of the same ring.
    """
    lon = coords[:, 0]
    lat = coords[:, 1]
    x = np.radians(lon)
    y = np.sin(np.radians(lat))
    estimate = 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1])) * _AUTHALIC_R2
    open_lons: list[float] = []
    open_lats: list[float] = []
    for i in range(len(lon) - 1):
        open_lons.append(float(lon[i]))
        open_lats.append(float(lat[i]))
        if abs(lat[i]) == 90.0 and lat[i + 1] == -lat[i]:  # pole to pole: make it a meridian
            open_lons.append(0.5 * float(lon[i] + lon[i + 1]))
            open_lats.append(0.0)
    if len(open_lons) < 3:
        return estimate
    signed, _ = _GEOD.polygon_area_perimeter(open_lons, open_lats)
    return signed + round((estimate - signed) / _AREA0_M2) * _AREA0_M2


def _polygons(geom: BaseGeometry) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon | GeometryCollection):
        found = []
        for part in geom.geoms:
            found.extend(_polygons(part))
        return found
    raise InputError(
        f"area_km2 needs a Polygon or MultiPolygon (or a GeoJSON mapping of one), "
        f"got a {geom.geom_type}"
    )


def area_km2(geometry: Any) -> float:
    """Geodesic area on WGS84 of a (multi)polygon in (lon, lat), km².

    Edges are geodesics (``Geod.polygon_area_perimeter`` per ring); holes are
    subtracted, parts summed, the result is non-negative. Antimeridian-split
    pieces simply add up; polygons closed through a pole (as :func:`ring` makes
    them) and polygons covering more than half the Earth are handled.

    Parameters
    ----------
    geometry
        shapely ``Polygon``/``MultiPolygon`` (or a collection of them), or a
        GeoJSON-like mapping / ``__geo_interface__`` object of one.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> round(area_km2(box(0, 0, 1, 1)))  # 1 x 1 degree at the equator
    12309
    >>> round(area_km2(box(-180, -90, 180, 90)) / 1e6, 3)  # the whole Earth, million km²
    510.066
    """
    geom = _as_geometry(geometry)
    polygons = _polygons(geom)
    _check_lon_lat_ranges(geom)
    total = 0.0
    for polygon in polygons:
        if polygon.is_empty:
            continue
        area = abs(_ring_area_m2(np.asarray(polygon.exterior.coords)[:, :2]))
        for hole in polygon.interiors:
            area -= abs(_ring_area_m2(np.asarray(hole.coords)[:, :2]))
        total += max(area, 0.0)
    return total / 1e6
