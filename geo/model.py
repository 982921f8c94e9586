"""Domain records: frozen dataclasses checked on construction.

Located records implement ``__geo_interface__`` (GeoJSON, (lon, lat)), so
shapely, geopandas and folium take them directly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from .errors import InputError

__all__ = [
    "CLAIM_KINDS",
    "FEATURE_KINDS",
    "KINDS",
    "STATUSES",
    "Analysis",
    "Claim",
    "DateSpan",
    "Feature",
    "Kind",
    "Place",
    "Quantity",
    "Toponym",
]

Kind = Literal["place", "admin1", "country", "other", "admin2"]
KINDS: tuple[str, ...] = get_args(Kind)


def _check_lat_lon(lat: float, lon: float) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise InputError(f"coordinates must be finite numbers, got lat={lat!r}, lon={lon!r}")
    if not -90.0 <= lat <= 90.0:
        raise InputError(f"lat must be within [-90, 90], got {lat!r}")
    if not -180.0 <= lon <= 180.0:
        raise InputError(f"lon must be within [-180, 180], got {lon!r}")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a populated place, a first-level region or a country.

    Parameters
    ----------
    geonameid : int
        GeoNames id (0 when the source gives none).
    name : str
        Primary name.
    kind : {"place", "admin1", "country", "other", "admin2"}
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
            "text": self.text,
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
        }


def _geometry_dict(geometry: Any) -> dict[str, Any] | None:
    if geometry is None or geometry.is_empty:
        return None
    from shapely.geometry import mapping

    return round_geojson(mapping(geometry))


FEATURE_KINDS: tuple[str, ...] = ("ring", "offset", "region", "between", "near", "point")
STATUSES: tuple[str, ...] = ("asserted", "unverified", "disputed", "denied", "confirmed")
CLAIM_KINDS: tuple[str, ...] = ("attributed", "reported")


def _check_span(start: int, end: int) -> None:
    if not 0 <= start <= end:
        raise InputError(f"a span needs 0 <= start <= end, got {start}, {end}")


def _check_km(name: str, value: float | None) -> None:
    if value is not None and (not math.isfinite(value) or value < 0):
        raise InputError(f"{name} must be a finite number >= 0, got {value!r}")


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
        from shapely.geometry import mapping

        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
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
            "geometry": round_geojson(mapping(self.geometry)),
        }


def round_geojson(obj: Any, ndigits: int = 6) -> Any:
    """GeoJSON with floats rounded (6 digits: about 0.1 m) and tuples as lists."""
    if isinstance(obj, float):
        return round(obj, ndigits)
    if isinstance(obj, (list, tuple)):
        return [round_geojson(x, ndigits) for x in obj]
    if isinstance(obj, dict):
        return {k: round_geojson(v, ndigits) for k, v in obj.items()}
    return obj


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number the text states, with what it counts: 3,000 bodies."""

    value: float
    unit: str
    text: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value,
            "unit": self.unit,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date or period the text states; ``start``/``end`` are ISO dates (None if unknown)."""

    text: str
    start: str | None
    end: str | None
    precision: str = "day"  # day | week | month | year | relative
    offset_start: int = 0
    offset_end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
            "offsets": [self.offset_start, self.offset_end],
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed assertion: who says what, how sure, about where and when."""

    start: int
    end: int
    text: str
    source: str | None
    cue: str | None
    status: str
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateSpan, ...] = ()
    toponyms: tuple[int, ...] = ()
    features: tuple[int, ...] = ()
    status_cue: str = ""  # the words that set the status ("has not confirmed")
    # "attributed" (it has a speaker) or "reported" (the article's own reporting).
    kind: str = "attributed"
    # ISO 3166-1 alpha-2 code of the party the speaker speaks for, "independent"
    # (monitors, agencies, analysts, the outlet), or None when unknown.
    side: str | None = None
    party: str | None = None  # the party's name ("Rapid Support Forces"), when known
    responds_to: int | None = None  # index of the claim a denial/confirmation answers

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)
        if self.status not in STATUSES:
            raise InputError(f"status must be one of {', '.join(STATUSES)}; got {self.status!r}")
        if self.kind not in CLAIM_KINDS:
            raise InputError(
                f"claim kind must be one of {', '.join(CLAIM_KINDS)}; got {self.kind!r}"
            )
        if self.responds_to is not None and self.responds_to < 0:
            raise InputError(f"responds_to must be >= 0, got {self.responds_to!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "source": self.source,
            "cue": self.cue,
            "status": self.status,
            "status_cue": self.status_cue,
            "kind": self.kind,
            "side": self.side,
            "party": self.party,
            "responds_to": self.responds_to,
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
            "toponyms": list(self.toponyms),
            "features": list(self.features),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything found in one document. ``id`` is echoed from the input."""

    text: str
    toponyms: tuple[Toponym, ...] = ()
    features: tuple[Feature, ...] = ()
    claims: tuple[Claim, ...] = ()
    id: str | None = None
    date: Any = None  # datetime.date of the article, when known
    headline: str | None = None  # a title given with the text (HTML page, JSONL "title")
    url: str | None = None  # where the article came from, when known

    @property
    def title(self) -> str:
        """The article's headline: the one given with it, else guessed from its first lines."""
        if self.headline:
            return self.headline
        from .text.document import guess_title

        return guess_title(self.text)

    def claims_about(self, *, feature: int | None = None, toponym: int | None = None):
        """The claims that speak of a feature or a toponym (by index)."""
        return [
            c
            for c in self.claims
            if (feature is not None and feature in c.features)
            or (toponym is not None and toponym in c.toponyms)
        ]

    def to_geojson(self) -> dict[str, Any]:
        """A GeoJSON FeatureCollection: spatial features, then resolved places.

        Each GeoJSON feature's properties carry its own fields plus ``claims``:
        the claims that speak of it (source, cue, status, quantities, dates,
        text), and ``statuses``, their statuses alone. Coordinates are (lon, lat),
        WGS84; features with an empty geometry are left out.
        """
        out = []
        for i, f in enumerate(self.features):
            if f.geometry is None or f.geometry.is_empty:
                continue
            props = f.to_dict()
            geometry = props.pop("geometry")
            props.update(layer="feature", index=i)
            claims = self.claims_about(feature=i)
            props["claims"] = [c.to_dict() for c in claims]
            props["statuses"] = [c.status for c in claims]
            out.append({"type": "Feature", "geometry": geometry, "properties": props})
        for i, t in enumerate(self.toponyms):
            if t.place is None:
                continue
            props = t.to_dict()
            props.update(layer="place", index=i)
            props["claims"] = [c.to_dict() for c in self.claims_about(toponym=i)]
            geometry = {"type": "Point", "coordinates": [t.place.lon, t.place.lat]}
            out.append({"type": "Feature", "geometry": geometry, "properties": props})
        collection: dict[str, Any] = {"type": "FeatureCollection", "features": out}
        if self.id is not None:
            collection["id"] = self.id
        return collection

    def to_geodataframe(self):
        """The features and places as a geopandas GeoDataFrame (EPSG:4326).

        List and dict properties (claims, quantities) stay Python objects.
        Needs the ``gis`` extra (geopandas).
        """
        try:
            import geopandas as gpd
        except ImportError as err:  # pragma: no cover - depends on the install
            raise ImportError(
                "to_geodataframe needs geopandas: pip install 'geo-frontline[gis]'"
            ) from err
        from shapely.geometry import shape

        rows = self.to_geojson()["features"]
        records = [r["properties"] for r in rows]
        geometry = [shape(r["geometry"]) for r in rows]
        return gpd.GeoDataFrame(records, geometry=geometry, crs="EPSG:4326")

    def to_dict(self) -> dict[str, Any]:
        """The analysis JSON of the contract (DESIGN.md)."""
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["title"] = self.title
        if self.date is not None:
            out["date"] = self.date.isoformat()
        if self.url is not None:
            out["url"] = self.url
        out["toponyms"] = [t.to_dict() for t in self.toponyms]
        out["features"] = [f.to_dict() for f in self.features]
        out["claims"] = [c.to_dict() for c in self.claims]
        return out
