"""Stage 1 of a scene: every feature's geometry, its uncertainty band and badge point.

Polygons become areas (regions for ``region`` features), lines lines, points
point marks; a ring said to be approximate gets a band between radius - u and
radius + u, an offset its line from the anchor. A feature that cannot be drawn
is skipped with a message; the others are drawn.
"""

from __future__ import annotations

from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from ..errors import GeoError, InputError
from ..geometry import MAX_RADIUS_KM, MIN_RADIUS_KM, between, ring
from .placement import label_point
from .popups import describe_feature, feature_html
from .scene_records import (
    PRIORITY_POINT,
    ZOOM_BUTTON,
    Mark,
    Parts,
    Shape,
    _parts,
    _status_of,
    _usable,
    _valid_index,
    place_key,
    region_claims,
)
from .styles import FEATURE_GROUPS, STATUS_STYLES

__all__ = ["feature_shapes"]

#: Uncertainty band half-width when the text says "approximately" and gives none.
DEFAULT_UNCERTAINTY_FRACTION = 0.1
#: A line between two named ends longer than this (km, geodesic) does not set the initial
#: view ("the Rostov-on-Don–Moscow highway", 960 km): its straight course is not the
#: road's, and the stretch the news means lies somewhere along it, so framing it whole
#: would zoom a front-line map out to a country; it is still drawn, and its ends frame
#: the view as places when claims are about them. The reach a place joins the view
#: within (geo.render.frame.MIN_REACH_KM).
FRAMING_LINE_KM = 150.0


def _feature(p: Parts, fi: int, feature: Any, geometry: BaseGeometry) -> None:
    a = p.analysis
    toponyms = a.toponyms
    cis = sorted(set(p.claims_of_feature.get(fi, [])))
    status = _status_of(p, cis)
    if feature.kind == "region" and _valid_index(feature.anchor, len(toponyms)):
        pl = toponyms[feature.anchor].place
        if pl is not None and pl.kind == "admin1":  # shaded by claims about it alone
            status = _status_of(p, region_claims(p, cis, pl, geometry))
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
            p.region_anchors.add(place_key(pl))
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
                                    frames=_frames_line(feature), **common))
        elif gtype in ("Point", "MultiPoint"):
            for pt in getattr(part, "geoms", [part]):
                new_points.append(
                    Mark(pt.y, pt.x, "point", status, group, tooltip, popup, kind=kind,
                         refs=refs, priority=PRIORITY_POINT, **common)
                )
    if kind == "region":
        where = label_point(geometry)
        if anchor is not None:
            p.region_points[place_key(toponyms[feature.anchor].place)] = where
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
        if not MIN_RADIUS_KM <= feature.radius_km < MAX_RADIUS_KM:
            # The stated radius is the rule (a feature handed in through the API).
            raise InputError(f"a radius of {feature.radius_km:g} km cannot be drawn")
        if lo is not None and hi is not None:
            # The band is derived, not stated: clipped to the drawable range.
            lo, hi = (0.0 if lo < MIN_RADIUS_KM else lo), _drawable_km(hi)
        if lo is not None and hi is not None and hi > lo:
            outer = ring(centre, hi)
            band = outer.difference(ring(centre, lo)) if lo > 0 else outer
            what = f"uncertainty: {lo:.1f}–{hi:.1f} km from the centre"
    elif kind == "offset" and anchor is not None and geometry.geom_type == "Point":
        path = between(anchor, (geometry.y, geometry.x))
        new_shapes.append(Shape(path, status, "line", group, tooltip, popup, kind, refs,
                                **common))
        if feature.uncertainty_km:
            band = ring((geometry.y, geometry.x), _drawable_km(feature.uncertainty_km))
            what = f"uncertainty: ±{feature.uncertainty_km:.1f} km"
    if band is not None and not band.is_empty:
        new_shapes.append(
            Shape(band, status, "band", group, f"{label} — {what}", popup, kind, refs, **common)
        )
    # Only a feature drawn whole is added: a failure above costs this feature alone.
    p.shapes.extend(new_shapes)
    p.points.extend(new_points)
    p.feature_point[fi] = where


def _frames_line(feature: Any) -> bool:
    """Whether a feature's line sets the initial view: not a "between" (a stretch named
    by its ends) longer than :data:`FRAMING_LINE_KM`."""
    return not (feature.kind == "between" and (feature.distance_km or 0.0) > FRAMING_LINE_KM)


def _drawable_km(km: float) -> float:
    """``km`` clipped into [MIN_RADIUS_KM, MAX_RADIUS_KM): a derived band, drawn whole."""
    return min(max(km, MIN_RADIUS_KM), MAX_RADIUS_KM * (1 - 1e-9))


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
