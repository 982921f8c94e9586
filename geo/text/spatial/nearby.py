"""Nearness and stretches of ground: "near P", "the outskirts of P", "between A and B"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...geometry import bearing_deg, between, distance_km, offset, ring
from ...model import Feature, Place
from ..estimate_reach import estimate_reach_km, near_area
from ..fold import folded
from . import windows
from .context import Candidate, Context, guarded, make_feature
from .measures import compass_bearing, counted_population, near_radius_km, outskirts_band_km
from .shapes import lat_lon, sector_polygon
from .vocabulary import (
    _MAX_BETWEEN_KM,
    _NEAR_STARTS,
    _NOT_SPATIAL_BETWEEN,
    _OUTSKIRTS_WORDS,
    _P_AND,
    _P_BETWEEN,
    _P_NEAR,
    _P_OUTSKIRTS,
    _P_POSSESSIVE_OUTSKIRTS,
    _SECTOR_HALF_WIDTH_DEG,
)

__all__ = [
    "between_matches",
    "find_betweens",
    "find_near",
    "near_matches",
]

#: The note's words for a regional seat counted larger than its population.
_SEAT = " (a regional seat)"


def _near_feature(ctx: Context, start: int, end: int, i: int, cue: str) -> Feature | None:
    place = ctx.settlement(i)
    if place is None:
        return None
    r = near_radius_km(place)
    people = counted_population(place)
    seat = _SEAT if people > place.population else ""
    note = (
        f"{cue}: within {r:g} km of {place.name} (urban radius from population "
        f"{people:,}{seat} at 3,000/km², clamped to 1-20 km, plus 10 km)"
    )
    reach = estimate_reach_km(ctx.toponyms[i])
    geom = None
    if reach:
        # "near Robotyne", a village the geoparser estimated: within r of wherever it may
        # lie (its area widened by r), not a disc of r + reach around its point.
        geom = near_area(ctx.toponyms[i].uncertainty, r)
        note += (
            f" of anywhere {place.name} itself, estimated, may lie (up to {reach:.1f} km "
            "from its point)"
        )
        r = round(r + reach, 6)  # the farthest the area reaches from the point
    geom = geom if geom is not None else ring(lat_lon(place), r)
    return make_feature(ctx, "near", start, end, geom, anchor=i, anchors=(i,), radius_km=r,
                    note=note)  # fmt: skip


#: Between two names of a list: ", ", ", and ", " and ", " or ".
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_MAX_LISTED = 12


def _listed_known(ctx: Context, i: int, end: int) -> tuple[list[int], int] | None:
    """For "near X, A and B" whose first name X is a village the geoparser estimated:
    the names of the list the gazetteer has (A, as toponym indexes) and the list's end;
    None when X is no estimate, or the list names no place the gazetteer has.  The
    estimate of X comes from such a list (X put at A's point, 40 km either way): "near X"
    is then drawn as near the places listed with it, not as a 100 km disc."""
    if not estimate_reach_km(ctx.toponyms[i]):
        return None
    known: list[int] = []
    pos, last = end, end
    for _ in range(_MAX_LISTED):
        gap = _LIST_GAP.match(ctx.text, pos)
        nxt = ctx.anchor_at(gap.end()) if gap is not None else None
        if nxt is None:
            break
        k, pos = nxt
        last = pos
        if not ctx.toponyms[k].estimated and ctx.settlement(k) is not None:
            known.append(k)
    return (known, last) if known else None


def _near_list_feature(
    ctx: Context, start: int, end: int, first: int, known: list[int], cue: str
) -> Feature | None:
    """"near X, A and B", X estimated (:func:`_listed_known`): the union of the discs
    "near A" and "near B" (:func:`.measures.near_radius_km`), anchored on all of them."""
    places = [p for k in known if (p := ctx.settlement(k)) is not None]
    geom = None
    for p in places:
        disc = ring(lat_lon(p), near_radius_km(p))
        geom = disc if geom is None else geom.union(disc)
    if geom is None:
        return None
    r = max(near_radius_km(p) for p in places)
    names = ", ".join(dict.fromkeys(p.name for p in places))
    note = (
        f"{cue}: within {r:g} km of {names}, the listed places the gazetteer has "
        f"({ctx.toponyms[first].text}, estimated among them, adds no precision of its own)"
    )
    return make_feature(ctx, "near", start, end, geom, anchor=known[0],
                        anchors=tuple(sorted({first, *known})), radius_km=r, note=note)  # fmt: skip


def _outskirts_feature(
    ctx: Context, start: int, end: int, i: int, side: str | None, what: str
) -> Feature | None:
    place = ctx.settlement(i)
    if place is None:
        return None
    inner, outer = outskirts_band_km(place)
    center = lat_lon(place)
    if side:
        bearing = compass_bearing(re.sub(r"ern$", "", side.lower()))
        if bearing is None:
            return None
        b = bearing[0]
        geom = sector_polygon(center, inner, outer, b, _SECTOR_HALF_WIDTH_DEG)
        lo, hi = (b - _SECTOR_HALF_WIDTH_DEG) % 360, (b + _SECTOR_HALF_WIDTH_DEG) % 360
        note = (
            f"{side.lower()} {what}: sector of bearings {lo:g}-{hi:g} deg, {inner:g}-{outer:g} km "
            f"from {place.name} (band from the urban radius)"
        )
    else:
        b = None
        geom = ring(center, outer).difference(ring(center, inner))
        note = f"{what}: the band {inner:g}-{outer:g} km from {place.name} (from the urban radius)"
    return make_feature(ctx, "near", start, end, geom, anchor=i, anchors=(i,), radius_km=outer,
                    min_km=inner, max_km=outer, bearing_deg=b, note=note)  # fmt: skip


def near_matches(text: str) -> Iterator[re.Match[str]]:
    """``_P_NEAR.original.finditer(text)``, tried only where a cue's first word starts."""
    low = folded(text)
    starts = sorted(m.start() for p in _NEAR_STARTS for m in p.finditer(low))
    return windows.matches_at(_P_NEAR.original, text, starts)


def between_matches(text: str) -> Iterator[re.Match[str]]:
    """``_P_BETWEEN.original.finditer(text)``, tried only where "between" is."""
    low = folded(text)
    starts = []
    i = low.find("between")
    while i >= 0:
        starts.append(i)
        i = low.find("between", i + 1)
    return windows.matches_at(_P_BETWEEN.original, text, starts)


def find_near(ctx: Context) -> list[Candidate]:
    out = []
    for m in near_matches(ctx.text):
        anchor = ctx.anchor_at(m.end())
        if anchor is None:
            continue
        i, end = anchor
        cue = re.sub(r"\s+", " ", m.group("cue").lower())
        listed = _listed_known(ctx, i, end)
        if listed is not None:  # "near Pishchane, Kupiansk and Kucherivka", Pishchane estimated
            known, end = listed
            feats = guarded(_near_list_feature, ctx, m.start(), end, i, known, cue)
            out.append(Candidate(m.start(), end, feats[0] if feats else None))
            continue
        feats = guarded(_near_feature, ctx, m.start(), end, i, cue)
        out.append(Candidate(m.start(), end, feats[0] if feats else None))
    outskirts = windows.word_windows(ctx.text, _OUTSKIRTS_WORDS, 200, 200)
    for m in windows.qty_matches(_P_OUTSKIRTS, ctx.text, outskirts):
        anchor = ctx.anchor_at(m.end())
        if anchor is None:
            continue
        i, end = anchor
        what = m.group("what").lower()
        feats = guarded(_outskirts_feature, ctx, m.start(), end, i, m.group("side"), what)
        out.append(Candidate(m.start(), end, feats[0] if feats else None))
    for i, t in enumerate(ctx.toponyms):
        m = _P_POSSESSIVE_OUTSKIRTS.match(ctx.text, t.end)
        if m is None or t.place is None:
            continue
        what = m.group("what").lower()
        feats = guarded(_outskirts_feature, ctx, t.start, m.end(), i, m.group("side"), what)
        out.append(Candidate(t.start, m.end(), feats[0] if feats else None))
    return out


def find_betweens(ctx: Context) -> list[Candidate]:
    out = []
    for m in between_matches(ctx.text):
        if _NOT_SPATIAL_BETWEEN.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue
        first = ctx.anchor_at(m.end())
        if first is None:
            continue
        a, end_a = first
        m_and = _P_AND.match(ctx.text, end_a)
        if m_and is None:
            continue
        second = ctx.anchor_at(m_and.end())
        if second is None:
            continue
        b, end = second
        pa, pb = ctx.settlement(a), ctx.settlement(b)
        if pa is None or pb is None:
            continue
        if (pa.lat, pa.lon) == (pb.lat, pb.lon):
            # "between Robotyne and Verbove", Robotyne estimated at Verbove: no line,
            # the ground near wherever the estimated one may lie.
            est = next((i for i in (a, b) if ctx.toponyms[i].estimated), None)
            if est is not None:
                feats = guarded(_near_feature, ctx, m.start(), end, est, "between")
                out.append(Candidate(m.start(), end, feats[0] if feats else None))
            continue
        d = round(distance_km(lat_lon(pa), lat_lon(pb)), 3)
        if d > _MAX_BETWEEN_KM:  # two far-apart places: a relation, not a stretch of ground
            continue
        half = _HALFWAY.search(ctx.text, max(0, m.start() - 30), m.start())
        if half is not None:  # "halfway between A and B": the point, not the line
            feat = _midpoint(ctx, half.start(), end, (a, pa), (b, pb), d)
            out.append(Candidate(half.start(), end, feat))
            continue
        note = f"geodesic line from {pa.name} to {pb.name}, {d:g} km"
        feat = make_feature(ctx, "between", m.start(), end, between(lat_lon(pa), lat_lon(pb)),
                        anchor=a, anchors=(a, b), distance_km=d, note=note)  # fmt: skip
        out.append(Candidate(m.start(), end, feat))
    return out


#: "(roughly) halfway between", "midway between": the middle of the stretch.
_HALFWAY = re.compile(
    r"\b(?:(?:about|roughly|some|approximately|nearly|almost)\s+)?(?:half|mid)[\s-]?way\s+$",
    re.IGNORECASE,
)
#: A midpoint's uncertainty: this share of the distance between the two places (at
#: least 1 km): "halfway" is said of a point about the middle, not at it.
_HALFWAY_SHARE = 0.15


def _midpoint(
    ctx: Context, start: int, end: int, a: tuple[int, Place], b: tuple[int, Place], d: float
) -> Feature:
    """The offset feature of "halfway between" toponyms ``a`` and ``b`` (``d`` km apart):
    the point half the geodesic from ``a`` towards ``b``, its uncertainty
    :data:`_HALFWAY_SHARE` of ``d`` plus the reach of an estimated end. ``a`` and ``b``
    are (toponym index, its settlement)."""
    (a, pa), (b, pb) = a, b
    az = bearing_deg(lat_lon(pa), lat_lon(pb))
    reach = max(estimate_reach_km(ctx.toponyms[a]), estimate_reach_km(ctx.toponyms[b]))
    u = round(max(1.0, _HALFWAY_SHARE * d) + reach, 6)
    note = (f"midpoint of the geodesic from {pa.name} to {pb.name} ({d:g} km); uncertainty "
            f"{_HALFWAY_SHARE:.0%} of the distance" + (f" + {reach:.1f} km, an end estimated"
                                                        if reach else ""))
    return make_feature(
        ctx, "offset", start, end, offset(lat_lon(pa), d / 2, az), anchor=a, anchors=(a, b),
        distance_km=round(d / 2, 6), bearing_deg=round(az, 3), approximate=True,
        uncertainty_km=u, note=note,
    )  # fmt: skip
