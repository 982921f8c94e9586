"""The records of a scene: marks and shapes, and the parts found for one article.

:class:`Mark` (a point: place, feature point, claim badge) and :class:`Shape`
(a polygon or line) are what both renderers draw; :class:`Parts` collects
what the stages of :mod:`geo.render.scene_parts` find for one article.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from .styles import combined_status

__all__ = ["Mark", "Parts", "Shape", "named_in", "place_key", "ref_key", "region_claims"]

#: The button a popup offers to fit the map to what it describes (wired in JavaScript).
ZOOM_BUTTON = '<button type="button" class="geo-zoom">Zoom to</button>'
#: Declutter priority (lower wins a place on screen): badges, the places the headline
#: names (what the story is about), the places claims are about, others, feature points.
PRIORITY_BADGE, PRIORITY_HEADLINE, PRIORITY_CLAIM_PLACE, PRIORITY_PLACE, PRIORITY_POINT = (
    0, 1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class Mark:
    """A point on the map (place, feature point or claim badge), ``lat``/``lon`` degrees.

    ``shape`` is one of circle, square, diamond, point, badge, estimated,
    speaker. ``refs`` are the registry entries the mark answers to:
    ``("places", key)``, ``("features", key)`` or ``("claims", key)`` (see
    :func:`ref_key`). ``articles`` and ``date`` say which articles (and from
    which day) show it; ``frames``: a place a claim is about (the view fits it
    when it lies near the front); ``wide``: a place wider than a country (a continent,
    "the Balkans"), marked at its label point but never fitted in the view.
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
    wide: bool = False

    @property
    def screen_only(self) -> bool:
        """A place point with no name of its own (a country's: the basemap names the
        country), shown for its popup on screen and left out of prints."""
        return self.group == "Places" and not self.label


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
    region_anchors: set[Any] = field(default_factory=set)  # place_key of region features
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


def place_key(place: Any) -> Any:
    """What identifies a place on one map: its GeoNames id, else its name and point
    (regions derived from Natural Earth have no id: England and Wales are two places).

    >>> from geo.model import Place
    >>> place_key(Place(709930, "Dnipro", "place", "UA", 48.45, 34.98))
    709930
    >>> place_key(Place(0, "Wales", "admin1", "GB", 52.34, -3.76))
    ('Wales', 52.34, -3.76)
    """
    return place.geonameid or (place.name, place.lat, place.lon)


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


def _status_of(p: Parts, claim_indexes: Sequence[int]) -> str:
    return combined_status(p.analysis.claims[i].status for i in claim_indexes)


#: Places finer than a region: a claim naming one of these inside a region is about it,
#: not about the region ("captured the village of X in the Y region").
_FINER = frozenset({"place", "admin2", "physical"})


def region_claims(
    p: Parts, claim_indexes: Sequence[int], region: Any, area: BaseGeometry | None = None
) -> list[int]:
    """The claims among ``claim_indexes`` that are about the ``region`` (a Place)
    itself: not those that also name a finer place inside it (a town, a district, an
    estimated village). Inside means the same country and admin-1 code when both are
    known, else a point within ``area`` (the region's polygon, lon/lat) when given.

    The region's drawn status comes from these alone: a disputed capture of one
    village does not shade its whole oblast "Disputed".
    """
    toponyms = p.analysis.toponyms
    code = getattr(region, "admin1_code", "") or ""
    own = []
    for ci in claim_indexes:
        finer = False
        for ti in p.analysis.claims[ci].toponyms:
            if not _valid_index(ti, len(toponyms)):
                continue
            t = toponyms[ti]
            pl = t.place
            if pl is None or t.metonymic or (pl.kind not in _FINER and not t.estimated):
                continue
            if code and pl.admin1_code and pl.country_code == region.country_code:
                finer = pl.admin1_code == code
            elif area is not None:
                finer = bool(area.covers(Point(pl.lon, pl.lat)))
            if finer:
                break
        if not finer:
            own.append(ci)
    return own


def named_in(title: str, surfaces: Sequence[str]) -> bool:
    """Whether ``title`` (a headline) names one of ``surfaces`` (a place's mentions) as a
    whole word, ignoring case: the place its label must show first.

    >>> named_in("Troops advance near Krasnoarmeysk", ["Krasnoarmeysk"])
    True
    >>> named_in("Ukraine's new front", ["Ukrain"]), named_in("", ["Kharkiv"])
    (False, False)
    """
    if not title:
        return False
    folded = title.casefold()
    for surface in surfaces:
        name = surface.strip().casefold()
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            return True
    return False

