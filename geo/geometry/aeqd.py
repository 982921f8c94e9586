"""The azimuthal-equidistant projection centred on a point, the planar frame geo's
geodesic shapes are built in (:mod:`geo.geometry.buffers`, :mod:`geo.text.spatial`).

Distances and bearings from the centre are exact in it (metres, pyproj's PROJ string
``+proj=aeqd +datum=WGS84 +units=m``); shapes a few hundred kilometres across are
drawn there and projected back to lon/lat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

__all__ = ["aeqd_transforms"]

_Transform = Callable[[np.ndarray], np.ndarray]


def aeqd_transforms(lat0: float, lon0: float, *,
                    unwrap: bool = True) -> tuple[Any, _Transform, _Transform]:
    """``(transformer, forward, inverse)`` of the azimuthal-equidistant projection
    centred on (``lat0``, ``lon0``) (degrees): ``forward`` maps an (n, 2) array of
    (lon, lat) degrees to (x, y) metres, ``inverse`` back, its longitudes unwrapped to
    within 180° of ``lon0`` when ``unwrap`` (a shape across the antimeridian stays in
    one piece); ``transformer`` is the pyproj ``Transformer`` (always_xy, lon/lat to
    metres).  pyproj is imported on first use (:func:`geo._pyproj.import_pyproj`).

    >>> _, forward, inverse = aeqd_transforms(50.0, 36.0)
    >>> xy = forward(np.array([[36.0, 50.0], [36.0, 51.0]]))
    >>> [round(float(v)) for v in xy[:, 1]], inverse(xy).round(6).tolist()[1]
    ([0, 111239], [36.0, 51.0])
    """
    from geo._pyproj import import_pyproj

    aeqd = f"+proj=aeqd +lat_0={lat0!r} +lon_0={lon0!r} +datum=WGS84 +units=m +no_defs"
    transformer = import_pyproj().Transformer.from_crs(
        "+proj=longlat +datum=WGS84 +no_defs", aeqd, always_xy=True
    )

    def forward(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    def inverse(xy: np.ndarray) -> np.ndarray:
        lon, lat = transformer.transform(xy[:, 0], xy[:, 1], direction="INVERSE")
        if unwrap:
            lon = lon0 + (np.asarray(lon) - lon0 + 180.0) % 360.0 - 180.0  # around lon0
        return np.column_stack((lon, lat))

    return transformer, forward, inverse
