"""Everything found in one document (:class:`Analysis`), and its GeoJSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .claims import Claim
from .features import Feature
from .places import Toponym

__all__ = ["Analysis"]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything found in one document. ``id`` is echoed from the input."""

    text: str
    toponyms: tuple[Toponym, ...] = ()
    features: tuple[Feature, ...] = ()
    claims: tuple[Claim, ...] = ()
    id: str | None = None
    date: Any = None  # datetime.date of the article, when known
    #: Where the text states ``date`` ((start, end) offsets of its dateline's or time
    #: stamp's date) when none was given with it and it was read from the text.
    date_offsets: tuple[int, int] | None = None
    headline: str | None = None  # a title given with the text (HTML page, JSONL "title")
    url: str | None = None  # where the article came from, when known
    #: What was left out of the input, one message each: a batch line's ``title``,
    #: ``date`` or ``url`` that could not be used (:func:`geo.corpus_fields.read_record`).
    warnings: tuple[str, ...] = ()
    #: The text was extracted from a web page (a saved page, a fetched URL): the offsets
    #: count in it, not in the page's bytes, and ``geo parse`` gives it (``"text"``).
    extracted: bool = False

    @property
    def title(self) -> str:
        """The article's headline: the one given with it, else guessed from its first lines."""
        if self.headline:
            return self.headline
        from ..text.document import guess_title

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
        """The features and places as a geopandas GeoDataFrame (EPSG:4326), one row each
        (features first, then resolved places), with the columns of
        :data:`GEODATAFRAME_COLUMNS` in that order whatever the document holds (None
        where a row has no such value), so that frames of several documents concatenate.

        A place's own outline (a sea's, a range's: the toponym's ``geometry`` in JSON) is
        the ``place_geometry`` column, a GeoJSON dict; list and dict properties (claims,
        quantities) stay Python objects. Needs the ``gis`` extra (geopandas).
        """
        try:
            import geopandas as gpd
        except ImportError as err:  # pragma: no cover - depends on the install
            raise ImportError(
                "to_geodataframe needs geopandas: pip install 'geo-frontline[gis]'"
            ) from err
        from shapely.geometry import shape

        rows = self.to_geojson()["features"]
        records = []
        for r in rows:
            props = dict(r["properties"])
            if "geometry" in props:
                props["place_geometry"] = props.pop("geometry")
            if props["layer"] == "place":
                props["statuses"] = [c["status"] for c in props["claims"]]
            records.append([props.get(c) for c in GEODATAFRAME_COLUMNS])
        geometry = [shape(r["geometry"]) for r in rows]
        return gpd.GeoDataFrame(
            records, columns=list(GEODATAFRAME_COLUMNS), geometry=geometry, crs="EPSG:4326"
        )

    def to_dict(self, *, text: bool = False) -> dict[str, Any]:
        """The analysis JSON of the contract (DESIGN.md); with ``text``, also the analysed
        text as ``"text"``, last: the string every ``start``/``end`` counts in
        (``record["text"][start:end]`` is the mention)."""
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["title"] = self.title
        if self.date is not None:
            out["date"] = self.date.isoformat()
            if self.date_offsets is not None:
                out["date_offsets"] = list(self.date_offsets)
        if self.url is not None:
            out["url"] = self.url
        if self.warnings:  # only then: the records of usable lines are unchanged
            out["warnings"] = list(self.warnings)
        out["toponyms"] = [t.to_dict() for t in self.toponyms]
        out["features"] = [f.to_dict() for f in self.features]
        out["claims"] = [c.to_dict() for c in self.claims]
        if text:
            out["text"] = self.text
        return out


#: The columns of :meth:`Analysis.to_geodataframe`, in order (the geometry column last):
#: the row's layer ("feature" or "place") and index in its list, then the properties of
#: the feature or toponym JSON objects (DESIGN.md) under their names.
GEODATAFRAME_COLUMNS = (
    "layer",
    "index",
    "kind",
    "start",
    "end",
    "text",
    "name",
    "geonameid",
    "country_code",
    "admin1",
    "lat",
    "lon",
    "score",
    "cue",
    "metonymic",
    "estimated",
    "fuzzy",
    "uncertainty",
    "water",
    "physical",
    "place_geometry",
    "anchor",
    "anchors",
    "radius_km",
    "distance_km",
    "bearing_deg",
    "approximate",
    "uncertainty_km",
    "min_km",
    "max_km",
    "quantity_text",
    "note",
    "claims",
    "statuses",
)
