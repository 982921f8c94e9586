"""A distance from a river: "residents within 15 kilometers (9 miles) of the Dnipro River
in the Kherson region".

The place so described lies within that distance of the river's course: the feature is
the geodesic band of the stated width along the river (the water table's line, read
by :mod:`geo.text.water`), as "within 30 km of the border" is along a border
(:mod:`.border_distance`).  The course is bounded to :data:`RIVER_REACH_KM` around the
river's point (the point of its course nearest the places its sentence names,
:func:`geo.text.water_places.water_toponyms`), and the band is clipped to a first-level
region named right after ("... in the Kherson region"); only when the river's sentence
names a town or region by it (else where on the river is unknown).  ``radius_km`` and
``quantity_text`` keep the distance stated.  Cost: one look-behind a river toponym, the
toponyms of its sentence, one buffer of a bounded line and one intersection a band.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...geometry import buffer_km, distance_km, ring
from .context import Candidate, Context, check_distance_km, guarded, make_feature
from .measures import ring_uncertainty_km, stated_distance
from .regions import border_region_after
from .vocabulary import _QTY, _QUAL, _LazyPattern

__all__ = ["RIVER_REACH_KM", "find_river_bands", "located"]

#: A river's course is drawn this far (km) around its point: a band "within 15 km of the
#: Dnipro" in a story from Kherson is not 2,000 km long.
RIVER_REACH_KM = 150.0
#: "within 15 kilometers (9 miles) of the " right before the river's name.
_P_WITHIN = _LazyPattern(
    rf"(?i:\bwithin\s+(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+of\s+(?:the\s+)?)$"
)
#: How far before the river's name the distance may start.
_LOOK_BEHIND = 80


def find_river_bands(ctx: Context) -> list[Candidate]:
    """The bands "within N km of the X River" states (see the module)."""
    out: list[Candidate] = []
    if "within" not in ctx.text.lower():
        return out
    starts = [t.start for t in ctx.toponyms]
    for i, t in enumerate(ctx.toponyms):
        if t.cue != "water" or t.water != "river" or t.geometry is None or t.place is None:
            continue
        m = _P_WITHIN.search(ctx.text, max(0, t.start - _LOOK_BEHIND), t.start)
        if m is not None and located(ctx, i, starts):
            out.extend(guarded(_band, ctx, m, i))
    return out


def _band(ctx: Context, m: re.Match[str], i: int) -> Candidate:
    t = ctx.toponyms[i]
    dist = stated_distance(m.group("qty"))
    if dist is None:
        return Candidate(m.start(), t.end, None)
    check_distance_km(dist.km)
    r = dist.km
    course = t.geometry.intersection(ring((t.place.lat, t.place.lon), RIVER_REACH_KM))
    if course.is_empty:
        return Candidate(m.start(), t.end, None)
    geom = buffer_km(course, r)
    note = (
        f"distance from a river: within {r:g} km of the {t.place.name}'s course (the water "
        f"table's line, {RIVER_REACH_KM:g} km around {t.place.lat:g}, {t.place.lon:g})"
    )
    end, anchors = t.end, [i]
    inside = border_region_after(ctx, t.end, None)
    part = geom.intersection(inside[1]) if inside is not None else None
    if inside is not None and not part.is_empty and part.geom_type in ("Polygon", "MultiPolygon"):
        geom, end = part, ctx.toponyms[inside[0]].end
        anchors.append(inside[0])
        note += f"; the part inside {ctx.toponyms[inside[0]].text}, the region named after it"
    u = ring_uncertainty_km(r) if m.group("qual") else None
    feat = make_feature(
        ctx, "near", m.start(), end, geom, anchor=i, anchors=tuple(anchors), radius_km=r,
        uncertainty_km=u, approximate=bool(m.group("qual")), min_km=dist.min_km,
        max_km=dist.max_km, quantity_text=dist.text.rstrip(", "), note=note,
    )  # fmt: skip
    return Candidate(m.start(), end, feat)


def located(ctx: Context, i: int, starts: list[int]) -> bool:
    """Whether the sentence of river toponym ``i`` names a town or region within
    :data:`RIVER_REACH_KM` of the river's point: the text says where on its course the
    band lies ("within 5 km of the Dnipro River near the front" does not; nor does a
    dateline's "KYIV, Dec 13 (Reuters) -", where the copy was filed).  ``starts``:
    the toponyms' starts, in order (one bisection a bound)."""
    t = ctx.toponyms[i]
    a, z = ctx.sentence(t.start, t.end)
    for other in ctx.toponyms[bisect_left(starts, a) : bisect_left(starts, z)]:
        p = other.place
        if (
            p is not None
            and not _dateline(ctx.text, other.start, other.end)
            and p.kind in ("place", "admin1", "admin2")
            and distance_km((p.lat, p.lon), (t.place.lat, t.place.lon)) <= RIVER_REACH_KM
        ):
            return True
    return False


def _dateline(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a dateline's place: in capitals, opening a line, a comma or
    bracket after it ("KYIV, Dec 13 (Reuters) -"; as :func:`geo.text.datelines.mark_dateline`)?"""
    surface = text[start:end]
    return (
        (start == 0 or text[start - 1] == "\n")
        and surface.isupper()
        and len(surface) > 3
        and text[end : end + 2] in (", ", " (")
    )
