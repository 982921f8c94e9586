"""Roads and railways named by their two ends: "the Kupiansk-Svatove road", "the
Bakhmut–Lysychansk highway", "the Pokrovsk-Dnipro railway".

A ``between`` feature: the geodesic line from one end to the other (where the road runs
between them; its true course is in no gazetteer we ship, and :mod:`geo.geometry` draws
it on the WGS84 ellipsoid), ``anchors`` the two ends, ``distance_km`` the line's length.
The span runs from the first name to the road word. Not where both names are one place,
nor for ends more than 1,000 km apart (a "Moscow-Beijing route" is no stretch of ground).
"""

from __future__ import annotations

import itertools
import re

from ...geometry import between, distance_km
from .context import Candidate, Context, make_feature
from .shapes import lat_lon
from .vocabulary import _MAX_BETWEEN_KM

__all__ = ["find_roads"]

#: Between the two names: a hyphen or a dash, spaced or not ("Kupiansk - Svatove").
_DASH = re.compile(r"[ \t]?[-‐‑–—][ \t]?")
#: After the second name: the road word ("road", "highway", "supply route", "rail line").
_ROAD_WORD = re.compile(
    r"[ \t]+(?:main[ \t]+)?(?:road|highway|motorway|expressway|freeway|railroad"
    r"|rail(?:way)?(?:[ \t]+line)?|(?:supply|logistics?)[ \t]+(?:road|route|line))s?\b",
    re.IGNORECASE,
)


def find_roads(ctx: Context) -> list[Candidate]:
    """A ``between`` feature for each "A-B road" whose two ends are resolved places
    (:meth:`Context.settlement`); one pass over the toponyms in text order."""
    out = []
    tops, text = ctx.toponyms, ctx.text
    order = sorted(range(len(tops)), key=lambda i: (tops[i].start, tops[i].end))
    for a, b in itertools.pairwise(order):
        if not _DASH.fullmatch(text, tops[a].end, tops[b].start):
            continue
        word = _ROAD_WORD.match(text, tops[b].end)
        if word is None:
            continue
        pa, pb = ctx.settlement(a), ctx.settlement(b)
        if pa is None or pb is None or (pa.lat, pa.lon) == (pb.lat, pb.lon):
            continue
        d = round(distance_km(lat_lon(pa), lat_lon(pb)), 3)
        if d > _MAX_BETWEEN_KM:
            continue
        start, end = tops[a].start, word.end()
        note = (f"{text[start:end]}: the geodesic line from {pa.name} to {pb.name}, {d:g} km "
                "(its own course is not known)")
        feat = make_feature(ctx, "between", start, end, between(lat_lon(pa), lat_lon(pb)),
                            anchor=a, anchors=(a, b), distance_km=d, note=note)
        out.append(Candidate(start, end, feat))
    return out
