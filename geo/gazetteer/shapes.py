"""Read a gazetteer record's polygon: its bounds and its shape.

:class:`RecordShapes` is the shape stage of :class:`geo.gazetteer.index.Gazetteer` (a
mixin, as :class:`~geo.gazetteer.lookups.RecordSearch` is): regions and countries carry a
polygon (Natural Earth admin-1, WKB in the index's ``shapes`` blob, bounds in its
``bounds`` array, degrees, longitude first); a place has none and reads as its point.
Shapes are parsed on first use and kept (at most 512, prepared for point-in-polygon tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["RecordShapes"]


class RecordShapes:
    """A record's polygon (bounds, shape) from the index's arrays and blobs: a mixin of the
    index class, which sets them up (declared below) and reads ``lat_lon``."""

    _a: dict[str, np.ndarray]
    _blobs: dict[str, tuple[Any, np.ndarray]]
    _shapes: dict[int, Any]

    def bounds(self, record: int) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat) of a record's polygon, all NaN without one."""
        return tuple(self._a["bounds"][record].tolist())  # type: ignore[return-value]

    def bounds_many(self, records: Sequence[int]) -> np.ndarray:
        """(min lon, min lat, max lon, max lat) of the polygons of several records: shape
        (n, 4), NaN rows for records without a polygon."""
        return self._a["bounds"][np.asarray(records, dtype=np.int64)]

    def geometry(self, record: int):
        """Shapely geometry of a record: the polygon of a region or country, else a point."""
        shape = self._shapes.get(record)
        if shape is not None:
            return shape  # (before the imports: each costs about a microsecond)
        from shapely import from_wkb, prepare
        from shapely.geometry import Point

        data, off = self._blobs["shapes"]
        start, end = int(off[record]), int(off[record + 1])
        if end > start:
            if len(self._shapes) >= 512:
                self._shapes.clear()
            shape = self._shapes[record] = from_wkb(bytes(data[start:end]))
            prepare(shape)  # point-in-polygon tests ask the same shapes again and again
            return shape
        lat, lon = self.lat_lon(record)
        return Point(lon, lat)
