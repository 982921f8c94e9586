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

Modules
-------
:mod:`.core` the ellipsoid, limits and input readers; :mod:`.measures` distances,
bearings, offsets and areas; :mod:`.circles` :func:`ring`; :mod:`.lines`
:func:`between`; :mod:`.buffers` :func:`buffer_km`; :mod:`.antimeridian` the
splitting at ±180 they share.
"""

from __future__ import annotations

from .buffers import buffer_km
from .circles import ring
from .core import MAX_OFFSET_KM, MAX_RADIUS_KM, MIN_RADIUS_KM, as_lat_lon, lon_lat
from .lines import between
from .measures import area_km2, bearing_deg, distance_km, offset, within_km

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
    "within_km",
]

# The public home of each function (``help()``, pickling by reference, doctests).
for _function in (area_km2, as_lat_lon, bearing_deg, between, buffer_km, distance_km, lon_lat,
                  offset, ring, within_km):  # fmt: skip
    _function.__module__ = __name__
del _function
