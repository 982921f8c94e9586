"""The text's area: the median point of a text's places and their spread (km).

:func:`text_area` is what :mod:`geo.text.focus` reads to tell a text about one area
(a front sector, a province) and the far namesakes in it. Distances are geodesic
(pyproj ``Geod``, WGS84); points are (lat, lon) in degrees.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..geometry.core import _GEOD  # pyproj's Geod, made on first use

__all__ = ["SPREAD_QUANTILE", "text_area"]

#: A text half of whose places lie within its spread of their median point:
#: "half", the share of its places within its spread.
SPREAD_QUANTILE = 0.5


def _distances_km(center: tuple[float, float], points: np.ndarray) -> np.ndarray:
    """Geodesic distances (km) from ``center`` (lat, lon) to ``points`` (n, 2: lat, lon)."""
    n = len(points)
    _, _, dist_m = _GEOD.inv(
        np.full(n, center[1]), np.full(n, center[0]), points[:, 1], points[:, 0]
    )
    return np.asarray(dist_m) / 1000.0


def _median(values: np.ndarray) -> float:
    """``float(np.median(values))`` of a 1-D float array without NaN, computed as it
    does (the mean of the middle value, or of the two middle ones: a zero is +0.0)
    without its check for masked arrays, which imports ``numpy.ma`` on the first call
    (30-40 ms of a process).

    Examples
    --------
    >>> _median(np.array([3.0, 1.0, 2.0])), _median(np.array([4.0, 1.0, 2.0, 3.0]))
    (2.0, 2.5)
    """
    ordered = np.sort(values)
    mid = len(ordered) // 2
    return float(np.mean(ordered[mid - 1 + len(ordered) % 2:mid + 1]))


def text_area(points: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], float] | None:
    """The median point (lat, lon) of ``points`` and their spread (km): the distance from
    it within which :data:`SPREAD_QUANTILE` of them lie; None for no points.

    The median of latitudes and of longitudes is robust to a few far places (the far
    namesakes themselves); texts about one area never straddle the antimeridian.

    Examples
    --------
    >>> pts = [(48.59, 38.0), (48.53, 37.97), (48.28, 37.18), (48.14, 37.75), (55.2, 38.8)]
    >>> (lat, lon), spread = text_area(pts)
    >>> round(lat, 2), round(lon, 2), round(spread)
    (48.53, 37.97, 46)
    """
    if not points:
        return None
    array = np.asarray(points, dtype=float)
    center = (_median(array[:, 0]), _median(array[:, 1]))
    d = np.sort(_distances_km(center, array))
    return center, float(d[min(len(d) - 1, int(np.ceil(SPREAD_QUANTILE * (len(d) - 1))))])
