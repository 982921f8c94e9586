"""A place the gazetteer lacks, located by the places measured from it: "Verbove (12 km
east of Robotyne)" puts Robotyne 12 km west of Verbove.

Analysts measure villages from the nearest well-known one, which may itself be a village
the gazetteer lacks (Robotyne, Klishchiivka).  A relative-location hint locates the name
it follows from its anchor (:func:`geo.text.hints.estimate`); read backwards, a hint
with a bearing and a stated distance from a resolved place locates its anchor: the
geodesic annulus sector of the opposite bearings around that place.
:func:`measured_from` indexes the hints by anchor (one pass over them);
:func:`anchor_estimate` is the estimate of an unplaced anchor from the first such hint
whose own name the gazetteer resolved (by its own name, not a spelling);
:func:`chained_estimate` locates a name measured from such an anchor ("Novoprokopivka (5
km south of Robotyne)") from the anchor's estimate, with its uncertainty added.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import replace

from shapely.geometry import Polygon

from ..errors import InputError
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint, estimate
from .tokens import Mention

__all__ = ["anchor_estimate", "chained_estimate", "measured_from"]


def measured_from(hints: Mapping[int, Hint]) -> dict[int, list[int]]:
    """Anchor mention index -> the mentions (in text order) whose hint has a bearing and a
    stated distance from it ("12 km east of Robotyne")."""
    out: dict[int, list[int]] = {}
    for j in sorted(hints):
        h = hints[j]
        if h.bearing_deg is not None and h.distance_km is not None and h.anchor != j:
            out.setdefault(h.anchor, []).append(j)
    return out


def anchor_estimate(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    measured: Mapping[int, Sequence[int]],
    k: int,
) -> tuple[int, tuple[tuple[float, float], Polygon]] | None:
    """(the place record measured from it, (point (lat, lon), area)) for mention ``k``
    read backwards from the first hint anchored on it whose own name resolved to a
    gazetteer place, or None.

    Examples
    --------
    A hint read backwards is the opposite bearing, the same band:

    >>> from geo.text.hints import Hint, estimate
    >>> h = Hint(1, 90.0, 22.5, 7.6, 16.4, 12.0, 0, 0)  # "12 km east of Y"
    >>> (lat, lon), _ = estimate(_backwards(h), (47.4265, 35.9928))
    >>> round(lat, 2), round(lon, 2)
    (47.43, 35.83)
    """
    for j in measured.get(k, ()):
        rec = resolved[j][0]
        m = mentions[j]
        if rec is None or m.fuzzy or m.unknown or not gaz.is_place(rec):
            continue
        with contextlib.suppress(InputError):  # a hint no geometry can hold
            return rec, estimate(_backwards(hints[j]), gaz.lat_lon(rec))
    return None


def _backwards(h: Hint) -> Hint:
    """The hint "X lies D km DIR of Y" as "Y lies D km opposite DIR of X"."""
    return Hint(h.anchor, (h.bearing_deg + 180.0) % 360.0, h.half_sector_deg, h.min_km,  # type: ignore[operator]
                h.max_km, h.distance_km, h.start, h.end)  # fmt: skip


def chained_estimate(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    measured: Mapping[int, Sequence[int]],
    hint: Hint,
) -> tuple[int, tuple[tuple[float, float], Polygon]] | None:
    """(the place record the chain starts from, (point, area)) for a name whose hint
    (``hint``, with a bearing) is anchored on a name the gazetteer lacks that a hint
    measured from a resolved place locates (:func:`anchor_estimate`, asked of any mention
    of the anchor's name), or None.  The area is the hint's sector around the anchor's
    estimate, widened by that estimate's own reach.  Cost: the anchor name's mentions."""
    if hint.bearing_deg is None:
        return None
    key = mentions[hint.anchor].key
    for k in measured:
        if mentions[k].key != key or resolved[k][0] is not None:
            continue
        found = anchor_estimate(gaz, mentions, resolved, hints, measured, k)
        if found is None:
            continue
        rec, (here, area) = found
        reach = hint.max_km + _reach_km(here, area)
        with contextlib.suppress(InputError):
            return rec, estimate(replace(hint, max_km=reach), here)
    return None


def _reach_km(here: tuple[float, float], area: Polygon) -> float:
    """How far (km) the area of an estimate reaches from its point (its farthest vertex)."""
    coords = area.exterior.coords if hasattr(area, "exterior") else ()
    return max((distance_km(here, (lat, lon)) for lon, lat in coords), default=0.0)
