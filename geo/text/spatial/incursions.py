"""Depth across a border: "pushed 10 km into Russia's Kursk region", "up to 5 km inside
Lebanese territory", "advanced 3 km deep into the Kharkiv region".

A force so placed stands within that distance of the international border, inside the
region or country named: the feature (kind ``near``) is the band of the stated depth
along the border nearest the place the sentence names (:func:`.bare_border.nearest_borders`;
the region itself when the sentence names no other place), its part within 150 km of that
place, clipped to the polygon of the region or country. ``radius_km`` is the depth
stated; "more than N km into" says where the force is not, and gives nothing. A country
named only by its adjective ("Russian territory", "Lebanese soil") is read through the
demonyms.

Cost: a literal search for "into"/"inside", a bounded look-behind at each for the
distance, one buffer of a bounded line and one intersection per statement.
"""

from __future__ import annotations

import re
from typing import Any

from ...geometry import buffer_km, ring
from .. import lexicon as lx
from .band_places import by_the_place, described_place
from .bare_border import nearest_borders
from .context import Candidate, Context, check_distance_km, guarded, make_feature
from .measures import ring_uncertainty_km, stated_distance
from .shapes import border_lines, lat_lon
from .vocabulary import (
    _AFTER_REGION,
    _BORDER_CONTEXT_KM,
    _EDGE_NOUN,
    _FLAGS,
    _QTY,
    _QUAL,
    _SIDE,
    _LazyPattern,
)

__all__ = ["find_incursions"]

_INTO = re.compile(r"\b(?:deep\s+)?in(?:to|side)\s+(?:the\s+)?", _FLAGS)
#: The distance right before "into": "10 km", "up to 5 kilometres", "some 3 miles deep".
_DEPTH_BEFORE = _LazyPattern(
    rf"(?:\b(?P<lower>more\s+than|over|at\s+least)\s+|\bup\s+to\s+)?(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?P<qty>{_QTY})\s+$",
    _FLAGS,
)
_LOOK_BEHIND = 60
#: A country by its adjective: "Russian territory", "Lebanese soil".
_TERRITORY = re.compile(r"(?P<adj>[A-Z][\w’'-]+)\s+(?:territory|soil|land)\b")
_POSSESSIVE = re.compile(r"['’]s\s+")
#: "2 km into the eastern outskirts of Khan Younis": no border crossed; the outskirts'
#: sector (:mod:`.nearby`) is the statement's feature.
_INTO_EDGE = re.compile(rf"(?:{_SIDE}\s+)?{_EDGE_NOUN}\s+of\b", _FLAGS)


def find_incursions(ctx: Context) -> list[Candidate]:
    """Bands for "N km into X" (see the module)."""
    text = ctx.text
    low = text.lower()
    if " into " not in low and " inside " not in low:
        return []
    out: list[Candidate] = []
    for m in _INTO.finditer(text):
        d = _DEPTH_BEFORE.search(text, max(0, m.start() - _LOOK_BEHIND), m.start())
        if d is None:
            continue
        out.extend(guarded(_band, ctx, d, m.end()))
    return out


def _band(ctx: Context, d: re.Match[str], at: int) -> Candidate:
    dist = stated_distance(d.group("qty"))
    target = _target(ctx, at)
    if target is None and _INTO_EDGE.match(ctx.text, at):
        return None  # the outskirts' own feature keeps the phrase
    if dist is None or d.group("lower") or target is None:
        return Candidate(d.start(), at, None)
    check_distance_km(dist.km)
    area, name, used, end = target
    context = _crossing_place(ctx, d.start(), end, used)
    found = nearest_borders(ctx, context) if context is not None else None
    if found is None and context is None:  # "3 km inside Moldova near the border with Ukraine"
        found = _neighbour_border(ctx, d.start(), end, used)
    if found is None:
        return Candidate(d.start(), end, None)
    line, codes = found
    if context is not None:
        place = ctx.toponyms[context].place
        near = border_lines(line.intersection(ring(lat_lon(place), _BORDER_CONTEXT_KM)))
        line = near if near is not None else line  # the part within reach of the place
    r = dist.km
    band = buffer_km(line, r).intersection(area)
    if band.is_empty or band.geom_type not in ("Polygon", "MultiPolygon"):
        return Candidate(d.start(), end, None)
    along = _along_region(ctx, end, codes)
    if along is not None:  # "15 km deep inside Ukraine along the Kharkiv region's border"
        part = band.intersection(along[1])
        if not part.is_empty and part.geom_type in ("Polygon", "MultiPolygon"):
            band, end = part, along[2]
            used_region = along[0]
    else:
        used_region = None
    note = (f"depth across a border: within {r:g} km of the {'-'.join(codes)} border, inside "
            f"{name} (shared boundary of the gazetteer's country polygons)")
    if used_region is not None:
        note += f"; the part in {ctx.toponyms[used_region].text}, whose border it runs along"
    by_town = context is not None and context != used
    described = described_place(ctx, [context], d.start(), end) if by_town else None
    by = by_the_place(ctx, context, band, r, far=described[2]) if described else None
    if described is not None and by is not None:
        band, reach_km = by  # "2 km inside Lebanon near Kfar Kila": by Kfar Kila
        end = described[1]
        town = ctx.toponyms[context].text
        note += f"; the part within {reach_km:.0f} km of {town}, the place it describes"
    anchors = tuple(sorted({used, context, used_region} - {-1, None}))
    anchor = used if used >= 0 else context
    feat = make_feature(
        ctx, "near", d.start(), end, band, anchor=anchor, anchors=anchors, radius_km=r,
        uncertainty_km=ring_uncertainty_km(r) if d.group("qual") else None,
        approximate=bool(d.group("qual")), min_km=dist.min_km, max_km=dist.max_km,
        quantity_text=dist.text.rstrip(", "), note=note,
    )  # fmt: skip
    return Candidate(d.start(), end, feat)


def _target(ctx: Context, at: int) -> tuple[Any, str, int, int] | None:
    """(polygon, its name, the toponym naming it, the phrase's end) of the region or
    country a depth goes into: "Russia's Kursk region", "the Kharkiv region", "Lebanon",
    "Russian territory" (the country of the adjective: no toponym, -1); None for a town
    or an unknown name."""
    anchor = ctx.anchor_at(at)
    if anchor is not None:
        i, end = anchor
        place = ctx.toponyms[i].place
        poss = _POSSESSIVE.match(ctx.text, ctx.toponyms[i].end)
        if place is not None and place.kind == "country" and poss is not None:
            inner = ctx.anchor_at(poss.end())  # "Russia's Kursk region"
            if inner is not None:
                i, end = inner
                place = ctx.toponyms[i].place
        if place is None:
            return None
        with_word = _AFTER_REGION.match(ctx.text, ctx.toponyms[i].end) is not None
        if place.kind not in ("admin1", "country") and not with_word:
            return None  # "10 km into Kharkiv": a town has no border to cross
        record = ctx.region_record(place, from_city=with_word)
        if record is None:
            return None
        return ctx.gaz.geometry(record), place.name, i, end
    m = _TERRITORY.match(ctx.text, at)
    code = lx.DEMONYMS.get(m.group("adj").lower()) if m is not None else None
    record = ctx.country_record(code) if code else None
    if m is None or record is None:
        return None
    return ctx.gaz.geometry(record), ctx.gaz.name(record), -1, m.end()


def _crossing_place(ctx: Context, start: int, end: int, target: int) -> int | None:
    """The place whose nearest border is crossed: the resolved town nearest the phrase
    in its sentence, else the target itself when it is a region, else the first region
    the sentence names ("2 km into Russian territory, the Belgorod governor said")."""
    s, e = ctx.sentence(start, end)
    best, best_gap = None, None
    for i, t in enumerate(ctx.toponyms):
        if i == target or not (s <= t.start and t.end <= e):
            continue
        if t.place is None or t.place.kind != "place" or not t.place.country_code:
            continue
        gap = start - t.end if t.end <= start else t.start - end
        if gap >= 0 and (best_gap is None or gap < best_gap):
            best, best_gap = i, gap
    if best is None and target >= 0 and ctx.toponyms[target].place.kind == "admin1":  # type: ignore[union-attr]
        return target
    if best is None:  # "2 km into Russian territory, the Belgorod governor said"
        return next((i for i, t in enumerate(ctx.toponyms) if i != target and s <= t.start
                     and t.end <= e and t.place is not None and t.place.kind == "admin1"
                     and t.place.country_code), None)  # fmt: skip
    return best


def _neighbour_border(
    ctx: Context, start: int, end: int, target: int
) -> tuple[Any, list[str]] | None:
    """(the border, [neighbour code, own code]) a depth into a country crosses when its
    sentence names no town but another country that country borders: "3 km inside
    Moldova near the border with Ukraine" (the Moldova-Ukraine border, not Moldova's
    border with Romania); the first such country after the phrase, else before it."""
    if target < 0:
        return None
    own = ctx.toponyms[target].place
    if own is None or own.kind != "country" or not own.country_code:
        return None
    own_record = ctx.country_record(own.country_code)
    neighbours = ctx.gaz.neighbours(own.country_code)
    s, e = ctx.sentence(start, end)
    named = [i for i, t in enumerate(ctx.toponyms) if s <= t.start and t.end <= e and i != target]
    for i in sorted(named, key=lambda i: (ctx.toponyms[i].start < end, ctx.toponyms[i].start)):
        place = ctx.toponyms[i].place
        if place is None or place.kind != "country" or place.country_code not in neighbours:
            continue
        other = ctx.country_record(place.country_code)
        line = ctx.shared_border(own_record, other) if own_record is not None and other else None
        lines = border_lines(line) if line is not None else None
        if lines is not None:
            return lines, [place.country_code, own.country_code]
    return None


#: "... along the Kharkiv region's border", "... along the border of the Sumy region".
_ALONG = re.compile(r"\s+along\s+(?P<of>the\s+border\s+of\s+)?(?:the\s+)?", _FLAGS)
_REGION_BORDER = re.compile(r"(?:\s+(?:region|oblast|province))?['’]s\s+(?:border|frontier)\b")


def _along_region(ctx: Context, end: int, codes: list[str]) -> tuple[int, Any, int] | None:
    """(toponym, polygon, phrase end) of a first-level region of one of ``codes`` whose
    border a depth is said to run along, named right after the phrase ending at ``end``;
    None otherwise."""
    m = _ALONG.match(ctx.text, end)
    anchor = ctx.anchor_at(m.end()) if m is not None else None
    if anchor is None:
        return None
    i, stop = anchor
    place = ctx.toponyms[i].place
    if place is None or place.kind != "admin1" or place.country_code not in codes:
        return None
    if not m.group("of"):  # type: ignore[union-attr]
        tail = _REGION_BORDER.match(ctx.text, stop) or _REGION_BORDER.match(
            ctx.text, ctx.toponyms[i].end
        )
        if tail is None:
            return None
        stop = tail.end()
    record = ctx.region_record(place, from_city=False)
    return (i, ctx.gaz.geometry(record), stop) if record is not None else None
