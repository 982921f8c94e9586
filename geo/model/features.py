"""Spatial statements turned into geometry (:class:`Feature`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ._common import _check_km, _check_span, geometry_geojson, shown_text

__all__ = ["FEATURE_KINDS", "Feature"]

FEATURE_KINDS: tuple[str, ...] = ("ring", "offset", "region", "between", "near", "point")


@dataclass(frozen=True, slots=True)
class Feature:
    """A spatial statement turned into geometry.

    ``geometry`` is a shapely geometry in (lon, lat), computed geodesically.
    ``anchor`` indexes the analysis' toponyms (-1 when none). Distances are km;
    the text's own numbers and unit are kept in ``quantity_text``.
    """

    kind: str
    start: int
    end: int
    text: str
    geometry: Any
    anchor: int = -1
    anchors: tuple[int, ...] = ()  # every toponym it uses ("between A and B": both)
    radius_km: float | None = None
    distance_km: float | None = None
    bearing_deg: float | None = None
    approximate: bool = False
    uncertainty_km: float | None = None  # half-width of the band drawn around it
    min_km: float | None = None  # ranges: "10 to 15 km"
    max_km: float | None = None
    quantity_text: str = ""  # "10 miles (16 kilometers)"
    note: str = ""  # how the geometry was derived (buffers, sectors)

    def __post_init__(self) -> None:
        if self.kind not in FEATURE_KINDS:
            raise InputError(
                f"feature kind must be one of {', '.join(FEATURE_KINDS)}; got {self.kind!r}"
            )
        _check_span(self.start, self.end)
        for name in ("radius_km", "distance_km", "uncertainty_km", "min_km", "max_km"):
            _check_km(name, getattr(self, name))
        if self.bearing_deg is not None and not (0.0 <= self.bearing_deg < 360.0):
            raise InputError(f"bearing_deg must be within [0, 360), got {self.bearing_deg!r}")

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return self.geometry.__geo_interface__

    def to_dict(self) -> dict[str, Any]:
        """The contract's feature object (geometry as GeoJSON, (lon, lat))."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": shown_text(self.text),
            "anchor": self.anchor,
            "anchors": list(self.anchors),
            "radius_km": self.radius_km,
            "distance_km": self.distance_km,
            "bearing_deg": self.bearing_deg,
            "approximate": self.approximate,
            "uncertainty_km": self.uncertainty_km,
            "min_km": self.min_km,
            "max_km": self.max_km,
            "quantity_text": self.quantity_text,
            "note": self.note,
            "geometry": geometry_geojson(self.geometry),
        }
