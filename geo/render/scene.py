"""What to draw: an :class:`~geo.model.Analysis` turned into marks and shapes.

This is the pure part of rendering: no folium, no HTML files, no I/O (the
gazetteer, when given, is only asked for region polygons). The folium map
(:mod:`geo.render.folium_map`) and the static renderer
(:mod:`geo.render.static`) both draw a :class:`Scene`, so they agree on what a
map shows and how each claim is styled.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from ..errors import GeoError
from ..geometry import between, ring
from .popups import (
    claim_html,
    claim_summary,
    describe_feature,
    feature_html,
    place_html,
)
from .styles import FEATURE_GROUPS, PLACE_SHAPES, STATUS_STYLES, combined_status

__all__ = ["Mark", "Scene", "Shape", "build_scene"]

log = logging.getLogger(__name__)

#: Display tolerance for region polygons, degrees (about 200 m).
REGION_TOLERANCE_DEG = 0.002
#: The button a popup offers to fit the map to what it describes (wired in JavaScript).
ZOOM_BUTTON = '<button type="button" class="geo-zoom">Zoom to</button>'
#: Uncertainty band half-width when the text says "approximately" and gives none.
DEFAULT_UNCERTAINTY_FRACTION = 0.1


@dataclass(frozen=True, slots=True)
class Mark:
    """A point on the map (place, feature point or claim badge), ``lat``/``lon`` degrees.

    ``shape`` is one of circle, square, diamond, point, badge. ``refs`` are the
    registry entries the mark answers to: ``("places", toponym index)``,
    ``("features", feature index)`` or ``("claims", claim index)``.
    """

    lat: float
    lon: float
    shape: str
    status: str
    group: str
    tooltip: str
    popup: str
    label: str = ""
    number: int = 0
    slot: int = 0
    kind: str = ""
    refs: tuple[tuple[str, int], ...] = ()
    zoom: tuple[tuple[str, int], ...] = ()  # what "Zoom to" in its popup shows


@dataclass(frozen=True, slots=True)
class Shape:
    """A polygon or line, shapely (lon, lat). ``role`` is area, band, line or region."""

    geometry: BaseGeometry
    status: str
    role: str
    group: str
    tooltip: str
    popup: str
    kind: str = ""
    refs: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything a renderer draws for one analysis, in a stable order."""

    shapes: tuple[Shape, ...] = ()
    places: tuple[Mark, ...] = ()
    points: tuple[Mark, ...] = ()
    claims: tuple[Mark, ...] = ()
    unlocated_claims: tuple[int, ...] = ()
    focus: tuple[tuple[float, float], ...] = ()  # (lat, lon) points the view must show
    context: tuple[tuple[float, float], ...] = field(default=())  # countries' label points

    @property
    def statuses(self) -> list[str]:
        """Statuses drawn, in legend order."""
        from .styles import STATUS_ORDER

        used = {s.status for s in self.shapes} | {m.status for m in self.marks}
        return [s for s in STATUS_ORDER if s in used]

    @property
    def marks(self) -> tuple[Mark, ...]:
        return self.places + self.points + self.claims

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(south, west, north, east) of what the view must show, or None if nothing."""
        lats: list[float] = []
        lons: list[float] = []
        for shape in self.shapes:
            w, s, e, n = shape.geometry.bounds
            lats += [s, n]
            lons += [w, e]
        for lat, lon in self.focus or self.context:
            lats.append(lat)
            lons.append(lon)
        if not lats:
            return None
        return min(lats), min(lons), max(lats), max(lons)


def _valid_index(i: Any, n: int) -> bool:
    return isinstance(i, int) and not isinstance(i, bool) and 0 <= i < n


def _usable(geometry: Any) -> BaseGeometry | None:
    if not isinstance(geometry, BaseGeometry) or geometry.is_empty:
        return None
    x0, y0, x1, y1 = geometry.bounds
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
        return None
    return geometry


def _parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    if geometry.geom_type == "GeometryCollection":
        return [g for g in geometry.geoms if not g.is_empty]
    return [geometry]


def _label_point(geometry: BaseGeometry) -> tuple[float, float]:
    """(lat, lon) where a badge for this geometry goes."""
    if geometry.geom_type in ("LineString", "MultiLineString"):
        line = geometry if geometry.geom_type == "LineString" else max(
            geometry.geoms, key=lambda g: g.length
        )
        p = line.interpolate(0.5, normalized=True)
    elif geometry.geom_type == "Point":
        p = geometry
    else:
        p = geometry.representative_point()
    return p.y, p.x


def _region_geometry(gazetteer: Any, place: Any) -> BaseGeometry | None:
    """The admin-1 polygon of a resolved region, simplified for display."""
    if gazetteer is None or not place.geonameid:
        return None
    try:
        records = gazetteer.by_geonameid(place.geonameid)
    except (GeoError, ValueError, OSError) as err:  # costs the polygon, not the map
        log.debug("no region polygon for %s: %s", place.name, err)
        return None
    for record in records:
        if gazetteer.kind(record) != "admin1":
            continue
        geom = gazetteer.geometry(record)
        if geom.geom_type in ("Polygon", "MultiPolygon"):
            return shapely.simplify(geom, REGION_TOLERANCE_DEG, preserve_topology=True)
    return None


def gazetteer_for(analysis: Any, gazetteer: Any, *, basemap: bool) -> Any:
    """The gazetteer a rendering needs: the one given, else the default one when it
    draws a basemap or a region's polygon (None when it needs none)."""
    if gazetteer is None and (
        basemap
        or any(t.place is not None and t.place.kind == "admin1" for t in analysis.toponyms)
    ):
        from ..gazetteer.index import load_gazetteer

        gazetteer = load_gazetteer()
    return gazetteer


def build_scene(analysis: Any, *, gazetteer: Any = None) -> Scene:
    """Work out every mark and shape of a map of ``analysis``.

    Parameters
    ----------
    analysis : geo.model.Analysis
        Its ``features`` and ``claims`` may be empty; indexes that point
        nowhere are ignored rather than trusted.
    gazetteer : geo.Gazetteer, optional
        Used only to draw the polygons of regions the text names.

    Returns
    -------
    Scene
    """
    toponyms = tuple(analysis.toponyms)
    features = tuple(analysis.features)
    claims = tuple(analysis.claims)

    # Which claims speak of each toponym and feature.
    claims_of_toponym: dict[int, list[int]] = {}
    claims_of_feature: dict[int, list[int]] = {}
    for ci, claim in enumerate(claims):
        for ti in claim.toponyms:
            if _valid_index(ti, len(toponyms)):
                claims_of_toponym.setdefault(ti, []).append(ci)
        for fi in claim.features:
            if _valid_index(fi, len(features)):
                claims_of_feature.setdefault(fi, []).append(ci)

    def status_of(claim_indexes: Sequence[int]) -> str:
        return combined_status(claims[i].status for i in claim_indexes)

    shapes: list[Shape] = []
    points: list[Mark] = []
    focus: list[tuple[float, float]] = []
    feature_point: dict[int, tuple[float, float]] = {}
    region_anchors: set[int] = set()

    for fi, feature in enumerate(features):
        geometry = _usable(feature.geometry)
        if geometry is None:
            continue
        cis = sorted(set(claims_of_feature.get(fi, [])))
        status = status_of(cis)
        group = FEATURE_GROUPS.get(feature.kind, "Offsets and lines")
        label = describe_feature(feature, analysis)
        tooltip = f"{label} — {STATUS_STYLES[status].label}"
        popup = feature_html(feature, analysis, cis, status) + ZOOM_BUTTON
        refs = (("features", fi),)
        anchor = None
        if _valid_index(feature.anchor, len(toponyms)) and toponyms[feature.anchor].place:
            p = toponyms[feature.anchor].place
            anchor = (p.lat, p.lon)
            if feature.kind == "region":
                region_anchors.add(p.geonameid or -1 - feature.anchor)
        kind = feature.kind
        for part in _parts(geometry):
            gtype = part.geom_type
            if gtype in ("Polygon", "MultiPolygon"):
                role = "region" if kind == "region" else "area"
                shapes.append(Shape(part, status, role, group, tooltip, popup, kind, refs))
            elif gtype in ("LineString", "MultiLineString", "LinearRing"):
                shapes.append(Shape(part, status, "line", group, tooltip, popup, kind, refs))
            elif gtype in ("Point", "MultiPoint"):
                for pt in getattr(part, "geoms", [part]):
                    points.append(
                        Mark(pt.y, pt.x, "point", status, group, tooltip, popup, kind=kind,
                             refs=refs)
                    )
                    focus.append((pt.y, pt.x))
        feature_point[fi] = (
            anchor if kind in ("ring", "region", "near") and anchor else _label_point(geometry)
        )
        # The band that says "approximately": between radius - u and radius + u.
        band, what = None, ""
        if kind == "ring" and feature.radius_km:
            centre = anchor or (geometry.centroid.y, geometry.centroid.x)
            lo, hi = feature.min_km, feature.max_km
            if lo is None or hi is None:
                if not feature.approximate and not feature.uncertainty_km:
                    lo = hi = None
                else:
                    u = feature.uncertainty_km or DEFAULT_UNCERTAINTY_FRACTION * feature.radius_km
                    lo, hi = max(feature.radius_km - u, 0.0), feature.radius_km + u
            if lo is not None and hi is not None and hi > lo:
                outer = ring(centre, hi)
                band = outer.difference(ring(centre, lo)) if lo > 0 else outer
                what = f"uncertainty: {lo:.1f}–{hi:.1f} km from the centre"
        elif kind == "offset" and anchor is not None and geometry.geom_type == "Point":
            path = between(anchor, (geometry.y, geometry.x))
            shapes.append(Shape(path, status, "line", group, tooltip, popup, kind, refs))
            if feature.uncertainty_km:
                band = ring((geometry.y, geometry.x), feature.uncertainty_km)
                what = f"uncertainty: ±{feature.uncertainty_km:.1f} km"
        if band is not None and not band.is_empty:
            shapes.append(
                Shape(band, status, "band", group, f"{label} — {what}", popup, kind, refs)
            )

    # Places: one marker per distinct resolved place, in order of first mention.
    mentions: dict[Any, list[int]] = {}
    for ti, toponym in enumerate(toponyms):
        if toponym.place is None:
            continue
        p = toponym.place
        key = p.geonameid or (p.name, p.lat, p.lon)
        mentions.setdefault(key, []).append(ti)
    places: list[Mark] = []
    context: list[tuple[float, float]] = []
    for tis in mentions.values():
        place = toponyms[tis[0]].place
        cis = sorted({ci for ti in tis for ci in claims_of_toponym.get(ti, [])})
        status = status_of(cis)
        shape, kind_label, _ = PLACE_SHAPES.get(place.kind, PLACE_SHAPES["other"])
        refs = tuple(("places", ti) for ti in tis)
        tooltip = f"{place.name} ({kind_label})"
        popup = place_html(place, tis, cis, status, analysis)
        places.append(
            Mark(place.lat, place.lon, shape, status, "Places", tooltip, popup,
                 label=place.name if place.kind != "country" else "", kind=place.kind, refs=refs)
        )
        if place.kind == "country":
            context.append((place.lat, place.lon))
        else:
            focus.append((place.lat, place.lon))
        if place.kind == "admin1" and (place.geonameid or -1 - tis[0]) not in region_anchors:
            region = _region_geometry(gazetteer, place)
            if region is not None and not region.is_empty:
                shapes.append(
                    Shape(region, status, "region", "Regions", f"{place.name} (region)", popup,
                          "region", refs)
                )

    # Claim badges: at their first feature, else their first place (a country last).
    badges: list[Mark] = []
    unlocated: list[int] = []
    slots: dict[tuple[float, float], int] = {}
    for ci, claim in enumerate(claims):
        where = None
        for fi in claim.features:
            if _valid_index(fi, len(features)) and fi in feature_point:
                where = feature_point[fi]
                break
        if where is None:
            located = [
                ti for ti in claim.toponyms
                if _valid_index(ti, len(toponyms)) and toponyms[ti].place is not None
            ]
            located.sort(key=lambda ti: toponyms[ti].place.kind == "country")
            if located:
                p = toponyms[located[0]].place
                where = (p.lat, p.lon)
        if where is None:
            unlocated.append(ci)
            continue
        key = (round(where[0], 4), round(where[1], 4))
        slot = slots.get(key, 0)
        slots[key] = slot + 1
        zoom = (
            ("claims", ci),
            *(("features", fi) for fi in claim.features if fi in feature_point),
            *(("places", ti) for ti in claim.toponyms if _valid_index(ti, len(toponyms))),
        )
        popup = claim_html(claim, ci, analysis) + ZOOM_BUTTON
        badges.append(
            Mark(where[0], where[1], "badge", claim.status, "Claims", claim_summary(claim, ci),
                 popup, number=ci + 1, slot=slot, kind="claim", refs=(("claims", ci),),
                 zoom=zoom)
        )

    return Scene(
        shapes=tuple(shapes),
        places=tuple(places),
        points=tuple(points),
        claims=tuple(badges),
        unlocated_claims=tuple(unlocated),
        focus=tuple(focus),
        context=tuple(context),
    )

