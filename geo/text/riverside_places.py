"""Resolution, a place named right after the river it lies on, read far from that river.

"Russian units were trying to cross the Seversky Donets River near Staritsa": the
sentence puts Staritsa on the Seversky Donets (Starytsia, a village by Vovchansk the
gazetteer lacks); the gazetteer's only Staritsa is a town in Tver Oblast, 700 km from the
river.  :func:`riverside_places` reads a place named right after a river ("the X River
near / at / by Y", "across the X at Y") whose reading lies more than :data:`OFF_RIVER_KM`
from the river's course (the water table's geometry): its namesake within
:data:`~geo.text.water_places.RIVER_BANK_KM` of the river if it has one (the nearest),
else no place of the gazetteer, estimated on the river where the text's places meet it
(the river's point nearest the text's place nearest the river, within
:data:`NEAR_RIVER_KM`, a disc of :data:`RIVERSIDE_KM` around it; the record of that place
gives the country and region).  With no place of the text by the river, the name is left
without a place, and so it is when its list states a region ("along the Sobat river near
Nasir and Ulang, in Upper Nile state"): the region's estimate, a state-wide uncertainty,
is more honest than a disc where the river passes another town of the text.  A name its
words locate otherwise (a container, "not", a region cue) keeps its reading, and so does
a town of :data:`~geo.text.hints.base.TOWN_POPULATION` people or more with no namesake on
the river ("the Euphrates River near Aleppo": a loose "near", 80 km).
:func:`geo.text.water_places.river_namesakes` reads the other order ("Krynki on the left
bank of the Dnieper").

Cost: one anchored match per river the text names; for a river with a place named
after it, the river's distance to that name's candidates and to the text's places, each
(river, record) measured once a text (a memo).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, ring
from .hints.base import TOWN_POPULATION
from .tokens import Mention
from .water import WaterSpan
from .water_places import RIVER_BANK_KM

__all__ = ["NEAR_RIVER_KM", "OFF_RIVER_KM", "RIVERSIDE_KM", "riverside_places"]

#: A reading this far (km) from the river the text puts it on is not the place meant.
OFF_RIVER_KM = 50.0
#: The text's place a riverside estimate is made by lies this near (km) the river ...
NEAR_RIVER_KM = 40.0
#: ... and the estimate's uncertainty is a disc of this radius (km) on the river there.
RIVERSIDE_KM = 25.0

#: Between a river's name and a place after it: "the Seversky Donets River near Staritsa",
#: "the Oskil at the village of Kruhliakivka".
_AT_PLACE = re.compile(
    r"[ \t]+(?:near|at|by|outside|around|close[ \t]+to)[ \t]+"
    r"(?:the[ \t]+(?:village|town|settlement|city)[ \t]+of[ \t]+)?"
)

_Estimate = tuple[int, tuple[tuple[float, float], Any]]


def riverside_places(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    waters: Sequence[WaterSpan],
) -> tuple[list[tuple[int | None, float]], dict[int, _Estimate]]:
    """``resolved`` with each place named right after a river, read far from it, read as
    its namesake on the river or left without a place; and the estimates of the latter,
    mention index -> (record of the text's place it is estimated by, ((lat, lon), area as
    a shapely polygon, lon/lat)) (module docstring)."""
    out = list(resolved)
    estimates: dict[int, _Estimate] = {}
    if not waters or not mentions:
        return out, estimates
    starts = [m.start for m in mentions]
    memo: dict[tuple[str, int], tuple[float, tuple[float, float]]] = {}
    for w in waters:
        b = w.body
        if b is None or b.kind != "river":
            continue
        river = (b.wkt, b.geometry)  # parsed once a river
        if river[1] is None:
            continue
        k = bisect.bisect_left(starts, w.end)
        if k >= len(mentions) or _AT_PLACE.fullmatch(text, w.end, mentions[k].start) is None:
            continue
        m, rec = mentions[k], resolved[k][0]
        if rec is None or m.containers or m.told_by_words() or m.cue == "region":
            continue
        if not gaz.is_place(rec) or _off_river(gaz, memo, rec, river)[0] <= OFF_RIVER_KM:
            continue
        near = [
            (c.quality, _off_river(gaz, memo, c.record, river)[0], c.record)
            for c in m.candidates
            if c.record != rec and gaz.is_place(c.record)
        ]
        near = [n for n in near if n[1] <= RIVER_BANK_KM]
        if near:
            out[k] = (min(near)[2], resolved[k][1])
            continue
        if gaz.population(rec) >= TOWN_POPULATION:
            continue  # "the Euphrates River near Aleppo" (80 km): a loose "near", not a namesake
        out[k] = (None, resolved[k][1])
        if any(mentions[j].containers for j in m.siblings):
            continue  # "near Nasir and Ulang, in Upper Nile state": the list's region's
        found = _by_the_text(gaz, mentions, out, k, river, memo)
        if found is not None:
            estimates[k] = found
    return out, estimates


def _by_the_text(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    river: tuple[str, Any],
    memo: dict[tuple[str, int], tuple[float, tuple[float, float]]],
) -> _Estimate | None:
    """The estimate of mention ``k`` on ``river`` (its WKT and shapely line, lon/lat) by
    the text's place nearest it (within :data:`NEAR_RIVER_KM`; the first such on a tie), or None.
    ``memo``: :func:`_off_river`'s, shared by the text's rivers."""
    best: tuple[float, int, tuple[float, float]] | None = None
    for j, (rec, _) in enumerate(resolved):
        if j == k or rec is None or mentions[j].fuzzy or not gaz.is_place(rec):
            continue
        km, on = _off_river(gaz, memo, rec, river)
        if km <= NEAR_RIVER_KM and (best is None or km < best[0]):
            best = (km, rec, on)
    if best is None:
        return None
    _, rec, point = best
    return rec, (point, ring(point, RIVERSIDE_KM))


def _off_river(
    gaz: Gazetteer,
    memo: dict[tuple[str, int], tuple[float, tuple[float, float]]],
    rec: int,
    river: tuple[str, Any],
) -> tuple[float, tuple[float, float]]:
    """Km from place ``rec`` to the nearest point of a ``river`` (its WKT and shapely
    line, lon/lat), and that point (lat, lon); once a (river, record) in ``memo``."""
    key = (river[0], rec)
    if key not in memo:
        point = gaz.lat_lon(rec)
        near = nearest_points(river[1], Point(point[1], point[0]))[0]
        memo[key] = (distance_km(point, (near.y, near.x)), (near.y, near.x))
    return memo[key]
