"""One line saying what a spatial feature is, as it is drawn ("band 3.8–18.1 km from
Kharkiv", "within 5 km of the border with Russia", "south of the Kherson region").

Read from the feature's own fields and geometry, never from the phrase alone: a ring
drawn as an annulus (a distance without a direction) is a band, with the radii measured
geodesically on its geometry around its anchor; a disk drawn wider than its stated
radius ("within 10 km of the edge of Kherson") says both; a border zone (a ``near``
anchored on a country) names the border; a part of a region names its side. Used by the
map's popups and the report's "On the map" cells (:mod:`geo.render.popups`).

Examples
--------
>>> describe_distance(16.0934)
'16.1 km'
>>> compass(315.0)
'north-west'
"""

from __future__ import annotations

from typing import Any

from shapely.geometry import Polygon

from ..geometry.core import _GEOD  # pyproj's Geod, made on first use
from .styles import KIND_LABELS

__all__ = ["compass", "describe_distance", "describe_feature"]

_WINDS = (
    "north", "north-north-east", "north-east", "east-north-east",
    "east", "east-south-east", "south-east", "south-south-east",
    "south", "south-south-west", "south-west", "west-south-west",
    "west", "west-north-west", "north-west", "north-north-west",
)  # fmt: skip
#: Words of a town's edge: a band with a bearing is its outskirts on that side, one without
#: them a direction's sector ("west of Belgorod").
_EDGE_WORDS = ("outskirt", "edge", "suburb", "fringe", "periphery", "environs", "approaches")
#: A drawn radius this much (km) off the stated one is said too.
_DRAWN_TOLERANCE_KM = 0.1


def compass(bearing_deg: float) -> str:
    """The 16-wind compass name of a bearing in degrees clockwise from north."""
    return _WINDS[int((bearing_deg % 360.0) / 22.5 + 0.5) % 16]


def describe_distance(km: float | None) -> str:
    """A distance in km for display: one decimal, trailing zeros dropped."""
    if km is None:
        return "?"
    return f"{round(float(km), 1):g} km"


def _anchor(analysis: Any, index: int) -> Any:
    toponyms = getattr(analysis, "toponyms", ()) if analysis is not None else ()
    return toponyms[index] if index is not None and 0 <= index < len(toponyms) else None


def _anchor_name(analysis: Any, index: int) -> str | None:
    t = _anchor(analysis, index)
    if t is None:
        return None
    return t.place.name if t.place is not None else t.text


def _drawn_radii_km(geometry: Any, place: Any) -> tuple[float, float] | None:
    """(inner, outer) km of a disk or annulus drawn around ``place``: the least geodesic
    distance from the place to the hole (0 without one) and the greatest to the outline."""
    if place is None or not isinstance(geometry, Polygon) or geometry.is_empty:
        return None

    def dists(coords: Any) -> list[float]:
        xs, ys = zip(*coords, strict=True)
        n = len(xs)
        _, _, m = _GEOD.inv([place.lon] * n, [place.lat] * n, list(xs), list(ys))
        return [d / 1000.0 for d in m]

    outer = max(dists(geometry.exterior.coords))
    holes = [min(dists(h.coords)) for h in geometry.interiors]
    return (min(holes) if holes else 0.0), outer


def _ring_text(feature: Any, analysis: Any, where: str) -> tuple[str, str | None]:
    """(what is drawn, what was stated when it differs) of a ring."""
    t = _anchor(analysis, feature.anchor)
    place = t.place if t is not None else None
    stated = describe_distance(feature.radius_km)
    if place is not None and place.kind == "admin1":
        return f"within {stated} of the {where} region", None
    drawn = _drawn_radii_km(feature.geometry, place)
    if drawn is None:
        return f"{stated} ring around {where}", None
    inner, outer = drawn
    if inner > 0:
        return f"band {round(inner, 1):g}–{describe_distance(outer)} from {where}", None
    if abs(outer - feature.radius_km) > _DRAWN_TOLERANCE_KM:
        # "within 10 km of the edge of Kherson": drawn out by the urban radius.
        return f"{describe_distance(outer)} ring around {where}", f"{stated} from its edge"
    return f"{stated} ring around {where}", None


def _near_text(feature: Any, analysis: Any, where: str) -> str:
    t = _anchor(analysis, feature.anchor)
    if t is not None and t.place is not None and t.place.kind == "country":
        # Countries are no "near" anchors: a near on one is a border zone.
        return f"within {describe_distance(feature.radius_km)} of the border with {where}"
    if feature.min_km is not None and feature.max_km is not None:
        said = (getattr(feature, "text", "") or "").lower()
        if feature.bearing_deg is not None and not any(w in said for w in _EDGE_WORDS):
            return f"{compass(feature.bearing_deg)} of {where}"  # "west of Belgorod": a sector
        return f"outskirts of {where}"
    return f"near {where}" + (
        f" (within {describe_distance(feature.radius_km)})" if feature.radius_km else ""
    )


def _offset_text(feature: Any, analysis: Any, way: str, where: str) -> tuple[str, str | None]:
    """(what is drawn, what was stated when it differs) of an offset."""
    stated = describe_distance(feature.distance_km)
    t = _anchor(analysis, feature.anchor)
    point = feature.geometry
    if t is not None and t.place is not None and getattr(point, "geom_type", "") == "Point":
        _, _, m = _GEOD.inv(t.place.lon, t.place.lat, point.x, point.y)
        if abs(m / 1000.0 - feature.distance_km) > _DRAWN_TOLERANCE_KM:
            # "50 km east of Dnipro's outskirts": drawn from the edge, farther out.
            return f"{describe_distance(m / 1000.0)}{way} of {where}", f"{stated} from its edge"
    return f"{stated}{way} of {where}", None


def describe_feature(feature: Any, analysis: Any) -> str:
    """One plain-text line saying what a feature is as drawn: "16 km ring around Sumy
    (approximate, ±1.6 km)", "band 3.8–18.1 km from Kharkiv", "south of the Kherson
    region". ``feature`` a :class:`geo.model.Feature`, ``analysis`` the analysis whose
    toponyms its anchors index (or None)."""
    anchor = _anchor_name(analysis, getattr(feature, "anchor", -1))
    anchors = [
        name
        for name in (_anchor_name(analysis, i) for i in getattr(feature, "anchors", ()) or ())
        if name
    ]
    kind = feature.kind
    where = anchor or (anchors[0] if anchors else None)
    banded, stated = False, None
    if kind == "ring" and feature.radius_km is not None:
        text, stated = _ring_text(feature, analysis, where or "a place")
        banded = text.startswith("band ")
    elif kind == "offset" and feature.distance_km is not None:
        way = f" {compass(feature.bearing_deg)}" if feature.bearing_deg is not None else ""
        text, stated = _offset_text(feature, analysis, way, where or "a place")
    elif kind == "between" and len(anchors) >= 2:
        text = f"between {anchors[0]} and {anchors[1]}"
    elif kind == "near" and where:
        text = _near_text(feature, analysis, where)
    elif kind == "region" and where:
        text = (
            f"{compass(feature.bearing_deg)}ern part of the {where} region"
            if feature.bearing_deg is not None
            else f"region: {where}"
        )
    else:
        text = KIND_LABELS.get(kind, kind)
    extras = [stated] if stated else []
    if feature.min_km is not None and feature.max_km is not None and not banded:
        extras.append(f"{describe_distance(feature.min_km)}–{describe_distance(feature.max_km)}")
    if feature.approximate:
        extras.append(
            "approximate"
            + (
                f", ±{describe_distance(feature.uncertainty_km)}"
                if feature.uncertainty_km
                else ""
            )
        )
    return text + (f" ({'; '.join(extras)})" if extras else "")
