"""The record of a named Natural Earth feature, shared by the water table
(:class:`geo.text.water_table.WaterBody`) and the physical features' table
(:class:`geo.text.physical_table.PhysicalFeature`).

Each table keeps its rows as JSON and makes a record only for a row a text names; the
record holds the feature's names, kind, scale rank, representative point and, as WKT,
its simplified shape, parsed into a shapely geometry only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["NamedFeature"]


@dataclass(frozen=True, slots=True)
class NamedFeature:
    """A named feature of Natural Earth (see the tables' own record classes for the
    kinds and names each holds).

    Parameters
    ----------
    name : str
        Natural Earth's name.
    kind : str
        The feature's kind ("sea", "river", "cape", "range", ...).
    rank : float
        Natural Earth's scale rank: lower is more important.
    lat, lon : float
        The representative point, WGS84 degrees.
    names : tuple of str
        Other names.
    wkt : str
        The simplified geometry, WKT (lon, lat), parsed when asked for; "" for a point.
    """

    name: str
    kind: str
    rank: float
    lat: float
    lon: float
    names: tuple[str, ...] = ()
    wkt: str = field(default="", repr=False, compare=False)

    @property
    def geometry(self) -> Any:
        """The shape as a shapely object (lon, lat), None for a point feature."""
        if not self.wkt:
            return None
        import shapely

        return shapely.from_wkt(self.wkt)
