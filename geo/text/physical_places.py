"""Physical features among the places: which readings they replace, and their toponyms.

:func:`geo.text.physical.find_physical` reads the capes, islands, peninsulas, ranges and
deserts a text names; these stages settle them with recognition's mentions and
resolution's toponyms (:func:`geo.text.geoparse.geoparse` runs them in this order), as
:mod:`geo.text.water_places` settles water bodies:

1. :func:`settle_physical` -- a feature's name inside a water body's is the water's ("the
   Gulf of the Farallon Islands"); a name recognition read longer is that name's ("Cape
   May Court House"); a name the gazetteer has as a region or country keeps it
   ("Crimea", "the Spratly Islands": their polygons) unless every such region lies
   elsewhere (:func:`regions_elsewhere`: "Long Island" of New York, not the Bahamas'
   district; settled after resolution as a town's name is); a name alone ("the
   Sahara") gives way to a large town of that name; a name with its word that the
   gazetteer has as a town ("Cape Horn", "Cape May") is settled after resolution (step
   3); every other mention inside a feature's name is dropped before resolution ("Horn"
   of "Cape Horn", "Kola" of "the Kola Peninsula");
2. resolution runs;
3. :func:`physical_toponyms` -- the features join the toponyms: a point and, for a
   polygon, a geometry from the physical table; of namesakes, the one nearest the text's
   places.  A town of the feature's name stays the town when the text puts it in its
   region ("Cape May, New Jersey"), when the text's places lie nearer the town than the
   feature, or, in a text with no other place, when it is large
   (:data:`TOWN_POPULATION`); a region elsewhere stays the region when the text's places
   lie nearer it than the feature, or in a text with no other place; a name recognition
   read whole as a place it does not know is left without a place when the feature lies
   far from the text's places (:data:`FAR_KM`: "Mount Washington" of a story from Los
   Angeles).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..geometry.measures import distance_km
from ..model import Place, Toponym
from .physical import PhysicalSpan
from .tokens import Mention, without_mentions
from .water_places import median_point, place_points

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer
    from .physical_table import PhysicalFeature
    from .water import WaterSpan

__all__ = [
    "FAR_KM",
    "TOWN_POPULATION",
    "WORLD_RANK",
    "physical_toponyms",
    "regions_elsewhere",
    "settle_physical",
]

#: A town at least this populous keeps its name against a feature of the same name when
#: nothing else in the text tells them apart ("Cape Horn" of British Columbia, 12,680
#: people, gives way to the cape).
TOWN_POPULATION = 50_000
_REGION_KINDS = frozenset({"admin1", "admin2", "country", "other"})
#: A name recognition read whole as a place it does not know, whose feature lies farther
#: than this (km) from the middle of the text's towns and regions (two at least), is a
#: namesake of the one the text means, which the table lacks: "Mount Washington" of a
#: story from Los Angeles is no mountain of New Hampshire.  The name is left without a
#: place.  The best-known features (:data:`WORLD_RANK`) are exempt.
FAR_KM = 2_000.0
#: Natural Earth's scale ranks of features named from anywhere ("the Sahara", "the
#: Alps", "Mount Everest").
WORLD_RANK = 2.0
#: Between a town and its region: "Cape May, New Jersey", "Cape May (N.J.)".
_CONTAINER_GAP = re.compile(r"\s*(?:,|\()\s*")


def settle_physical(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    spans: Sequence[PhysicalSpan],
    waters: Sequence[WaterSpan] = (),
) -> tuple[list[PhysicalSpan], list[Mention], dict[tuple[int, int], str]]:
    """Step 1 of the module: the spans kept, the mentions kept, and by ``(start, end)``
    the spans recognition read whole: ``"town"`` where the mention is kept for
    resolution to settle (a town's name), ``"unknown"`` where it had no reading (a name
    the gazetteer lacks: "Mount Washington" of Los Angeles; see :data:`FAR_KM`).

    ``spans`` and ``waters`` in text order, none overlapping another of its list;
    ``mentions`` in text order.  Cost: one bisection per span."""
    if not spans:
        return [], list(mentions), {}
    water_starts = [w.start for w in waters]
    starts = [m.start for m in mentions]
    kept: list[PhysicalSpan] = []
    whole: dict[tuple[int, int], str] = {}
    drop: set[int] = set()
    for s in spans:
        k = bisect.bisect_left(water_starts, s.end) - 1
        if k >= 0 and waters[k].end > s.start:
            continue  # inside a water body's name
        lo = bisect.bisect_left(starts, s.start)
        while lo > 0 and mentions[lo - 1].end > s.start:
            lo -= 1
        hi = bisect.bisect_left(starts, s.end)
        inside: list[int] = []
        keep, read = True, ""
        for i in range(lo, hi):
            m = mentions[i]
            if m.end <= s.start:
                continue
            recs = [] if m.fuzzy else [c.record for c in m.candidates]
            if (m.start, m.end) == (s.start, s.end):
                regions = [r for r in recs if gaz.kind(r) in _REGION_KINDS]
                if regions and not regions_elsewhere(gaz, regions, s.features):
                    keep = False  # "Crimea", "the Spratly Islands": the region's polygon
                elif not s.word and any(
                    gaz.population(c.record) >= TOWN_POPULATION
                    for c in m.candidates
                    if c.quality < 2  # its own name, not an alternate ("Los Andes")
                ):
                    keep = False  # a name alone, a large town's
                elif recs:
                    read = "town"  # "Cape Horn", "Cape May", far regions: after resolution
                else:
                    read = "unknown"
                    inside.append(i)
            elif m.start < s.start or m.end > s.end:
                if recs:
                    keep = False  # "Cape May Court House": recognition's longer name
                else:
                    inside.append(i)
            else:
                inside.append(i)  # "Horn" of "Cape Horn"
        if not keep:
            continue
        kept.append(s)
        drop.update(inside)
        if read:
            whole[s.start, s.end] = read
    return kept, without_mentions(mentions, drop), whole


def physical_toponyms(
    text: str,
    toponyms: Sequence[Toponym],
    spans: Sequence[PhysicalSpan],
    whole: Mapping[tuple[int, int], str] | None = None,
) -> tuple[Toponym, ...]:
    """``toponyms`` with the physical features in text order, a toponym overlapping one
    dropped; a span recognition read whole (``whole``, from :func:`settle_physical`)
    stays its town's where the text says so (see the module), and one it read as an
    unknown name is left without a place where the feature lies farther than
    :data:`FAR_KM` from the middle of the text's towns and regions (their median latitude
    and longitude).  Of features sharing a name, the one nearest that middle is taken, the
    best ranked without one.  Cost: one bisection per toponym,
    one median, one nearest point per feature of a name read whole."""
    if not spans:
        return tuple(toponyms)
    starts = [s.start for s in spans]
    outside = [t for t in toponyms if not _overlaps(starts, spans, t)]
    points = place_points(outside)
    centre = median_point(points)
    by_span = {(t.start, t.end): n for n, t in enumerate(toponyms)}
    placed: list[PhysicalSpan] = []
    chosen: dict[tuple[int, int], PhysicalFeature | None] = {}
    far_memo: dict[PhysicalFeature, bool] = {}  # one test a feature, however often named
    for s in spans:
        feature = s.features[0]
        if centre is not None and len(s.features) > 1:
            feature = min(s.features, key=lambda f: distance_km(centre, (f.lat, f.lon)))
        n = by_span.get((s.start, s.end))
        read = (whole or {}).get((s.start, s.end), "")
        if read == "town":
            if n is None or toponyms[n].place is None:
                read = "unknown"  # no town fits: as a name the gazetteer lacks
            elif _keeps_town(text, toponyms, n, feature, centre):
                continue
        placed.append(s)
        # a name recognition read whole, unknown: a namesake when its feature lies far
        far = read == "unknown" and feature.rank > WORLD_RANK and len(points) >= 2
        if far and centre is not None:
            if feature not in far_memo:
                far_memo[feature] = _far(feature, centre)
            far = far_memo[feature]
        chosen[s.start, s.end] = None if far else feature
    placed_starts = [s.start for s in placed]
    kept = [t for t in toponyms if not _overlaps(placed_starts, placed, t)]
    for s in placed:
        f = chosen[s.start, s.end]
        if f is None:  # a namesake the table lacks: no place
            kept.append(Toponym(s.start, s.end, text[s.start : s.end], None, 0.0, "physical"))
            continue
        place = Place(0, f.name, "physical", "", f.lat, f.lon)
        kept.append(
            Toponym(s.start, s.end, text[s.start : s.end], place, 0.9, "physical",
                    geometry=f.geometry, physical=f.kind)
        )
    kept.sort(key=lambda t: (t.start, t.end))
    return tuple(kept)


def _keeps_town(
    text: str,
    toponyms: Sequence[Toponym],
    n: int,
    feature: PhysicalFeature,
    centre: tuple[float, float] | None,
) -> bool:
    """Whether toponym ``n``, a town resolution gave a feature's name, stays the town."""
    town = toponyms[n].place
    if town is not None and town.kind in _REGION_KINDS and centre is not None:
        # a region elsewhere (:func:`regions_elsewhere`): the nearer the text's places
        return distance_km(centre, (town.lat, town.lon)) < distance_km(
            centre, (feature.lat, feature.lon)
        )
    if town is None or town.kind != "place":
        return town is not None  # (a region or country: kept)
    after = toponyms[n + 1] if n + 1 < len(toponyms) else None
    gap = _CONTAINER_GAP.fullmatch(text, toponyms[n].end, after.start) if after else None
    if (
        gap is not None and after is not None and after.place is not None
        and after.place.kind in ("admin1", "admin2", "country")
        and after.place.country_code == town.country_code
    ):  # fmt: skip
        return True  # "Cape May, New Jersey"
    if centre is not None:
        here = (town.lat, town.lon)
        return distance_km(centre, here) < distance_km(centre, (feature.lat, feature.lon))
    return town.population >= TOWN_POPULATION


#: How far (degrees) around a region's polygon bounds a feature's point still lies "at"
#: the region (a coast's or an island's point just off the polygon).
_REGION_MARGIN_DEG = 1.0


def regions_elsewhere(
    gaz: Gazetteer, regions: Sequence[int], features: Sequence[PhysicalFeature]
) -> bool:
    """Whether every region record of a feature's name lies elsewhere: no feature's point
    (WGS84) falls within its polygon's bounds (plus :data:`_REGION_MARGIN_DEG`).

    "Long Island" of New York is no district of the Bahamas, while "Crimea", "Alaska" or
    "the Spratly Islands" name their region too. A region without a polygon is not
    elsewhere (nothing to tell by). Such a name is settled after resolution, by which of
    the two lies nearer the text's places (:func:`physical_toponyms`)."""
    bounds = gaz.bounds_many(list(regions)).tolist()
    m = _REGION_MARGIN_DEG
    for west, south, east, north in bounds:
        if west != west:  # NaN: no polygon
            return False
        for f in features:
            if south - m <= f.lat <= north + m and west - m <= f.lon <= east + m:
                return False
    return True


def _overlaps(starts: Sequence[int], spans: Sequence[PhysicalSpan], t: Toponym) -> bool:
    """Whether toponym ``t`` overlaps one of ``spans`` (in text order, none
    overlapping; ``starts`` their starts)."""
    k = bisect.bisect_left(starts, t.end) - 1
    return k >= 0 and spans[k].end > t.start


def _far(feature: PhysicalFeature, centre: tuple[float, float]) -> bool:
    """Whether ``feature`` (its polygon, else its point) lies farther than
    :data:`FAR_KM` from ``centre`` (lat, lon): the middle of the text's towns and
    regions (a stray namesake among them, "Griffith" of Indiana in a story from Los
    Angeles, does not bring a far feature near)."""
    shape = feature.geometry
    at = (feature.lat, feature.lon)
    if shape is not None:
        near = nearest_points(shape, Point(centre[1], centre[0]))[0]
        at = (near.y, near.x)
    return distance_km(centre, at) > FAR_KM
