"""A distance from a border: "five kilometres from the Russian border", "10 km from the
border with Russia", and a travel advisory's "within 30 km of the border with Russia"
(the same band).

The place so described lies within that distance of the border, on its own side: the
feature is the band of the stated width along the border the two countries share (found
as for "near the border", :func:`~geo.text.spatial.regions.border_line`: the countries
the phrase names, plus the country of the place its sentence names), clipped to that
place's country (a village of the Kharkiv region "3 km from the Russian border" lies in
Ukraine's part of the band). ``radius_km`` and ``quantity_text`` keep the distance
stated; "more than N km from the border" says where the place is not, and gives
nothing. The border is bounded as "near the border" bounds it (150 km around the place
named), so the cost is that of one buffer of a bounded line and one intersection.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ...geometry import buffer_km
from .band_places import by_the_place, described_place
from .context import Candidate, Context, check_distance_km, guarded, make_feature
from .measures import compass_bearing, ring_uncertainty_km, stated_distance
from .regions import border_line, border_region_after
from .vocabulary import _ADVERB, _DIR, _FLAGS, _QTY, _QUAL, NAMED_LINE, _LazyPattern

__all__ = ["find_border_distances"]

#: The border word, found first (cheap); the distance is then read right before it.
_BORDER_WORD = re.compile(rf"\b(?:border|frontier|{NAMED_LINE})\b", _FLAGS)
_P_FROM_BORDER = _LazyPattern(
    r"(?i:(?:\b(?P<lower>more\s+than|over|at\s+least|beyond|further\s+than|farther\s+than)"
    rf"\s+)?(?:\b(?P<within>within)\s+|{_ADVERB})(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+"
    rf"(?(within)of|(?:(?:away\s+)?from|(?P<dir>{_DIR})\s+of))\s+"
    r"(?:the|its)\s+)(?:(?P<adj>[A-Z][\w’'.]*(?:(?:\s*[-–/]\s*|\s+)[A-Z][\w’'.]*)?)\s+)?"
    rf"(?P<border>(?i:border|frontier)|{NAMED_LINE})(?P<with>\s+(?i:with|of)\s+)?",
)
#: How far before the border word the distance may start (bounded work a border word).
_LOOK_BEHIND = 90


def find_border_distances(ctx: Context) -> list[Candidate]:
    """The bands "N km from the (X) border (with Y)" states (see the module)."""
    text = ctx.text
    out: list[Candidate] = []
    if "border" not in text.lower() and "frontier" not in text.lower() and "Line" not in text:
        return out
    last = 0  # the end of the previous border word: no phrase spans two
    for word in _BORDER_WORD.finditer(text):
        lo, last = max(last, word.start() - _LOOK_BEHIND), word.end()
        hi = min(len(text), word.end() + 12)  # " with the " after the word
        m = _P_FROM_BORDER.search(text, lo, hi)
        if m is None or m.end("border") != word.end():
            continue
        out.extend(guarded(_band, ctx, m))
    return out


def _band(ctx: Context, m: re.Match[str]) -> Candidate:
    dist = stated_distance(m.group("qty"))
    if dist is None or m.group("lower"):
        return Candidate(m.start(), m.end(), None)
    check_distance_km(dist.km)
    found = border_line(ctx, m)
    if found is None:
        return Candidate(m.start(), m.end("border"), None)
    line, codes, used, end, where = found
    r = dist.km
    # The place the sentence names (the last toponym used, when it is no country and not
    # one of the border's own names, "the Egypt-Gaza border"): its country holds the band.
    outside = used and not m.start() <= ctx.toponyms[used[-1]].start < end
    place = ctx.toponyms[used[-1]].place if outside else None
    own, raw = "", None
    if place is not None and place.kind != "country" and place.country_code in codes:
        own = place.country_code
    if m.group("dir"):  # "20 km north of the Blue Line": the country on that side
        raw = buffer_km(line, r)
        own = _side(ctx, raw, line, codes, m.group("dir")) or own
    # The same band again ("5 km from the Russian border" of two villages by one town):
    # built once a text.
    at = (place.lat, place.lon) if place is not None else None
    key = (tuple(codes), where, at, r, own)
    built = ctx.bands.get(key)
    if built is None:
        built = ctx.bands[key] = _clipped(ctx, raw if raw is not None else buffer_km(line, r), own)
    geom, side = built
    u = ring_uncertainty_km(r) if m.group("qual") else None  # "about 5 km"
    note = (
        f"distance from a border: within {r:g} km of the {'-'.join(codes)} border{side} "
        f"(shared boundary of the gazetteer's country polygons{where})"
    )
    described = described_place(ctx, used, m.start(), end)
    near = by_the_place(ctx, described[0], geom, r, far=described[2]) if described else None
    if described is not None and near is not None:
        geom, reach_km = near
        end = described[1]
        town = ctx.toponyms[described[0]].text
        note += f"; the part within {reach_km:.0f} km of {town}, the place it describes"
    inside = border_region_after(ctx, end, codes) if described is None else None
    part = geom.intersection(inside[1]) if inside is not None else None
    if inside is not None and not part.is_empty and part.geom_type in ("Polygon", "MultiPolygon"):
        # "within 10 km of the border in the Sumy region": not the Kharkiv region's strip
        geom, used = part, [*used, inside[0]]
        note += f"; the part inside {ctx.toponyms[inside[0]].text}, the region named after it"
    anchors = tuple(sorted(set(used)))
    feat = make_feature(
        ctx, "near", m.start(), end, geom, anchor=used[0] if used else -1, anchors=anchors,
        radius_km=r, uncertainty_km=u, approximate=bool(m.group("qual")), min_km=dist.min_km,
        max_km=dist.max_km, quantity_text=dist.text.rstrip(", "), note=note,
    )  # fmt: skip
    return Candidate(m.start(), end, feat)


def _side(ctx: Context, band: Any, line: Any, codes: list[str], word: str) -> str:
    """Which of the two countries ``codes`` lies towards the compass ``word`` of the border
    ``line``: the one whose part of ``band`` (the line's buffer) has its centroid furthest that
    way from the line's (plane approximation, east scaled by the cosine of latitude,
    enough to tell two sides apart); "" when neither lies that way."""
    bearing = compass_bearing(word)
    if bearing is None:
        return ""
    rad = math.radians(bearing[0])
    east, north = math.sin(rad), math.cos(rad)
    mid = line.centroid
    cos_lat = math.cos(math.radians(mid.y))
    best, best_score = "", 0.0
    for code in codes:
        record = ctx.country_record(code)
        part = band.intersection(ctx.gaz.geometry(record)) if record is not None else None
        if part is None or part.is_empty:
            continue
        c = part.centroid
        score = (c.x - mid.x) * cos_lat * east + (c.y - mid.y) * north
        if score > best_score:
            best, best_score = code, score
    return best


def _clipped(ctx: Context, band: Any, own: str) -> tuple[Any, str]:
    """The band inside country ``own`` (when given and the clip leaves an area), and the
    note's words for it."""
    record = ctx.country_record(own) if own else None
    if record is not None:
        inside = band.intersection(ctx.gaz.geometry(record))
        if not inside.is_empty and inside.geom_type in ("Polygon", "MultiPolygon"):
            return inside, f", on the {own} side"
    return band, ""
