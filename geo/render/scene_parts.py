"""The stages of a scene for one article: feature shapes, place marks, claim badges.

Each stage is a function of the article (and what earlier stages found) that
returns new records; :func:`article_parts` runs them in order. Longitudes are
still as stored (-180..180); :mod:`geo.render.scene` unwraps and frames.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from ..errors import GeoError
from ..geometry import between, ring
from ._html import esc
from .placement import label_point, place_label, region_geometry
from .popups import (
    claim_html,
    claim_summary,
    describe_feature,
    feature_html,
    place_html,
)
from .styles import FEATURE_GROUPS, PLACE_SHAPES, STATUS_STYLES, combined_status

__all__ = [
    "Mark",
    "Parts",
    "Shape",
    "article_parts",
    "claim_badges",
    "feature_shapes",
    "merge_places",
    "place_marks",
    "ref_key",
]

log = logging.getLogger(__name__)

#: The button a popup offers to fit the map to what it describes (wired in JavaScript).
ZOOM_BUTTON = '<button type="button" class="geo-zoom">Zoom to</button>'
#: Uncertainty band half-width when the text says "approximately" and gives none.
DEFAULT_UNCERTAINTY_FRACTION = 0.1
#: Declutter priority (lower wins a place on screen): badges, claim places, others.
PRIORITY_BADGE, PRIORITY_CLAIM_PLACE, PRIORITY_PLACE, PRIORITY_POINT = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Mark:
    """A point on the map (place, feature point or claim badge), ``lat``/``lon`` degrees.

    ``shape`` is one of circle, square, diamond, point, badge, estimated,
    speaker. ``refs`` are the registry entries the mark answers to:
    ``("places", key)``, ``("features", key)`` or ``("claims", key)`` (see
    :func:`ref_key`). ``articles`` and ``date`` say which articles (and from
    which day) show it; ``frames``: a place a claim is about (the view fits it
    when it lies near the front).
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
    refs: tuple[tuple[str, Any], ...] = ()
    zoom: tuple[tuple[str, Any], ...] = ()  # what "Zoom to" in its popup shows
    badge: str = ""  # the text in a claim badge ("3", or "2.3" on a map of many articles)
    side: str = ""  # the claim's side (ISO code, "independent"), "" when unknown
    date: str = ""
    articles: tuple[int, ...] = (0,)
    frames: bool = False
    priority: int = PRIORITY_PLACE
    name: str = ""  # a place's name (for the inset and merging)


@dataclass(frozen=True, slots=True)
class Shape:
    """A polygon or line, shapely (lon, lat). ``role`` is area, band, line, region or
    estimate (the area an estimated place may lie in)."""

    geometry: BaseGeometry
    status: str
    role: str
    group: str
    tooltip: str
    popup: str
    kind: str = ""
    refs: tuple[tuple[str, Any], ...] = ()
    date: str = ""
    articles: tuple[int, ...] = (0,)
    frames: bool = True


@dataclass(slots=True)
class Parts:
    """What the stages found for one article (built up in order, then merged)."""

    analysis: Any
    article: int = 0
    date: str = ""
    multi: bool = False
    title: str = ""
    shapes: list[Shape] = field(default_factory=list)
    points: list[Mark] = field(default_factory=list)
    places: list[Mark] = field(default_factory=list)
    claims: list[Mark] = field(default_factory=list)
    unlocated: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    feature_point: dict[int, tuple[float, float]] = field(default_factory=dict)
    region_anchors: set[int] = field(default_factory=set)
    region_points: dict[Any, tuple[float, float]] = field(default_factory=dict)
    claims_of_toponym: dict[int, list[int]] = field(default_factory=dict)
    claims_of_feature: dict[int, list[int]] = field(default_factory=dict)
    answers: dict[int, list[int]] = field(default_factory=dict)

    def key(self, index: int) -> Any:
        return ref_key(self.article, index)


def ref_key(article: int, index: int) -> Any:
    """The registry key of a record: its index in the first article, ``"a-i"`` after.

    >>> ref_key(0, 3), ref_key(2, 3)
    (3, '2-3')
    """
    return index if article == 0 else f"{article}-{index}"


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


def _index_claims(p: Parts) -> None:
    """Which claims speak of each toponym and feature (speakers are not places spoken
    of), and which claims answer each claim (``responds_to``)."""
    a = p.analysis
    n_top, n_feat, n_claims = len(a.toponyms), len(a.features), len(a.claims)
    for ci, claim in enumerate(a.claims):
        for ti in claim.toponyms:
            if _valid_index(ti, n_top) and not a.toponyms[ti].metonymic:
                p.claims_of_toponym.setdefault(ti, []).append(ci)
        for fi in claim.features:
            if _valid_index(fi, n_feat):
                p.claims_of_feature.setdefault(fi, []).append(ci)
        target = getattr(claim, "responds_to", None)
        if _valid_index(target, n_claims) and target != ci:
            p.answers.setdefault(target, []).append(ci)


def _status_of(p: Parts, claim_indexes: Sequence[int]) -> str:
    return combined_status(p.analysis.claims[i].status for i in claim_indexes)


def _feature(p: Parts, fi: int, feature: Any, geometry: BaseGeometry) -> None:
    a = p.analysis
    toponyms = a.toponyms
    cis = sorted(set(p.claims_of_feature.get(fi, [])))
    status = _status_of(p, cis)
    group = FEATURE_GROUPS.get(feature.kind, "Offsets and lines")
    label = describe_feature(feature, a)
    tooltip = f"{label} — {STATUS_STYLES[status].label}"
    popup = feature_html(feature, a, cis, status, answers=p.answers) + ZOOM_BUTTON
    refs = (("features", p.key(fi)),)
    common = {"date": p.date, "articles": (p.article,)}
    anchor = None
    if _valid_index(feature.anchor, len(toponyms)) and toponyms[feature.anchor].place:
        pl = toponyms[feature.anchor].place
        anchor = (pl.lat, pl.lon)
        if feature.kind == "region":
            p.region_anchors.add(pl.geonameid or -1 - feature.anchor)
    kind = feature.kind
    new_shapes: list[Shape] = []
    new_points: list[Mark] = []
    for part in _parts(geometry):
        gtype = part.geom_type
        if gtype in ("Polygon", "MultiPolygon"):
            role = "region" if kind == "region" else "area"
            new_shapes.append(Shape(part, status, role, group, tooltip, popup, kind, refs,
                                    **common))
        elif gtype in ("LineString", "MultiLineString", "LinearRing"):
            new_shapes.append(Shape(part, status, "line", group, tooltip, popup, kind, refs,
                                    **common))
        elif gtype in ("Point", "MultiPoint"):
            for pt in getattr(part, "geoms", [part]):
                new_points.append(
                    Mark(pt.y, pt.x, "point", status, group, tooltip, popup, kind=kind,
                         refs=refs, priority=PRIORITY_POINT, **common)
                )
    if kind == "region":
        where = label_point(geometry)
        if anchor is not None:
            p.region_points[toponyms[feature.anchor].place.geonameid or -1] = where
    elif kind in ("ring", "near") and anchor:
        where = anchor
    else:
        where = label_point(geometry)
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
        new_shapes.append(Shape(path, status, "line", group, tooltip, popup, kind, refs,
                                **common))
        if feature.uncertainty_km:
            band = ring((geometry.y, geometry.x), feature.uncertainty_km)
            what = f"uncertainty: ±{feature.uncertainty_km:.1f} km"
    if band is not None and not band.is_empty:
        new_shapes.append(
            Shape(band, status, "band", group, f"{label} — {what}", popup, kind, refs, **common)
        )
    # Only a feature drawn whole is added: a failure above costs this feature alone.
    p.shapes.extend(new_shapes)
    p.points.extend(new_points)
    p.feature_point[fi] = where


def feature_shapes(p: Parts) -> None:
    """Stage 1: every feature's geometry, its uncertainty band and badge point.

    A feature that cannot be drawn (an out-of-range radius, degenerate geometry)
    is skipped with a message in ``p.skipped``; the others are drawn."""
    for fi, feature in enumerate(p.analysis.features):
        geometry = _usable(feature.geometry)
        if geometry is None:
            if feature.geometry is not None:
                p.skipped.append(f"{feature.text!r} (empty or invalid geometry)")
            continue
        try:
            _feature(p, fi, feature, geometry)
        except (GeoError, ValueError, shapely.errors.GEOSException) as err:
            p.skipped.append(f"{feature.text!r} ({err})")


def place_marks(p: Parts, gazetteer: Any = None) -> None:
    """Stage 2: one marker per distinct place, in order of first mention; region
    polygons; the uncertainty area of estimated places."""
    a = p.analysis
    toponyms = a.toponyms
    mentions: dict[Any, list[int]] = {}
    for ti, toponym in enumerate(toponyms):
        if toponym.place is None:
            continue
        pl = toponym.place
        key = pl.geonameid or (pl.name, pl.lat, pl.lon)
        mentions.setdefault(key, []).append(ti)
    common = {"date": p.date, "articles": (p.article,)}
    for tis in mentions.values():
        place = toponyms[tis[0]].place
        cis = sorted({ci for ti in tis for ci in p.claims_of_toponym.get(ti, [])})
        status = _status_of(p, cis)
        shape, kind_label, _ = PLACE_SHAPES.get(place.kind, PLACE_SHAPES["other"])
        speaker = all(toponyms[ti].metonymic for ti in tis)
        estimated = any(toponyms[ti].estimated for ti in tis)
        refs = tuple(("places", p.key(ti)) for ti in tis)
        label = place_label(place)
        if estimated:
            shape, kind_label = "estimated", "estimated location"
        elif speaker:
            shape, kind_label = "speaker", "named as a speaker"
        tooltip = f"{label or place.name} ({kind_label})"
        popup = place_html(place, tis, cis, status, a)
        lat, lon = place.lat, place.lon
        if place.kind == "admin1":
            lat, lon = p.region_points.get(place.geonameid or -1, (lat, lon))
        region = None
        if place.kind == "admin1" and (place.geonameid or -1 - tis[0]) not in p.region_anchors:
            region = region_geometry(gazetteer, place)
            if region is not None and not region.is_empty:
                lat, lon = label_point(region)
                p.shapes.append(
                    Shape(region, status, "region", "Regions", f"{label} (region)", popup,
                          "region", refs, frames=bool(cis), **common)
                )
        if estimated:
            area = next((toponyms[ti].uncertainty for ti in tis
                         if _usable(toponyms[ti].uncertainty) is not None), None)
            if area is not None:
                p.shapes.append(
                    Shape(area, status, "estimate", "Estimated places",
                          f"{place.name}: estimated location, somewhere in this area", popup,
                          "estimate", refs, frames=bool(cis), **common)
                )
        p.places.append(
            Mark(lat, lon, shape, status, "Places", tooltip, popup, label=label,
                 kind="estimated" if estimated else ("speaker" if speaker else place.kind),
                 refs=refs, frames=bool(cis) and place.kind != "country" and not speaker,
                 priority=PRIORITY_CLAIM_PLACE if cis else PRIORITY_PLACE, name=place.name,
                 **common)
        )
        if region is None and place.kind == "admin1":
            p.region_points.setdefault(place.geonameid or -1, (lat, lon))


def claim_badges(p: Parts) -> None:
    """Stage 3: a numbered badge per claim at its first feature, else at the first
    place it is about (a country last; a speaker never); else it is unlocated."""
    a = p.analysis
    toponyms, features = a.toponyms, a.features
    slots: dict[tuple[float, float], int] = {}
    for ci, claim in enumerate(a.claims):
        where = None
        for fi in claim.features:
            if _valid_index(fi, len(features)) and fi in p.feature_point:
                where = p.feature_point[fi]
                break
        if where is None:
            located = [
                ti for ti in claim.toponyms
                if _valid_index(ti, len(toponyms)) and toponyms[ti].place is not None
                and not toponyms[ti].metonymic
            ]
            located.sort(key=lambda ti: toponyms[ti].place.kind == "country")
            if located:
                pl = toponyms[located[0]].place
                where = (pl.lat, pl.lon)
                if pl.kind == "admin1":
                    where = p.region_points.get(pl.geonameid or -1, where)
        if where is None:
            p.unlocated.append(ci)
            continue
        key = (round(where[0], 4), round(where[1], 4))
        slot = slots.get(key, 0)
        slots[key] = slot + 1
        zoom = (
            ("claims", p.key(ci)),
            *(("features", p.key(fi)) for fi in claim.features if fi in p.feature_point),
            *(("places", p.key(ti)) for ti in claim.toponyms
              if _valid_index(ti, len(toponyms)) and not toponyms[ti].metonymic),
        )
        popup = claim_html(claim, ci, a, answers=p.answers,
                           article=p.title if p.multi else "", date=p.date) + ZOOM_BUTTON
        number = f"{p.article + 1}.{ci + 1}" if p.multi else str(ci + 1)
        p.claims.append(
            Mark(where[0], where[1], "badge", claim.status, "Claims",
                 claim_summary(claim, ci, number=number), popup, number=ci + 1, slot=slot,
                 kind="claim", refs=(("claims", p.key(ci)),), zoom=zoom, badge=number,
                 side=claim.side or "", date=p.date, articles=(p.article,),
                 priority=PRIORITY_BADGE)
        )


def article_parts(
    analysis: Any,
    *,
    gazetteer: Any = None,
    article: int = 0,
    date: str = "",
    multi: bool = False,
    article_title: str = "",
) -> Parts:
    """Run the stages for one article, in order."""
    p = Parts(analysis, article, date, multi, article_title)
    _index_claims(p)
    feature_shapes(p)
    place_marks(p, gazetteer)
    claim_badges(p)
    return p


def merge_places(marks: Sequence[Mark], articles: Sequence[Any]) -> list[Mark]:
    """Places named by several articles as one mark (first article's position and
    label; statuses combined; popups one after the other, each under its article)."""
    if len(articles) <= 1:
        return list(marks)
    groups: dict[tuple, list[Mark]] = {}
    for m in marks:
        groups.setdefault((m.name, m.kind, round(m.lat, 4), round(m.lon, 4)), []).append(m)
    out = []
    for same in groups.values():
        first = same[0]
        if len(same) == 1:
            out.append(first)
            continue
        popup = "".join(
            f'<div class="geo-note">{esc(articles[m.articles[0]].title)}'
            f'{" · " + esc(m.date) if m.date else ""}</div>{m.popup}'
            for m in same
        )
        dates = [m.date for m in same if m.date]
        out.append(replace(
            first,
            status=combined_status(m.status for m in same),
            popup=popup,
            refs=tuple(r for m in same for r in m.refs),
            articles=tuple(sorted({a for m in same for a in m.articles})),
            date=min(dates) if len(dates) == len(same) else "",
            frames=any(m.frames for m in same),
            priority=min(m.priority for m in same),
        ))
    return out
