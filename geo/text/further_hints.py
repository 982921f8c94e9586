"""Hints measured from the place named before: "Nadiia, 7 km further north".

A list of geolocations walks along a front: "in Novoiehorivka, about 35 km north of
Lyman, and another near Nadiia, 7 km further north".  "Further north" with no "of Y"
measures from the place the text has just located, the name before it.  The hints
stage (:func:`geo.text.hints.read_hints`) reads only "N km north of Y";
:func:`further_hints` adds these, anchored on the last name before (no region, no
people or government acting), so that a village the gazetteer lacks is estimated
there: by its anchor's place, or, when the anchor is itself an offset of another name
("35 km north of Lyman"), by that name, the two offsets added.

Cost: one anchored regex match after each mention with no hint of its own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .hints.base import _DIRECTION, _NUMBER, UNSTATED_BAND_KM, Hint, _band
from .spatial import compass_bearing
from .tokens import Mention

__all__ = ["further_hints"]

#: ", 7 km further north", ", another 5 kilometers farther to the east" (no "of Y").
_FURTHER = re.compile(
    r",?\s*(?:(?:about|some|around|approximately|roughly|another|a\s+further)\s+)?"
    rf"(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?\s*"
    r"(?P<unit>km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\s+"
    rf"(?:further|farther)\s+(?:to\s+the\s+)?(?P<dir>{_DIRECTION})\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: The names looked back at for the anchor.
_BACK = 3


def further_hints(
    text: str, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """``hints``, with each mention followed by ", N km further DIRECTION" (module
    docstring) measured from the name before it: the last name that can be a place (not
    a region, a demonym or an actor), or, when that name is the anchor of the offset
    stated for the name before it ("Novoiehorivka, about 35 km north of Lyman"), from
    that located name, the two offsets added.

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> t = "in Novoiehorivka, 35 km north of Lyman, and near Nadiia, 7 km further north"
    >>> ms = [Mention(3, 16, "novoiehorivka", 1, 1), Mention(33, 38, "lyman", 7, 7),
    ...       Mention(49, 55, "nadiia", 11, 11)]
    >>> first = Hint(1, 0.0, 22.5, 26.0, 44.0, 35.0, 3, 38)
    >>> h = further_hints(t, ms, {0: first})[2]
    >>> h.anchor, h.bearing_deg, h.distance_km
    (1, 0.0, 42.0)
    """
    out = dict(hints)
    for k in range(1, len(mentions)):
        m = mentions[k]
        match = _FURTHER.match(text, m.end)
        if match is None:
            continue
        compass = compass_bearing(match.group("dir"))
        if compass is None:
            continue
        try:
            lo_km, hi_km, distance = _band(match, UNSTATED_BAND_KM)
        except ValueError:
            continue
        for j in range(k - 1, max(-1, k - 1 - _BACK), -1):
            before = mentions[j]
            if before.cue == "region" or before.demonym_country or before.actor:
                continue
            hint = Hint(j, compass[0], compass[1], lo_km, hi_km, distance, m.start, match.end())
            located = _offset_of(out, mentions, j)  # "X, 35 km north of <j>": X
            if located is not None:
                hint = _chained(replace(hint, anchor=located), out[located])
            out[k] = hint
            break
    return out


def _offset_of(hints: Mapping[int, Hint], mentions: Sequence[Mention], j: int) -> int | None:
    """The name just before mention ``j`` whose stated offset ``j`` anchors ("X, 35 km
    north of <j>"), or None."""
    i = j - 1
    if i < 0:
        return None
    hint = hints.get(i)
    if hint is None or hint.anchor != j or hint.distance_km is None or hint.bearing_deg is None:
        return None
    return i


def _chained(hint: Hint, before: Hint | None) -> Hint:
    """``hint``, measured from a name itself stated as an offset of another ("Novoiehorivka,
    35 km north of Lyman"): the two offsets added (on a plane: tens of km), anchored on
    that other name, in the wider of the two sectors; else ``hint`` as it is."""
    if (
        before is None
        or before.bearing_deg is None
        or before.distance_km is None
        or hint.bearing_deg is None
        or hint.distance_km is None
    ):
        return hint
    x = y = 0.0
    for bearing, km in (
        (before.bearing_deg, before.distance_km),
        (hint.bearing_deg, hint.distance_km),
    ):
        x += km * math.sin(math.radians(bearing))
        y += km * math.cos(math.radians(bearing))
    km = math.hypot(x, y)
    if km <= 0.0:
        return hint
    bearing = math.degrees(math.atan2(x, y)) % 360.0
    half = max(before.half_sector_deg, hint.half_sector_deg)
    lo, hi = max(0.0, km * 0.8 - 2.0), km * 1.2 + 2.0  # as a stated distance's band
    return Hint(before.anchor, bearing, half, lo, hi, km, hint.start, hint.end)
