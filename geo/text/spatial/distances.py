"""Distance statements: rings ("within 10 km of P") and offsets ("55 km north-west of P").

Each builder reads the matches of a distance pattern (in :mod:`.windows`) and
returns candidates anchored on a resolved toponym.
"""

from __future__ import annotations

import math
import re

from ...geometry import MAX_RADIUS_KM, MIN_RADIUS_KM, buffer_km, offset, ring
from ...model import Place
from ..estimate_reach import estimate_reach_km
from . import windows
from .appositions import _APPOSITION_GAP, _DESCRIBED_GAP
from .context import (
    Candidate,
    Context,
    _qualified,
    _skip_space,
    check_distance_km,
    guarded,
    log,
    make_feature,
)
from .measures import compass_bearing, ring_uncertainty_km, stated_distance, urban_radius_km
from .ring_sides import side_sector
from .sea import sea_part
from .shapes import lat_lon
from .vocabulary import (
    _EDGE,
    _EDGE_NOUN,
    _MOVEMENT,
    _MOVEMENT_WINDOW,
    _NOT_BACKREF_AFTER,
    _NUM,
    _P_BARE,
    _P_BOUND,
    _P_OFFSET,
    _P_RADIUS,
    _P_RADIUS_OF,
    _P_WITHIN,
    _SIDE,
    _TAIL_BARE,
    _TAIL_BOUND,
    _TAIL_OFFSET,
    _TAIL_RADIUS,
    _TAIL_RADIUS_OF,
    _TAIL_WITHIN,
    _THE_CITY,
    _TRAVEL_AFTER,
    _UNIT,
)

__all__ = [
    "find_offsets",
    "find_rings",
]


def _ring_candidate(ctx: Context, m: re.Match[str], *, disk: bool, how: str) -> Candidate:
    """A ring for a match whose place starts at ``m.end()``."""
    dist = stated_distance(m.group("qty"))
    anchor = ctx.anchor_at(m.end(), site_km=dist.km if dist is not None else 0.0)
    ref = _referred(ctx, m.start(), m.end(), strict=True) if anchor is None and disk else None
    if ref is not None and ref[0] is not None:  # "within 20 km of the city": named before
        anchor = ref[0], ref[2]
    if anchor is None or dist is None:
        return Candidate(m.start(), m.end(), None)
    i, end = anchor
    place = (ref[1] if ref else None) or ctx.settlement(i) or ctx.toponyms[i].place
    if place is None:
        return Candidate(m.start(), end, None)
    check_distance_km(dist.km)  # one rule and message, before any geometry
    approximate = _qualified(m)
    r = dist.km
    named_before = f"; {place.name} is the place named before" if ref else ""
    common = dict(
        anchor=i, anchors=(i,), radius_km=r, approximate=approximate, min_km=dist.min_km,
        max_km=dist.max_km, quantity_text=dist.text.rstrip(", "),
    )  # fmt: skip
    if not disk:
        if how == "skip" or place.kind not in ("place", "other"):
            return Candidate(m.start(), end, None)
        if _MOVEMENT.search(ctx.text, max(0, m.start() - _MOVEMENT_WINDOW), m.start()):
            return Candidate(m.start(), end, None)
        if _TRAVEL_AFTER.match(ctx.text, end):
            return Candidate(m.start(), end, None)
        u = ring_uncertainty_km(r)
        inner, outer = (dist.min_km, dist.max_km) if dist.min_km is not None else (r - u, r + u)
        groups = m.groupdict()
        edge = _outside_edge_km(m, place)
        outer += edge
        if groups.get("edge"):  # "5 km from the edge of P": the band moves out
            inner += edge
        # The band is derived from the stated distance: clipped to what can be drawn.
        inner = inner if inner >= MIN_RADIUS_KM else 0.0
        outer = min(outer, MAX_RADIUS_KM * (1 - 1e-9))
        outer_ring = ring(lat_lon(place), outer)
        geom = outer_ring.difference(ring(lat_lon(place), inner)) if inner > 0 else outer_ring
        note = (
            f"distance without a direction: the band {inner:g}-{outer:g} km from {place.name} "
            f"(geodesic annulus){named_before}"
        )
        if groups.get("off"):  # "20 nautical miles off Odesa": out at sea
            sea = sea_part(ctx.gaz, geom)
            geom = geom if sea is None else sea
            note += (
                "; 'off' a coastal place: that far out at sea, the band's sea part"
                if sea is not None
                else "; 'off' but the band meets no sea: drawn whole"
            )
        if edge and groups.get("edge"):
            note += f"; measured from its edge ({edge:g} km out)"
        elif edge:
            note += f"; 'outside': measured from its centre or its edge ({edge:g} km out)"
        feat = make_feature(
            ctx, "ring", m.start(), end, geom, uncertainty_km=u, note=note, **common
        )
        return Candidate(m.start(), end, feat)
    u = ring_uncertainty_km(r) if approximate else None
    if place.kind == "admin1":
        record = ctx.region_record(place, from_city=False)
        if record is None:
            return Candidate(m.start(), end, None)
        geom = buffer_km(ctx.gaz.geometry(record), r)
        note = f"{how}: the {place.name} region polygon buffered by {r:g} km (buffer_km)"
    elif place.kind == "country":
        return Candidate(m.start(), end, None)
    else:
        edge = _outside_edge_km(m, place)  # "within 10 km of the edge of P"
        geom = ring(lat_lon(place), min(r + edge, MAX_RADIUS_KM * (1 - 1e-9)))
        note = f"{how}: geodesic circle of {r:g} km around {place.name}{named_before}"
        if edge:
            note += f", from its edge ({edge:g} km out)"
        if (side := side_sector(ctx.text, end, lat_lon(place), r + edge)) is not None:
            geom, end, common["bearing_deg"], told = side  # "... of Kharkov from the north"
            note += told
    if dist.min_km is not None:
        note += f" (range {dist.min_km:g}-{dist.max_km:g} km: drawn at the largest)"
    feat = make_feature(ctx, "ring", m.start(), end, geom, uncertainty_km=u, note=note, **common)
    return Candidate(m.start(), end, feat)


def _outside_edge_km(m: re.Match[str], place: Place) -> float:
    """How far out a town's edge lies (:func:`urban_radius_km`) when the distance is
    "N km outside P" (news measures it from the centre or from the edge, so the band
    reaches both) or "N km from the edge / outskirts of P" (from the edge: the band
    moves out by it); 0 for "N km from P"."""
    groups = m.groupdict()
    return edge_out_km(place) if groups.get("outside") or groups.get("edge") else 0.0


def edge_out_km(place: Place) -> float:
    """How far from its point (km, 3 decimals) a town's edge is taken to lie: its urban
    radius (:func:`urban_radius_km`); what "from the edge / outskirts of P" adds."""
    return round(urban_radius_km(place), 3)


def _ring_candidate_disk(ctx: Context, m: re.Match[str], how: str) -> Candidate:
    return _ring_candidate(ctx, m, disk=True, how=how)


def _ring_candidate_bare(ctx: Context, m: re.Match[str], how: str) -> Candidate:
    return _ring_candidate(ctx, m, disk=False, how=how)


def find_rings(ctx: Context) -> list[Candidate]:
    out = []
    for pattern, tail, how, need in (
        (_P_WITHIN, _TAIL_WITHIN, "within", ("within",)),
        (_P_BOUND, _TAIL_BOUND, "upper bound", ()),
        (_P_RADIUS, _TAIL_RADIUS, "radius", ("radius", "zone", "perimeter")),
        (_P_RADIUS_OF, _TAIL_RADIUS_OF, "radius", ("radius",)),
    ):
        for m in windows.qty_matches(pattern, ctx.text, ctx.qty_windows(tail), need):
            out.extend(guarded(_ring_candidate_disk, ctx, m, how))
    for m in windows.qty_matches(_P_BARE, ctx.text, ctx.qty_windows(_TAIL_BARE)):
        how = "skip" if m.group("lower") else "distance"
        out.extend(guarded(_ring_candidate_bare, ctx, m, how))
    return out


#: After a place: a part word ("Dnipro's Shevchenkivskyi district"; not the city) ...
_PART_FOLLOWS = re.compile(
    r"\s+(?:district|microdistrict|raion|neighbou?rhood|quarter|suburb|borough)\b",
    re.IGNORECASE,
)
#: ... or an area word ("fired at Kharkiv from the Belgorod area, about 40 km north of
#: the city": a place named as an area, a region or a direction is not the city) ...
_AREA_FOLLOWS = re.compile(
    r"[\s-]+(?:area|region|oblast|province|direction|axis|sector|front|border)\b",
    re.IGNORECASE,
)
#: ... or its own offset in apposition ("Chuhuiv, about 35 km east of the city, and
#: Balakliia, 80 km southeast of the regional capital": Chuhuiv is no city referred to).
_OFFSET_FOLLOWS = re.compile(
    _APPOSITION_GAP.pattern + rf"(?:{_NUM})[\s-]*{_UNIT}", re.IGNORECASE
)
#: "the regional capital / centre": the capital of a region named just before, if any.
_REGIONAL = re.compile(r"\b(?:regional|provincial|oblast)\b", re.IGNORECASE)
#: Places stepped over looking back for "the city" (bounded work).
_CITY_STEPS = 4


#: "the capital" alone (not "the capital of X", "the regional capital"; "the capital, X"
#: is X, read as the anchor first).
_THE_CAPITAL = re.compile(r"the\s+(?:national\s+)?capital\b(?!\s*(?:of\b|\())", re.IGNORECASE)


def _referred(
    ctx: Context, start: int, after: int, *, strict: bool = False
) -> tuple[int | None, Place | None, int, bool] | None:
    """(toponym, the capital's place if not the toponym's, phrase end, national) of "the
    city" / "the capital" / "the regional capital" at ``after`` in a statement starting at
    ``start`` (:func:`_national_capital_before`, :meth:`Context.region_capital_before`,
    :func:`_the_city_before`); toponym None if none is referred to, None if no such words
    are at ``after``. ``strict`` (rings): None with a name or "'s" right after ("the
    provincial capital Tarlac City"); a regional capital only of a region named before."""
    national = _THE_CAPITAL.match(ctx.text, after)
    the_city = _THE_CITY.match(ctx.text, after) if national is None else None
    words = national or the_city
    if words is None or (strict and _NAMED_AFTER.match(ctx.text, words.end())):
        return None
    if national is not None:  # "15 miles south of the capital": the country's
        capital = _national_capital_before(ctx, start)
        return (None, None, words.end(), True) if capital is None else (
            *capital, words.end(), True)  # fmt: skip
    regional = _REGIONAL.search(words.group())
    capital = ctx.region_capital_before(start) if regional else None
    if capital is not None:  # "in the Kharkiv region, ... of the regional capital"
        return (*capital, words.end(), False)
    if regional and strict:
        return None, None, words.end(), False
    return _the_city_before(ctx, start), None, words.end(), False


_NAMED_AFTER = re.compile(r"\s*(?:['’]s\b|[A-Z])")  # "the capital Tarlac", "the city's"


def _national_capital_before(ctx: Context, pos: int) -> tuple[int, Place] | None:
    """(toponym index, place) of "the capital" an offset at ``pos`` refers to: the
    national capital (GeoNames' country information) of the last place named before it
    ("a market in Omdurman ... 15 miles south of the capital": Khartoum), or None."""
    found = ctx.last_place_before(pos)
    code = ctx.toponyms[found].place.country_code if found is not None else None  # type: ignore[union-attr]
    record = ctx.gaz.capital(code) if code else None
    return None if record is None else (found, ctx.gaz.place(record))  # type: ignore[return-value]


def _the_city_before(ctx: Context, pos: int) -> int | None:
    """The toponym "the city" of an offset starting at ``pos`` refers to: the last place
    named before, stepping over the place the offset describes ("Kupiansk, about 100 km
    southeast of the city": Kupiansk lies there, the city is Kharkiv, named before it),
    parts of a city, places named as an area ("the Belgorod area": the first such is
    the answer only when no other place is left: "Pokrovske axis: ... 12 km SE of the
    town") and places with offsets of their own; None if none is left."""
    found = ctx.last_place_before(pos)
    area: int | None = None  # a place named as an area: "the city" only if none other
    for _ in range(_CITY_STEPS):
        if found is None:
            return area
        t = ctx.toponyms[found]
        if area is None and _AREA_FOLLOWS.match(ctx.text, t.end):
            area = found
        elif not (
            t.metonymic  # "Moscow said its forces took X, 7 km east of the town"
            or (t.end <= pos and _DESCRIBED_GAP.fullmatch(ctx.text, t.end, pos))
            or _PART_FOLLOWS.match(ctx.text, t.end)
            or _AREA_FOLLOWS.match(ctx.text, t.end)
            or _OFFSET_FOLLOWS.match(ctx.text, t.end)
        ):
            return found
        found = ctx.last_place_before(t.start)
    return found


#: Before an offset's place: "the centre of" / "central" (from its point) or "the
#: (southern) outskirts / edge / city limits of" (group ``edge``: from its edge).
_EDGE_BEFORE = re.compile(_EDGE, re.IGNORECASE)
#: After it: "Dnipro's (eastern) outskirts / edge / city limits" (from its edge).
_EDGE_AFTER = re.compile(rf"['’]s\s+(?:{_SIDE}\s+)?{_EDGE_NOUN}\b", re.IGNORECASE)


def _anchor_with_edge(ctx: Context, after: int, km: float) -> tuple[int, int, bool] | None:
    """(toponym, end, measured from the edge) of an offset's place starting at ``after``,
    past "the centre of" / "the outskirts of" before it or "'s outskirts" after it;
    ``km`` the distance stated (a site named after the place anchors only a long one)."""
    before = _EDGE_BEFORE.match(ctx.text, after)
    anchor = ctx.anchor_at(before.end()) if before.end() > after else None
    if anchor is None:
        before, anchor = None, ctx.anchor_at(after, site_km=km)
    if anchor is None:
        return None
    i, end = anchor
    if before is not None and before.group("edge"):
        return i, end, True
    tail = _EDGE_AFTER.match(ctx.text, end) if before is None else None
    return (i, tail.end(), True) if tail is not None else (i, end, False)


#: A capitalised name (a place the text names but nothing locates).
_NAME_AFTER = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*")


def find_offsets(ctx: Context) -> list[Candidate]:
    out = []
    for m in windows.qty_matches(_P_OFFSET, ctx.text, ctx.qty_windows(_TAIL_OFFSET)):
        out.extend(guarded(_offset_candidate, ctx, m))
    return out


def _offset_candidate(ctx: Context, m: re.Match[str]) -> Candidate | None:
    dist = stated_distance(m.group("qty"))
    bearing = compass_bearing(m.group("dir"))
    if dist is None or bearing is None:
        return None
    referred = from_edge = False
    capital_place = national = None
    if m.group("of"):
        after = _skip_space(ctx.text, m.end())
        anchor = _anchor_with_edge(ctx, after, dist.km)
        ref = _referred(ctx, m.start(), after) if anchor is None else None
        if anchor is not None:
            i, end, from_edge = anchor
        elif ref is not None:  # "60 km east of the city", "15 miles south of the capital"
            found, capital_place, end, national = ref
            if found is None:
                return Candidate(m.start(), end, None)
            i, referred = found, True
        else:
            name = _NAME_AFTER.match(ctx.text, after)
            if name is not None:
                # "2 km southwest of Zvorykino", a name nothing in the text locates: the
                # user is told why the statement has no feature.
                log.warning(
                    "skipped the statement %r (characters %d-%d): %r could not be located",
                    ctx.text[m.start() : name.end()],
                    m.start(),
                    name.end(),
                    name.group(),
                )
            return Candidate(m.start(), m.end(), None)
    else:
        if m.group("dir").isupper():  # "5 km S" alone is too weak
            return None
        # "20 km to the North Carolina border", "65 miles northwest to Nashville": a name
        # or a destination follows, so the direction is not from the last place named.
        if _NOT_BACKREF_AFTER.match(ctx.text, m.end()):
            return Candidate(m.start(), m.end(), None)
        found = ctx.last_place_before(m.start())
        if found is not None and _APPOSITION_GAP.fullmatch(
            ctx.text, ctx.toponyms[found].end, m.start()
        ):
            # "Borova, about 40 km to the south": Borova is what lies there, measured
            # from the place named before it (Kupiansk), not the point of reference;
            # the paragraph before's last place when Borova opens its paragraph.
            found = ctx.last_place_before(ctx.toponyms[found].start, breaks=1)
        if found is None:
            return Candidate(m.start(), m.end(), None)
        i, end, referred = found, m.end(), True
    place = capital_place or ctx.settlement(i)
    if place is None:
        return Candidate(m.start(), end, None)
    check_distance_km(dist.km)  # one rule and message, before any geometry
    bearing_deg, half = bearing
    if dist.min_km is not None and dist.max_km is not None:
        d = (dist.min_km + dist.max_km) / 2
        half_range = (dist.max_km - dist.min_km) / 2
    else:
        d, half_range = dist.km, 0.0
    # "50 km east of the outskirts of P": the edge lies the urban radius out.
    edge = edge_out_km(place) if from_edge else 0.0
    lateral = d * math.tan(math.radians(half))
    # An anchor the geoparser estimated ("2 km southwest of Robotyne", a village the
    # gazetteer lacks) lends the offset its own uncertainty.
    reach = estimate_reach_km(ctx.toponyms[i])
    u = round(max(0.1 * d, lateral, half_range) + reach, 6)
    note = (
        f"point {d + edge:g} km at {bearing_deg:g} deg from {place.name}; uncertainty "
        f"max(10% of the distance, distance x tan({half:g} deg)"
        + (", half the range" if half_range else "")
        + ")"
        + (f" + {reach:.1f} km, {place.name} itself estimated" if reach else "")
        + (f"; measured from its edge ({edge:g} km out)" if edge else "")
        + (
            f"; {place.name}: the capital of the "
            + ("country of the place named before" if national else "region named before")
            if capital_place
            else (f"; {place.name} is the last place named before" if referred else "")
        )
    )
    feat = make_feature(
        ctx, "offset", m.start(), end, offset(lat_lon(place), d + edge, bearing_deg), anchor=i,
        anchors=(i,), distance_km=round(d, 6), bearing_deg=bearing_deg,
        approximate=_qualified(m), uncertainty_km=u, min_km=dist.min_km, max_km=dist.max_km,
        quantity_text=dist.text.rstrip(", "), note=note,
    )  # fmt: skip
    return Candidate(m.start(), end, feat)
