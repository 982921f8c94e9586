"""One name the gazetteer lacks, one place in a text: its estimates agree.

A village the gazetteer lacks may be estimated from several statements in one article:
"push past Robotyne toward Verbove" (somewhere by Verbove), "Verbove, about 10 km to
the east" (Robotyne 10 km west of Verbove), bare repeats that take the first estimate
(:func:`geo.text.hinted.share_estimates`).  They name one village when they are
compatible: the uncertainty area of the tightest estimate (the smallest, geodesic,
:func:`geo.geometry.area_km2`) meets every other's (a reporter's "about 20 km south"
and "about 10 km to the east" rarely meet in one point), or its point lies within
:data:`SAME_KM` of theirs.  Then every estimated mention of the name
takes the tightest estimate (the best supported: the statement that says most), and the
offsets and rings measured from any of its mentions follow it.  Estimates that are not
compatible (two villages of one name, told apart by their hints: "Novoselivka, west of
Kramatorsk ... Novoselivka, south of Zaporizhzhia") are left as they are.

Cost: one area per estimated mention and one containment test per estimate of a name:
linear in the toponyms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ..geometry import area_km2, distance_km
from ..model import Toponym

__all__ = ["SAME_KM", "agree_estimates"]

#: Two estimated points this close are one (coordinates are rounded to 5 decimals).
SAME_KM = 1.0


def agree_estimates(
    toponyms: Sequence[Toponym], keys: dict[tuple[int, int], tuple[str, bool]]
) -> list[Toponym]:
    """The toponyms, each estimated mention of a name whose estimates are compatible given
    the tightest of them (see the module docstring).  ``keys`` gives each mention's
    (start, end) its normalised name ("" for one read apart: "another Oleksandrivka")."""
    by_key: dict[str, list[int]] = {}
    for i, t in enumerate(toponyms):
        key = keys.get((t.start, t.end), ("", False))[0]
        if key and t.estimated and t.place is not None and t.uncertainty is not None:
            by_key.setdefault(key, []).append(i)
    out = list(toponyms)
    for idx in by_key.values():
        points = {(toponyms[i].place.lat, toponyms[i].place.lon) for i in idx}  # type: ignore[union-attr]
        if len(points) < 2:
            continue
        areas = {i: area_km2(toponyms[i].uncertainty) for i in idx}
        best = min(idx, key=lambda i: (areas[i], i))
        b = toponyms[best]
        here = (b.place.lat, b.place.lon)  # type: ignore[union-attr]
        if not all(_meets(toponyms[i], here, b.uncertainty) for i in idx):
            continue  # two places of one name
        for i in idx:
            t = toponyms[i]
            if i == best or (t.place.lat, t.place.lon) == here:  # type: ignore[union-attr]
                continue
            place = dataclasses.replace(b.place, name=t.place.name)  # type: ignore[union-attr]
            out[i] = dataclasses.replace(
                t, place=place, score=b.score, uncertainty=b.uncertainty
            )
    return out


def _meets(t: Toponym, here: tuple[float, float], area: Any) -> bool:
    """Is estimate ``t`` at the point ``here`` or does its area meet ``area`` (lon/lat)?"""
    at = (t.place.lat, t.place.lon)  # type: ignore[union-attr]
    return distance_km(at, here) <= SAME_KM or bool(t.uncertainty.intersects(area))
