"""A name's namesake right by its anchor beats a far reading the direction only stretches to.

"Kamianske (northwest of Vasylivka)": Vasylivka's Kamianske lies 13 km north-north-east
of it, and the city of Kamianske in Dnipropetrovsk Oblast 140 km north-west.  The hint
reaches a city up to :data:`~geo.text.hints.base.UNSTATED_CITY_FIT_KM` away (reporters
place a city by a capital: "Ryazan, southeast of Moscow"), and a village only where the
bearing points; so resolution took the city, or an estimate north-west of Vasylivka when
the village was read.  But an analyst places a village by the nearest town, not a city
by a town of 12,000, and may round a bearing by a quarter turn; the village of the name
that lies by the anchor, the only one of its name in the anchor's first-level region,
is the one meant.  A stated distance is read as stated (a place the text puts 15 km
east is not the one 6 km north).

:func:`bearing_namesakes` moves such a mention (a hint with a bearing and no
distance, its anchor read as a populated place) to the candidate that lies within
:data:`SOLE_NEAR_KM` of the anchor and shares its country and first-level region (the
only candidate of the name there), unless its own reading is another namesake that fits
the hint as a village would (:func:`~geo.text.hints.fits`, at a village's reach).  When
that candidate does not fit the bearing, the hint keeps its anchor but loses its bearing
(the place is known: no estimate is drawn in the stated direction).  The name's other
mentions read as the far place, with no hint or container of their own, follow ("...
northwest of Kamianske": the village, so a place hinted from it lies by it too).

Cost: per hinted mention, one pass over its candidates (bounded); one pass over the
mentions for the repeats.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint, fits
from .tokens import Mention

__all__ = ["SOLE_NEAR_KM", "bearing_namesakes"]

#: A candidate this close (km) to the hint's anchor is the place meant, whatever the
#: stated bearing: half the default band of a direction with no distance (2-40 km), so
#: closer to the anchor than most of the sector an estimate would be drawn in.
SOLE_NEAR_KM = 25.0


def _near_one(gaz: Gazetteer, m: Mention, anchor: int) -> int | None:
    """The one candidate of ``m`` in the anchor's country and first-level region, when it
    lies within :data:`SOLE_NEAR_KM` of the anchor (and fits the mention's containers)."""
    cc, a1 = gaz.country_code(anchor), gaz.admin1(anchor)[0]
    if not a1:
        return None
    there = {
        c.record
        for c in m.candidates
        if gaz.is_place(c.record)
        and gaz.country_code(c.record) == cc
        and gaz.admin1(c.record)[0] == a1
    }
    if len(there) != 1:
        return None
    (rec,) = there
    if m.containers and not any(c == cc and (not r or r == a1) for c, r in m.containers):
        return None  # the text places the name elsewhere
    if distance_km(gaz.lat_lon(anchor), gaz.lat_lon(rec)) > SOLE_NEAR_KM:
        return None
    return rec


def bearing_namesakes(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> tuple[list[tuple[int | None, float]], dict[int, Hint]]:
    """``resolved`` and ``hints`` with each hinted name moved to its namesake by the
    anchor (module docstring); scores kept, the moved mentions' hints without a bearing.

    Returns
    -------
    (list of (record or None, score), dict of int to Hint)
        Aligned with ``mentions``; the hints as given but for the moved names'.
    """
    out = list(resolved)
    new_hints = dict(hints)
    moved: dict[str, tuple[int | None, int]] = {}  # key -> (far reading, near place)
    for k, hint in hints.items():
        m = mentions[k]
        if hint.bearing_deg is None or hint.distance_km is not None or m.key in moved:
            continue  # a stated distance is trusted ("Rodynske, 15 km east of Myrnohrad")
        anchor = out[hint.anchor][0]
        if anchor is None or not gaz.is_place(anchor):
            continue
        rec = out[k][0]
        if rec is not None and not gaz.is_place(rec):
            continue  # a region or a country read by a direction: not a village's matter
        near = _near_one(gaz, m, anchor)
        if near is None:
            continue
        here = gaz.lat_lon(anchor)
        if rec is not None and rec != near and fits(hint, here, gaz.lat_lon(rec), 1):
            continue  # a namesake where the hint points, at a village's reach
        near_fits = fits(hint, here, gaz.lat_lon(near), 1)
        if not near_fits:  # the place is known: no estimate in the stated direction
            new_hints[k] = dataclasses.replace(hint, bearing_deg=None)
        if near != rec:
            moved[m.key] = (rec, near)
            out[k] = (near, out[k][1] if rec is not None else 0.5)
    if not moved:
        return out, new_hints  # (the hints' bearings may still have been dropped)
    for j, m in enumerate(mentions):
        far, near = moved.get(m.key, (None, None))
        if near is None or j in hints or m.containers or out[j][0] != far or far is None:
            continue
        out[j] = (near, out[j][1])
    return out, new_hints
