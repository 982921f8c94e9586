"""Geodesic lines: :func:`between`, split at the antimeridian."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from shapely.geometry import LineString, MultiLineString

from geo.errors import InputError

from .antimeridian import bisect_level, split_path, wrap_step
from .core import _DISTANCE_TOL_M, _GEOD, _UNWRAP_STEP_M, _integer, as_lat_lon

__all__ = [
    "between",
]


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
        return bisect_level(
            float(fine_s[i]), float(fine_s[i + 1]), at, float(fine_u[i]), float(fine_lons[i]),
            level, wrap_step, _DISTANCE_TOL_M,
        )  # fmt: skip

    pieces = split_path(u, lons, lats, crossing)
    if len(pieces) == 1:
        return LineString(pieces[0])
    return MultiLineString(pieces)
