"""How far an estimated place may lie from its point, for what is drawn from it.

A village the gazetteer lacks is estimated from the text's hints (an annulus sector
around an anchor, a region's polygon): :func:`estimate_reach_km` gives the farthest its
uncertainty area reaches, which an offset drawn from the village adds to its own.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from shapely import get_coordinates

from ..errors import InputError
from ..geometry import buffer_km
from ..geometry.core import _GEOD  # pyproj's Geod, made on first use
from ..model import Toponym

__all__ = ["estimate_reach_km", "near_area"]


def estimate_reach_km(toponym: Toponym) -> float:
    """How far (km, geodesic) an estimated toponym's place may lie from its point: the
    farthest vertex of its uncertainty area; 0.0 for a place the gazetteer has.

    An offset drawn from an estimated village ("2 km southwest of Robotyne", Robotyne
    itself put 21 km south of Orikhiv) is no more precise than the village: its
    uncertainty must include this reach.  Linear in the area's vertices.

    Examples
    --------
    >>> from geo.geometry import ring
    >>> from geo.model import Place, Toponym
    >>> village = Place(0, "Robotyne", "place", "UA", 47.39, 35.78)
    >>> t = Toponym(0, 8, "Robotyne", village, 0.5, "hint", estimated=True,
    ...             uncertainty=ring((47.39, 35.78), 19.0))
    >>> round(estimate_reach_km(t))
    19
    >>> estimate_reach_km(Toponym(0, 7, "Orikhiv", village, 1.0, ""))
    0.0
    """
    area, place = toponym.uncertainty, toponym.place
    if not toponym.estimated or area is None or place is None or area.is_empty:
        return 0.0
    xy = get_coordinates(area)
    n = len(xy)
    _, _, dist_m = _GEOD.inv(np.full(n, place.lon), np.full(n, place.lat), xy[:, 0], xy[:, 1])
    return float(np.max(dist_m)) / 1000.0


def near_area(area: Any, radius_km: float) -> Any | None:
    """The ground within ``radius_km`` (km) of an estimated place's uncertainty ``area``
    (lon/lat polygon): where "near X" may lie when X may lie anywhere in ``area``
    (:func:`geo.geometry.buffer_km`); None when ``area`` is missing or cannot be widened
    (the caller then draws a disc).  "near Minova", Minova estimated within a sector
    west of Goma: the sector widened by 11 km, not a 92 km disc around its point."""
    if area is None or area.is_empty:
        return None
    try:
        return buffer_km(area, radius_km)
    except InputError:
        return None
