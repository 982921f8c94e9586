"""Directions without a distance: "north of Kupiansk", "to the southeast of Robotyne".

An analyst's "Russian forces attacked north of Kupiansk" places the fighting on one
side of the town without saying how far: the feature is the geodesic annulus sector of
the compass point's bearings (22.5 deg either side for the 8 main points, 11.25 deg for
the 16-point names), from :data:`DIRECTION_MIN_KM` to the default radius
:data:`DIRECTION_RADIUS_KM` around the town (kind ``near``, with ``bearing_deg``,
``min_km``/``max_km``, ``radius_km`` the default radius, and ``note`` saying that the
radius is a default, not a stated distance).  The band is the one the geoparser allows a
village "X, southeast of Y" it has to estimate (:data:`geo.text.hints.UNSTATED_BAND_KM`).

A distance before the direction ("10 km north of P") is an offset
(:mod:`.distances`); "in the north of P" is a part of P, not a side of it; regions and
countries are no anchors ("south of the Kursk region", "east of Russia").  By the sea,
the sector keeps its land part unless the sentence speaks of the sea or of ships
(:func:`geo.text.spatial.sea.land_part`, :data:`~geo.text.spatial.sea.AT_SEA`): "a camp
in Muwasi, west of Khan Younis" is on the coast, not out in the Mediterranean.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Feature
from ..fold import folded
from .context import Candidate, Context, guarded, make_feature
from .measures import compass_bearing
from .sea import AT_SEA, land_part
from .shapes import lat_lon, sector_polygon

__all__ = ["DIRECTION_MIN_KM", "DIRECTION_RADIUS_KM", "find_directions"]

#: The default radius (km) of a direction stated without a distance (the outer edge of
#: :data:`geo.text.hints.UNSTATED_BAND_KM`, kept equal by a test: the hints import this
#: package) ...
DIRECTION_RADIUS_KM = 40.0
#: ... and the inner edge of its sector (km): the town's own ground is not "north of" it.
DIRECTION_MIN_KM = 2.0

_WORD = r"(?:north|south|east|west)"
# "north of", "north-east of", "north northeast of", "to the southwest of", spelled out
# (an abbreviation alone, "N of P", is too weak).
_P_DIRECTION = re.compile(
    rf"\b(?P<to>to\s+the\s+)?(?P<dir>{_WORD}(?:[\s-]?{_WORD}){{0,2}})\s+of\s+", re.IGNORECASE
)
# Before the direction: a distance ("10 km", "6 miles (10 km)", "a few kilometres") makes
# it an offset's; "the" or "in the" a part of the place ("in the north of Kharkiv").
_NOT_BEFORE = re.compile(
    r"(?:\b(?:km|kms|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m|yards?|feet)\s*\)?\s*,?"
    r"|\bthe|\bfar|\bjust\s+the)\s+$",
    re.IGNORECASE,
)


def find_directions(ctx: Context) -> list[Candidate]:
    """Sectors for "DIRECTION of P" with no distance, anchored on a resolved town."""
    text = ctx.text
    if " of " not in text:
        return []
    out = []
    for m in _direction_matches(text):
        if not m.group("to") and _NOT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        bearing = compass_bearing(m.group("dir"))
        anchor = ctx.anchor_at(m.end()) if bearing is not None else None
        if anchor is None or bearing is None:
            continue
        i, end = anchor
        feats = guarded(_direction_feature, ctx, m.start(), end, i, m.group("dir"), bearing)
        out.append(Candidate(m.start(), end, feats[0] if feats else None))
    return out


#: The compass words, one of which starts every match's direction.
_COMPASS = ("north", "south", "east", "west")


def _direction_matches(text: str) -> Iterator[re.Match[str]]:
    """``_P_DIRECTION.finditer(text)``, tried only where a match may start: at a compass
    word (found on the :func:`folded` text, as ``re.IGNORECASE`` reads it) or at the "to
    the" just before it. Most texts hold none; the pattern tried at every character costs
    more than the rest of the stage. Linear: the look-backs cover disjoint runs."""
    low = folded(text)
    at: list[int] = []
    for word in _COMPASS:
        k = low.find(word)
        while k >= 0:
            at.append(k)
            k = low.find(word, k + 1)
    match, done = _P_DIRECTION.match, 0
    for p in sorted(at):
        for start in (_to_the_before(low, p), p):
            if start >= done and (m := match(text, start)) is not None:
                done = m.end()
                yield m
                break


def _to_the_before(low: str, p: int) -> int:
    """Where "to the " ends just before offset ``p`` of ``low`` (the pattern's optional
    ``to\\s+the\\s+``) starts, or -1."""
    k = p
    while k > 0 and low[k - 1].isspace():
        k -= 1
    if k == p or k < 3 or low[k - 3 : k] != "the":
        return -1
    j = k = k - 3
    while k > 0 and low[k - 1].isspace():
        k -= 1
    return k - 2 if 2 <= k < j and low[k - 2 : k] == "to" else -1


def _direction_feature(
    ctx: Context, start: int, end: int, i: int, word: str, bearing: tuple[float, float]
) -> Feature | None:
    place = ctx.settlement(i)
    if place is None:
        return None
    b, half = bearing
    lo, hi = (b - half) % 360, (b + half) % 360
    geom = sector_polygon(lat_lon(place), DIRECTION_MIN_KM, DIRECTION_RADIUS_KM, b, half)
    note = (
        f"{word.lower()} of {place.name}, no distance stated: sector of bearings {lo:g}-{hi:g} "
        f"deg, {DIRECTION_MIN_KM:g}-{DIRECTION_RADIUS_KM:g} km from {place.name} (default "
        f"radius {DIRECTION_RADIUS_KM:g} km)"
    )
    a, z = ctx.sentence(start, end)
    if not AT_SEA.search(ctx.text, a, z) and (land := land_part(ctx.gaz, geom)) is not None:
        geom = land  # "a tent camp in Muwasi, west of Khan Younis": not the sea beyond
        note += "; its land part (the sentence speaks of no sea)"
    return make_feature(ctx, "near", start, end, geom, anchor=i, anchors=(i,),
                        radius_km=DIRECTION_RADIUS_KM, bearing_deg=b, min_km=DIRECTION_MIN_KM,
                        max_km=DIRECTION_RADIUS_KM, note=note)  # fmt: skip
