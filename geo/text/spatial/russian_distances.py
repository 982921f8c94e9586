"""Distances and directions written in Russian: "в 10 км от Купянска", "в 10 км к
северо-западу от Авдеевки", "в 5 км западнее Авдеевки", "в радиусе 30 км от Белгорода",
"к югу от Купянска", "западнее Авдеевки".

The shapes are the English phrases' (:mod:`.distances`, :mod:`.directed`), on a town the
geoparser resolved right after the phrase (its inflected form: "Купянска", Kupiansk),
after a word for a settlement if any ("от города Купянска", "от села X", "от н.п. X"):

- "в N км от P" (at a distance): the geodesic annulus N ± 10 % (at least 1 km) around P,
  kind ``ring``, as "N km from P";
- "в радиусе / в пределах N км от P" (within): the geodesic disc, kind ``ring``;
- "в N км к северу от P", "в N км севернее P": the point N km on the compass bearing from
  P, kind ``offset``, ``uncertainty_km`` max(10 %, N x tan 22.5 deg);
- "к северу от P", "севернее P" with no distance: the sector of that bearing (±22.5 deg)
  from :data:`.directed.DIRECTION_MIN_KM` to :data:`.directed.DIRECTION_RADIUS_KM`, kind
  ``near``, ``note`` saying the radius is a default.

Units: км, километр(а/ов), метр(а/ов/ах), м.  Regions and countries are no anchors ("к
югу от Курской области").  Cost: one scan a text holding "км", "метр" or a compass
stem; one dictionary look-up a match.
"""

from __future__ import annotations

import math
import re

from ...geometry import offset, ring
from ...geometry.core import MAX_RADIUS_KM, MIN_RADIUS_KM
from .context import Candidate, Context, check_distance_km, guarded, make_feature
from .directed import DIRECTION_MIN_KM, DIRECTION_RADIUS_KM
from .measures import ring_uncertainty_km
from .shapes import lat_lon, sector_polygon

__all__ = ["find_russian_distances"]

#: Compass stems (the dative after "к", "к северу", and the comparative, "севернее"),
#: with their bearings (deg), the compound ones first.
_BEARINGS = (
    ("северо-восто", 45.0), ("северо-запад", 315.0), ("юго-восто", 135.0),
    ("юго-запад", 225.0), ("север", 0.0), ("восто", 90.0), ("запад", 270.0), ("юг", 180.0),
    ("юж", 180.0),
)  # fmt: skip
_HALF_DEG = 22.5
_STEM = r"(?:северо-восто|северо-запад|юго-восто|юго-запад|север|восто|запад|юг|юж)"
#: "к северу", "к северо-западу", "к юго-востоку" ...
_TO_DIR = rf"к\s+(?P<to>{_STEM}[а-яё]*)\s+от"
#: "севернее", "юго-западнее", "восточнее" ...
_COMPARATIVE = rf"(?P<cmp>{_STEM}[а-яё]*ее)"
_QTY = r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>км|километр[а-я]*|метр[а-я]*|м)\.?"
_P_RU = re.compile(
    rf"(?<![\w-])(?:(?P<lead>в\s+радиусе|в\s+пределах|в|на\s+расстоянии)\s+{_QTY}\s+"
    rf"(?:{_TO_DIR}|{_COMPARATIVE}|от|вокруг)"
    rf"|{_TO_DIR.replace('?P<to>', '?P<to0>')}|{_COMPARATIVE.replace('?P<cmp>', '?P<cmp0>')})"
    r"\s+(?:(?:города|г\.|села|с\.|посёлка|поселка|пгт|деревни|населённого\s+пункта"
    r"|населенного\s+пункта|н\.\s?п\.)\s+)?",
    re.IGNORECASE,
)
_CUES = ("км", "КМ", "Км", "метр", "Метр", "север", "Север", "юг", "Юг", "юж", "Юж", "восто",
         "Восто", "запад", "Запад")  # fmt: skip


def find_russian_distances(ctx: Context) -> list[Candidate]:
    """The rings, offsets and sectors Russian phrases state (see the module)."""
    if not any(c in ctx.text for c in _CUES):  # both cases: no lowered copy of every text
        return []
    out: list[Candidate] = []
    for m in _P_RU.finditer(ctx.text):
        i = ctx.by_start.get(m.end())
        if i is not None:
            out.extend(guarded(_feature, ctx, m, i))
    return out


def _bearing(word: str | None) -> float | None:
    """The bearing (deg) of a compass word ("северо-западу", "южнее"), or None."""
    w = (word or "").lower()
    return next((b for stem, b in _BEARINGS if w.startswith(stem)), None)


def _feature(ctx: Context, m: re.Match[str], i: int) -> Candidate | None:
    t = ctx.toponyms[i]
    place = ctx.settlement(i)
    if place is None or place.kind not in ("place", "other"):
        return None
    start, end = m.start(), t.end
    word = m.group("to") or m.group("cmp") or m.group("to0") or m.group("cmp0")
    bearing = _bearing(word)
    if m.group("num") is None:  # "к югу от P", "западнее P": a sector, no distance
        if bearing is None:
            return None
        lo_km, hi_km = DIRECTION_MIN_KM, DIRECTION_RADIUS_KM
        geom = sector_polygon(lat_lon(place), lo_km, hi_km, bearing, _HALF_DEG)
        note = (f"{word.lower()} ({bearing:g} deg) of {place.name}, no distance stated: sector of "
                f"bearings {(bearing - _HALF_DEG) % 360:g}-{(bearing + _HALF_DEG) % 360:g} deg, "
                f"{DIRECTION_MIN_KM:g}-{DIRECTION_RADIUS_KM:g} km (default radius)")  # fmt: skip
        feat = make_feature(ctx, "near", start, end, geom, anchor=i, anchors=(i,), radius_km=hi_km,
                            bearing_deg=bearing, min_km=lo_km, max_km=hi_km, note=note)  # fmt: skip
        return Candidate(start, end, feat)
    km = float(m.group("num").replace(",", "."))
    if m.group("unit").lower().startswith("м"):
        km /= 1000.0
    check_distance_km(km)
    qty = " ".join(ctx.text[m.start("num") : m.end("unit")].split())
    common = dict(anchor=i, anchors=(i,), quantity_text=qty)
    if bearing is not None:  # "в 10 км к северо-западу от P", "в 10 км западнее P"
        u = round(max(0.1 * km, km * math.tan(math.radians(_HALF_DEG))), 6)
        note = (f"point {km:g} km at {bearing:g} deg from {place.name}; uncertainty max(10% "
                f"of the distance, distance x tan({_HALF_DEG:g} deg))")  # fmt: skip
        feat = make_feature(ctx, "offset", start, end, offset(lat_lon(place), km, bearing),
                            distance_km=round(km, 6), bearing_deg=bearing, uncertainty_km=u,
                            note=note, **common)  # fmt: skip
        return Candidate(start, end, feat)
    if m.group("lead").lower().split()[-1] in ("радиусе", "пределах"):  # "в радиусе 30 км от P"
        geom = ring(lat_lon(place), min(km, MAX_RADIUS_KM * (1 - 1e-9)))
        note = f"within: geodesic circle of {km:g} km around {place.name}"
        feat = make_feature(ctx, "ring", start, end, geom, radius_km=km, note=note, **common)
        return Candidate(start, end, feat)
    u = ring_uncertainty_km(km)  # "в 10 км от P": the band at that distance
    inner, outer = km - u, km + u
    inner = inner if inner >= MIN_RADIUS_KM else 0.0
    outer_ring = ring(lat_lon(place), min(outer, MAX_RADIUS_KM * (1 - 1e-9)))
    geom = outer_ring.difference(ring(lat_lon(place), inner)) if inner > 0 else outer_ring
    note = (f"distance without a direction: the band {inner:g}-{outer:g} km from {place.name} "
            f"(geodesic annulus)")  # fmt: skip
    feat = make_feature(ctx, "ring", start, end, geom, radius_km=km, uncertainty_km=u,
                        note=note, **common)  # fmt: skip
    return Candidate(start, end, feat)
