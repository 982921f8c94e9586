"""Great-circle distances for ranking (nearest places, proximity scores).

A sphere is close enough there; distances that are drawn or reported use
:mod:`geo.geometry` (ellipsoidal, pyproj Geod).
"""

from __future__ import annotations

import numpy as np

__all__ = ["great_circle_km", "nearest_km"]

_EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1_rad, lon1_rad, lat2_rad, lon2_rad):
    """Haversine distance in km between points given in radians (NumPy broadcasting).

    For ranking only (nearest places, proximity scores): a sphere is close enough
    there. Distances that are drawn or reported use :mod:`geo.geometry` (ellipsoid).
    """
    h = (
        np.sin((lat2_rad - lat1_rad) / 2) ** 2
        + np.cos(lat1_rad) * np.cos(lat2_rad) * np.sin((lon2_rad - lon1_rad) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def nearest_km(point_deg, points_deg) -> float:
    """Great-circle km from ``point_deg`` ((lat, lon) degrees) to the nearest of
    ``points_deg`` (an (n, 2) array-like of (lat, lon) degrees, n >= 1): "is a place
    the text names within so many km of this one" (ranking only, a sphere).

    >>> round(nearest_km((50.0, 36.0), [(50.0, 36.0), (51.0, 36.0)]), 6)
    0.0
    """
    there = np.radians(np.asarray(points_deg, dtype=float))
    lat, lon = np.radians(point_deg)
    return float(great_circle_km(lat, lon, there[:, 0], there[:, 1]).min())
