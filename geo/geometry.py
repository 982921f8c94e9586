"""Exact geodesic geometry on the WGS84 ellipsoid.

Every computation goes through one :class:`pyproj.Geod` (``ellps="WGS84"``,
GeographicLib underneath), so distances and circles are exact to the
millimetre rather than spherical approximations.

Conventions
-----------
* Locations passed *in* are ``(lat, lon)`` (tuples, geopy objects, ...; see
  :func:`as_lat_lon`); shapely geometries passed in or *out* are ``(lon, lat)``,
  i.e. ``x`` is the longitude, as in GeoJSON.
* Distances are kilometres, bearings degrees clockwise from north, areas km².
* Polygons returned follow RFC 7946: exteriors counter-clockwise in lon/lat,
  longitudes within [-180, 180], shapes that cross the antimeridian are split
  into a ``MultiPolygon``/``MultiLineString`` with pieces on each side of ±180.
* Every function is pure and returns new shapely objects.

Examples
--------
>>> sumy = (50.91741, 34.79906)
>>> circle = ring(sumy, 16)
>>> circle.is_valid, len(circle.exterior.coords)
(True, 129)
>>> round(area_km2(circle))
804
"""

from __future__ import annotations

import math
import numbers
import reprlib
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.affinity import translate
from shapely.errors import ShapelyError
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiLineString,
    MultiPolygon,
    Point,
    Polygon,
    box,
    shape,
)
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

from geo.errors import InputError

__all__ = [
    "MAX_OFFSET_KM",
    "MAX_RADIUS_KM",
    "MIN_RADIUS_KM",
    "area_km2",
    "as_lat_lon",
    "bearing_deg",
    "between",
    "buffer_km",
    "distance_km",
    "lon_lat",
    "offset",
    "ring",
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

_GEOD = Geod(ellps="WGS84")

# Total area of the ellipsoid (GeographicLib's ``area0``), m².
_E = math.sqrt(_GEOD.es)
_AREA0_M2 = 2.0 * math.pi * (_GEOD.a**2 + _GEOD.b**2 * math.atanh(_E) / _E)
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


# --------------------------------------------------------------------------- basics


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


# --------------------------------------------------------------------------- antimeridian


def _wrap_step(delta: float) -> float:
    """Raw longitude difference -> signed step in [-180, 180)."""
    return (delta + 180.0) % 360.0 - 180.0


def _east_step(delta: float) -> float:
    """Raw longitude difference -> eastward progress in [-1e-9, 360 - 1e-9)."""
    return (delta + 1e-9) % 360.0 - 1e-9


def _bisect_level(
    t_lo: float,
    t_hi: float,
    at: Callable[[float], tuple[float, float]],
    u_lo: float,
    lon_lo: float,
    level: float,
    step: Callable[[float], float],
    tol: float,
) -> float:
    """Latitude where a path parameterised by *t* reaches unwrapped longitude *level*.

    ``at(t)`` returns the exact ``(lon, lat)`` of the path (geodesic circle or line)
    at *t*; the unwrapped longitude at ``t_lo`` is ``u_lo`` (raw ``lon_lo``) and
    ``step`` turns raw longitude differences into unwrapped increments.
    """
    below = u_lo < level
    for _ in range(200):
        mid = 0.5 * (t_lo + t_hi)
        if abs(t_hi - t_lo) <= tol or mid in (t_lo, t_hi):
            break
        lon, _ = at(mid)
        if (u_lo + step(lon - lon_lo) < level) == below:
            t_lo = mid
        else:
            t_hi = mid
    _, lat = at(0.5 * (t_lo + t_hi))
    return lat


def _split_path(
    u: np.ndarray,
    lons: np.ndarray,
    lats: np.ndarray,
    crossing: Callable[[int, float], float],
) -> list[list[tuple[float, float]]]:
    """Cut a path with unwrapped longitudes *u* into pieces inside [-180, 180].

    ``crossing(j, level)`` returns the latitude where edge ``j -> j+1`` meets the
    unwrapped longitude *level* (a multiple of 360 plus 180). Points exactly on
    ±180 are shared by both pieces. Pieces with fewer than two points are dropped.
    """

    def vertex(j: int, k: int) -> tuple[float, float]:
        x = float(u[j]) - 360.0 * k
        lon = float(lons[j])
        if abs(lon - x) > 1e-6:  # raw value is on the other side of ±180
            lon = min(180.0, max(-180.0, x))
        return lon, float(lats[j])

    k = round(float(u[0]) / 360.0)
    start = float(u[0]) - 360.0 * k
    if abs(start) == 180.0:  # starts on the antimeridian: use the side the path heads to
        moved = u[u != u[0]]
        if start == 180.0 and moved.size and moved[0] > u[0]:
            k += 1
        elif start == -180.0 and (moved[0] < u[0] if moved.size else float(lons[0]) > 0):
            k -= 1
    pieces: list[list[tuple[float, float]]] = []
    current = [vertex(0, k)]
    for j in range(len(u) - 1):
        nxt = float(u[j + 1])
        lo, hi = -180.0 + 360.0 * k, 180.0 + 360.0 * k
        if nxt > hi or nxt < lo:
            level, direction = (hi, 1) if nxt > hi else (lo, -1)
            if float(u[j]) == level:  # the vertex itself is on the antimeridian
                lat = float(lats[j])
            else:
                lat = crossing(j, level)
                current.append((level - 360.0 * k, lat))
            pieces.append(current)
            k += direction
            current = [(level - 360.0 * k, lat)]
        current.append(vertex(j + 1, k))
    pieces.append(current)
    return [piece for piece in pieces if len(piece) >= 2]


# --------------------------------------------------------------------------- ring


def _circle_at(lat0: float, lon0: float, dist_m: float) -> Callable[[float], tuple[float, float]]:
    def at(azimuth: float) -> tuple[float, float]:
        lon, lat, _ = _GEOD.fwd(lon0, lat0, azimuth, dist_m)
        return lon, lat

    return at


def _disk_polygons(
    az: np.ndarray, lons: np.ndarray, lats: np.ndarray, at: Callable[[float], tuple[float, float]]
) -> list[Polygon]:
    """Polygons for a circle whose vertices do not wind around a pole."""
    n = len(az)
    u = np.unwrap(lons, period=360.0)
    if u.min() < -180.0:
        u = u + 360.0
    if u.max() <= 180.0:
        return [Polygon(np.column_stack((_vertex_lons(u, lons), lats)))]
    start = int(np.argmin(u))
    order = [(start + i) % n for i in range(n + 1)]
    step = 360.0 / n
    path_az = az[start] + step * np.arange(n + 1)
    path_u, path_lons, path_lats = u[order], lons[order], lats[order]

    def crossing(j: int, level: float) -> float:
        return _bisect_level(
            float(path_az[j]), float(path_az[j + 1]), at, float(path_u[j]),
            float(path_lons[j]), level, _wrap_step, _AZIMUTH_TOL_DEG,
        )  # fmt: skip

    pieces = _split_path(path_u, path_lons, path_lats, crossing)
    if len(pieces) > 1:  # the path started and ended on the same side: join them
        pieces[0] = pieces.pop()[:-1] + pieces[0]
    return [Polygon(piece) for piece in pieces if len(set(piece)) >= 3]


def _vertex_lons(u: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """The longitudes of ``lons`` where the unwrapped ``u`` agrees (to 1e-6 deg), else
    ``u`` clamped to [-180, 180] (a circle touching the antimeridian)."""
    return np.where(np.abs(lons - u) <= 1e-6, lons, np.clip(u, -180.0, 180.0))


def _pole_cap(
    az: np.ndarray,
    lons: np.ndarray,
    lats: np.ndarray,
    at: Callable[[float], tuple[float, float]],
    pole_lat: float,
) -> Polygon:
    """Polygon for a circle enclosing exactly one pole, closed through that pole."""
    n = len(az)
    step = 360.0 / n
    # Azimuth increases clockwise seen from space: westward around the north pole,
    # eastward around the south pole. Walk eastward so longitude only increases.
    if pole_lat > 0:
        order = [(-i) % n for i in range(n + 1)]
        path_az = az[0] - step * np.arange(n + 1)
    else:
        order = [i % n for i in range(n + 1)]
        path_az = az[0] + step * np.arange(n + 1)
    path_lons, path_lats = lons[order], lats[order]
    steps = np.array([_east_step(d) for d in np.diff(path_lons)])
    path_u = float(path_lons[0]) + np.concatenate(([0.0], np.cumsum(steps)))

    def crossing(j: int, level: float) -> float:
        return _bisect_level(
            float(path_az[j]), float(path_az[j + 1]), at, float(path_u[j]),
            float(path_lons[j]), level, _east_step, _AZIMUTH_TOL_DEG,
        )  # fmt: skip

    pieces = _split_path(path_u, path_lons, path_lats, crossing)
    chain = pieces[0] if len(pieces) == 1 else pieces[1] + pieces[0][1:]
    chain = [(-180.0, chain[0][1]), *chain[1:-1], (180.0, chain[-1][1])]
    return Polygon([*chain, (180.0, pole_lat), (-180.0, pole_lat)])


def _oriented(geom: BaseGeometry) -> Polygon | MultiPolygon:
    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    polygons = [orient(p, 1.0) for p in getattr(geom, "geoms", []) if isinstance(p, Polygon)]
    if len(polygons) == 1:
        return polygons[0]
    return MultiPolygon(polygons)


def ring(center: Any, radius_km: float, *, vertices: int = 128) -> Polygon | MultiPolygon:
    """A geodesic circle: every vertex is exactly *radius_km* from *center*.

    Vertices come from :meth:`pyproj.Geod.fwd` at *vertices* equally spaced
    azimuths, so they lie on the ellipsoidal circle to the millimetre; the edges
    between them are straight in lon/lat (chords of the circle).

    * If the circle crosses the antimeridian it is split (RFC 7946 §3.1.9) into a
      ``MultiPolygon`` with a piece on each side of ±180. The vertices added on
      ±180 are found by bisection on the azimuth with ``Geod.fwd`` (to ~1e-11°),
      so they lie on the circle too.
    * If the circle encloses a pole it covers every longitude: the polygon runs
      along the circle from lon -180 to 180 (crossing points again by bisection)
      and is closed through the pole with the corners ``(180, ±90)`` and
      ``(-180, ±90)``. Those two pole corners are the only vertices that are not
      on the circle.
    * If the circle encloses both poles (radius over ~10002 km) the result is the
      whole lon/lat world box with the small region around the antipode cut out;
      then the four world corners are the only vertices off the circle.

    Exteriors are counter-clockwise in lon/lat (right-hand rule).

    Parameters
    ----------
    center
        Centre (any form accepted by :func:`as_lat_lon`).
    radius_km
        Radius, ``MIN_RADIUS_KM <= radius_km < MAX_RADIUS_KM`` (1 m to 19900 km).
    vertices
        Number of points on the circle, integer ``>= 8``.

    Returns
    -------
    Polygon or MultiPolygon
        A valid, non-empty geometry in (lon, lat).

    Raises
    ------
    InputError
        A radius out of range or not a finite number, a bad centre or vertex count.

    Examples
    --------
    >>> fiji = ring((-17.7, 178.0), 300)
    >>> fiji.geom_type, len(fiji.geoms), fiji.is_valid
    ('MultiPolygon', 2, True)
    >>> round(area_km2(fiji) / 1000)
    283
    >>> polar = ring((89.9, 0), 50)
    >>> polar.geom_type, polar.bounds[0], polar.bounds[2], polar.bounds[3]
    ('Polygon', -180.0, 180.0, 90.0)
    """
    lat0, lon0 = as_lat_lon(center)
    radius = _finite(radius_km, "radius_km")
    if not MIN_RADIUS_KM <= radius < MAX_RADIUS_KM:
        raise InputError(
            f"radius_km must be >= {MIN_RADIUS_KM:g} (1 m) and < {MAX_RADIUS_KM:g} (about "
            f"half the Earth's circumference), got {radius!r}"
        )
    n = _integer(vertices, "vertices", 8)
    return _checked(_ring(lat0, lon0, radius, n), f"ring of {radius:g} km")


def _checked(geom: BaseGeometry, what: str) -> BaseGeometry:
    """``geom`` if it is a valid, non-empty polygonal geometry; an InputError otherwise."""
    if geom.is_empty or not geom.is_valid:
        reason = "empty" if geom.is_empty else shapely.is_valid_reason(geom)
        raise InputError(f"the {what} is not a valid polygon ({reason})")
    return geom


def _ring(lat0: float, lon0: float, radius: float, n: int) -> Polygon | MultiPolygon:
    dist_m = radius * 1000.0
    az = np.arange(n) * (360.0 / n)
    lons, lats, _ = _GEOD.fwd(np.full(n, lon0), np.full(n, lat0), az, np.full(n, dist_m))
    at = _circle_at(lat0, lon0, dist_m)

    encloses_north = dist_m > _GEOD.inv(lon0, lat0, lon0, 90.0)[2]
    encloses_south = dist_m > _GEOD.inv(lon0, lat0, lon0, -90.0)[2]
    if encloses_north and encloses_south:
        hole = unary_union(_disk_polygons(az, lons, lats, at))
        return _oriented(_WORLD.difference(hole))
    if encloses_north or encloses_south:
        return _oriented(_pole_cap(az, lons, lats, at, 90.0 if encloses_north else -90.0))
    polygons = _disk_polygons(az, lons, lats, at)
    if len(polygons) == 1:
        return _oriented(polygons[0])
    return _oriented(MultiPolygon(polygons))


# --------------------------------------------------------------------------- lines


def between(a: Any, b: Any, *, points: int = 64) -> LineString | MultiLineString:
    """The geodesic from *a* to *b* as a line in (lon, lat).

    The line holds *a*, ``points`` equally spaced intermediate points from
    :meth:`pyproj.Geod.npts`, and *b*. If it crosses the antimeridian it is split
    there into a ``MultiLineString``; the crossing point is found on the geodesic
    by bisection along it with ``Geod.fwd``.

    Parameters
    ----------
    a, b
        End points (any form accepted by :func:`as_lat_lon`); must differ. For
        antipodal points the geodesic is not unique and pyproj picks one.
    points
        Number of intermediate points, integer ``>= 0``.

    Returns
    -------
    LineString or MultiLineString

    Examples
    --------
    >>> line = between((50.4501, 30.5234), (49.9935, 36.2304), points=8)
    >>> line.geom_type, len(line.coords), line.coords[0]
    ('LineString', 10, (30.5234, 50.4501))
    >>> split = between((60, 170), (60, -170))
    >>> split.geom_type, [round(part.coords[-1][0]) for part in split.geoms]
    ('MultiLineString', [180, -170])
    """
    lat1, lon1 = as_lat_lon(a)
    lat2, lon2 = as_lat_lon(b)
    count = _integer(points, "points", 0)
    az12, _, dist_m = _GEOD.inv(lon1, lat1, lon2, lat2)
    if dist_m == 0:
        raise InputError(f"a and b are the same point ({lat1!r}, {lon1!r}); no line between them")
    middle = _GEOD.npts(lon1, lat1, lon2, lat2, count) if count else []
    lons = np.array([lon1, *(p[0] for p in middle), lon2], dtype=float)
    lats = np.array([lat1, *(p[1] for p in middle), lat2], dtype=float)
    spacing = dist_m / (count + 1)
    # Follow the geodesic in steps of at most ~50 km to unwrap longitudes: points
    # far apart (few intermediate points) may be more than 180 degrees apart.
    sub = max(1, math.ceil(spacing / _UNWRAP_STEP_M))
    fine_s = np.linspace(0.0, dist_m, (count + 1) * sub + 1)
    fine_lons, _, _ = _GEOD.fwd(
        np.full(fine_s.size, lon1), np.full(fine_s.size, lat1), np.full(fine_s.size, az12), fine_s
    )
    fine_lons[0], fine_lons[-1] = lon1, lon2
    fine_u = np.unwrap(fine_lons, period=360.0)
    u = fine_u[::sub]

    def at(s: float) -> tuple[float, float]:
        lon, lat, _ = _GEOD.fwd(lon1, lat1, az12, s)
        return lon, lat

    def crossing(j: int, level: float) -> float:
        # bracket the crossing within one fine step, then bisect on the distance
        i = j * sub
        while i < (j + 1) * sub - 1 and (fine_u[i + 1] - level) * (fine_u[i] - level) > 0:
            i += 1
        return _bisect_level(
            float(fine_s[i]), float(fine_s[i + 1]), at, float(fine_u[i]), float(fine_lons[i]),
            level, _wrap_step, _DISTANCE_TOL_M,
        )  # fmt: skip

    pieces = _split_path(u, lons, lats, crossing)
    if len(pieces) == 1:
        return LineString(pieces[0])
    return MultiLineString(pieces)


# --------------------------------------------------------------------------- area


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


# --------------------------------------------------------------------------- buffer


def _centre(geom: BaseGeometry, coords: np.ndarray) -> tuple[float, float]:
    """(lat, lon) to centre the projection on: centroid, or 3-D mean across ±180."""
    minx, _, maxx, _ = geom.bounds
    if maxx - minx <= 180.0:
        centroid = geom.centroid
        if not centroid.is_empty:
            return centroid.y, centroid.x
    lon = np.radians(coords[:, 0])
    lat = np.radians(coords[:, 1])
    x = np.mean(np.cos(lat) * np.cos(lon))
    y = np.mean(np.cos(lat) * np.sin(lon))
    z = np.mean(np.sin(lat))
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _split_planar(geom: BaseGeometry) -> BaseGeometry:
    """Cut a polygonal geometry with longitudes beyond ±180 at the antimeridian."""
    if geom.is_empty:
        return geom
    minx, _, maxx, _ = geom.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return geom
    parts: list[Polygon] = []
    for shift in (0.0, 360.0, -360.0):
        window = box(-180.0 - shift, -90.0, 180.0 - shift, 90.0)
        piece = translate(geom.intersection(window), xoff=shift)
        parts.extend(p for p in getattr(piece, "geoms", [piece]) if isinstance(p, Polygon))
    parts = [p for p in parts if not p.is_empty and p.area > 0]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def buffer_km(geometry: Any, distance_km: float, *, resolution: int = 16) -> BaseGeometry:
    """Buffer any (lon, lat) geometry by *distance_km* on the ground.

    The geometry is projected to an azimuthal-equidistant projection centred on
    its centroid (``+proj=aeqd +datum=WGS84 +units=m``), buffered there in
    metres and projected back. Distances from the projection centre are exact,
    others are distorted by the projection, so it is accurate (well under 1 %)
    for geometries up to a few hundred km across; use :func:`ring` for exact
    circles. A result crossing the antimeridian is split there (by plain
    clipping); a result that would enclose a pole is refused.

    Parameters
    ----------
    geometry
        shapely geometry (point, line, polygon, multi-part) or GeoJSON-like mapping.
    distance_km
        Buffer distance, km: 0 (an empty polygon for points and lines, the polygon
        itself for polygons) or ``MIN_RADIUS_KM <= distance_km < MAX_RADIUS_KM``.
    resolution
        Segments per quarter circle (shapely ``quad_segs``), integer ``>= 1``.

    Returns
    -------
    Polygon or MultiPolygon
        Valid; empty only for a zero distance around a point or a line.

    Raises
    ------
    InputError
        A distance out of range or not a finite number, an empty or malformed
        geometry, coordinates out of range, a buffer that would enclose a pole.

    Examples
    --------
    >>> disc = buffer_km(Point(37.8028, 48.0159), 10)
    >>> disc.geom_type, round(area_km2(disc))
    ('Polygon', 314)
    """
    geom = _as_geometry(geometry)
    distance = _non_negative(distance_km, "distance_km")
    if distance and not MIN_RADIUS_KM <= distance < MAX_RADIUS_KM:
        raise InputError(
            f"distance_km must be 0, or >= {MIN_RADIUS_KM:g} (1 m) and < {MAX_RADIUS_KM:g} "
            f"(about half the Earth's circumference), got {distance!r}"
        )
    dist_m = distance * 1000.0
    quad_segs = _integer(resolution, "resolution", 1)
    if geom.is_empty:
        raise InputError("cannot buffer an empty geometry")
    coords = _check_lon_lat_ranges(geom)
    lat0, lon0 = _centre(geom, coords)
    aeqd = f"+proj=aeqd +lat_0={lat0!r} +lon_0={lon0!r} +datum=WGS84 +units=m +no_defs"
    transformer = Transformer.from_crs("+proj=longlat +datum=WGS84 +no_defs", aeqd, always_xy=True)

    def forward(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    def inverse(xy: np.ndarray) -> np.ndarray:
        lon, lat = transformer.transform(xy[:, 0], xy[:, 1], direction="INVERSE")
        lon = lon0 + (np.asarray(lon) - lon0 + 180.0) % 360.0 - 180.0  # unwrap around lon0
        return np.column_stack((lon, lat))

    buffered = shapely.transform(geom, forward).buffer(dist_m, quad_segs=quad_segs)
    for pole_lat in (90.0, -90.0):
        pole = Point(transformer.transform(lon0, pole_lat))
        if buffered.contains(pole) or buffered.touches(pole):
            raise InputError(
                "buffer_km cannot buffer around a pole; use ring() for circles that enclose a pole"
            )
    result = _split_planar(shapely.transform(buffered, inverse))
    if not result.is_valid:
        # Projecting back can fold a tiny or very large buffer onto itself.
        result = _polygonal(shapely.make_valid(result))
    if result.is_empty and not (buffered.is_empty and dist_m == 0):
        raise InputError(f"buffer of {distance:g} km gives no polygon for {_short(geom)}")
    return result


def _polygonal(geom: BaseGeometry) -> Polygon | MultiPolygon:
    """The polygons of ``geom`` (make_valid may add lines and points), as one geometry."""
    parts = shapely.get_parts(geom)
    while any(isinstance(p, MultiPolygon | GeometryCollection) for p in parts):
        parts = shapely.get_parts(parts)
    polygons = [p for p in parts if isinstance(p, Polygon) and not p.is_empty]
    if len(polygons) == 1:
        return polygons[0]
    return MultiPolygon(polygons)
