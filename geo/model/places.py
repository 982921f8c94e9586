"""Places: gazetteer entries (:class:`Place`) and the names of them found in a text
(:class:`Toponym`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from ..errors import InputError
from ._common import _check_lat_lon, _geometry_dict, shown_text

__all__ = ["KINDS", "Kind", "Place", "Toponym"]

Kind = Literal["place", "admin1", "country", "other", "admin2", "water", "physical"]
KINDS: tuple[str, ...] = get_args(Kind)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a populated place, a first-level region or a country (or a
    water body: kind ``"water"``, see :mod:`geo.text.water_table`; a cape, island,
    peninsula, range or desert: kind ``"physical"``, see :mod:`geo.text.physical_table`).

    Parameters
    ----------
    geonameid : int
        GeoNames id (0 when the source gives none).
    name : str
        Primary name.
    kind : {"place", "admin1", "country", "other", "admin2", "water", "physical"}
    country_code : str
        ISO 3166-1 alpha-2 code ("" when unknown).
    lat, lon : float
        WGS84 degrees. For regions and countries: a label point inside them.
    admin1_code : str
        GeoNames admin-1 code within the country ("21" for Sumy Oblast), "" if none.
    admin1_name, country_name : str
        Names of the enclosing region and country, for display.
    population : int
        0 when unknown.
    alternatives : tuple of str
        Alternate and historical names and spellings.

    Examples
    --------
    >>> p = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, admin1_code="21")
    >>> p.__geo_interface__
    {'type': 'Point', 'coordinates': (34.79906, 50.91741)}
    """

    geonameid: int
    name: str
    kind: Kind
    country_code: str
    lat: float
    lon: float
    admin1_code: str = ""
    admin1_name: str = ""
    country_name: str = ""
    population: int = 0
    alternatives: tuple[str, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InputError(f"kind must be one of {', '.join(KINDS)}; got {self.kind!r}")
        if not self.name:
            raise InputError("a place needs a non-empty name")
        if self.population < 0:
            raise InputError(f"population must be >= 0, got {self.population!r}")
        _check_lat_lon(self.lat, self.lon)

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return {"type": "Point", "coordinates": (self.lon, self.lat)}

    @property
    def address(self) -> str:
        """Human-readable "name, region, country" (parts that are known and distinct)."""
        parts = [self.name]
        for part in (self.admin1_name, self.country_name):
            if part and part not in parts:
                parts.append(part)
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping (the ``raw`` of a geopy ``Location``)."""
        return {
            "geonameid": self.geonameid,
            "name": self.name,
            "kind": self.kind,
            "country_code": self.country_code,
            "country": self.country_name,
            "admin1": self.admin1_code,
            "admin1_name": self.admin1_name,
            "population": self.population,
            "lat": self.lat,
            "lon": self.lon,
            "alternatives": list(self.alternatives),
        }


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in a text, with its resolution.

    ``start``/``end`` are character offsets into the analysed text
    (``text[start:end] == toponym.text``). ``place`` is ``None`` when no
    gazetteer entry fits confidently (recognised, not resolved).

    Examples
    --------
    >>> t = Toponym(0, 4, "Sumy", Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906), 0.9)
    >>> t.lat, t.lon, t.kind
    (50.91741, 34.79906, 'place')
    """

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    cue: str = ""  # the context that made it a place: "in", "region", "demonym", ...
    # A capital or country that speaks ("Moscow said"): a speaker, not a place a claim is about.
    metonymic: bool = False
    # A place the gazetteer lacks, located from the text's own hints ("X, 10 km west of Y"):
    # ``place`` then carries the estimated point (geonameid 0) and ``uncertainty`` the area
    # (a shapely geometry, (lon, lat)) the text allows.
    estimated: bool = False
    uncertainty: Any = field(default=None, compare=False)
    # A water body (cue "water"): its kind ("sea", "gulf", "strait", "river", "lake",
    # "reservoir", ...) and its geometry (shapely, (lon, lat): a sea's polygon, a river's
    # lines), None when the water table lacks it. ``place`` (kind "water") is then its
    # representative point: inside a sea, midway along a river.
    water: str = ""
    geometry: Any = field(default=None, compare=False)
    # Matched by a close spelling only ("Karkhiv" read as Kharkiv; ``geo geocode``'s
    # "spelling ~"): the gazetteer has no place of this name, ``score`` is scaled down.
    fuzzy: bool = False
    # A physical feature (cue "physical"): its kind ("cape", "island", "islands",
    # "peninsula", "range", "mountain", "desert", "plateau", ...); ``geometry`` its
    # polygon (None for a point feature: a cape, a mountain); ``place`` (kind
    # "physical") its point.
    physical: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise InputError(f"a toponym needs 0 <= start < end, got {self.start}, {self.end}")
        if len(self.text) != self.end - self.start:
            raise InputError(f"toponym text {self.text!r} does not span {self.start}..{self.end}")
        if not (0.0 <= self.score <= 1.0) or math.isnan(self.score):
            raise InputError(f"score must be within [0, 1], got {self.score!r}")

    @property
    def lat(self) -> float | None:
        return self.place.lat if self.place else None

    @property
    def lon(self) -> float | None:
        return self.place.lon if self.place else None

    @property
    def kind(self) -> str:
        return self.place.kind if self.place else "other"

    @property
    def __geo_interface__(self) -> dict[str, Any] | None:
        return self.place.__geo_interface__ if self.place else None

    def to_dict(self) -> dict[str, Any]:
        """The contract's toponym object (see DESIGN.md)."""
        p = self.place
        return {
            "start": self.start,
            "end": self.end,
            "text": shown_text(self.text),
            "name": p.name if p else None,
            "geonameid": p.geonameid if p else None,
            "kind": self.kind,
            "country_code": p.country_code if p else None,
            "admin1": p.admin1_code if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "score": round(self.score, 4),
            "cue": self.cue,
            "metonymic": self.metonymic,
            "estimated": self.estimated,
            "uncertainty": _geometry_dict(self.uncertainty),
            "fuzzy": self.fuzzy,
            **(
                {"water": self.water, "geometry": _geometry_dict(self.geometry)}
                if self.water
                else {}
            ),
            **(
                {"physical": self.physical, "geometry": _geometry_dict(self.geometry)}
                if self.physical
                else {}
            ),
        }
